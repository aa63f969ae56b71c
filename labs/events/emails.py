"""Emails about event registrations, in German, plain text, each saying why the
recipient gets it:

- confirmation (with the event as .ics attached),
- waiting-list notice (with the position),
- moved up from the waiting list (with .ics),
- cancellation confirmation,
- reminder before the event (`manage.py send_event_reminders`).

Links use the same base URL as the discussion emails (`labs.notifications`). A mail
server problem never undoes a registration: the
messages wait in the outbox (labs/outbox.py) until the server takes them.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils.text import slugify

from .. import outbox
from ..models.events import RegistrationStatus
from ..notifications import _common, base_url
from . import calendar


def _context(registration, root):
    event = registration.event
    return {
        **_common(root),
        "recipient": registration.user,
        "registration": registration,
        "event": event,
        "event_url": root + event.url if event.url else root,
        "ics_url": root + event.ics_url(),
        "location": calendar.location_text(event),
        "needs": registration.needs_list(),
        "position": registration.waitlist_position(),
        "show_online_link": (
            registration.status == RegistrationStatus.REGISTERED
            and event.is_online
            and bool(event.online_link)
        ),
    }


def build_message(template, registration, root=None, *, attach_ics=False):
    root = (root or base_url()).rstrip("/")
    context = _context(registration, root)
    subject = " ".join(
        render_to_string(f"events/email/{template}_subject.txt", context).split()
    )
    body = render_to_string(f"events/email/{template}.txt", context)
    message = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registration.user.email],
    )
    if attach_ics:
        event = registration.event
        link = event.online_link if context["show_online_link"] else ""
        message.attach(
            f"{slugify(event.slug)[:60] or 'termin'}.ics",
            calendar.event_ics(event, root, online_link=link),
            "text/calendar; charset=utf-8; method=PUBLISH",
        )
    return message


def _send(messages):
    """Store the messages in the outbox; a worker sends them (labs/outbox.py)."""
    return outbox.send(messages)


def send_registered(outcome):
    registration = outcome.registration
    if outcome.status == RegistrationStatus.WAITLIST:
        return _send([build_message("waitlist", registration)])
    return _send([build_message("confirmation", registration, attach_ics=True)])


def send_promoted(registration):
    return _send([build_message("promoted", registration, attach_ics=True)])


def send_cancelled(registration):
    return _send([build_message("cancelled", registration)])


def reminder_message(registration, root=None):
    return build_message("reminder", registration, root, attach_ics=True)
