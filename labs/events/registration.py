"""Registering for an event, the waiting list and cancelling.

Every change runs in a transaction that first locks the event row
(`select_for_update`): on PostgreSQL two people registering at the same moment are
served one after the other, so the number of confirmed places never exceeds the
capacity. SQLite serialises writes anyway. Emails go out after the commit.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import transaction
from django.shortcuts import resolve_url
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..links import access_request_url
from ..models import Membership
from ..models.events import (
    NEEDS_FIELDS,
    EventPage,
    EventRegistration,
    RegistrationStatus,
    is_pilot_city,
)
from . import emails

NOTE_MAX = 1000


class RegistrationRefused(Exception):
    """The registration is not possible; the German message says why."""


class RegistrationForm(forms.ModelForm):
    class Meta:
        model = EventRegistration
        fields = [*NEEDS_FIELDS, "accessibility_needs", "note"]

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["accessibility_needs"].label = gettext_lazy(
            "Weitere Bedarfe zur Barrierefreiheit"
        )
        self.fields["accessibility_needs"].help_text = gettext_lazy(
            "z. B. Assistenzperson, Unterlagen in großer Schrift, Ernährung. "
            "Höchstens %(max)d Zeichen."
        ) % {"max": NOTE_MAX}
        self.fields["note"].label = gettext_lazy("Anmerkung an die Redaktion")
        self.fields["note"].help_text = gettext_lazy("Höchstens %(max)d Zeichen.") % {
            "max": NOTE_MAX
        }
        for name in ("accessibility_needs", "note"):
            field = self.fields[name]
            field.max_length = NOTE_MAX
            field.widget = forms.Textarea(attrs={"rows": 3, "maxlength": NOTE_MAX})
            field.validators.append(MaxLengthValidator(NOTE_MAX))
            field.error_messages["max_length"] = gettext_lazy(
                "Bitte höchstens %(limit_value)d Zeichen (jetzt %(show_value)d)."
            )
        self._describe()

    def full_clean(self):
        super().full_clean()
        self._describe()

    def _describe(self):
        errors = getattr(self, "_errors", None) or {}
        for name, field in self.fields.items():
            auto_id = self[name].auto_id
            described = []
            if field.help_text:
                described.append(f"{auto_id}-hilfe")
            if name in errors:
                described.append(f"{auto_id}-fehler")
                field.widget.attrs["aria-invalid"] = "true"
            else:
                field.widget.attrs.pop("aria-invalid", None)
            if described:
                field.widget.attrs["aria-describedby"] = " ".join(described)

    def clean(self):
        cleaned = super().clean()
        event = self.event
        wants_interpreting = cleaned.get("needs_dgs") or cleaned.get("needs_captioning")
        if event is not None and wants_interpreting and not event.interpreting_open:
            message = (
                _(
                    "Dolmetschung konnte nur bis zum %(date)s angefragt werden. Bitte "
                    "schreiben Sie Ihren Bedarf trotzdem in das Feld „Weitere Bedarfe“; "
                    "die Redaktion versucht es möglich zu machen."
                )
                % {"date": date_format(event.interpreting_deadline, "d.m.Y")}
                if event.interpreting_on_request and event.interpreting_deadline
                else _(
                    "Für diese Veranstaltung ist keine Dolmetschung vorgesehen. Bitte "
                    "beschreiben Sie Ihren Bedarf im Feld „Weitere Bedarfe“."
                )
            )
            field = "needs_dgs" if cleaned.get("needs_dgs") else "needs_captioning"
            self.add_error(field, message)
        return cleaned


# --- Who may register ------------------------------------------------------------


def membership_of(user):
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    return Membership.objects.filter(user=user).select_related("city").first()


def refusal(event, user, membership=None, *, now=None):
    """The German reason why `user` may not register for `event`, or "" if they may.
    Waiting-list places are still offered when the event is full."""
    now = now or timezone.now()
    if not event.registration_enabled:
        return _("Für diese Veranstaltung gibt es keine Anmeldung über die Plattform.")
    if event.end < now:
        return _("Diese Veranstaltung hat bereits stattgefunden.")
    if now > event.deadline:
        return _(
            "Der Anmeldeschluss war am %(date)s. Eine Anmeldung ist nicht mehr "
            "möglich; bitte wenden Sie sich bei Fragen an die Redaktion."
        ) % {"date": date_format(timezone.localtime(event.deadline), "d.m.Y, H:i")}
    if membership is None:
        return _(
            "Anmelden können sich Konten, die zu einer Mitgliedsstadt des Städtetags "
            "gehören. Ihr Konto gehört zu keiner Mitgliedsstadt."
        )
    if event.is_narrow and membership.city_id and not is_pilot_city(membership.city):
        return _(
            "Diese Veranstaltung ist für den engen Kreis der Pilotstädte. %(city)s ist "
            "keine Pilotstadt; deshalb ist eine Anmeldung nicht möglich. Veranstaltungen "
            "im weiten Kreis stehen allen Mitgliedsstädten offen."
        ) % {"city": membership.city.name}
    return ""


@dataclass
class Outcome:
    registration: EventRegistration
    status: str
    position: int | None = None
    created: bool = True

    @property
    def message(self):
        if self.status == RegistrationStatus.WAITLIST:
            return _(
                "Alle Plätze sind vergeben. Sie stehen auf der Warteliste, auf Platz "
                "%(position)d. Wird ein Platz frei, rücken Sie automatisch nach und "
                "bekommen eine E-Mail."
            ) % {"position": self.position}
        return _(
            "Sie sind angemeldet. Die Bestätigung mit dem Termin für Ihren Kalender "
            "kommt per E-Mail."
        )


def register(event, user, form_data) -> Outcome:
    """Register `user` (a place or the waiting list). Raises RegistrationRefused
    with a German message when it is not possible (deadline, circle, double)."""

    membership = membership_of(user)
    with transaction.atomic():
        locked = (
            EventPage.objects.select_for_update(of=("self",))
            .filter(pk=event.pk)
            .first()
        )
        if locked is None:
            raise RegistrationRefused(_("Diese Veranstaltung gibt es nicht mehr."))
        reason = refusal(locked, user, membership)
        if reason:
            raise RegistrationRefused(reason)
        existing = EventRegistration.objects.filter(event=locked, user=user).first()
        if existing is not None and existing.is_active:
            if existing.status == RegistrationStatus.WAITLIST:
                raise RegistrationRefused(
                    _(
                        "Sie stehen bereits auf der Warteliste (Platz %(position)d). "
                        "Sie müssen sich nicht noch einmal anmelden."
                    )
                    % {"position": existing.waitlist_position()}
                )
            raise RegistrationRefused(
                _(
                    "Sie sind für diese Veranstaltung bereits angemeldet. Eine zweite "
                    "Anmeldung ist nicht nötig."
                )
            )
        taken = EventRegistration.objects.filter(
            event=locked, status=RegistrationStatus.REGISTERED
        ).count()
        full = locked.capacity is not None and taken >= locked.capacity
        status = RegistrationStatus.WAITLIST if full else RegistrationStatus.REGISTERED
        registration = existing or EventRegistration(event=locked, user=user)
        for name, value in form_data.items():
            setattr(registration, name, value)
        registration.status = status
        registration.queued_at = timezone.now()
        registration.cancelled_at = None
        registration.promoted_at = None
        registration.reminder_sent_at = None
        registration.save()
        outcome = Outcome(
            registration=registration,
            status=status,
            position=registration.waitlist_position(),
            created=existing is None,
        )
        # In the transaction: the mail is stored in the outbox with the registration
        # or, when anything fails, neither is.
        emails.send_registered(outcome)
    return outcome


def cancel(registration, *, notify_owner=True) -> EventRegistration | None:
    """Cancel a registration (by its owner). A freed place goes to the first on the
    waiting list, who gets an email. Returns the promoted registration, if any."""

    with transaction.atomic():
        event = (
            EventPage.objects.select_for_update(of=("self",))
            .filter(pk=registration.event_id)
            .first()
        )
        current = EventRegistration.objects.filter(pk=registration.pk).first()
        if event is None or current is None or not current.is_active:
            return None
        was_registered = current.status == RegistrationStatus.REGISTERED
        current.status = RegistrationStatus.CANCELLED
        current.cancelled_at = timezone.now()
        current.save()
        promoted = fill_from_waitlist(event) if was_registered else []
        if notify_owner:
            emails.send_cancelled(current)
        for item in promoted:
            emails.send_promoted(item)
    return promoted[0] if promoted else None


def fill_from_waitlist(event):
    """Move people up from the waiting list while places are free (call inside a
    transaction that locked the event). Returns the promoted registrations."""
    if event.end < timezone.now():
        return []
    taken = EventRegistration.objects.filter(
        event=event, status=RegistrationStatus.REGISTERED
    ).count()
    free = None if event.capacity is None else event.capacity - taken
    queue = EventRegistration.objects.filter(
        event=event, status=RegistrationStatus.WAITLIST
    ).order_by("queued_at", "pk")
    if free is not None:
        queue = queue[: max(free, 0)]
    promoted = []
    for item in queue.select_related("user", "event"):
        item.status = RegistrationStatus.REGISTERED
        item.promoted_at = timezone.now()
        item.save()
        promoted.append(item)
    return promoted


# --- What the event page shows ----------------------------------------------------


@dataclass
class RegistrationState:
    event: EventPage
    is_authenticated: bool
    refusal: str
    own: EventRegistration | None
    form: RegistrationForm | None
    login_url: str
    access_url: str = dataclasses.field(default_factory=access_request_url)

    @property
    def is_registered(self):
        return self.own is not None and self.own.status == RegistrationStatus.REGISTERED

    @property
    def is_waiting(self):
        return self.own is not None and self.own.status == RegistrationStatus.WAITLIST

    @property
    def position(self):
        return self.own.waitlist_position() if self.is_waiting else None

    @property
    def can_register(self):
        return (
            self.is_authenticated
            and not self.refusal
            and not (self.is_registered or self.is_waiting)
        )

    @property
    def shows_online_link(self):
        return self.is_registered and self.event.is_online and self.event.online_link


def registration_state(request, event, form=None):
    user = getattr(request, "user", None)
    authenticated = bool(user and user.is_authenticated)
    own = None
    reason = ""
    if authenticated:
        membership = membership_of(user)
        own = (
            EventRegistration.objects.filter(event=event, user=user)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        reason = refusal(event, user, membership)
        if form is None and not reason and own is None:
            form = RegistrationForm(event=event)
    login = (
        resolve_url(settings.LOGIN_URL)
        + "?"
        + urlencode({"next": event.url + "#anmeldung"})
    )
    return RegistrationState(
        event=event,
        is_authenticated=authenticated,
        refusal=reason,
        own=own,
        form=form,
        login_url=login,
    )


def release_places_of(user):
    """Before an account is deleted: give its confirmed places of upcoming events
    to the waiting list (the registrations themselves go with the account)."""
    for item in EventRegistration.objects.filter(
        user=user,
        status=RegistrationStatus.REGISTERED,
        event__end__gte=timezone.now(),
    ):
        cancel(item, notify_owner=False)
