"""Following a discussion thread, a lab or a theme ("Diskussion folgen", "Labor
folgen", "Thema folgen").

A follower of a lab or a theme hears by email when a new experiment or learning is first
published in the lab or with the theme, and finds it in the digest.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .. import personal_data


def _follower(related_name):
    """The account that follows (the same field on every kind of follow)."""
    return models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name=related_name,
        verbose_name=_("Konto"),
    )


def _followed(to, related_name, verbose_name):
    """What is followed; deleting it ends the follow."""
    return models.ForeignKey(
        to,
        on_delete=models.CASCADE,
        related_name=related_name,
        verbose_name=verbose_name,
    )


def _once_per_person(field, name):
    """A person follows each thing at most once."""
    return [models.UniqueConstraint(fields=["user", field], name=name)]


class Follow(models.Model):
    """A person follows something; `followed_field` names the foreign key to it."""

    created_at = models.DateTimeField(_("seit"), auto_now_add=True)

    followed_field = ""

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self.user} → {self.serializable_value(self.followed_field)}"


class ThreadFollow(Follow):
    """A person follows the comment thread of a page (experiment, learning,
    discussion) and hears about new contributions by email."""

    user = _follower("thread_follows")
    page = _followed("wagtailcore.Page", "+", _("Seite"))
    followed_field = "page"

    class Meta:
        verbose_name = _("Abonnierte Diskussion")
        verbose_name_plural = _("Abonnierte Diskussionen")
        constraints = _once_per_person("page", "unique_thread_follow")


@personal_data.register(label="Gefolgte StadtLabore")
class LabFollow(Follow):
    user = _follower("lab_follows")
    lab = _followed("labs.LabPage", "followers", _("StadtLabor"))
    followed_field = "lab"

    class Meta:
        verbose_name = _("Gefolgtes StadtLabor")
        verbose_name_plural = _("Gefolgte StadtLabore")
        constraints = _once_per_person("lab", "unique_lab_follow")


@personal_data.register(label="Gefolgte Handlungsfelder")
class ThemeFollow(Follow):
    user = _follower("theme_follows")
    theme = _followed("labs.Theme", "followers", _("Handlungsfeld"))
    followed_field = "theme"

    class Meta:
        verbose_name = _("Gefolgtes Handlungsfeld")
        verbose_name_plural = _("Gefolgte Handlungsfelder")
        constraints = _once_per_person("theme", "unique_theme_follow")
