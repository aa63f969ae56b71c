"""The network: Handlungsfelder, Zielgruppen, member cities, the membership of an
account in its city, and the account's email preferences."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from ..text import plain_text


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
        # Shown beside every contribution: no bidirectional controls (labs.text).
        self.name = plain_text(self.name)
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
