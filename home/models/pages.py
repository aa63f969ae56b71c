"""The start page and content pages (Über das Projekt, legal pages)."""

from django.db import models
from django.utils.functional import cached_property
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
        per path segment. Paths that are not a page of their own (sub-routes of a
        routable page) and unpublished pages take Wagtail's usual walk."""
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = Page.objects.filter(url_path=url_path).specific().first()
            if page is not None and page.live:
                return RouteResult(page)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listings"] = HomePageListings(request)
        return context


class HomePageListings:
    """What the start page lists, each read when its template first asks for it:
    inside the page's cached fragment (`home.caching.render_cache`), so a fragment
    hit queries nothing."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def knowledge_index(self):
        return KnowledgeIndexPage.objects.live().first()

    @cached_property
    def featured(self):
        hub = self.knowledge_index
        return hub.featured(self.request, limit=3) if hub else []

    @cached_property
    def latest_labs(self):
        return (
            live_public(LabPage.objects.all(), self.request)
            .defer_streamfields()
            .select_related("city")
            .order_by("-last_published_at")[:3]
        )

    @cached_property
    def latest_experiments(self):
        return (
            live_public(ExperimentPage.objects.all(), self.request)
            .defer_streamfields()
            .select_related("lab__city")
            .order_by("-last_published_at")[:4]
        )

    @cached_property
    def latest_discussions(self):
        """The latest discussions by activity (newest comment or publication)."""
        return (
            with_last_activity(live_public(DiscussionPage.objects.all(), self.request))
            .defer_streamfields()
            .select_related("lab__city", "started_by_city")
            .order_by("-last_activity", "title")[:4]
        )


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
