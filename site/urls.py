from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("suche/", home_views.search, name="search"),
    path("konto/", include("home.urls")),
    path("mitmachen/", include("labs.urls")),
    path("", include("home.urls_discovery")),
]

if settings.BENCH_CEILING_VIEW:
    from django.http import HttpResponse

    urlpatterns.insert(0, path("__ceiling__/", lambda request: HttpResponse("ok")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
