"""Wagtail loads the `wagtail_hooks` module of each installed app only; the admin
of each concern of `home` lives with it and registers its hooks on import."""

from .accounts import access_request_admin, pilot_city_admin  # noqa: F401
from .offers import hooks as offers_hooks  # noqa: F401
