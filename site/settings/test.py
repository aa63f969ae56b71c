from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Mail is sent at once, so that tests of a request read it from mail.outbox;
# tests/labs/test_outbox.py switches to the database backend and runs the worker.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": ["mail"],
    },
}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "render-off": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
ALLOWED_HOSTS = ["*"]
DEMO_CONTENT_ALLOWED = True
# Django's test client `login()` authenticates without a request (see the class).
AUTHENTICATION_BACKENDS = [  # noqa: F405
    "home.security.protection.AxesBackendForTests",
    "django.contrib.auth.backends.ModelBackend",
]
# Query counts and most tests measure the uncached work; tests/caching/test_page_cache.py
# switches the anonymous page cache on for itself.
PAGE_CACHE_ENABLED = False
# Likewise the render cache (shared fragments): tests/caching/test_render_cache.py switches
# it on; the scale-out tests run gunicorn with the production settings (on).
RENDER_CACHE_ENABLED = False

# The in-process tests run on one connection, each test inside one transaction. With
# BEGIN IMMEDIATE that transaction holds SQLite's write lock from its start, and a
# copy of the test database for a server (tests/servers.py) could never be read.
# Concurrent writers are tested where they happen: gunicorn with the production
# settings (IMMEDIATE) on a file copy (tests/operations/test_sqlite_concurrency.py).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "DEFERRED"  # noqa: F405
