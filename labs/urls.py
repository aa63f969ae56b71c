"""The URLs of the base app (namespace "labs", mounted once under /mitmachen/ in
site/urls.py). Only these views are routed: no django-comments-xtd or
django-contrib-comments URLs, so neither its REST API nor anonymous posting exists
on this site."""

from django.urls import include, path

app_name = "labs"

urlpatterns = [
    path("", include("labs.discussions.urls")),
    path("", include("labs.follows.urls")),
    path("veranstaltungen/", include("labs.events.urls")),
]
