"""The demo content: invented pages, cities and accounts for development and tests.

- `builders`: idempotent builders for pages, cities and the curated list, used by the
  demo content and by the test fixtures (re-exported here: `demo.build_lab(...)`);
- `images`, `events`, `offers`: drawn pictures, events, the KompetenzBereich's offers
  (their builders and how the demo fills them);
- `content`: the demo content itself, as data (one module per invented lab city);
- `loader`: turns the content into pages and accounts, and removes them again
  (`manage.py load_demo_content`);
- `large`: the large synthetic data set of the benchmarks (`manage.py
  load_large_dataset`).
"""

from .builders import (
    DEFAULT_DATE,
    build_content_page,
    build_discussion,
    build_experiment,
    build_lab,
    build_learning,
    ensure_city,
    ensure_indexes,
    get_home,
    make_slug,
    set_featured,
    update_page,
    upsert_page,
)

__all__ = [
    "DEFAULT_DATE",
    "build_content_page",
    "build_discussion",
    "build_experiment",
    "build_lab",
    "build_learning",
    "ensure_city",
    "ensure_indexes",
    "get_home",
    "make_slug",
    "set_featured",
    "update_page",
    "upsert_page",
]
