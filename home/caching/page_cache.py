"""Full-page cache for anonymous visitors, invalidated exactly.

Only anonymous GET/HEAD requests for HTML pages are answered from the cache: never
a request that carries the session cookie (logged-in members, editors) or a message
cookie, never a preview, revision or moderation view (`labs.previews`), never
`/admin/`, `/konto/`, `/mitmachen/` (forms and account pages) or documents, and
never a response that sets a cookie, uses a CSRF token, is private,
`no-store`, not 200, or not HTML.

Invalidation is by a *generation*: one key in the shared cache (Redis when
`REDIS_URL` is set, so every app server sees it) that every stored page remembers.
Any change to data shown on pages sets a new generation, which makes every stored
page stale at once:

- Wagtail page signals: published, unpublished, moved, deleted;
- Django's `post_save`, `post_delete` and `m2m_changed` of every model of our apps
  (`home`, `labs`, `knowledge`: pages, comments, reports, peer signals, cities,
  themes, target groups, site settings …), of Wagtail's pages, sites, collections,
  images, documents, redirects and snippets, of the comment packages and of tags.
  Noise that never changes a page is ignored (revisions, log entries, workflow
  states, renditions, the reference index, sessions, logins).

The new generation is set at once and again when the transaction commits, so a page
rendered from the old data while the transaction was open is never kept.
Changes that bypass model signals (`QuerySet.update()`, `bulk_create()`, raw SQL)
must call `invalidate()` themselves.

One cache round trip per request: the generation and the page are read together.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control, patch_vary_headers

from labs.previews import uses_shared_caches

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"
PAGE_KEY = "page-cache:page:{}"

# URL prefixes never served from (or stored in) the cache.
DEFAULT_EXCLUDED_PREFIXES = (
    "/admin/",
    "/konto/",
    "/mitmachen/",
    "/dokumente/",
    "/django-admin/",
    "/static/",
    "/media/",
    "/__ceiling__/",
    "/healthz",
    "/readyz",
)

# Apps whose data appears on pages: a change to any of their models invalidates.
WATCHED_APPS = {
    "home",
    "labs",
    "knowledge",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailsnippets",
    "wagtailredirects",
    "wagtailembeds",
    "django_comments",
    "django_comments_xtd",
    "taggit",
    "sites",
}
# Models of those apps whose changes never show on a public page.
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.pagesubscription",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.workflow",
    "wagtailcore.task",
    "wagtailcore.groupapprovaltask",
    "wagtailcore.workflowpage",
    "wagtailcore.workflowtask",
    "wagtailcore.workflowcontenttype",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.uploadedfile",
    "wagtailcore.grouppagepermission",
    "wagtailcore.groupcollectionpermission",
    "wagtailimages.rendition",
    "wagtailimages.uploadedimage",
    "labs.notificationpreference",
    "labs.threadfollow",
    "home.accessrequest",
}
# A page saved with only these fields is a draft being saved: nothing public changed.
DRAFT_ONLY_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "live_revision",
    "locked",
    "locked_at",
    "locked_by",
    "draft_locked",
}


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def page_cache():
    """The "pages" cache where configured (a folder shared by the workers when
    there is no Redis), else the default cache (Redis in production)."""
    return caches["pages" if "pages" in settings.CACHES else "default"]


def current_generation():
    """The current generation (one cache read), created when there is none yet."""
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, generation, None):
            generation = cache.get(GENERATION_KEY)
    return generation


def excluded_prefixes():
    return tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PREFIXES", ())) + (
        DEFAULT_EXCLUDED_PREFIXES
    )


# --- invalidation -----------------------------------------------------------------


def _new_generation():
    page_cache().set(GENERATION_KEY, uuid.uuid4().hex, None)


def invalidate():
    """Make every stored page stale: now, and again when the current transaction
    commits (pages rendered meanwhile saw the old data)."""
    try:
        _new_generation()
    except Exception:  # the cache being down must never break a save
        logger.exception("Seiten-Cache konnte nicht geleert werden")
    transaction.on_commit(_safe_new_generation)


def _safe_new_generation():
    try:
        _new_generation()
    except Exception:
        logger.exception("Seiten-Cache konnte nicht geleert werden")


def watched(model):
    meta = model._meta
    if meta.label_lower in IGNORED_MODELS:
        return False
    return meta.app_label in WATCHED_APPS


def _on_save(sender, instance=None, raw=False, update_fields=None, **kwargs):
    if raw or not watched(sender):
        return
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    invalidate()


def _on_change(sender, **kwargs):
    if watched(sender):
        invalidate()


def _on_m2m(sender, action=None, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and (
        watched(sender) or watched(kwargs["model"])
    ):
        invalidate()


def _on_page_signal(sender, **kwargs):
    invalidate()


def _on_user_deleted(sender, **kwargs):
    # Comments of a deleted account are anonymised with an update().
    invalidate()


def connect_signals():
    from django.contrib.auth import get_user_model
    from wagtail.signals import page_published, page_unpublished, post_page_move

    post_save.connect(_on_save, dispatch_uid="page_cache_post_save")
    post_delete.connect(_on_change, dispatch_uid="page_cache_post_delete")
    m2m_changed.connect(_on_m2m, dispatch_uid="page_cache_m2m")
    page_published.connect(_on_page_signal, dispatch_uid="page_cache_published")
    page_unpublished.connect(_on_page_signal, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(_on_page_signal, dispatch_uid="page_cache_moved")
    post_delete.connect(
        _on_user_deleted, sender=get_user_model(), dispatch_uid="page_cache_user"
    )


# --- middleware -------------------------------------------------------------------


def _cacheable_request(request):
    if not uses_shared_caches(request):
        return False  # a preview, revision or moderation view
    if request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(excluded_prefixes()):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def _cacheable_response(request, response):
    if response.status_code != 200 or response.streaming:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if response.cookies or response.has_header("Set-Cookie"):
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page holds a CSRF token (a form)
    control = response.get("Cache-Control", "").lower()
    if "private" in control or "no-store" in control:
        return False
    if not uses_shared_caches(request):
        return False
    return not getattr(request, "_page_cache_skip", False)


def _key(request):
    query = request.META.get("QUERY_STRING", "")
    return PAGE_KEY.format(f"{request.get_host()}{request.path}?{query}")


class AnonymousPageCacheMiddleware:
    """Answers anonymous visitors from the page cache (see module docstring).
    Placed early in MIDDLEWARE, so a hit skips sessions, authentication and the
    page itself. Responses carry `X-Page-Cache: hit`, `miss` or `bypass`."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.timeout = getattr(settings, "PAGE_CACHE_SECONDS", 600)

    def __call__(self, request):
        if not enabled():
            return self.get_response(request)
        if not _cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # Personal pages: browsers may keep them, shared caches may not.
                patch_cache_control(response, private=True)
                patch_vary_headers(response, ["Cookie"])
            response["X-Page-Cache"] = "bypass"
            return response

        cache = page_cache()
        key = _key(request)
        try:
            found = cache.get_many([GENERATION_KEY, key])
        except Exception:
            logger.exception("Seiten-Cache nicht erreichbar")
            return self.get_response(request)
        generation = found.get(GENERATION_KEY) or current_generation()
        request._cache_generation = generation  # for the render cache
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            return self._replay(entry)

        response = self.get_response(request)
        if request.method == "GET" and _cacheable_response(request, response):
            headers = [
                (name, value)
                for name, value in response.items()
                if name.lower() not in ("set-cookie", "x-page-cache")
            ]
            try:
                cache.set(
                    key,
                    (generation, response.status_code, headers, response.content),
                    self.timeout,
                )
            except Exception:
                logger.exception("Seite konnte nicht im Cache abgelegt werden")
            response["X-Page-Cache"] = "miss"
        else:
            response["X-Page-Cache"] = "bypass"
        return response

    @staticmethod
    def _replay(entry):
        from django.http import HttpResponse

        _generation, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response
