"""Veranstaltungen: the event pages of the KompetenzBereich and the registrations of
members (Experimentier- und Lernwerkstatt, Transferveranstaltung, Vor-Ort-Besuch,
Online-Austausch, Fach- und Vernetzungstag).

Dates are stored time-zone aware (UTC in the database) and shown in Europe/Berlin
(settings.TIME_ZONE). Registration, the waiting list and cancellation live in
`labs.events.registration`, the emails in `labs.events.emails`, the calendar files
in `labs.events.calendar`. Learnings are linked through a page chooser of the page
type that `settings.LABS_LEARNING_PAGE_MODEL` names (labs.extensions).
"""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .. import personal_data
from ..blocks import BodyBlock, ImageBlock
from ..queries import filter_by_request, live_public, paginate
from .base import BasePage, SectionIndexPage
from .network import NetworkRole, Theme

# Registrations are deleted this many days after the end of their event
# (`manage.py purge_event_registrations`).
RETENTION_DAYS = 180


class EventKind(models.TextChoices):
    WORKSHOP = "werkstatt", _("Experimentier- und Lernwerkstatt")
    TRANSFER = "transfer", _("Transferveranstaltung")
    VISIT = "besuch", _("Vor-Ort-Besuch")
    ONLINE = "online", _("Online-Austausch")
    CONFERENCE = "fachtag", _("Fach- und Vernetzungstag")


class EventCircle(models.TextChoices):
    WIDE = "weit", _("weiter Kreis – alle Mitgliedsstädte")
    NARROW = "eng", _("enger Kreis – nur Pilotstädte")


class RegistrationStatus(models.TextChoices):
    REGISTERED = "angemeldet", _("angemeldet")
    WAITLIST = "warteliste", _("Warteliste")
    CANCELLED = "abgesagt", _("abgesagt")


def is_pilot_city(city) -> bool:
    """Pilot cities are the cities with a StadtLabor in any phase (Rolle im Netzwerk
    other than "Mitgliedsstadt")."""
    return city is not None and city.network_role != NetworkRole.MEMBER


def upcoming_q(now=None):
    """Events that have not ended yet."""
    return models.Q(end__gte=now or timezone.now())


def attach_themes(events):
    """`event.theme_list` for listed events, in ONE query for all of them."""
    through = EventPage.themes.through
    by_event = {event.pk: [] for event in events}
    if by_event:
        rows = (
            through.objects.filter(eventpage_id__in=list(by_event))
            .select_related("theme")
            .order_by("theme__sort_order", "theme__name")
        )
        for row in rows:
            by_event[row.eventpage_id].append(row.theme)
    for event in events:
        event.theme_list = by_event[event.pk]
    return events


# --- Index ----------------------------------------------------------------------


class EventIndexPage(SectionIndexPage):
    subpage_types = ["labs.EventPage"]

    class Meta:
        verbose_name = _("Übersicht Veranstaltungen")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        events = live_public(
            EventPage.objects.child_of(self), request
        ).defer_streamfields()
        events, active = filter_by_request(
            events, request, {"art": "kind", "thema": "themes__slug"}
        )
        events = events.distinct()
        upcoming = list(events.filter(upcoming_q(now)).order_by("start", "title"))
        page_obj = paginate(
            request, events.exclude(upcoming_q(now)).order_by("-start", "title")
        )
        page_obj.object_list = list(page_obj.object_list)
        attach_themes([*upcoming, *page_obj.object_list])
        context["upcoming"] = upcoming
        context["page_obj"] = page_obj
        context["active_filters"] = active
        context["feed_url"] = reverse("labs:event_feed")
        context["filter_kinds"] = EventKind.choices
        context["filter_themes"] = Theme.objects.all()
        return context


# --- Event ----------------------------------------------------------------------


