"""Förderprogramme: an index with filters (Handlungsfeld, "Frist offen") and one page
per programme (Fördergeber*in, Förderhöhe, Antragsberechtigte, Fristen, Link, Stand).

A programme names the labs and experiments it funded (the relation lives here,
because `labs` imports no other app); lab and experiment pages show "Gefördert
durch …" through the template tag `funding_programmes` (knowledge/templatetags).
Editors see programmes whose "Stand" is older than a year on the admin dashboard and
by email (`manage.py check_funding_status`).
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from labs.models import BasePage, SectionIndexPage, Theme
from labs.queries import filter_by_request, live_public, paginate

# After this many days the "Stand" of a programme counts as outdated.
STALE_AFTER_DAYS = 365


def stale_before(today=None):
    """Programmes with a "Stand" before this date need a check by the Redaktion."""
    today = today or timezone.localdate()
    return today - datetime.timedelta(days=STALE_AFTER_DAYS)


def open_deadline_q(today=None):
    """A programme is open when it takes applications at any time or one of its
    deadlines is today or later."""
    today = today or timezone.localdate()
    return models.Q(rolling=True) | models.Q(deadlines__date__gte=today)


class FundingIndexPage(SectionIndexPage):
    subpage_types = ["knowledge.FundingProgrammePage"]

    class Meta:
        verbose_name = _("Übersicht Förderprogramme")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        programmes = (
            live_public(FundingProgrammePage.objects.child_of(self), request)
            .prefetch_related(
                "themes",
                models.Prefetch(
                    "deadlines",
                    queryset=FundingDeadline.objects.filter(date__gte=today).order_by(
                        "date"
                    ),
                    to_attr="upcoming_deadlines",
                ),
            )
            .order_by("title")
        )
        programmes, active = filter_by_request(
            programmes,
            request,
            {
                "thema": "themes__slug",
                "frist": lambda value: (
                    open_deadline_q(today) if value == "offen" else models.Q()
                ),
            },
        )
        context["page_obj"] = paginate(request, programmes.distinct())
        context["active_filters"] = active
        context["filter_themes"] = Theme.objects.all()
        context["filter_deadline"] = [("offen", _("Nur mit offener Frist"))]
        return context


class FundingProgrammePage(BasePage):
    funder = models.CharField(
        _("Fördergeber*in"),
        max_length=200,
        help_text=_("z. B. „Ministerium für Soziales, Gesundheit und Integration“."),
    )
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Was wird gefördert? Zwei, drei Sätze für die Übersicht."),
    )
    amount_min = models.PositiveIntegerField(
        _("Förderhöhe von (Euro)"), null=True, blank=True
    )
    amount_max = models.PositiveIntegerField(
        _("Förderhöhe bis (Euro)"), null=True, blank=True
    )
    amount_note = models.CharField(
        _("Förderhöhe: Erläuterung"),
        max_length=250,
        blank=True,
        help_text=_("z. B. „je Quartier“ oder „Eigenanteil 20 %“."),
    )
    eligible = models.TextField(
        _("Antragsberechtigt"),
        help_text=_("Wer darf einen Antrag stellen? Eine Zeile pro Gruppe."),
    )
    conditions = RichTextField(
        _("Voraussetzungen und Hinweise"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
    )
    rolling = models.BooleanField(
        _("Antrag jederzeit möglich"),
        default=False,
        help_text=_(
            "Anhaken, wenn es keine feste Frist gibt (laufende Antragstellung)."
        ),
    )
    link = models.URLField(_("Link zum Programm"), blank=True)
    themes = ParentalManyToManyField(
        Theme,
        related_name="funding_programmes",
        blank=True,
        verbose_name=_("Handlungsfelder"),
    )
    labs = ParentalManyToManyField(
        "labs.LabPage",
        related_name="funding_programmes",
        blank=True,
        verbose_name=_("Geförderte StadtLabore"),
    )
    experiments = ParentalManyToManyField(
        "labs.ExperimentPage",
        related_name="funding_programmes",
        blank=True,
        verbose_name=_("Geförderte Experimente"),
    )
    last_checked = models.DateField(
        _("Stand"),
        help_text=_(
            "Wann wurden die Angaben zuletzt geprüft? Nach einem Jahr erinnert die "
            "Plattform die Redaktion."
        ),
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("funder"),
        index.SearchField("teaser"),
        index.SearchField("eligible"),
        index.SearchField("conditions"),
        index.SearchField("amount_note"),
    ]
    search_filter_key = "foerderprogramm"
    search_summary_field = "teaser"

    content_panels = Page.content_panels + [
        FieldPanel("funder"),
        FieldPanel("teaser"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max")]),
                FieldPanel("amount_note"),
            ],
            heading=_("Förderhöhe"),
        ),
        FieldPanel("eligible"),
        FieldPanel("conditions"),
        MultiFieldPanel(
            [
                FieldPanel("rolling"),
                InlinePanel("deadlines", label=_("Frist"), heading=_("Fristen")),
            ],
            heading=_("Fristen"),
        ),
        FieldPanel("link"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("labs"), FieldPanel("experiments")],
            heading=_("Gefördert mit diesem Programm"),
        ),
        FieldPanel("last_checked"),
    ]

    parent_page_types = ["knowledge.FundingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Förderprogramm")
        verbose_name_plural = _("Förderprogramme")

    def clean(self):
        super().clean()
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_max < self.amount_min
        ):
            raise ValidationError(
                {
                    "amount_max": _(
                        "Der Höchstbetrag darf nicht kleiner als der Mindestbetrag sein."
                    )
                }
            )

    @property
    def is_stale(self):
        return bool(self.last_checked and self.last_checked < stale_before())

    def get_context(self, request, *args, **kwargs):
        from labs.models import ExperimentPage, LabPage

        context = super().get_context(request, *args, **kwargs)
        today = timezone.localdate()
        deadlines = list(self.deadlines.all())
        context["deadlines"] = deadlines
        context["has_open_deadline"] = self.rolling or any(
            d.date >= today for d in deadlines
        )
        context["today"] = today
        context["funded_labs"] = (
            live_public(LabPage.objects.filter(funding_programmes=self), request)
            .defer_streamfields()
            .select_related("city")
            .order_by("city__name", "title")
        )
        context["funded_experiments"] = (
            live_public(ExperimentPage.objects.filter(funding_programmes=self), request)
            .defer_streamfields()
            .select_related("lab__city")
            .order_by("title")
        )
        context["themes"] = self.themes.all()
        return context


class FundingDeadline(Orderable):
    page = ParentalKey(
        FundingProgrammePage, on_delete=models.CASCADE, related_name="deadlines"
    )
    date = models.DateField(_("Frist"))
    label = models.CharField(
        _("Bezeichnung"),
        max_length=150,
        blank=True,
        help_text=_("z. B. „Antragsfrist 1. Runde“ oder „Einreichung Ideenskizze“."),
    )

    panels = [FieldPanel("date"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("Frist")
        verbose_name_plural = _("Fristen")

    def __str__(self):
        return f"{self.label or _('Frist')}: {self.date:%d.%m.%Y}"
