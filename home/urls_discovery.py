"""Themes and member cities (namespace "discovery"), mounted at the site root."""

from django.urls import path

from . import discovery

app_name = "discovery"

urlpatterns = [
    path("themen/", discovery.theme_index, name="themes"),
    path("themen/<slug:slug>/", discovery.theme_detail, name="theme"),
    path("mitgliedsstaedte/", discovery.city_index, name="cities"),
    path("mitgliedsstaedte/<slug:slug>/", discovery.city_detail, name="city"),
    path(
        "mitgliedsstaedte/<slug:slug>/bearbeiten/",
        discovery.city_edit,
        name="city_edit",
    ),
]
