"""Follow a lab or a theme (included in the "labs" namespace by labs/urls.py)."""

from django.urls import path

from . import views

urlpatterns = [
    path("labor/<int:page_id>/folgen/", views.lab_follow, name="lab_follow"),
    path("thema/<slug:slug>/folgen/", views.theme_follow, name="theme_follow"),
]
