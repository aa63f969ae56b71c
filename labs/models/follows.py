"""Following a discussion thread, a lab or a theme ("Diskussion folgen", "Labor
folgen", "Thema folgen").

A follower of a lab or a theme hears by email when a new experiment or learning is first
published in the lab or with the theme, and finds it in the digest.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import personal_data


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


@personal_data.register(label="Gefolgte StadtLabore")
class LabFollow(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="lab_follows",
        verbose_name=_("Konto"),
    )
    lab = models.ForeignKey(
        "labs.LabPage",
        on_delete=models.CASCADE,
        related_name="followers",
        verbose_name=_("StadtLabor"),
    )
    created_at = models.DateTimeField(_("seit"), auto_now_add=True)

    class Meta:
        verbose_name = _("Gefolgtes StadtLabor")
        verbose_name_plural = _("Gefolgte StadtLabore")
        constraints = [
            models.UniqueConstraint(fields=["user", "lab"], name="unique_lab_follow")
        ]

    def __str__(self):
        return f"{self.user} → {self.lab_id}"


@personal_data.register(label="Gefolgte Handlungsfelder")
class ThemeFollow(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="theme_follows",
        verbose_name=_("Konto"),
    )
    theme = models.ForeignKey(
        "labs.Theme",
        on_delete=models.CASCADE,
        related_name="followers",
        verbose_name=_("Handlungsfeld"),
    )
    created_at = models.DateTimeField(_("seit"), auto_now_add=True)

    class Meta:
        verbose_name = _("Gefolgtes Handlungsfeld")
        verbose_name_plural = _("Gefolgte Handlungsfelder")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "theme"], name="unique_theme_follow"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.theme_id}"
