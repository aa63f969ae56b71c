"""Wagtail's page view (`wagtail.views.serve`) with the page found for an address
kept in the render cache.

Why: routing a request costs four queries (the Site of the host, its start page,
and `HomePage.route`'s lookup of the page by `url_path` with its specific row) on
every request, also when every fragment of the page comes from the render cache.
In-process (test client on the demo data of `bench/run.py`, production settings,
Redis, page cache off) a logged-in member's request to the nine key pages took
157–172 ms CPU in sum with the earlier shared-objects cache and 206–266 ms without
any (5 more queries per page). With the route kept here and the site settings
kept by `SiteSettings.for_request`, the same pages cost as many queries as before
and 116–127 ms against 115–142 ms of the earlier code in alternating runs.

Only what Wagtail's public API gives is kept: the specific page that
`Page.route_for_request` finds for the address, per generation and host
(`render_cache.cached`), so a change to any page is seen on the next request.
Sub-routes of routable pages (a route with arguments) and addresses without a page
are routed each time. Previews, revision and moderation views never come here
(Wagtail serves them itself), and `render_cache.cached` computes for them anyway.
The hooks `before_serve_page` (view restrictions, passwords) and `on_serve_page`
run on every request, as in Wagtail's view.
"""

from django.http import Http404, HttpResponse
from wagtail import hooks
from wagtail.models import Page

from . import render_cache


def _page_at(request, path):
    route = Page.route_for_request(request, path)
    if route is None:
        return None
    page, args, kwargs = route
    return page if not args and not kwargs else None


def _serve_chain(page, request, args, kwargs):
    return page.serve(request, *args, **kwargs)


def serve(request, path):
    page = render_cache.cached(request, "route", lambda: _page_at(request, path), path)
    if page is not None:
        args, kwargs = (), {}
    else:
        route = Page.route_for_request(request, path)
        if route is None:
            raise Http404
        page, args, kwargs = route

    on_serve_chain = _serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)
