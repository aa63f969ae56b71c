"""Requests "Beratung anfragen" of the Fachberatung, stored for the Redaktion.

This module imports no other model module of `home`: the form's view
(`home.offers.consultation`) imports it, and the Fachberatung page imports that view.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from labs import personal_data


class ConsultationStatus(models.TextChoices):
    NEW = "new", _("neu")
    IN_PROGRESS = "in_progress", _("in Bearbeitung")
    ANSWERED = "answered", _("beantwortet")
    CLOSED = "closed", _("abgeschlossen")


@personal_data.register(label="Beratungsanfragen")
class ConsultationRequest(models.Model):
    """A request "Beratung anfragen" from a member city; the Redaktion sets its
    status in the admin. No IP address is stored."""

    city = models.ForeignKey(
        "labs.City",
        null=True,
        on_delete=models.SET_NULL,
        related_name="consultation_requests",
        verbose_name=_("Mitgliedsstadt"),
    )
    theme = models.ForeignKey(
        "labs.Theme",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Thema"),
        help_text=_("Leer: Sonstiges."),
    )
    message = models.TextField(_("Anliegen"), max_length=3000)
    name = models.CharField(_("Name"), max_length=150)
    email = models.EmailField(_("E-Mail-Adresse"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Konto"),
    )
    consent_at = models.DateTimeField(_("Einwilligung am"))
    created_at = models.DateTimeField(_("eingegangen am"), default=timezone.now)
    status = models.CharField(
        _("Status"),
        max_length=20,
        choices=ConsultationStatus.choices,
        default=ConsultationStatus.NEW,
    )
    note = models.TextField(
        _("Interne Notiz"),
        blank=True,
        help_text=_("Nur für die Redaktion sichtbar, z. B. wer die Anfrage betreut."),
    )

    panels = [
        FieldPanel("status"),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Beratungsanfrage")
        verbose_name_plural = _("Beratungsanfragen")

    def __str__(self):
        city = self.city.name if self.city_id else "–"
        return f"{self.topic} ({city}), {self.created_at:%d.%m.%Y}"

    @property
    def topic(self):
        return self.theme.name if self.theme_id else str(_("Sonstiges"))
