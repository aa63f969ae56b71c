"""Requests for access ("Zugang beantragen"); `home.accounts` decides them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from labs import personal_data


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


personal_data.not_exported(
    "home.AccessRequest.decided_by",
    "Amtshandlung der Redaktion; die Anfragen der Person stehen im Abschnitt "
    "„zugangsanfragen“ (nach E-Mail-Adresse)",
)
