"""The KompetenzBereich's offers on the site: Fachberatung (with the form "Beratung
anfragen" at `anfragen/`; the stored requests are in `consultation_requests`), the
partners of the state strategy, and news.

Contacts of the Fachberatung (roles, functional mailbox, phone) are site settings
(`home.SiteSettings`), so that the page, the home-page block and the emails always
show the same.
"""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from labs.blocks import BodyBlock
from labs.models import BasePage, SectionIndexPage, Theme
from labs.queries import live_public, paginate

from ..offers.consultation import consultation_done_view, consultation_form_view
from ..syndication.news_feed import NewsFeed

NEWS_PAGE_SIZE = 10


# --- Fachberatung ---------------------------------------------------------------------


class FachberatungPage(RoutablePageMixin, BasePage):
    """The advisory offer for member cities; the form lives at `anfragen/`."""

    intro = RichTextField(
        _("Einleitung"),
        features=["bold", "italic", "link"],
        help_text=_("Was die Fachberatung ist und für wen, in zwei, drei Sätzen."),
    )
    topics = RichTextField(
        _("Wozu wir beraten"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Themen der Beratung, am besten als Liste."),
    )
    how_to = RichTextField(
        _("So fragen Sie an"),
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("Ablauf: Anfrage, Rückmeldung, Gespräch, Kosten."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Weitere Inhalte"))

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("topics"),
        index.SearchField("how_to"),
        index.SearchField("body"),
    ]
    search_filter_key = "fachberatung"
    search_summary_field = "intro"
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("topics"),
        FieldPanel("how_to"),
        FieldPanel("body"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("Fachberatung")

    @path("")
    def index_route(self, request, *args, **kwargs):
        return BasePage.serve(self, request, *args, **kwargs)

    @path("anfragen/", name="request")
    def request_view(self, request):
        return consultation_form_view(request, self)

    @path("anfragen/danke/", name="request_done")
    def request_done_view(self, request):
        return consultation_done_view(request, self)

    @property
    def request_url(self):
        return self.url + self.reverse_subpage("request")


# --- Partner*innen der Landesstrategie ------------------------------------------------


class Partner(Orderable):
    """A partner of the state strategy "Quartier 2030 – Gemeinsam. Gestalten."."""

    name = models.CharField(_("Name"), max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Logo"),
        help_text=_("Liegt auf unserem eigenen Server; keine Einbindung von außen."),
    )
    description = models.TextField(_("Beschreibung"), max_length=800)
    url = models.URLField(_("Website"), blank=True)
    is_demo = models.BooleanField(_("Beispielinhalt (fiktiv)"), default=False)

    search_fields = [index.SearchField("name")]
    panels = [
        FieldPanel("name"),
        FieldPanel("logo"),
        FieldPanel("description"),
        FieldPanel("url"),
        FieldPanel("is_demo"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Partner*in der Landesstrategie")
        verbose_name_plural = _("Partner*innen der Landesstrategie")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.sort_order is None:
            last = Partner.objects.aggregate(last=models.Max("sort_order"))["last"]
            self.sort_order = 0 if last is None else last + 1
        super().save(*args, **kwargs)


class PartnersPage(SectionIndexPage):
    """Lists the partners (snippet, in the editors' order) and the funding notice."""

    search_fields = SectionIndexPage.search_fields + [
        index.SearchField("search_partner_text"),
    ]
    search_filter_key = "partner"
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Partner*innen der Landesstrategie")

    def search_partner_text(self):
        """The partners' names and descriptions, shown on the page, in its index."""
        return " ".join(
            f"{name} {description}"
            for name, description in Partner.objects.values_list("name", "description")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partners"] = Partner.objects.select_related("logo").prefetch_related(
            "logo__renditions"
        )
        return context


# --- Neuigkeiten ----------------------------------------------------------------------


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["home.NewsPage"]

    class Meta:
        verbose_name = _("Übersicht Neuigkeiten")

    def news(self, request):
        return (
            live_public(NewsPage.objects.child_of(self), request)
            .defer_streamfields()
            .order_by("-date", "-first_published_at")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_obj"] = paginate(
            request,
            self.news(request).prefetch_related("themes"),
            per_page=NEWS_PAGE_SIZE,
        )
        return context

    @path("")
    def index_route(self, request, *args, **kwargs):
        return BasePage.serve(self, request, *args, **kwargs)

    @path("feed/", name="feed")
    def feed_view(self, request):
        return NewsFeed(self)(request)

    @property
    def feed_url(self):
        return self.url + self.reverse_subpage("feed")


class NewsPage(BasePage):
    date = models.DateField(_("Datum"), default=timezone.localdate)
    teaser = models.TextField(
        _("Kurztext"),
        max_length=300,
        help_text=_("Ein, zwei Sätze für die Übersicht, die Startseite und den Feed."),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("Text"))
    themes = ParentalManyToManyField(
        Theme, related_name="news", blank=True, verbose_name=_("Handlungsfelder")
    )

    search_fields = BasePage.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("body"),
    ]
    search_filter_key = "neuigkeit"
    search_summary_field = "teaser"
    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date")]),
        FieldPanel("teaser"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("themes", widget=forms.CheckboxSelectMultiple)],
            heading=_("Handlungsfelder (freiwillig)"),
        ),
    ]
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Neuigkeit")
        verbose_name_plural = _("Neuigkeiten")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = self.themes.all()
        # The parent (news index) serves the feed at `feed/`; no query for it.
        url = self.get_url(request) or ""
        context["feed_url"] = url.rstrip("/").rsplit("/", 1)[0] + "/feed/"
        return context
