"""robots.txt and sitemap.xml for search engines.

The sitemap is Wagtail's (wagtail.contrib.sitemaps): live pages without view
restriction of the requested site, absolute URLs with the site's host name.
robots.txt allows all public content and keeps crawlers out of the admin, the
account pages, the form endpoints of the discussions and the search results.
"""

from django.http import HttpResponse
from django.urls import reverse
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Site

ROBOTS_DISALLOW = ["/admin/", "/konto/", "/mitmachen/", "/suche/", "/api/"]


def robots_txt(request):
    site = Site.find_for_request(request)
    root = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in ROBOTS_DISALLOW]
    lines += ["", f"Sitemap: {root}{reverse('sitemap')}", ""]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "max-age=3600"
    return response


def sitemap(request):
    response = wagtail_sitemap(request)
    response["Cache-Control"] = "max-age=3600"
    return response
