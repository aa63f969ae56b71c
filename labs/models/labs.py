"""StadtLabore: the overview of all labs and the page of one lab."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from .. import api, extensions
from ..blocks import BodyBlock
from ..queries import (
    PagedListing,
    PageListings,
    confirmation_count_subquery,
    filter_by_request,
    has_theme_q,
    live_public,
    with_comment_stats,
    with_last_activity,
)
from .base import BasePage, SectionIndexPage
from .comments import adoption_count_subquery
from .discussions import DiscussionPage
from .experiments import ExperimentPage
from .network import City, TargetGroup, Theme


class LabStatus(models.TextChoices):
    PLANNING = "planning", _("in Planung")
    RUNNING = "running", _("laufend")
    EVALUATED = "evaluated", _("ausgewertet")
    CONSOLIDATED = "consolidated", _("verstetigt")
    FINISHED = "finished", _("beendet")


class Programme(models.TextChoices):
    PILOT_2019 = "pilot_2019", _("StadtLabore 2019–2020")
    VOR_ORT_2022 = "vor_ort_2022", _("StadtLabore vor Ort 2022–2023")
    CURRENT = "current", _("aktuelle Phase")


class QuarterType(models.TextChoices):
    EXISTING = "bestand", _("Bestandsquartier")
    NEW = "neubau", _("Neubauquartier")
    MIXED = "bestand_neubau", _("Bestand trifft Neubau")
    CENTRE = "ortskern", _("Ortskern / Ortsmitte")
    INNER_CITY = "innenstadt", _("Innenstadt")
    VILLAGE = "teilort", _("Ländlicher Teilort / Dorf")
    CONVERSION = "konversion", _("Konversionsfläche")


class LabIndexPage(SectionIndexPage):
    subpage_types = ["labs.LabPage"]

    class Meta:
        verbose_name = _("Übersicht StadtLabore")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        labs, active = filter_by_request(
            LabPage.objects.descendant_of(self)
            .select_related("city", "primary_theme")
            .prefetch_related("themes")
            .order_by("city__name", "title"),
            request,
            {"stadt": "city__slug", "thema": lab_theme_q, "status": "status"},
        )
        context["listing"] = PagedListing(request, labs)
        context["active_filters"] = active
        context["filter_cities"] = City.objects.filter(labs__live=True).distinct()
        context["filter_themes"] = Theme.objects.all()
        context["filter_statuses"] = LabStatus.choices
        return context


class LabPage(BasePage):
    city = models.ForeignKey(
        City,
        on_delete=models.PROTECT,
        related_name="labs",
        verbose_name=_("Mitgliedsstadt"),
    )
    programme = models.CharField(
        _("Projektphase / Netzwerk"),
        max_length=20,
        choices=Programme.choices,
        default=Programme.CURRENT,
    )
    teaser = models.TextField(
        _("Kurzbeschreibung"),
        max_length=300,
        help_text=_(
            "Zwei, drei Sätze für Übersichten: Was erprobt Ihre Stadt, wo, mit wem?"
        ),
    )
    quarter_name = models.CharField(
        _("Quartier / Stadtteil"), max_length=120, help_text=_("z. B. „Mühlbach-Süd“")
    )
    quarter_type = models.CharField(
        _("Quartierstyp"), max_length=20, choices=QuarterType.choices
    )
    quarter_population = models.PositiveIntegerField(
        _("Einwohnerzahl Quartier (ca.)"), null=True, blank=True
    )
    guiding_question = models.CharField(
        _("Leitfrage"),
        max_length=250,
        help_text=_("Die Frage, die Ihr StadtLabor beantworten will: „Wie gelingt …?“"),
    )
    primary_theme = models.ForeignKey(
        Theme,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Schwerpunkt-Handlungsfeld"),
    )
    themes = ParentalManyToManyField(
        Theme,
        related_name="labs",
        blank=True,
        verbose_name=_("Weitere Handlungsfelder"),
        help_text=_("Bis zu zwei weitere Handlungsfelder von Quartier 2030."),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, related_name="labs", blank=True, verbose_name=_("Zielgruppen")
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=LabStatus.choices, default=LabStatus.RUNNING
    )
    start_date = models.DateField(_("Laborzeitraum von"))
    end_date = models.DateField(_("Laborzeitraum bis"), null=True, blank=True)
    initial_situation = RichTextField(
        _("Ausgangslage"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Wie sieht das Quartier heute aus? Zahlen, Geschichte, Besonderheiten."
        ),
    )
    challenges = RichTextField(
        _("Herausforderungen"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Was ist schwierig? Was soll sich ändern?"),
    )
    goals = RichTextField(
        _("Ziele"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Die Ziele des StadtLabors als Liste."),
    )
    responsible_units = models.TextField(
        _("Zuständigkeit in der Verwaltung"),
        help_text=_("Ämter, Dezernate oder Stabsstellen, eine Zeile pro Stelle."),
    )
    partners = models.TextField(
        _("Beteiligte Akteur*innen / Partner*innen"),
        blank=True,
        help_text=_("Eine Zeile pro Partner*in, z. B. „Ev. Kirchengemeinde – Räume“."),
    )
    contact_role = models.CharField(
        _("Ansprechperson (Funktion)"),
        max_length=150,
        help_text=_("Eine Funktion statt eines Namens, z. B. „Quartierskoordination“."),
    )
    contact_email = models.EmailField(_("E-Mail (Funktionspostfach)"), blank=True)
    quote_text = models.TextField(_("Zitat"), blank=True)
    quote_author = models.CharField(
        _("Zitat von (Funktion)"), max_length=150, blank=True
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Luftbild / Titelbild"),
    )
    hero_image_alt = models.CharField(
        _("Alternativtext des Titelbilds"),
        max_length=250,
        blank=True,
        help_text=_("Pflicht, wenn ein Bild gewählt ist: Was ist zu sehen?"),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Weitere Inhalte"))
    easy_language_summary = RichTextField(
        _("Zusammenfassung in Leichter Sprache"),
        blank=True,
        features=["bold", "ul"],
    )
    last_reviewed = models.DateField(_("Stand / zuletzt geprüft"))

    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("guiding_question"),
        index.SearchField("quarter_name"),
        index.SearchField("initial_situation"),
        index.SearchField("challenges"),
        index.SearchField("goals"),
        index.SearchField("partners"),
        index.SearchField("responsible_units"),
        index.SearchField("quote_text"),
        index.SearchField("quote_author"),
        index.SearchField("body"),
        index.SearchField("easy_language_summary"),
        index.FilterField("status"),
        index.FilterField("city"),
        index.RelatedFields("city", [index.SearchField("name")]),
        index.RelatedFields("primary_theme", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]
    search_filter_key = "labor"
    search_summary_field = "teaser"

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                # Only the Redaktion assigns a lab to a city (a pilot city's editors
                # must not move their lab to another city).
                FieldPanel("city", permission="labs.change_city"),
                FieldRowPanel([FieldPanel("programme"), FieldPanel("status")]),
                FieldPanel("teaser"),
                FieldPanel("guiding_question"),
            ],
            heading=_("Steckbrief"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("quarter_name"), FieldPanel("quarter_type")]),
                FieldPanel("quarter_population"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Quartier und Zeitraum"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("primary_theme"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Handlungsfelder und Zielgruppen"),
        ),
        FieldPanel("initial_situation"),
        FieldPanel("challenges"),
        FieldPanel("goals"),
        FieldPanel("responsible_units"),
        FieldPanel("partners"),
        MultiFieldPanel(
            [FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading=_("Ansprechperson"),
        ),
        MultiFieldPanel(
            [FieldPanel("quote_text"), FieldPanel("quote_author")], heading=_("Zitat")
        ),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Titelbild"),
        ),
        FieldPanel("body"),
        FieldPanel("easy_language_summary"),
        FieldPanel("last_reviewed"),
    ]

    api_fields = api.lab_api_fields()

    parent_page_types = ["labs.LabIndexPage"]
    subpage_types = [
        "labs.ExperimentPage",
        settings.LABS_LEARNING_PAGE_MODEL,
        "labs.DiscussionPage",
    ]

    class Meta:
        verbose_name = _("StadtLabor")
        verbose_name_plural = _("StadtLabore")

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError(
                {
                    "hero_image_alt": _(
                        "Bitte beschreiben Sie das Titelbild (Alternativtext)."
                    )
                }
            )
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("Das Ende darf nicht vor dem Beginn liegen.")}
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listings"] = LabPageListings(self, request)
        return context


class LabPageListings(PageListings):
    """What a lab's page lists, see `PageListings`."""

    @cached_property
    def experiments(self):
        return with_comment_stats(
            live_public(ExperimentPage.objects.child_of(self.page), self.request)
            .defer_streamfields()
            .annotate(adoption_count=adoption_count_subquery())
            .order_by("start_date", "title")
        )

    @cached_property
    def learnings(self):
        learning_model = extensions.learning_page_model()
        return with_comment_stats(
            live_public(learning_model.objects.child_of(self.page), self.request)
            .defer_streamfields()
            .annotate(confirmation_count=confirmation_count_subquery())
            .order_by("title")
        )

    @cached_property
    def discussions(self):
        return with_last_activity(
            live_public(DiscussionPage.objects.child_of(self.page), self.request)
            .defer_streamfields()
            .order_by("-first_published_at")
        ).order_by("-last_activity", "title")

    @cached_property
    def all_themes(self):
        """Schwerpunkt first, then the further themes: one query for both."""
        lab = self.page
        return sorted(
            Theme.objects.filter(
                models.Q(pk=lab.primary_theme_id) | models.Q(labs=lab)
            ).distinct(),
            key=lambda t: (t.pk != lab.primary_theme_id, t.sort_order),
        )


def lab_theme_q(slug):
    """A lab matches its Schwerpunkt and its further Handlungsfelder."""
    return models.Q(primary_theme__slug=slug) | has_theme_q(LabPage, slug)
