from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LabsConfig(AppConfig):
    name = "labs"
    verbose_name = _("StadtLabore")

    def ready(self):
        from . import signals  # noqa: F401
        from .follows import services as follows

        follows.connect()
        signals.connect_comment_stats()
