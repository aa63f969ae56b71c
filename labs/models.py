"""Cities, themes, memberships and the lab page tree (labs, experiments, discussions).

`labs` is the base app: it imports none of the other apps. Learnings (knowledge app)
live inside a lab's subtree and are referred to here only as "knowledge.LearningPage".
"""

import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models.functions import Coalesce, Greatest
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from . import api
from .blocks import BodyBlock
from .page_forms import MediaPermissionPageForm
from .search import StemmedSearchMixin

PAGE_SIZE = 12


# --- Vocabularies ---------------------------------------------------------------


class Theme(index.Indexed, models.Model):
    """One of the seven kommunale Handlungsfelder of Quartier 2030 (verbatim)."""

    name = models.CharField(_("Name"), max_length=80, unique=True)
    slug = models.SlugField(_("Kurzname (URL)"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)
    description = models.TextField(_("Beschreibung"), blank=True)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")

    def __str__(self):
        return self.name


class TargetGroup(models.Model):
    """Zielgruppe (DOMAIN.md 2.4)."""

    name = models.CharField(_("Name"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("Zielgruppe")
        verbose_name_plural = _("Zielgruppen")

    def __str__(self):
        return self.name


class MunicipalityType(models.TextChoices):
    STADTKREIS = "stadtkreis", _("Stadtkreis")
    GROSSE_KREISSTADT = "grosse_kreisstadt", _("Große Kreisstadt")
    STADT = "stadt", _("Stadt")
    GEMEINDE = "gemeinde", _("Gemeinde")


class NetworkRole(models.TextChoices):
    PILOT_2019 = "pilot_2019", _("Pilotstadt StadtLabore 2019–2020")
    VOR_ORT_2022 = "vor_ort_2022", _("StadtLabor vor Ort 2022–2023")
    CURRENT = "current", _("StadtLabor aktuelle Phase")
    MEMBER = "member", _("Mitgliedsstadt")


SIZE_CLASSES = [
    ("xs", _("unter 10.000 EW"), 0, 10_000),
    ("s", _("10.000–20.000 EW"), 10_000, 20_000),
    ("m", _("20.000–50.000 EW"), 20_000, 50_000),
    ("l", _("50.000–100.000 EW"), 50_000, 100_000),
    ("xl", _("über 100.000 EW"), 100_000, None),
]


class City(index.Indexed, models.Model):
    """Mitgliedsstadt of the Städtetag Baden-Württemberg (DOMAIN.md 4.5)."""

    name = models.CharField(_("Name"), max_length=100, unique=True)
    slug = models.SlugField(_("Kurzname (URL)"), max_length=100, unique=True)
    ags = models.CharField(
        _("Amtlicher Gemeindeschlüssel"),
        max_length=8,
        blank=True,
        help_text=_("8 Ziffern, z. B. 08117042."),
    )
    district = models.CharField(_("Landkreis / Stadtkreis"), max_length=100, blank=True)
    region = models.CharField(_("Regierungsbezirk"), max_length=60, blank=True)
    municipality_type = models.CharField(
        _("Gemeindeart"),
        max_length=20,
        choices=MunicipalityType.choices,
        default=MunicipalityType.STADT,
    )
    population = models.PositiveIntegerField(_("Einwohnerzahl"), null=True, blank=True)
    network_role = models.CharField(
        _("Rolle im Netzwerk"),
        max_length=20,
        choices=NetworkRole.choices,
        default=NetworkRole.MEMBER,
    )
    website = models.URLField(_("Website"), blank=True)
    can_report_on = models.TextField(
        _("Wir können berichten über …"),
        blank=True,
        help_text=_("Themen, zu denen Ihre Stadt Erfahrungen teilen kann."),
    )
    seeks_exchange_on = models.TextField(
        _("Wir suchen Austausch zu …"),
        blank=True,
        help_text=_("Themen, zu denen Ihre Stadt andere Städte fragen möchte."),
    )
    publishes_directly = models.BooleanField(
        _("Darf direkt veröffentlichen"),
        default=False,
        help_text=_(
            "Nur für Pilotstädte: Seiten ihres StadtLabors gehen ohne "
            "Redaktionsfreigabe online."
        ),
    )
    is_demo = models.BooleanField(_("Beispielinhalt (fiktiv)"), default=False)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("district"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("ags"), FieldPanel("municipality_type")]),
        FieldRowPanel([FieldPanel("district"), FieldPanel("region")]),
        FieldRowPanel([FieldPanel("population"), FieldPanel("network_role")]),
        FieldPanel("website"),
        FieldPanel("can_report_on"),
        FieldPanel("seeks_exchange_on"),
        FieldPanel("publishes_directly"),
        FieldPanel("is_demo"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Mitgliedsstadt")
        verbose_name_plural = _("Mitgliedsstädte")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        if self.ags and not re.fullmatch(r"[0-9]{8}", self.ags):
            raise ValidationError({"ags": _("Der AGS besteht aus genau 8 Ziffern.")})

    @property
    def size_class(self):
        if self.population is None:
            return None
        for key, _label, low, high in SIZE_CLASSES:
            if self.population >= low and (high is None or self.population < high):
                return key
        return None

    @property
    def size_class_label(self):
        return {k: label for k, label, _lo, _hi in SIZE_CLASSES}.get(
            self.size_class, ""
        )


ASSOCIATION_NAME = _("Städtetag Baden-Württemberg")


class Membership(models.Model):
    """Ties a user account to exactly one member city, with the person's function."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="membership",
        verbose_name=_("Konto"),
    )
    city = models.ForeignKey(
        City,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("Mitgliedsstadt"),
        help_text=_(
            "Jedes Konto gehört zu genau einer Mitgliedsstadt. Leer nur für die "
            "Redaktion des Städtetags (Geschäftsstelle)."
        ),
    )
    function = models.CharField(
        _("Funktion"),
        max_length=120,
        blank=True,
        help_text=_("z. B. „Sozialplanung“ oder „Quartierskoordination“."),
    )
    created_at = models.DateTimeField(_("angelegt am"), auto_now_add=True)

    panels = [FieldPanel("user"), FieldPanel("city"), FieldPanel("function")]

    class Meta:
        verbose_name = _("Mitgliedschaft")
        verbose_name_plural = _("Mitgliedschaften")

    def __str__(self):
        name = self.user.get_full_name() or self.user.get_username()
        return f"{name} ({self.affiliation})"

    @property
    def affiliation(self):
        """The city shown next to the person's name."""
        return self.city.name if self.city_id else ASSOCIATION_NAME


class DigestFrequency(models.TextChoices):
    DAILY = "daily", _("täglich")
    WEEKLY = "weekly", _("wöchentlich")
    NEVER = "never", _("nie")


class NotificationPreference(models.Model):
    """Which kinds of email a person wants; every email links here to switch off."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notification_preference",
        verbose_name=_("Konto"),
    )
    replies = models.BooleanField(
        _("Neue Beiträge in Diskussionen, denen ich folge"), default=True
    )
    lab_comments = models.BooleanField(
        _("Neue Beiträge auf Seiten meines StadtLabors (Pilotstädte)"), default=True
    )
    moderation = models.BooleanField(_("Gemeldete Beiträge (Redaktion)"), default=True)
    follows = models.BooleanField(
        _(
            "Neue Experimente und Erkenntnisse in StadtLaboren und Handlungsfeldern, "
            "denen ich folge"
        ),
        default=True,
    )
    digest = models.CharField(
        _("Zusammenfassung per E-Mail"),
        max_length=10,
        choices=DigestFrequency.choices,
        default=DigestFrequency.WEEKLY,
        help_text=_(
            "Was neu ist in StadtLaboren, Handlungsfeldern und Diskussionen, denen "
            "Sie folgen. Ohne Neues kommt keine E-Mail."
        ),
    )
    last_digest_at = models.DateTimeField(
        _("letzte Zusammenfassung"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("Benachrichtigungseinstellung")
        verbose_name_plural = _("Benachrichtigungseinstellungen")

    def __str__(self):
        return str(self.user)

    @classmethod
    def for_user(cls, user):
        return cls.objects.get_or_create(user=user)[0]


class ThreadFollow(models.Model):
    """A person follows the comment thread of a page (experiment, learning,
    discussion) and hears about new contributions by email."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="thread_follows",
        verbose_name=_("Konto"),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Seite"),
    )
    created_at = models.DateTimeField(_("seit"), auto_now_add=True)

    class Meta:
        verbose_name = _("Abonnierte Diskussion")
        verbose_name_plural = _("Abonnierte Diskussionen")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "page"], name="unique_thread_follow"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.page_id}"


