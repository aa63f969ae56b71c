"""The start page, content pages (Über das Projekt, legal pages) and site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from knowledge.models import KnowledgeIndexPage
from labs.blocks import BodyBlock
from labs.models import BasePage, DiscussionPage, ExperimentPage, LabPage, live_public

FUNDING_NOTICE = "Finanziert aus Landesmitteln, die der Landtag von Baden-Württemberg beschlossen hat."


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    site_name = models.CharField(
        _("Name der Plattform"), max_length=120, default="StadtLabore vor Ort"
    )
    organisation = models.CharField(
        _("Herausgeber"),
        max_length=200,
        default="Städtetag Baden-Württemberg – KompetenzBereich Inklusive "
        "Quartiersentwicklung",
        help_text=_("Erscheint in der Fußzeile und im Impressum."),
    )
    funding_notice = models.TextField(
        _("Förderhinweis"),
        default=FUNDING_NOTICE,
        help_text=_(
            "Pflichthinweis aus dem Zuwendungsbescheid; erscheint in der Fußzeile."
        ),
    )
    contact_email = models.EmailField(
        _("Kontakt (Funktionspostfach)"), default="quartier@example.org"
    )
    discussions_public = models.BooleanField(
        _("Diskussionen öffentlich zeigen"),
        default=False,
        help_text=_(
            "Standard: Beiträge sehen nur angemeldete Mitglieder. Angehakt: Jede*r "
            "kann die Beiträge lesen (schreiben weiterhin nur Mitglieder)."
        ),
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("organisation"),
        FieldPanel("funding_notice"),
        FieldPanel("contact_email"),
        FieldPanel("discussions_public"),
    ]

    class Meta:
        verbose_name = _("Einstellungen der Plattform")


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
        "home.ContentPage",
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
        hub = KnowledgeIndexPage.objects.live().first()
        context["knowledge_index"] = hub
        context["featured"] = hub.featured(request, limit=3) if hub else []
        context["latest_labs"] = (
            live_public(LabPage.objects.all(), request)
            .defer_streamfields()
            .select_related("city")
            .order_by("-last_published_at")[:3]
        )
        context["latest_experiments"] = (
            live_public(ExperimentPage.objects.all(), request)
            .defer_streamfields()
            .select_related("lab__city")
            .order_by("-last_published_at")[:4]
        )
        context["latest_discussions"] = (
            live_public(DiscussionPage.objects.all(), request)
            .defer_streamfields()
            .select_related("lab__city", "started_by_city")
            .order_by("-last_published_at")[:4]
        )
        return context


class ContentPage(BasePage):
    """Über das Projekt, Impressum, Datenschutz, Barrierefreiheit, Leichte Sprache …"""

    intro = models.TextField(_("Einleitung"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"))
    last_reviewed = models.DateField(_("Stand"), null=True, blank=True)

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
    ]
    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")
