"""Event URLs, mounted under /mitmachen/veranstaltungen/ (inside the "labs"
namespace): registering and cancelling (POST only) and the calendar files. Wagtail's
page URLs cannot end in ".ics", so the calendar files live here."""

from django.urls import path

from . import event_views

urlpatterns = [
    path("kalender.ics", event_views.feed, name="event_feed"),
    path("<int:page_id>/termin.ics", event_views.event_ics, name="event_ics"),
    path("<int:page_id>/anmelden/", event_views.register, name="event_register"),
    path("<int:page_id>/absagen/", event_views.cancel, name="event_cancel"),
]
