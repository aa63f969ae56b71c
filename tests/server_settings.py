"""The production settings for the servers of the tests (`tests/servers.py`): static
files without the manifest of `collectstatic` (the tests do not collect them), and
the fast password hasher of the test settings, so that accounts made by a test log
in and 75 login attempts take seconds, not minutes."""

from stadtlabore.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# The traceback of a 5xx on stderr, where the test output shows it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {"django.request": {"handlers": ["stderr"], "level": "ERROR"}},
}
