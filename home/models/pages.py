"""The start page and content pages (Über das Projekt, legal pages)."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from knowledge.models import KnowledgeIndexPage
from labs.blocks import BodyBlock
from labs.models import BasePage, DiscussionPage, ExperimentPage, LabPage
from labs.queries import live_public, with_last_activity

from ..caching import render_cache


class HomePage(BasePage):
    hero_title = models.CharField(
        _("Überschrift"), max_length=150, default="StadtLabore vor Ort"
    )
    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        help_text=_("Wer wir sind und was die Plattform bietet, in zwei, drei Sätzen."),
    )
    easy_language_intro = RichTextField(
        _("Erklärung in Leichter Sprache"),
        blank=True,
        features=["bold", "ul", "link"],
        help_text=_(
            "Pflicht nach BITV 2.0: Worum geht es? Wie finde ich mich zurecht?"
        ),
    )
    sign_language_video_url = models.URLField(
        _("Video in Deutscher Gebärdensprache"),
        blank=True,
        help_text=_("Link zum Video (eigener Server, mit Dateigröße und Dauer)."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Weitere Inhalte"))

    search_fields = BasePage.search_fields + [
        index.SearchField("hero_title"),
        index.SearchField("intro"),
        index.SearchField("easy_language_intro"),
        index.SearchField("body"),
    ]
    search_summary_field = "intro"
    content_panels = Page.content_panels + [
        FieldPanel("hero_title"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("easy_language_intro"), FieldPanel("sign_language_video_url")],
            heading=_("Leichte Sprache und Gebärdensprache"),
        ),
        FieldPanel("body"),
    ]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "labs.LabIndexPage",
        "knowledge.KnowledgeIndexPage",
        "labs.DiscussionIndexPage",
        "labs.EventIndexPage",
        "home.ContentPage",
        "home.FachberatungPage",
        "knowledge.FundingIndexPage",
        "knowledge.MaterialIndexPage",
        "home.PartnersPage",
        "home.NewsIndexPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("Startseite")

    def route(self, request, path_components):
        """Resolve a URL in one lookup by `url_path` instead of Wagtail's one query
        per path segment, kept in the render cache per generation (a change to any
        page starts a new one). Paths that are not a page of their own (sub-routes
        of a routable page) and unpublished pages take Wagtail's usual walk."""
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = render_cache.cached(
                request, "route", lambda: self._live_page_at(url_path), url_path
            )
            if page is not None:
                return RouteResult(page)
        return super().route(request, path_components)

    @staticmethod
    def _live_page_at(url_path):
        page = Page.objects.filter(url_path=url_path).specific().first()
        return page if page is not None and page.live else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Lazy: the cached fragment of the page (home.caching.render_cache) needs no query.
        hub = SimpleLazyObject(lambda: KnowledgeIndexPage.objects.live().first())
        context["knowledge_index"] = hub
        context["featured"] = SimpleLazyObject(
            lambda: hub.featured(request, limit=3) if hub else []
        )
        context["latest_labs"] = SimpleLazyObject(
            lambda: (
                live_public(LabPage.objects.all(), request)
                .defer_streamfields()
                .select_related("city")
                .order_by("-last_published_at")[:3]
            )
        )
        context["latest_experiments"] = SimpleLazyObject(
            lambda: (
                live_public(ExperimentPage.objects.all(), request)
                .defer_streamfields()
                .select_related("lab__city")
                .order_by("-last_published_at")[:4]
            )
        )
        # The latest discussions by activity (newest comment or publication).
        context["latest_discussions"] = SimpleLazyObject(
            lambda: (
                with_last_activity(live_public(DiscussionPage.objects.all(), request))
                .defer_streamfields()
                .select_related("lab__city", "started_by_city")
                .order_by("-last_activity", "title")[:4]
            )
        )
        return context


class ContentPage(BasePage):
    """Über das Projekt, Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache …"""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"))
    last_reviewed = models.DateField(_("Stand"), null=True, blank=True)

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    search_filter_key = "seite"
    search_summary_field = "intro"
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage", "home.PartnersPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")
