"""The production settings for the slow-client test: only the static files come
without the manifest of `collectstatic` (the test does not collect them)."""

from stadtlabore.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