# --- Choices used by the page types ---------------------------------------------


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


# --- Mixins ---------------------------------------------------------------------


class BasePage(Page):
    """Fields and behaviour every page of the site shares."""

    is_demo = models.BooleanField(
        _("Beispielinhalt (fiktiv)"),
        default=False,
        help_text=_(
            "Zeigt auf der Seite deutlich den Hinweis „Beispielinhalt (fiktiv)“."
        ),
    )

    promote_panels = Page.promote_panels + [FieldPanel("is_demo")]
    # Images and documents only from collections the editor may choose from.
    base_form_class = MediaPermissionPageForm

    class Meta:
        abstract = True

    def get_absolute_url(self):
        return self.get_url()

    def serve(self, request, *args, **kwargs):
        # Pages show comment counts, threads and the viewer's login state: a shared
        # cache must revalidate, so that a new comment shows up at once.
        response = super().serve(request, *args, **kwargs)
        patch_cache_control(response, no_cache=True)
        patch_vary_headers(response, ["Cookie"])
        return response


class CommentableMixin:
    """Pages with a comment thread (experiments, learnings, discussions). The
    thread, the form and the viewer's rights come from `labs.comments`, which
    loads a page's thread in one query."""

    has_comments = True

    def get_context(self, request, *args, **kwargs):
        from . import comments

        context = super().get_context(request, *args, **kwargs)
        context["discussion"] = comments.page_discussion(
            request, self, form=getattr(request, "_comment_form", None)
        )
        return context


