"""What the apps above `labs` add to it, named in the settings.

`labs` is the base app and names none of the apps above it. Where it needs one of
their models – the learning pages inside a lab and the cities' confirmations of
them, the start page under which labs' overview pages live, the site settings,
the legal pages of the footer – the project's settings name it ("app.Model"), as
Django's `AUTH_USER_MODEL` names the user model: LABS_START_PAGE_MODEL,
LABS_LEARNING_PAGE_MODEL, LABS_LEARNING_CONFIRMATION_MODEL,
LABS_SITE_SETTINGS_MODEL, LABS_LEGAL_PAGE_MODEL (site/settings/base.py).

Addresses of other apps are reversed by their URL names ("konto:access_request"),
never written as paths.
"""

from django.apps import apps
from django.conf import settings


def learning_page_model():
    """The page type of learnings (Erkenntnisse) inside a lab."""
    return apps.get_model(settings.LABS_LEARNING_PAGE_MODEL)


def learning_confirmation_model():
    """A city's confirmation of a learning ("Das kennen wir auch"); its foreign
    key `learning` points at the learning page."""
    return apps.get_model(settings.LABS_LEARNING_CONFIRMATION_MODEL)


def site_settings_model():
    """The Wagtail site settings (a `BaseSiteSetting`) with `site_name`,
    `contact_email` and `discussions_public`."""
    return apps.get_model(settings.LABS_SITE_SETTINGS_MODEL)


def legal_page_model():
    """The page type of the legal pages linked in the footer (Impressum, …)."""
    return apps.get_model(settings.LABS_LEGAL_PAGE_MODEL)
