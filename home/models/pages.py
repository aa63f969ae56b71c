"""The start page, content pages (Über das Projekt, legal pages) and site settings."""

from django.conf import settings
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from knowledge.models import KnowledgeIndexPage
from labs.blocks import BodyBlock
from labs.models import (
    BasePage,
    DiscussionPage,
    ExperimentPage,
    LabPage,
    live_public,
    with_last_activity,
)

from .. import render_cache
from .offers import ContactRoleBlock

FUNDING_NOTICE = "Finanziert aus Landesmitteln, die der Landtag von Baden-Württemberg beschlossen hat."
OPEN_DATA_LICENCE_NAME = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
OPEN_DATA_LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"


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
    advice_email = models.EmailField(
        _("Postfach der Fachberatung"),
        blank=True,
        help_text=_(
            "Hierhin gehen die Anfragen „Beratung anfragen“. Leer: das "
            "Kontakt-Postfach oben."
        ),
    )
    advice_phone = models.CharField(
        _("Telefon der Fachberatung"), max_length=40, blank=True
    )
    advice_hours = models.CharField(
        _("Telefonisch erreichbar"),
        max_length=150,
        blank=True,
        help_text=_("z. B. „Mo–Do 9–12 Uhr“."),
    )
    advice_teaser = models.TextField(
        _("Fachberatung: Kurztext für die Startseite"),
        blank=True,
        max_length=400,
    )
    advice_contacts = StreamField(
        [("contact", ContactRoleBlock())],
        blank=True,
        verbose_name=_("Ansprechpersonen der Fachberatung"),
        help_text=_(
            "Nach Funktion, mit Funktionspostfach und Telefon; Namen nicht nötig."
        ),
    )
    discussions_public = models.BooleanField(
        _("Diskussionen öffentlich zeigen"),
        default=False,
        help_text=_(
            "Standard: Beiträge sehen nur angemeldete Mitglieder. Angehakt: Jede*r "
            "kann die Beiträge lesen (schreiben weiterhin nur Mitglieder)."
        ),
    )

    open_data_licence_name = models.CharField(
        _("Lizenz der offenen Daten"),
        max_length=200,
        default=OPEN_DATA_LICENCE_NAME,
        help_text=_(
            "Gilt für die Exporte unter /offene-daten/ (CSV, JSON) und steht dort "
            "und in jeder JSON-Datei."
        ),
    )
    open_data_licence_url = models.URLField(
        _("Adresse des Lizenztexts"), blank=True, default=OPEN_DATA_LICENCE_URL
    )

    # Datenschutz: facts the privacy page (slug "datenschutz") shows from here,
    # and the retention periods `manage.py purge_personal_data` applies.
    privacy_controller = models.TextField(
        _("Verantwortliche Stelle"),
        blank=True,
        help_text=_("Name und Postanschrift, eine Angabe je Zeile."),
    )
    privacy_officer = models.TextField(
        _("Datenschutzbeauftragte*r"),
        blank=True,
        help_text=_("Name oder Funktion und Postanschrift, eine Angabe je Zeile."),
    )
    privacy_officer_email = models.EmailField(
        _("E-Mail der oder des Datenschutzbeauftragten"), blank=True
    )
    hosting_provider = models.TextField(
        _("Hosting-Dienstleister"),
        blank=True,
        help_text=_("Name und Sitz; Auftragsverarbeitung nach Art. 28 DSGVO."),
    )
    email_provider = models.CharField(
        _("E-Mail-Versand über"),
        max_length=250,
        blank=True,
        help_text=_("Dienstleister für den Versand der Benachrichtigungen."),
    )
    supervisory_authority = models.TextField(
        _("Aufsichtsbehörde"),
        blank=True,
        default="Der Landesbeauftragte für den Datenschutz und die "
        "Informationsfreiheit Baden-Württemberg (LfDI)",
        help_text=_("Name und Anschrift, eine Angabe je Zeile."),
    )
    server_log_retention_days = models.PositiveSmallIntegerField(
        _("Server-Protokolle löschen nach (Tagen)"),
        default=14,
        help_text=_(
            "Vom Betrieb (Webserver, Reverse-Proxy) umzusetzen; steht in der "
            "Datenschutzerklärung."
        ),
    )
    ip_retention_days = models.PositiveSmallIntegerField(
        _("IP-Adressen löschen nach (Tagen)"),
        default=7,
        help_text=_(
            "Beiträge speichern keine IP-Adresse. Wo doch eine anfällt (z. B. "
            "Anmeldeversuche), löscht sie der Befehl purge_personal_data danach."
        ),
    )
    access_request_retention_days = models.PositiveSmallIntegerField(
        _("Entschiedene Zugangsanfragen löschen nach (Tagen)"),
        default=90,
    )

    panels = [
        FieldPanel("site_name"),
        FieldPanel("organisation"),
        FieldPanel("funding_notice"),
        FieldPanel("contact_email"),
        FieldPanel("discussions_public"),
        MultiFieldPanel(
            [FieldPanel("open_data_licence_name"), FieldPanel("open_data_licence_url")],
            heading=_("Offene Daten"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("advice_email"),
                FieldPanel("advice_phone"),
                FieldPanel("advice_hours"),
                FieldPanel("advice_teaser"),
                FieldPanel("advice_contacts"),
            ],
            heading=_("Fachberatung"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_controller"),
                FieldPanel("privacy_officer"),
                FieldPanel("privacy_officer_email"),
                FieldPanel("hosting_provider"),
                FieldPanel("email_provider"),
                FieldPanel("supervisory_authority"),
                FieldPanel("server_log_retention_days"),
                FieldPanel("ip_retention_days"),
                FieldPanel("access_request_retention_days"),
            ],
            heading=_("Datenschutz (erscheint in der Datenschutzerklärung)"),
        ),
    ]

    class Meta:
        verbose_name = _("Einstellungen der Plattform")

    @property
    def advice_mailbox(self):
        """Where requests for advice go: the Fachberatung's mailbox, else the
        general contact mailbox."""
        return self.advice_email or self.contact_email


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
        # Lazy: the cached fragment of the page (home.render_cache) needs no query.
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


