"""Experiments: what a lab tried, how, with what result."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .. import api
from ..blocks import BodyBlock
from ..queries import PageListings, live_public
from .base import BasePage, CommentableMixin, LabChildMixin
from .network import TargetGroup, Theme


class ExperimentStatus(models.TextChoices):
    IDEA = "idea", _("Idee")
    PREPARING = "preparing", _("in Vorbereitung")
    TESTING = "testing", _("in Erprobung")
    EVALUATED = "evaluated", _("ausgewertet")
    CONSOLIDATED = "consolidated", _("verstetigt")
    TRANSFERRED = "transferred", _("übertragen")
    STOPPED = "stopped", _("eingestellt")


class FormatType(models.TextChoices):
    PARTICIPATION = "participation", _("Beteiligungsformat")
    MEETING_PLACE = "meeting_place", _("Begegnungsort / Treffpunkt")
    NETWORK = "network", _("Netzwerk & Kooperation")
    ADMINISTRATION = "administration", _("Verwaltungsorganisation")
    SPATIAL = "spatial", _("Bauliche / räumliche Intervention (auch Zwischennutzung)")
    SERVICE = "service", _("Unterstützungs- & Dienstleistungsangebot")
    COMMUNICATION = "communication", _("Kommunikation & Information")
    DIGITAL = "digital", _("Digitales Angebot")
    FUNDING = "funding", _("Finanzierungs- / Vergabeinstrument")


class Transferability(models.TextChoices):
    HIGH = "high", _("hoch")
    MEDIUM = "medium", _("mittel")
    LIMITED = "limited", _("eingeschränkt")


class Effort(models.TextChoices):
    LOW = "low", _("gering")
    MEDIUM = "medium", _("mittel")
    HIGH = "high", _("hoch")


class CostBand(models.TextChoices):
    NONE = "0", _("0 €")
    UNDER_1K = "lt1k", _("unter 1.000 €")
    UP_TO_5K = "1k-5k", _("1.000–5.000 €")
    UP_TO_20K = "5k-20k", _("5.000–20.000 €")
    OVER_20K = "gt20k", _("über 20.000 €")


class EvaluationMethod(models.TextChoices):
    PARTICIPANTS = "participants", _("Teilnehmendenzahl")
    SURVEY = "survey", _("Befragung")
    WORKSHOP = "workshop", _("Reflexionsworkshop")
    OBSERVATION = "observation", _("Beobachtung")
    EXTERNAL = "external", _("externe Evaluation")


class ExperimentPage(LabChildMixin, CommentableMixin, BasePage):
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_("Was wurde erprobt? Zwei, drei Sätze für Übersichten."),
    )
    format_type = models.CharField(
        _("Formattyp"), max_length=20, choices=FormatType.choices
    )
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=ExperimentStatus.choices,
        default=ExperimentStatus.TESTING,
        help_text=_(
            "Auch eingestellte Experimente sind wertvoll: Andere lernen daraus."
        ),
    )
    stop_reason = models.TextField(
        _("Grund für die Einstellung"),
        blank=True,
        help_text=_("Pflicht bei Status „eingestellt“: Woran ist es gescheitert?"),
    )
    hypothesis = models.TextField(
        _("Annahme / Hypothese"),
        help_text=_("„Wir vermuten, dass …“ – was sollte das Experiment zeigen?"),
    )
    place = models.CharField(
        _("Ort im Quartier"),
        max_length=200,
        blank=True,
        help_text=_("Mit Angaben zur Barrierefreiheit des Ortes."),
    )
    start_date = models.DateField(_("Zeitraum von"))
    end_date = models.DateField(_("Zeitraum bis"), null=True, blank=True)
    themes = ParentalManyToManyField(
        Theme, related_name="experiments", blank=True, verbose_name=_("Handlungsfelder")
    )
    target_groups = ParentalManyToManyField(
        TargetGroup,
        related_name="experiments",
        blank=True,
        verbose_name=_("Zielgruppen"),
    )
    resources_staff = models.CharField(
        _("Ressourcen: Personal"),
        max_length=200,
        help_text=_("z. B. „ca. 4 Std./Woche Quartierskoordination“."),
    )
    cost_band = models.CharField(
        _("Ressourcen: Kosten"), max_length=10, choices=CostBand.choices
    )
    cost_note = models.CharField(_("Kosten: Erläuterung"), max_length=250, blank=True)
    effort = models.CharField(_("Aufwand"), max_length=10, choices=Effort.choices)
    transferability = models.CharField(
        _("Übertragbarkeit"), max_length=10, choices=Transferability.choices
    )
    transfer_conditions = models.TextField(
        _("Bedingungen für die Übertragung"),
        blank=True,
        help_text=_("Was braucht eine andere Stadt, damit es dort auch gelingt?"),
    )
    evaluation_method = models.CharField(
        _("Auswertungsmethode"),
        max_length=20,
        choices=EvaluationMethod.choices,
        blank=True,
    )
    success_criteria = RichTextField(
        _("Erfolgskriterien / Indikatoren"), blank=True, features=["ul", "ol", "bold"]
    )
    procedure = StreamField(
        BodyBlock(), verbose_name=_("Vorgehen / Ablauf"), blank=True
    )
    result = RichTextField(
        _("Ergebnis"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Pflicht ab Status „ausgewertet“."),
    )
    success_factors = RichTextField(
        _("Was hat funktioniert (Gelingensfaktoren)"),
        blank=True,
        features=["ul", "bold"],
    )
    obstacles = RichTextField(
        _("Was nicht (Stolpersteine)"), blank=True, features=["ul", "bold"]
    )
    next_steps = RichTextField(
        _("Nächste Schritte"), blank=True, features=["ul", "bold"]
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("hypothesis"),
        index.SearchField("result"),
        index.SearchField("procedure"),
        index.SearchField("place"),
        index.SearchField("stop_reason"),
        index.SearchField("success_factors"),
        index.SearchField("obstacles"),
        index.SearchField("next_steps"),
        index.SearchField("transfer_conditions"),
        index.SearchField("success_criteria"),
        index.SearchField("resources_staff"),
        index.SearchField("cost_note"),
        index.SearchField("search_city_name"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("status"),
    ]
    search_filter_key = "experiment"
    search_summary_field = "teaser"

    content_panels = Page.content_panels + [
        FieldPanel("teaser"),
        FieldRowPanel([FieldPanel("format_type"), FieldPanel("status")]),
        FieldPanel("stop_reason"),
        FieldPanel("hypothesis"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("place"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("resources_staff"),
                FieldRowPanel([FieldPanel("cost_band"), FieldPanel("effort")]),
                FieldPanel("cost_note"),
            ],
            heading=_("Ressourcen"),
        ),
        FieldPanel("success_criteria"),
        FieldPanel("evaluation_method"),
        FieldPanel("procedure"),
        FieldPanel("result"),
        FieldPanel("success_factors"),
        FieldPanel("obstacles"),
        FieldPanel("next_steps"),
        MultiFieldPanel(
            [FieldPanel("transferability"), FieldPanel("transfer_conditions")],
            heading=_("Übertragbarkeit"),
        ),
    ]

    api_fields = api.experiment_api_fields()

    parent_page_types = ["labs.LabPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Experiment")
        verbose_name_plural = _("Experimente")

    def clean(self):
        super().clean()
        errors = {}
        if self.status == ExperimentStatus.STOPPED and not self.stop_reason.strip():
            errors["stop_reason"] = _(
                "Bitte nennen Sie den Grund, warum das Experiment eingestellt wurde."
            )
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("Das Ende darf nicht vor dem Beginn liegen.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listings"] = ExperimentPageListings(self, request)
        return context


class ExperimentPageListings(PageListings):
    """What an experiment's page lists, see `PageListings`."""

    @cached_property
    def learnings(self):
        return (
            live_public(self.page.learnings.all(), self.request)
            .defer_streamfields()
            .order_by("title")
        )
