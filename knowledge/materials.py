"""Materialien: Handreichungen, Leitfäden, Checklisten, Vorlagen, Dokumentationen …
as pages with a Wagtail document, searchable and filterable (type, theme, year,
"barrierefrei geprüft")."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import DatabaseError, models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from labs.models import BasePage, SectionIndexPage, Theme
from labs.parsing import parse_year
from labs.queries import filter_by_request, live_public, paginate

MAX_QUERY_LENGTH = 200


class MaterialType(models.TextChoices):
    HANDREICHUNG = "handreichung", _("Handreichung")
    LEITFADEN = "leitfaden", _("Leitfaden")
    CHECKLISTE = "checkliste", _("Checkliste")
    VORLAGE = "vorlage", _("Vorlage")
    DOKUMENTATION = "dokumentation", _("Dokumentation")
    STECKBRIEF = "steckbrief", _("Steckbrief")
    BROSCHUERE = "broschuere", _("Broschüre")
    PRAESENTATION = "praesentation", _("Präsentation")


class MaterialLanguage(models.TextChoices):
    GERMAN = "de", _("Deutsch")
    EASY = "de-ls", _("Leichte Sprache")
    ENGLISH = "en", _("Englisch")
    MULTILINGUAL = "mehrsprachig", _("mehrsprachig")


class Licence(models.TextChoices):
    CC_BY = "cc-by-4.0", _("CC BY 4.0")
    CC_BY_SA = "cc-by-sa-4.0", _("CC BY-SA 4.0")
    CC0 = "cc0-1.0", _("CC0 1.0 (gemeinfrei)")
    ALL_RIGHTS = "alle-rechte", _("Alle Rechte vorbehalten")


class MaterialIndexPage(SectionIndexPage):
    subpage_types = ["knowledge.MaterialPage"]

    class Meta:
        verbose_name = _("Übersicht Materialien")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        materials = (
            live_public(MaterialPage.objects.child_of(self), request)
            .select_related("document")
            .prefetch_related("themes")
            .order_by("-year", "title")
        )
        materials, active = filter_by_request(
            materials,
            request,
            {
                "typ": "material_type",
                "thema": "themes__slug",
                "jahr": lambda value: models.Q(year=parse_year(value) or 0),
                "barrierefrei": lambda value: (
                    models.Q(accessible_checked=True) if value == "ja" else models.Q()
                ),
            },
        )
        query = " ".join(request.GET.get("q", "").replace("\x00", "").split())
        context["query"] = query[:MAX_QUERY_LENGTH]
        if query:
            active["q"] = query
            materials = materials.filter(pk__in=self.search_ids(query, request))
        context["page_obj"] = paginate(request, materials.distinct())
        context["active_filters"] = active
        context["filter_types"] = MaterialType.choices
        context["filter_themes"] = Theme.objects.all()
        context["filter_years"] = [
            (str(year), str(year))
            for year in live_public(MaterialPage.objects.child_of(self), request)
            .order_by("-year")
            .values_list("year", flat=True)
            .distinct()
        ]
        context["filter_accessible"] = [("ja", _("Nur barrierefrei geprüfte"))]
        return context

    def search_ids(self, query, request):
        """Primary keys of the live materials that match the search words (Wagtail's
        search backend: titles, descriptions, publisher)."""
        words = "".join(c if c.isalnum() else " " for c in query[:MAX_QUERY_LENGTH])
        words = " ".join(words.split())
        if not words:
            return []
        try:
            results = (
                MaterialPage.objects.live().child_of(self).search(words, operator="and")
            )
            return [page.pk for page in results]
        except DatabaseError:
            return []


class MaterialPage(BasePage):
    material_type = models.CharField(
        _("Materialtyp"), max_length=20, choices=MaterialType.choices
    )
    description = models.TextField(
        _("Kurzbeschreibung"),
        max_length=600,
        help_text=_("Was steht drin, für wen ist es gedacht?"),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Dokument"),
        help_text=_(
            "Möglichst ein barrierefreies PDF (PDF/UA) oder ein Office-Format."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("Jahr"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    publisher = models.CharField(_("Herausgeber*in"), max_length=200, blank=True)
    licence = models.CharField(
        _("Lizenz"), max_length=20, choices=Licence.choices, default=Licence.CC_BY
    )
    language = models.CharField(
        _("Sprache"),
        max_length=20,
        choices=MaterialLanguage.choices,
        default=MaterialLanguage.GERMAN,
    )
    accessible_checked = models.BooleanField(
        _("barrierefrei geprüft"),
        default=False,
        help_text=_("Nur anhaken, wenn das Dokument auf Barrierefreiheit geprüft ist."),
    )
    themes = ParentalManyToManyField(
        Theme, related_name="materials", blank=True, verbose_name=_("Handlungsfelder")
    )
    labs = ParentalManyToManyField(
        "labs.LabPage",
        related_name="materials",
        blank=True,
        verbose_name=_("Zugehörige StadtLabore"),
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("description"),
        index.SearchField("publisher"),
        index.AutocompleteField("description"),
        index.FilterField("material_type"),
        index.FilterField("year"),
        index.FilterField("accessible_checked"),
    ]
    search_filter_key = "material"
    search_summary_field = "description"

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("material_type"), FieldPanel("year")]),
        FieldPanel("description"),
        FieldPanel("document"),
        MultiFieldPanel(
            [
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("licence"), FieldPanel("language")]),
                FieldPanel("accessible_checked"),
            ],
            heading=_("Angaben zum Dokument"),
        ),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("labs"),
    ]

    parent_page_types = ["knowledge.MaterialIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Material")
        verbose_name_plural = _("Materialien")

    def clean(self):
        super().clean()
        if not self.document_id:
            raise ValidationError({"document": _("Bitte wählen Sie das Dokument aus.")})

    def get_context(self, request, *args, **kwargs):
        from labs.models import LabPage

        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes.all()
        context["linked_labs"] = (
            live_public(LabPage.objects.filter(materials=self), request)
            .defer_streamfields()
            .select_related("city")
            .order_by("city__name", "title")
        )
        return context
