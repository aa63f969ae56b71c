from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Startseite und Inhaltsseiten")

    def ready(self):
        from . import peers, signals  # noqa: F401

        peers.connect()
