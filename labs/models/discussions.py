"""Discussions (Austausch): questions and exchange between the member cities."""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from .. import api
from ..queries import (
    PagedListing,
    filter_by_request,
    has_theme_q,
    with_last_activity,
)
from .base import BasePage, CommentableMixin, LabChildMixin, SectionIndexPage
from .network import City, Theme


class DiscussionCategory(models.TextChoices):
    QUESTION = "question", _("Frage an die Runde")
    EXCHANGE = "exchange", _("Erfahrungsaustausch")
    MATERIAL = "material", _("Suche Material/Vorlage")
    NOTICE = "notice", _("Hinweis Förderung/Veranstaltung")
    FEEDBACK = "feedback", _("Rückmeldung an den Städtetag")


class DiscussionStatus(models.TextChoices):
    OPEN = "open", _("offen")
    ANSWERED = "answered", _("beantwortet")
    CLOSED = "closed", _("geschlossen")
    ARCHIVED = "archived", _("archiviert")


class DiscussionIndexPage(SectionIndexPage):
    subpage_types = ["labs.DiscussionPage"]

    class Meta:
        verbose_name = _("Übersicht Austausch")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        discussions = (
            with_last_activity(DiscussionPage.objects.all())
            .defer_streamfields()
            .select_related("lab__city", "started_by_city")
            .prefetch_related("themes")
            .order_by("-last_activity", "title")
        )
        discussions, active = filter_by_request(
            discussions,
            request,
            {
                "stadt": discussion_city_q,
                "thema": discussion_theme_q,
                "status": "status",
            },
        )
        context["listing"] = PagedListing(request, discussions)
        context["active_filters"] = active
        context["filter_cities"] = City.objects.filter(
            models.Q(discussions_started__live=True)
            | models.Q(
                pk__in=DiscussionPage.objects.live()
                .filter(started_by_city__isnull=True)
                .values("lab__city")
            )
        ).distinct()
        context["filter_themes"] = Theme.objects.all()
        context["filter_statuses"] = DiscussionStatus.choices
        return context


class DiscussionPage(LabChildMixin, CommentableMixin, BasePage):
    question = RichTextField(
        _("Anliegen / Frage"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("Worum geht es? Was möchten Sie von den anderen Städten wissen?"),
    )
    category = models.CharField(
        _("Kategorie"),
        max_length=20,
        choices=DiscussionCategory.choices,
        default=DiscussionCategory.QUESTION,
    )
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=DiscussionStatus.choices,
        default=DiscussionStatus.OPEN,
    )
    started_by_city = models.ForeignKey(
        City,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="discussions_started",
        verbose_name=_("Gestartet von (Stadt)"),
        help_text=_("Leer lassen für Themen der Redaktion."),
    )
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Bezug"),
        help_text=_(
            "Optional: das StadtLabor, Experiment oder die Erkenntnis, um die es geht."
        ),
    )
    themes = ParentalManyToManyField(
        Theme, related_name="discussions", blank=True, verbose_name=_("Handlungsfelder")
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("question"),
        index.SearchField("search_city_name"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("status"),
    ]
    search_filter_key = "diskussion"
    search_summary_field = "question"

    content_panels = Page.content_panels + [
        FieldPanel("question"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("status")]),
        # Empty means the lab's city; only the Redaktion names another city.
        FieldPanel("started_by_city", permission="labs.change_city"),
        FieldPanel("related_page"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
    ]

    api_fields = api.discussion_api_fields()

    parent_page_types = ["labs.LabPage", "labs.DiscussionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Diskussion")
        verbose_name_plural = _("Diskussionen")

    @cached_property
    def display_city(self):
        return self.started_by_city or self.city

    def search_city_name(self):
        city = self.display_city
        return city.name if city else ""


def discussion_theme_q(slug):
    return has_theme_q(DiscussionPage, slug)


def discussion_city_q(slug):
    """A discussion belongs to the city that started it, else to its lab's city."""
    return models.Q(started_by_city__slug=slug) | models.Q(
        started_by_city__isnull=True, lab__city__slug=slug
    )
