"""Render cache: what is the same for every reader, rendered once per data state.

The anonymous page cache (`home.caching.page_cache`) answers visitors with whole pages.
Members never get cached pages, and a visitor's first request after a change
renders the page anew. Both share most of the work with every other reader: the
site and its settings, the navigation, breadcrumb and footer, and the parts of a
page that do not depend on who reads it. The render cache keeps those:

- **Shared objects** (`SharedObjectsMiddleware`): the Wagtail `Site` of the
  request with its start page, the site settings and the view restrictions, so
  that a request does not look them up again (Wagtail caches them per request
  only).
- **Fragments** (`{% fragment "name" vary… %}…{% endfragment %}`, template
  library `render_cache`): rendered HTML, keyed by the name, the host and the
  vary values. Personal parts (account links, forms, CSRF tokens, the reader's own
  comments) stay outside fragments; a fragment varies on the audience where its
  content does (`audience` gives "visitor", "member" or "moderator").

Everything is keyed by the page cache's *generation*, which changes on every
change to data shown on pages (see `home.caching.page_cache`): a change is visible on the
next request, exactly as for the page cache, on every app server (the generation
and, with `REDIS_URL`, the fragments live in Redis). The generation is read once
per request. `RENDER_CACHE=0` switches the render cache off (`make bench` measures
with and without it).

Previews, revision and moderation views neither read nor store anything here
(`labs.previews.uses_shared_caches`): they render a draft through the live page's
address and the Site's hostname, the very keys readers use.
"""

import hashlib
import logging

from django import template
from django.conf import settings
from django.core.cache import cache

from labs.previews import uses_shared_caches

from . import page_cache

logger = logging.getLogger(__name__)

FRAGMENT_KEY = "render:{generation}:{name}:{digest}"
SHARED_KEY = "render:{generation}:shared:{host}"
# Paths whose requests build no public page: no shared objects from the cache.
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/")


def enabled():
    return getattr(settings, "RENDER_CACHE_ENABLED", True)


def timeout():
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)


def generation(request):
    """The current generation, read once per request (the page cache middleware
    hands over what it read already)."""
    value = getattr(request, "_cache_generation", None) if request else None
    if value is None:
        value = page_cache.current_generation()
        if request is not None:
            request._cache_generation = value
    return value


def audience(user):
    """Who reads: the parts of a page that differ by role vary on this."""
    if user is None or not user.is_authenticated:
        return "visitor"
    if user.has_perm("django_comments.can_moderate"):
        return "moderator"
    return "member"


def _digest(values):
    text = "\x1f".join(str(value) for value in values)
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def fragment_key(request, name, values):
    host = request.get_host() if request is not None else ""
    return FRAGMENT_KEY.format(
        generation=generation(request), name=name, digest=_digest([host, *values])
    )


def cached(request, name, compute, *values):
    """What `compute()` returns, stored per generation, host, name and values: the
    value of a fragment, or data that is the same for every reader (the filter
    options and results of the search, the page at an address). None is not
    stored. Without the cache (off or unreachable) it computes, and so it does for
    previews, revision and moderation views (`labs.previews`)."""
    if not enabled() or not uses_shared_caches(request):
        return compute()
    try:
        key = fragment_key(request, name, values)
        value = cache.get(key)
    except Exception:  # the cache being down must never break a page
        logger.exception("Render-Cache nicht erreichbar")
        return compute()
    if value is None:
        value = compute()
        if value is None:  # nothing to keep (e.g. no page at this address)
            return value
        try:
            cache.set(key, value, timeout())
        except Exception:
            logger.exception("Fragment konnte nicht abgelegt werden")
    return value


# --- shared objects ---------------------------------------------------------------


def _shared_objects(request):
    from wagtail.contrib.settings.registry import registry
    from wagtail.models import Page, Site

    site = Site.find_for_request(request)
    if site is None:
        return None
    site.root_page.specific  # noqa: B018 (the start page travels with the Site)
    # The view restrictions, as `labs.models.live_public` reads them.
    values = {"_wagtail_site": site, "_private_pages_q": Page.objects.all().private_q()}
    for model in registry:
        instance = model.for_request(request)
        values[model.get_cache_attr_name()] = instance
    return values


class SharedObjectsMiddleware:
    """Sets the request's Site (with its start page) and site settings from the
    render cache, one cache read per request; a miss looks them up and stores
    them. Placed after the page cache middleware, before anything that reads them.
    Previews, revision and moderation views look them up themselves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            enabled()
            and uses_shared_caches(request)
            and not request.path.startswith(SKIPPED_PREFIXES)
        ):
            try:
                self._prefill(request)
            except Exception:  # the cache being down must never break a page
                logger.exception("Render-Cache nicht erreichbar")
        return self.get_response(request)

    @staticmethod
    def _prefill(request):
        key = SHARED_KEY.format(
            generation=generation(request), host=request._get_raw_host()
        )
        values = cache.get(key)
        if values is None:
            values = _shared_objects(request)
            if values is None:
                return
            for value in values.values():
                getattr(value, "__dict__", {}).pop("_request", None)
            cache.set(key, values, timeout())
        for name, value in values.items():
            if hasattr(value, "for_request"):  # site settings (Wagtail sets it too)
                value._request = request  # as Wagtail's for_request sets it
            setattr(request, name, value)


# --- fragments ----------------------------------------------------------------------

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        return cached(
            context.get("request"),
            self.name.resolve(context),
            lambda: self.nodelist.render(context),
            *(value.resolve(context) for value in self.vary_on),
        )


@register.tag("fragment")
def do_fragment(parser, token):
    """`{% fragment "name" value … %}…{% endfragment %}`: the enclosed HTML,
    rendered once per generation, host and values (see module docstring)."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("fragment braucht einen Namen")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
    )


@register.simple_tag(takes_context=True)
def reader_audience(context):
    """`{% reader_audience as audience %}`: "visitor", "member" or "moderator"."""
    request = context.get("request")
    return audience(getattr(request, "user", None))
