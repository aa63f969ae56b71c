"""Production settings for the operations tests: static files without the manifest
of `collectstatic`, and one extra route that fails on purpose (a server error)."""

from stadtlabore.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
ROOT_URLCONF = "ops_urls"
