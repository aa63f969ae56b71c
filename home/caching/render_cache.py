"""Render cache: what is the same for every reader, rendered once per data state.

The anonymous page cache (`home.caching.page_cache`) answers visitors with whole pages.
Members never get cached pages, and a visitor's first request after a change
renders the page anew. Both share most of the work with every other reader: the
navigation, breadcrumb and footer, and the parts of a page that do not depend on
who reads it. The render cache keeps those, with Django's own tools:

- **Fragments**: Django's `{% cache %}` tag (`{% load cache %}`), always written as

      {% cache fragments.timeout name fragments.scope value… using=fragments.cache %}

  The context processor `fragments` (in TEMPLATES) hands every template the
  `fragments` variable: `scope` (the data generation and the host), `timeout`
  and `cache` (the cache alias). Personal parts (account links, forms, CSRF
  tokens, the reader's own comments) stay outside fragments; a fragment varies on
  whatever else its content depends on (e.g. `discussion.can_post`). Data needed
  only inside a fragment is read where the template asks for it (the listings
  objects of the page types, template tags), so a fragment hit costs no query.
- **Data** (`cached(request, name, compute, *values)`): values that are the same
  for every reader, in the same cache under the same scope: the search's filter
  options and results, the page at an address (`home.caching.routing`) and the
  site settings (`home.models.SiteSettings.for_request`); those two save every
  request five queries, see their docstrings.

Everything is keyed by the page cache's *generation*, which changes on every
change to data shown on pages (see `home.caching.page_cache`): a change is visible on the
next request, exactly as for the page cache, on every app server (the generation
and, with `REDIS_URL`, the fragments live in Redis). The generation is read once
per request. `RENDER_CACHE=0` switches the render cache off (`make bench` measures
with and without it).

Previews, revision and moderation views neither read nor store anything here
(`labs.previews.uses_shared_caches`): they render a draft through the live page's
address and the Site's hostname, the very keys readers use. For them, and with the
render cache off, `fragments.cache` names a cache that keeps nothing (`OFF_ALIAS`,
Django's DummyCache), so each `{% cache %}` renders its content every time.
"""

import hashlib

from django.conf import settings
from django.core.cache import caches
from django.utils.functional import cached_property

from labs.previews import uses_shared_caches

from . import page_cache

# The cache alias of fragments and data, and one that keeps nothing (DummyCache;
# both are in CACHES).
ALIAS = "default"
OFF_ALIAS = "render-off"
DATA_KEY = "render:{name}:{digest}"


def enabled():
    return getattr(settings, "RENDER_CACHE_ENABLED", True)


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def generation(request):
    """The current generation, read once per request (the page cache middleware
    hands over what it read already)."""
    value = getattr(request, "_cache_generation", None)
    if value is None:
        value = request._cache_generation = page_cache.current_generation()
    return value


class Fragments:
    """The `fragments` template variable: where and for how long `{% cache %}`
    keeps a fragment, and the scope every fragment key starts with."""

    def __init__(self, request):
        self.request = request
        self.shared = enabled() and uses_shared_caches(request)
        self.cache = ALIAS if self.shared else OFF_ALIAS
        self.timeout = timeout()

    @cached_property
    def scope(self):
        """Generation and host: a change to the data starts a new set of keys."""
        if not self.shared:
            return ""  # nothing is kept: no need to read the generation
        return f"{generation(self.request)}:{self.request.get_host()}"


def fragments(request):
    """Context processor: the `fragments` variable (see `Fragments`)."""
    return {"fragments": Fragments(request)}


def cached(request, name, compute, *values):
    """What `compute()` returns, stored per generation, host, name and values:
    data that is the same for every reader (the filter options and results of the
    search). None is not stored. With the render cache off, and for previews,
    revision and moderation views (`labs.previews`), it computes every time."""
    scope = Fragments(request)
    if not scope.shared:
        return compute()
    text = "\x1f".join(str(value) for value in (scope.scope, *values))
    digest = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
    key = DATA_KEY.format(name=name, digest=digest)
    # Asked again in the same request (the site settings are read by the context
    # processor, the discussion and the footer): the value read before, no round
    # trip to the cache.
    seen = getattr(request, "_render_data", None)
    if seen is None:
        seen = request._render_data = {}
    if key in seen:
        return seen[key]
    cache = caches[scope.cache]
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, scope.timeout)
    seen[key] = value
    return value
