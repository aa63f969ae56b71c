"""Event URLs, mounted under /mitmachen/veranstaltungen/ (inside the "labs"
namespace): registering and cancelling (POST only) and the calendar files. Wagtail's
page URLs cannot end in ".ics", so the calendar files live here."""

from django.urls import path

from . import views

urlpatterns = [
    path("kalender.ics", views.feed, name="event_feed"),
    path("<int:page_id>/termin.ics", views.event_ics, name="event_ics"),
    path("<int:page_id>/anmelden/", views.register, name="event_register"),
    path("<int:page_id>/absagen/", views.cancel, name="event_cancel"),
]