def with_comment_stats(queryset):
    """Annotate a page queryset with `comment_count` and `last_comment_at` (active
    comments only) from the pages' `CommentStats` rows, joined in the same query:
    no query per listed page, and no counting of comments."""
    return queryset.annotate(
        comment_count=Coalesce(models.F("comment_stats__comment_count"), 0),
        last_comment_at=models.F("comment_stats__last_comment_at"),
    )


def with_last_activity(queryset):
    """Comment stats plus `last_activity`: the latest comment, else the first
    publication of the page."""
    queryset = with_comment_stats(queryset)
    return queryset.annotate(
        last_activity=Greatest(
            Coalesce("last_comment_at", "first_published_at"), "first_published_at"
        )
    )


class LabChildMixin(models.Model):
    """Pages inside a lab's subtree remember their lab (kept in step on save and move)
    so that listings can filter and show the city without walking the tree."""

    lab = models.ForeignKey(
        "labs.LabPage",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("StadtLabor"),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.path:
            self.lab = LabPage.objects.ancestor_of(self).first()
        super().save(*args, **kwargs)

    @property
    def city(self):
        return self.lab.city if self.lab_id else None

    def search_city_name(self):
        """The city's name in the search index."""
        city = self.city
        return city.name if city else ""


def live_public(queryset, request):
    """`queryset.live().public()`, but the view restrictions are read once per
    request: Wagtail's `.public()` queries them on every call, and a page with
    several listings would pay for them several times."""
    private_q = getattr(request, "_private_pages_q", None)
    if private_q is None:
        private_q = request._private_pages_q = Page.objects.all().private_q()
    return queryset.live().exclude(private_q)


def filter_by_request(queryset, request, filters):
    """Apply the listing filters present in the query string; returns the queryset
    and the active values. `filters` maps a GET parameter to a lookup, or to a
    function that turns the value into a Q object."""
    active = {}
    for param, lookup in filters.items():
        value = request.GET.get(param, "").replace("\x00", "").strip()[:100]
        if value:
            active[param] = value
            condition = (
                lookup(value) if callable(lookup) else models.Q(**{lookup: value})
            )
            queryset = queryset.filter(condition)
    return queryset, active


def has_theme_q(model, slug):
    """Pages of `model` with the Handlungsfeld, as a semi-join on the themes table:
    no duplicate rows, so listings need no DISTINCT (which would make the
    database compute every row's comment statistics before it can paginate)."""
    themes = model._meta.get_field("themes")
    return models.Q(
        pk__in=themes.remote_field.through.objects.filter(theme__slug=slug).values(
            f"{themes.m2m_field_name()}_id"
        )
    )


def lab_theme_q(slug):
    """A lab matches its Schwerpunkt and its further Handlungsfelder."""
    return models.Q(primary_theme__slug=slug) | has_theme_q(LabPage, slug)


def discussion_theme_q(slug):
    return has_theme_q(DiscussionPage, slug)


def discussion_city_q(slug):
    """A discussion belongs to the city that started it, else to its lab's city."""
    return models.Q(started_by_city__slug=slug) | models.Q(
        started_by_city__isnull=True, lab__city__slug=slug
    )


def paginate(request, queryset, per_page=PAGE_SIZE):
    paginator = Paginator(queryset, per_page)
    return paginator.get_page(request.GET.get("seite"))


# --- Lab index and lab ----------------------------------------------------------


class LabIndexPage(BasePage):
    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["labs.LabPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Übersicht StadtLabore")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        labs = (
            live_public(LabPage.objects.descendant_of(self), request)
            .select_related("city", "primary_theme")
            .prefetch_related("themes")
            .order_by("city__name", "title")
        )
        labs, active = filter_by_request(
            labs,
            request,
            {"stadt": "city__slug", "thema": lab_theme_q, "status": "status"},
        )
        # Lazy: a cached fragment of the page (home.render_cache) needs no query.
        context["page_obj"] = SimpleLazyObject(lambda: paginate(request, labs))
        context["active_filters"] = active
        context["filter_cities"] = City.objects.filter(labs__live=True).distinct()
        context["filter_themes"] = Theme.objects.all()
        context["filter_statuses"] = LabStatus.choices
        return context


class LabPage(StemmedSearchMixin, BasePage):
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

    search_fields = Page.search_fields + [
        index.SearchField("teaser"),
        index.SearchField("guiding_question"),
        index.SearchField("quarter_name"),
        index.SearchField("initial_situation"),
        index.SearchField("challenges"),
        index.SearchField("goals"),
        index.SearchField("partners"),
        index.SearchField("body"),
        index.SearchField("easy_language_summary"),
        index.FilterField("status"),
        index.FilterField("city"),
        index.RelatedFields("city", [index.SearchField("name")]),
        index.RelatedFields("primary_theme", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.SearchField("search_stems"),
    ]

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
        "knowledge.LearningPage",
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
        from django.apps import apps

        context = super().get_context(request, *args, **kwargs)
        learning_model = apps.get_model("knowledge", "LearningPage")
        # Lazy: the cached fragment of the page (home.render_cache) builds no query.
        context["experiments"] = SimpleLazyObject(
            lambda: with_comment_stats(
                live_public(ExperimentPage.objects.child_of(self), request)
                .defer_streamfields()
                .annotate(adoption_count=adoption_count_subquery())
                .order_by("start_date", "title")
            )
        )
        context["learnings"] = SimpleLazyObject(
            lambda: with_comment_stats(
                live_public(learning_model.objects.child_of(self), request)
                .defer_streamfields()
                .annotate(confirmation_count=confirmation_count_subquery())
                .order_by("title")
            )
        )
        context["discussions"] = SimpleLazyObject(
            lambda: with_last_activity(
                live_public(DiscussionPage.objects.child_of(self), request)
                .defer_streamfields()
                .order_by("-first_published_at")
            ).order_by("-last_activity", "title")
        )
        # Schwerpunkt first, then the further themes: one query for both.
        context["all_themes"] = SimpleLazyObject(
            lambda: sorted(
                Theme.objects.filter(
                    models.Q(pk=self.primary_theme_id) | models.Q(labs=self)
                ).distinct(),
                key=lambda t: (t.pk != self.primary_theme_id, t.sort_order),
            )
        )
        return context


# --- Experiments ----------------------------------------------------------------


class ExperimentPage(StemmedSearchMixin, LabChildMixin, CommentableMixin, BasePage):
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

    search_fields = Page.search_fields + [
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
        index.SearchField("search_city_name"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.SearchField("search_stems"),
        index.FilterField("status"),
    ]

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
        context["learnings"] = SimpleLazyObject(
            lambda: (
                live_public(self.learnings.all(), request)
                .defer_streamfields()
                .order_by("title")
            )
        )
        from . import comments

        context["peer_signals"] = comments.adoptions_for(request, self)
        return context


# --- Discussions ----------------------------------------------------------------


class DiscussionIndexPage(BasePage):
    intro = RichTextField(
        _("Einleitung"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["labs.DiscussionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Übersicht Austausch")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        discussions = (
            with_last_activity(live_public(DiscussionPage.objects.all(), request))
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
        context["page_obj"] = SimpleLazyObject(lambda: paginate(request, discussions))
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


class DiscussionPage(StemmedSearchMixin, LabChildMixin, CommentableMixin, BasePage):
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

    search_fields = Page.search_fields + [
        index.SearchField("question"),
        index.SearchField("search_city_name"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.SearchField("search_stems"),
        index.FilterField("status"),
    ]

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


def adoption_count_subquery():
    """Number of cities that adopted the experiment (for listings)."""

    return Coalesce(
        models.Subquery(
            ExperimentAdoption.objects.filter(experiment_id=models.OuterRef("pk"))
            .order_by()
            .values("experiment_id")
            .annotate(n=models.Count("pk"))
            .values("n")[:1]
        ),
        0,
    )


def confirmation_count_subquery():
    """Number of cities that confirmed a learning ("Das kennen wir auch")."""
    from django.apps import apps

    confirmation = apps.get_model("knowledge", "LearningConfirmation")
    return Coalesce(
        models.Subquery(
            confirmation.objects.filter(learning_id=models.OuterRef("pk"))
            .order_by()
            .values("learning_id")
            .annotate(n=models.Count("pk"))
            .values("n")[:1]
        ),
        0,
    )


# The comment models live in their own module; Django finds them through here.
from .comment_models import (  # noqa: E402, F401
    AdoptionKind,
    Comment,
    CommentReport,
    CommentStats,
    ExperimentAdoption,
    ReportReason,
)

# Events (Veranstaltungen) and registrations live in their own module too.
from .events import (  # noqa: E402, F401
    EventCircle,
    EventIndexPage,
    EventKind,
    EventPage,
    EventRegistration,
    RegistrationStatus,
)
from .follow_models import LabFollow, ThemeFollow  # noqa: E402, F401
