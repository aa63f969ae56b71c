"""Wagtail's database search backend, with relevance ordering that scales on SQLite.

On SQLite, Wagtail's backend orders hits by a correlated subquery that repeats the
full-text match for every candidate row, so a common word ("Quartier") over
thousands of pages takes minutes. Here the match runs once per search: one query
returns the ids and BM25 scores of the matching objects that pass the queryset's
filters (the filters as an uncorrelated subquery), the ranking happens in Python,
and one more query loads the requested page of hits. Counting reuses the ranking;
facets count the matches without scores.

Why it stays (measured against Wagtail's plain SQLite backend): on the large data
set /suche/?q=Quartier (5,331 hits, no caches) takes 278 s there and 0.2 s here,
and without the title weight the relevance test of the search page fails
("Lastenradverleih im Quartier" is not the first hit).

PostgreSQL (and SQLite without FTS5) use Wagtail's backend unchanged.
`WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "labs.search_backend"`.
"""

from django.db import connection
from wagtail.search.backends import database


def SearchBackend(params):  # noqa: N802 (the name Wagtail looks up in the module)
    backend = database.SearchBackend(params)
    if connection.vendor != "sqlite":
        return backend
    # Imported only on SQLite: PostgreSQL deployments never load Wagtail's SQLite
    # backend nor the ranking built on it.
    from wagtail.search.backends.database.sqlite.sqlite import SQLiteSearchBackend

    if not isinstance(backend, SQLiteSearchBackend):
        return backend
    from .search_sqlite import RankedSearchBackend

    return RankedSearchBackend(params)
