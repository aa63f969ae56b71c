"""The site settings (Einstellungen der Plattform): names, contacts, funding notice,
open-data licence and retention periods."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from ..caching import render_cache

FUNDING_NOTICE = "Finanziert aus Landesmitteln, die der Landtag von Baden-Württemberg beschlossen hat."
OPEN_DATA_LICENCE_NAME = "Datenlizenz Deutschland – Namensnennung – Version 2.0"
OPEN_DATA_LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"


class ContactRoleBlock(blocks.StructBlock):
    """A contact of the Fachberatung by role (no personal name needed)."""

    role = blocks.CharBlock(
        label=_("Funktion"), help_text=_("z. B. „Fachberatung Quartiersentwicklung“.")
    )
    topics = blocks.CharBlock(
        label=_("Zuständig für"),
        required=False,
        help_text=_("z. B. „Beteiligung, Förderanträge“."),
    )
    email = blocks.EmailBlock(label=_("E-Mail (Funktionspostfach)"), required=False)
    phone = blocks.CharBlock(label=_("Telefon"), required=False, max_length=40)

    class Meta:
        icon = "user"
        label = _("Ansprechperson")


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

    @classmethod
    def for_request(cls, request):
        """Wagtail's lookup (the Site of the host, then this row: two queries on
        every request, also when every fragment that shows a setting comes from
        the render cache), kept in the render cache per generation and host
        (`render_cache.cached`; saving the settings starts a new generation).
        Needed: without it the nine key pages of `bench/run.py` cost a member
        two more queries each where a discussion or the search reads
        `discussions_public`, with the route cache
        (`home.caching.routing`) together 5 more queries and about 30 % more CPU
        per page. Previews and RENDER_CACHE=0 read them as Wagtail does."""
        return render_cache.cached(
            request,
            "site-settings",
            lambda: super(SiteSettings, cls).for_request(request),
        )

    class Meta:
        verbose_name = _("Einstellungen der Plattform")

    @property
    def advice_mailbox(self):
        """Where requests for advice go: the Fachberatung's mailbox, else the
        general contact mailbox."""
        return self.advice_email or self.contact_email
