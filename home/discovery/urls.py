"""Themes and member cities (namespace "discovery"), mounted at the site root."""

from django.urls import path

from . import views

app_name = "discovery"

urlpatterns = [
    path("themen/", views.theme_index, name="themes"),
    path("themen/<slug:slug>/", views.theme_detail, name="theme"),
    path("mitgliedsstaedte/", views.city_index, name="cities"),
    path("mitgliedsstaedte/<slug:slug>/", views.city_detail, name="city"),
    path(
        "mitgliedsstaedte/<slug:slug>/bearbeiten/",
        views.city_edit,
        name="city_edit",
    ),
]
