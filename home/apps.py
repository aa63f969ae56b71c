from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Startseite und Inhaltsseiten")

    def ready(self):
        from . import page_cache, peers, signals  # noqa: F401

        page_cache.connect_signals()
        peers.connect()