class EventPage(BasePage):
    kind = models.CharField(_("Format"), max_length=20, choices=EventKind.choices)
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Worum geht es, für wen? Zwei, drei Sätze für Übersichten."),
    )
    start = models.DateTimeField(
        _("Beginn"), help_text=_("Datum und Uhrzeit (deutsche Zeit).")
    )
    end = models.DateTimeField(_("Ende"))
    circle = models.CharField(
        _("Kreis"),
        max_length=10,
        choices=EventCircle.choices,
        default=EventCircle.WIDE,
        help_text=_(
            "Enger Kreis: Anmelden können sich nur Konten aus Pilotstädten (Städte "
            "mit einer anderen Rolle im Netzwerk als „Mitgliedsstadt“) und die "
            "Redaktion."
        ),
    )
    # Place
    is_online = models.BooleanField(
        _("Online-Veranstaltung"),
        default=False,
        help_text=_("Ohne Ort; der Zugangslink geht nur an angemeldete Personen."),
    )
    venue = models.CharField(
        _("Veranstaltungsort"),
        max_length=150,
        blank=True,
        help_text=_("z. B. „Bürgerhaus Mühlbach, Großer Saal“."),
    )
    address = models.TextField(
        _("Adresse"), blank=True, help_text=_("Straße, PLZ und Ort, eine Zeile je.")
    )
    online_link = models.URLField(
        _("Zugangslink (Online)"),
        blank=True,
        help_text=_(
            "Wird nie öffentlich gezeigt: nur angemeldeten Personen auf der Seite und "
            "in der Bestätigung und Erinnerung."
        ),
    )
    step_free = models.BooleanField(_("Stufenloser Zugang"), default=False)
    accessible_wc = models.BooleanField(_("Barrierefreies WC"), default=False)
    induction_loop = models.BooleanField(_("Induktionsanlage"), default=False)
    interpreting_on_request = models.BooleanField(
        _("DGS- oder Schriftdolmetschung auf Anfrage"), default=False
    )
    interpreting_deadline = models.DateField(
        _("Dolmetschung anfragen bis"),
        null=True,
        blank=True,
        help_text=_("Bis zu diesem Tag kann Dolmetschung angefragt werden."),
    )
    accessibility_note = models.TextField(
        _("Weitere Hinweise zur Barrierefreiheit"),
        blank=True,
        help_text=_("z. B. Anreise mit ÖPNV, Parkplätze, Ruheraum, Leichte Sprache."),
    )
    # Content
    programme = StreamField(BodyBlock(), blank=True, verbose_name=_("Programm"))
    speakers = models.TextField(
        _("Referierende"),
        blank=True,
        help_text=_("Eine Zeile je Person: Funktion und Stadt/Organisation."),
    )
    themes = ParentalManyToManyField(
        Theme, related_name="events", blank=True, verbose_name=_("Handlungsfelder")
    )
    labs = ParentalManyToManyField(
        "labs.LabPage",
        related_name="events",
        blank=True,
        verbose_name=_("StadtLabore"),
        help_text=_("StadtLabore, die sich vorstellen oder besucht werden."),
    )
    related_learnings = StreamField(
        [
            (
                "learning",
                blocks.PageChooserBlock(
                    page_type=settings.LABS_LEARNING_PAGE_MODEL, label=_("Erkenntnis")
                ),
            )
        ],
        blank=True,
        verbose_name=_("Erkenntnisse aus der Veranstaltung"),
    )
    # Registration
    registration_enabled = models.BooleanField(
        _("Anmeldung über die Plattform"), default=True
    )
    capacity = models.PositiveIntegerField(
        _("Plätze"),
        null=True,
        blank=True,
        help_text=_(
            "Leer = unbegrenzt. Sind alle Plätze vergeben, folgt die Warteliste."
        ),
    )
    registration_deadline = models.DateTimeField(
        _("Anmeldeschluss"),
        null=True,
        blank=True,
        help_text=_("Leer = bis zum Beginn."),
    )
    # Documentation (past events)
    documentation = RichTextField(
        _("Dokumentation: Zusammenfassung"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"],
    )
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Protokoll"),
    )
    slides = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Folien"),
    )
    photos = StreamField([("photo", ImageBlock())], blank=True, verbose_name=_("Fotos"))
    photo_consent_note = models.TextField(
        _("Hinweis zur Einwilligung (Fotos)"),
        blank=True,
        help_text=_(
            "Pflicht, wenn Fotos gezeigt werden: Wie wurden die Teilnehmenden "
            "informiert, wer hat eingewilligt (erkennbare Personen)?"
        ),
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("programme"),
        index.SearchField("venue"),
        index.SearchField("address"),
        index.SearchField("speakers"),
        index.SearchField("accessibility_note"),
        index.SearchField("documentation"),
        index.FilterField("kind"),
        index.FilterField("start"),
    ]
    search_filter_key = "veranstaltung"
    search_summary_field = "teaser"

    content_panels = Page.content_panels + [
        FieldPanel("teaser"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("circle")]),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [
                FieldPanel("is_online"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("online_link"),
            ],
            heading=_("Ort"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("step_free"), FieldPanel("accessible_wc")]),
                FieldPanel("induction_loop"),
                FieldRowPanel(
                    [
                        FieldPanel("interpreting_on_request"),
                        FieldPanel("interpreting_deadline"),
                    ]
                ),
                FieldPanel("accessibility_note"),
            ],
            heading=_("Barrierefreiheit"),
        ),
        FieldPanel("programme"),
        FieldPanel("speakers"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("labs"),
        MultiFieldPanel(
            [
                FieldPanel("registration_enabled"),
                FieldRowPanel(
                    [FieldPanel("capacity"), FieldPanel("registration_deadline")]
                ),
            ],
            heading=_("Anmeldung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("documentation"),
                FieldRowPanel([FieldPanel("minutes"), FieldPanel("slides")]),
                FieldPanel("photos"),
                FieldPanel("photo_consent_note"),
                FieldPanel("related_learnings"),
            ],
            heading=_("Dokumentation (nach der Veranstaltung)"),
        ),
    ]

    parent_page_types = ["labs.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("Das Ende darf nicht vor dem Beginn liegen.")
        if (
            self.registration_deadline
            and self.start
            and self.registration_deadline > self.start
        ):
            errors["registration_deadline"] = _(
                "Der Anmeldeschluss darf nicht nach dem Beginn liegen."
            )
        if self.is_online and not self.online_link and not self.venue:
            errors["online_link"] = _(
                "Bitte den Zugangslink angeben (er wird nur Angemeldeten gezeigt)."
            )
        if not self.is_online and not (self.venue or self.address).strip():
            errors["venue"] = _(
                "Bitte den Ort angeben oder „Online-Veranstaltung“ ankreuzen."
            )
        if self.photos and not self.photo_consent_note.strip():
            errors["photo_consent_note"] = _(
                "Fotos nur mit Hinweis zur Einwilligung der abgebildeten Personen."
            )
        if errors:
            raise ValidationError(errors)

    # --- State -------------------------------------------------------------------

    @property
    def deadline(self):
        return self.registration_deadline or self.start

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def registration_closed(self):
        return timezone.now() > self.deadline

    @property
    def is_narrow(self):
        return self.circle == EventCircle.NARROW

    @property
    def interpreting_open(self):
        if not self.interpreting_on_request:
            return False
        if self.interpreting_deadline is None:
            return True
        return timezone.localdate() <= self.interpreting_deadline

    @cached_property
    def registered_count(self):
        return self.registrations.filter(status=RegistrationStatus.REGISTERED).count()

    @property
    def places_left(self):
        if self.capacity is None:
            return None
        return max(self.capacity - self.registered_count, 0)

    def ics_url(self):
        return reverse("labs:event_ics", args=[self.pk])

    @property
    def has_documentation(self):
        return bool(
            self.documentation or self.minutes_id or self.slides_id or self.photos
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes_list"] = list(self.themes.all())
        context["labs_list"] = list(
            live_public(self.labs.all(), request)
            .defer_streamfields()
            .select_related("city")
            .order_by("title")
        )
        # The raw block values are page ids: no query to resolve the choosers.
        learning_ids = [
            block["value"]
            for block in self.related_learnings.raw_data
            if block.get("value")
        ]
        learnings = []
        if learning_ids:
            found = {
                page.pk: page
                for page in live_public(
                    Page.objects.filter(pk__in=learning_ids), request
                )
            }
            learnings = [found[pk] for pk in learning_ids if pk in found]
        context["learnings_list"] = learnings
        context["show_registration"] = self.registration_enabled and not self.is_past
        return context


# --- Registrations --------------------------------------------------------------


@personal_data.register(label="Anmeldungen zu Veranstaltungen")
class EventRegistration(models.Model):
    """A member's registration for an event.

    Datenschutz: stored are the account (name, email, city come from it), status,
    the accessibility needs and the note given in the form, and the times of
    registration, promotion from the waiting list, cancellation and reminder. Only
    the Redaktion sees them (admin „Veranstaltungen › Anmeldungen“); they are deleted
    180 days after the event (`manage.py purge_event_registrations`) and with
    the account."""

    event = models.ForeignKey(
        EventPage,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("Veranstaltung"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="event_registrations",
        verbose_name=_("Konto"),
    )
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.REGISTERED,
    )
    needs_dgs = models.BooleanField(
        _("Dolmetschung in Deutsche Gebärdensprache (DGS)"), default=False
    )
    needs_captioning = models.BooleanField(_("Schriftdolmetschung"), default=False)
    needs_step_free = models.BooleanField(
        _("Barrierefreier (stufenloser) Zugang"), default=False
    )
    needs_induction_loop = models.BooleanField(_("Induktionsanlage"), default=False)
    accessibility_needs = models.TextField(
        _("Weitere Bedarfe zur Barrierefreiheit"),
        blank=True,
        help_text=_(
            "Freitext, nur für die Redaktion; gelöscht 180 Tage nach der Veranstaltung."
        ),
    )
    note = models.TextField(_("Anmerkung"), blank=True)
    queued_at = models.DateTimeField(
        _("angemeldet am"),
        default=timezone.now,
        help_text=_("Zeitpunkt der (letzten) Anmeldung; bestimmt die Warteliste."),
    )
    promoted_at = models.DateTimeField(
        _("von der Warteliste nachgerückt am"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(_("abgesagt am"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(
        _("Erinnerung verschickt am"), null=True, blank=True
    )

    class Meta:
        ordering = ["queued_at", "pk"]
        verbose_name = _("Anmeldung")
        verbose_name_plural = _("Anmeldungen")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "user"], name="unique_event_registration"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.event_id} ({self.get_status_display()})"

    @property
    def is_active(self):
        return self.status != RegistrationStatus.CANCELLED

    def needs_list(self):
        labels = [
            str(self._meta.get_field(name).verbose_name)
            for name in NEEDS_FIELDS
            if getattr(self, name)
        ]
        if self.accessibility_needs:
            labels.append(self.accessibility_needs)
        return labels

    def waitlist_position(self):
        if self.status != RegistrationStatus.WAITLIST:
            return None
        return (
            EventRegistration.objects.filter(
                event_id=self.event_id, status=RegistrationStatus.WAITLIST
            )
            .filter(
                models.Q(queued_at__lt=self.queued_at)
                | models.Q(queued_at=self.queued_at, pk__lt=self.pk)
            )
            .count()
            + 1
        )


NEEDS_FIELDS = [
    "needs_dgs",
    "needs_captioning",
    "needs_step_free",
    "needs_induction_loop",
]
