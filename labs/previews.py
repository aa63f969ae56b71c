"""Requests that show an editor a page as readers do not (yet) see it.

Wagtail renders previews, revision views and moderation views through a request it
builds itself (`PreviewableMixin.make_preview_request`): it carries the page's own
address and the Site's hostname, not the editor's `/admin/` address, and passes
through the whole middleware. Wagtail marks it with `is_dummy` before the
middleware runs and with `is_preview` before the page is rendered.
"""


def uses_shared_caches(request):
    """Whether what is rendered for `request` may be read from or stored in a cache
    that other readers share (page cache, render cache, cached lookups). Never for
    previews, revision and moderation views: a draft stored under the live page's
    key would reach visitors and members. Never without a request either, where
    nothing tells which kind it is."""
    if request is None:
        return False
    return not (
        getattr(request, "is_dummy", False) or getattr(request, "is_preview", False)
    )