class AccessRequestStatus(models.TextChoices):
    PENDING = "pending", _("offen")
    APPROVED = "approved", _("freigegeben")
    DECLINED = "declined", _("abgelehnt")


class AccessRequest(models.Model):
    """A request for access ("Zugang beantragen"): a person from a member city asks
    for an account; the Redaktion approves (the account is created and a link to set the password is
    mailed) or declines (a polite notice is mailed)."""

    name = models.CharField(_("Name"), max_length=150)
    email = models.EmailField(_("E-Mail-Adresse (dienstlich)"))
    city = models.ForeignKey(
        "labs.City",
        on_delete=models.CASCADE,
        related_name="access_requests",
        verbose_name=_("Mitgliedsstadt"),
    )
    function = models.CharField(
        _("Funktion in der Verwaltung"),
        max_length=120,
        help_text=_("z. B. „Sozialplanung“ oder „Quartierskoordination“."),
    )
    message = models.TextField(_("Nachricht an die Redaktion"), blank=True)
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=AccessRequestStatus.choices,
        default=AccessRequestStatus.PENDING,
    )
    created_at = models.DateTimeField(_("eingegangen am"), auto_now_add=True)
    decided_at = models.DateTimeField(_("entschieden am"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("entschieden von"),
    )
    decline_note = models.TextField(
        _("Hinweis zur Ablehnung"),
        blank=True,
        help_text=_("Wird in der E-Mail an die Person mitgeschickt."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("email"),
        FieldPanel("city"),
        FieldPanel("function"),
        FieldPanel("message"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Zugangsanfrage")
        verbose_name_plural = _("Zugangsanfragen")
        permissions = [("provision_pilot_city", _("Kann Pilotstädte einrichten"))]

    def __str__(self):
        return f"{self.name} ({self.city}) – {self.get_status_display()}"

    @property
    def is_pending(self):
        return self.status == AccessRequestStatus.PENDING
