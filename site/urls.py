from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.caching import routing
from home.operations import health
from home.search import views as search_views
from home.syndication import seo
from home.syndication.api import api_router
from labs.wagtail_hooks import chooser_urls

# A database outage answers 503 with Retry-After, other errors Django's 500 page.
handler500 = "home.operations.errors.server_error"

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    *chooser_urls,
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("suche/", search_views.search, name="search"),
    path("konto/", include("home.accounts.urls")),
    path("mitmachen/", include("labs.urls")),
    path("feeds/", include("home.syndication.urls_feeds")),
    path("offene-daten/", include("home.syndication.urls_open_data")),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", seo.sitemap, name="sitemap"),
    path("robots.txt", seo.robots_txt, name="robots_txt"),
    path("", include("home.discovery.urls")),
]

if settings.BENCH_CEILING_VIEW:
    from django.http import HttpResponse

    urlpatterns.insert(0, path("__ceiling__/", lambda request: HttpResponse("ok")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Pages: Wagtail's view with the route kept in the render cache (home/caching/routing.py),
# under Wagtail's name; Wagtail's own URLs (passwords of restricted pages) after it.
urlpatterns += [
    re_path(
        r"^(?!_util/)" + wagtail_urls.serve_pattern.removeprefix("^"),
        routing.serve,
        name="wagtail_serve",
    ),
    path("", include(wagtail_urls)),
]
