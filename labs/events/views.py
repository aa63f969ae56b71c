"""Views for events: register, cancel (POST, logged-in members), the calendar file
of one event and the feed of all upcoming events. Every view checks that the event
page is live and that the viewer passes its Wagtail view restrictions."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..discussions.comments import login_url, request_can_view_page
from ..models.events import EventPage, EventRegistration, RegistrationStatus, upcoming_q
from ..notifications import base_url
from ..queries import live_public
from . import calendar, registration


def _event(request, page_id):
    event = EventPage.objects.filter(pk=page_id).first()
    if event is None or not request_can_view_page(request, event):
        raise Http404
    return event


def _anchor(event):
    return HttpResponseRedirect(event.url + "#anmeldung")


@require_POST
def register(request, page_id):
    event = _event(request, page_id)
    if not request.user.is_authenticated:
        return redirect(login_url(request, event.url + "#anmeldung"))
    form = registration.RegistrationForm(request.POST, event=event)
    if not form.is_valid():
        request._event_form = form
        response = event.serve(request)
        response.status_code = 400
        return response
    data = {name: form.cleaned_data[name] for name in form.Meta.fields}
    try:
        outcome = registration.register(event, request.user, data)
    except registration.RegistrationRefused as refused:
        messages.error(request, str(refused))
        return _anchor(event)
    if outcome.status == RegistrationStatus.WAITLIST:
        messages.warning(request, outcome.message)
    else:
        messages.success(request, outcome.message)
    return _anchor(event)


@require_POST
def cancel(request, page_id):
    event = _event(request, page_id)
    if not request.user.is_authenticated:
        return redirect(login_url(request, event.url + "#anmeldung"))
    own = (
        EventRegistration.objects.filter(event=event, user=request.user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )
    if own is None:
        messages.info(request, _("Sie waren für diese Veranstaltung nicht angemeldet."))
        return _anchor(event)
    if event.end < timezone.now():
        messages.error(
            request, _("Die Veranstaltung ist vorbei; absagen ist nicht mehr nötig.")
        )
        return _anchor(event)
    was_waiting = own.status == RegistrationStatus.WAITLIST
    registration.cancel(own)
    messages.success(
        request,
        _(
            "Sie stehen nicht mehr auf der Warteliste. Eine Bestätigung kommt per E-Mail."
        )
        if was_waiting
        else _(
            "Sie haben sich abgemeldet; Ihr Platz ist wieder frei. Eine Bestätigung "
            "kommt per E-Mail."
        ),
    )
    return _anchor(event)


def _calendar_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "public, max-age=900"
    return response


def event_ics(request, page_id):
    event = _event(request, page_id)
    return _calendar_response(
        calendar.event_ics(event, base_url()), f"{event.slug[:60]}.ics"
    )


def feed(request):
    """All upcoming events (not yet ended) that the public may see."""
    events = (
        live_public(EventPage.objects.all(), request)
        .filter(upcoming_q())
        .defer_streamfields()
        .order_by("start", "pk")
    )
    content = calendar.feed_ics(events, base_url(), name=_("Veranstaltungen"))
    response = _calendar_response(content, "veranstaltungen.ics")
    response["Content-Disposition"] = 'inline; filename="veranstaltungen.ics"'
    return response
