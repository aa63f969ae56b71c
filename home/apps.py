from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Startseite und Inhaltsseiten")

    def ready(self):
        # Django's place for connecting signal receivers: the app registry is ready.
        from .accounts import signals as account_signals  # noqa: F401
        from .caching import page_cache
        from .discovery import peers
        from .offers import signals as offer_signals  # noqa: F401

        page_cache.connect_signals()
        peers.connect()
