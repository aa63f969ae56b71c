"""Participant lists of events in the Wagtail admin ("Anmeldungen"): all events
with their numbers, the list of one event (status, city, accessibility needs, note)
and its CSV export (UTF-8 with BOM, semicolons, German headers – opens directly in
Excel). Only the Redaktion (and superusers) see participant data; pilot-city
editors do not."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from .. import csv_export
from ..models import ASSOCIATION_NAME
from ..models.events import EventPage, EventRegistration, RegistrationStatus
from ..roles import is_association_editor

CSV_HEADERS = [
    gettext_lazy("Nachname"),
    gettext_lazy("Vorname"),
    gettext_lazy("E-Mail"),
    gettext_lazy("Stadt"),
    gettext_lazy("Funktion"),
    gettext_lazy("Status"),
    gettext_lazy("Platz auf der Warteliste"),
    gettext_lazy("DGS"),
    gettext_lazy("Schriftdolmetschung"),
    gettext_lazy("Stufenloser Zugang"),
    gettext_lazy("Induktionsanlage"),
    gettext_lazy("Weitere Bedarfe"),
    gettext_lazy("Anmerkung"),
    gettext_lazy("Angemeldet am"),
    gettext_lazy("Nachgerückt am"),
    gettext_lazy("Abgesagt am"),
]


def can_see_participants(user) -> bool:
    """The association editors, and an account given the view permission."""
    return is_association_editor(user) or bool(
        user and user.is_active and user.has_perm("labs.view_eventregistration")
    )


def _require(request):
    if not can_see_participants(request.user):
        raise PermissionDenied


def participants(event):
    """The registrations of an event: confirmed, then waiting list, then cancelled,
    each in order of registration; with the waiting-list positions."""
    order = {
        RegistrationStatus.REGISTERED: 0,
        RegistrationStatus.WAITLIST: 1,
        RegistrationStatus.CANCELLED: 2,
    }
    rows = sorted(
        EventRegistration.objects.filter(event=event).select_related(
            "user__membership__city"
        ),
        key=lambda r: (order[r.status], r.queued_at, r.pk),
    )
    position = 0
    for row in rows:
        membership = getattr(row.user, "membership", None)
        row.city_name = (
            membership.city.name
            if membership and membership.city_id
            else str(ASSOCIATION_NAME)
        )
        row.function = membership.function if membership else ""
        if row.status == RegistrationStatus.WAITLIST:
            position += 1
            row.position = position
        else:
            row.position = None
    return rows


def _local(value):
    return timezone.localtime(value).strftime("%d.%m.%Y %H:%M") if value else ""


def _yes(value):
    return _("ja") if value else ""


def event_list_view(request):
    _require(request)
    events = EventPage.objects.annotate(
        registered=Count(
            "registrations",
            filter=Q(registrations__status=RegistrationStatus.REGISTERED),
        ),
        waiting=Count(
            "registrations", filter=Q(registrations__status=RegistrationStatus.WAITLIST)
        ),
        cancelled=Count(
            "registrations",
            filter=Q(registrations__status=RegistrationStatus.CANCELLED),
        ),
    ).defer_streamfields()
    now = timezone.now()
    upcoming = events.filter(end__gte=now).order_by("start")
    past = events.filter(end__lt=now).order_by("-start")
    return render(
        request,
        "events/admin/event_list.html",
        {"upcoming": upcoming, "past": past},
    )


def participants_view(request, pk):
    _require(request)
    event = get_object_or_404(EventPage, pk=pk)
    rows = participants(event)
    return render(
        request,
        "events/admin/participants.html",
        {
            "event": event,
            "rows": rows,
            "counts": {
                status: sum(1 for r in rows if r.status == status)
                for status in RegistrationStatus.values
            },
            "csv_url": reverse("labs_event_participants_csv", args=[event.pk]),
            "index_url": reverse("labs_event_registrations"),
        },
    )


def participants_csv_view(request, pk):
    _require(request)
    event = get_object_or_404(EventPage, pk=pk)
    filename = f"teilnehmende-{event.slug[:60]}-{timezone.localdate():%Y-%m-%d}.csv"
    response = csv_export.http_response(filename)
    response["Cache-Control"] = "no-store"
    response.write("\ufeff")  # BOM: Excel recognises UTF-8
    writer = csv_export.writer(response, delimiter=";")
    writer.writerow([str(header) for header in CSV_HEADERS])
    for row in participants(event):
        writer.writerow(
            [
                row.user.last_name,
                row.user.first_name,
                row.user.email,
                row.city_name,
                row.function,
                row.get_status_display(),
                row.position or "",
                _yes(row.needs_dgs),
                _yes(row.needs_captioning),
                _yes(row.needs_step_free),
                _yes(row.needs_induction_loop),
                row.accessibility_needs,
                row.note,
                _local(row.queued_at),
                _local(row.promoted_at),
                _local(row.cancelled_at),
            ]
        )
    return response


@hooks.register("register_admin_urls")
def register_event_admin_urls():
    return [
        path("anmeldungen/", event_list_view, name="labs_event_registrations"),
        path(
            "anmeldungen/<int:pk>/",
            participants_view,
            name="labs_event_participants",
        ),
        path(
            "anmeldungen/<int:pk>/teilnehmende.csv",
            participants_csv_view,
            name="labs_event_participants_csv",
        ),
    ]


class ParticipantsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_see_participants(request.user)


@hooks.register("register_admin_menu_item")
def register_event_menu_item():
    return ParticipantsMenuItem(
        gettext_lazy("Anmeldungen"),
        reverse("labs_event_registrations"),
        icon_name="date",
        order=260,
    )


def _participants_button(page, user):
    if page.specific_class is EventPage and can_see_participants(user):
        yield Button(
            gettext_lazy("Teilnehmende"),
            reverse("labs_event_participants", args=[page.pk]),
            icon_name="group",
            priority=60,
        )


@hooks.register("register_page_listing_more_buttons")
def event_listing_button(page, user, next_url=None):
    yield from _participants_button(page, user)


@hooks.register("register_page_header_buttons")
def event_header_button(page, user, view_name=None, next_url=None):
    yield from _participants_button(page, user)
