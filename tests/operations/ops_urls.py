"""The site's URLs plus /__fehler__/, a view that raises (for the error log test)."""

from django.urls import path

from stadtlabore.urls import *  # noqa: F403
from stadtlabore.urls import urlpatterns as site_urlpatterns


def fail(request):
    raise RuntimeError("absichtlicher Fehler für den Protokolltest")


urlpatterns = [path("__fehler__/", fail), *site_urlpatterns]
