"""Settings shared by every environment.

Configuration comes from environment variables (django-environ); see
docs/operations.md for the list. Each environment module (dev, test, production) imports this one and overrides
only what differs.
"""

from datetime import timedelta
from pathlib import Path

import environ

from stadtlabore.media_storage import media_origins, s3_storage

BASE_DIR = Path(__file__).resolve().parents[2]

env = environ.Env()

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = False
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "labs",
    "knowledge",
    "django_tasks",
    "django_tasks_db",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_comments_xtd",
    "django_comments",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sites",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "axes",
    "dbbackup",
]

MIDDLEWARE = [
    # First: the request id covers every answer and every log line of a request.
    "home.operations.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "home.security.protection.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.caching.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "labs.links.RequestBaseURLMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "labs.parsing.RouteIdMiddleware",
    "home.security.protection.RateLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    # Wagtail's CSV exports: no cell a spreadsheet reads as a formula.
    "labs.csv_export.SpreadsheetExportMiddleware",
]

ROOT_URLCONF = "stadtlabore.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # `fragments`: scope, timeout and cache of `{% cache %}` fragments.
                "home.caching.render_cache.fragments",
            ],
        },
    },
]

WSGI_APPLICATION = "stadtlabore.wsgi.application"

# SQLite file in the project folder unless DATABASE_URL says otherwise,
# e.g. postgres://postgres@127.0.0.1:5432/stadtlabore
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite as an embedded server database: readers never wait for a writer (WAL),
    # a writer waits its turn instead of failing with "database is locked" (busy
    # timeout in seconds), and a write transaction takes the write lock when it
    # begins (BEGIN IMMEDIATE), so two transactions that read and then write queue
    # up instead of one failing. Limits measured: docs/operations.md.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": env.int("SQLITE_BUSY_TIMEOUT", default=20),
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Sessions only in the database (Django's default engine, stated here on purpose): a
# login holds on every app server, and a logout is final. A copy in Redis
# (`cached_db`) could not be deleted while Redis hangs and would log the person in
# again once it answers (tests/operations/test_redis_outage.py).
SESSION_ENGINE = "django.contrib.sessions.backends.db"

if env("REDIS_URL", default=""):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "stadtlabore",
            "OPTIONS": {
                # Short timeouts, and a Redis that is down is a cache miss (logged),
                # never a broken page: pages are then rendered without the caches.
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    # Rate limits (labs/ratelimit.py) in the same Redis, but without ignored
    # exceptions: a Redis that is down must be noticed there, so that the limits
    # fall back to the database instead of counting nothing.
    CACHES["limits"] = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": env("REDIS_URL"),
        "KEY_PREFIX": "stadtlabore",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1},
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "stadtlabore",
        },
        # Anonymous page cache (home/caching/page_cache.py) without Redis: one folder that
        # every worker process of this server shares, so invalidation reaches all.
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env(
                "PAGE_CACHE_DIR", default=str(BASE_DIR / ".cache" / "pages")
            ),
            "OPTIONS": {"MAX_ENTRIES": 5000},
        },
    }
# Render cache (home/caching/render_cache.py): `{% cache %}` fragments of previews and
# revision views, and all of them with RENDER_CACHE=0, go to a cache that keeps nothing.
CACHES["render-off"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}

_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {
        "NAME": f"{_VALIDATORS}.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

LANGUAGE_CODE = "de"
LANGUAGES = [("de", "Deutsch")]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}
WHITENOISE_MAX_AGE = 31536000

MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# Media on an S3-compatible bucket for several app servers (site/media_storage.py says
# why documents still go through Django); without S3_BUCKET on the local disk.
if env("S3_BUCKET", default=""):
    STORAGES["default"] = s3_storage(
        env("S3_BUCKET"),
        endpoint_url=env("S3_ENDPOINT_URL", default=""),
        region=env("S3_REGION", default=""),
        access_key=env("S3_ACCESS_KEY_ID", default=""),
        secret_key=env("S3_SECRET_ACCESS_KEY", default=""),
        custom_domain=env("S3_CUSTOM_DOMAIN", default=""),
        url_expire=env.int("S3_URL_EXPIRE", default=86400),
    )
# Backups (docs/operations.md#sicherung-und-wiederherstellung): `dbbackup` and
# `mediabackup` (django-dbbackup) write the database dump and a tar of the media
# (from the disk or the bucket) into BACKUP_DIR; SQLite is copied with its online
# backup API, PostgreSQL with pg_dump's custom format (restored by pg_restore).
STORAGES["dbbackup"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": env.path("BACKUP_DIR", default=BASE_DIR / "backups")},
}
DBBACKUP_CONNECTOR_MAPPING = {
    "django.db.backends.sqlite3": "stadtlabore.backup.SqliteOnlineConnector"
}
DBBACKUP_CLEANUP_KEEP = env.int("BACKUP_KEEP", default=14)

# Members log in on our own German pages (/konto/); the Wagtail admin keeps its own
# login page. Private pages ("nur für angemeldete Mitglieder") send people here too.
LOGIN_URL = "konto:login"
LOGIN_REDIRECT_URL = "konto:profile"
WAGTAIL_FRONTEND_LOGIN_URL = "/konto/anmelden/"

# Email: SMTP in production via EMAIL_URL (e.g. smtp+tls://user:pass@host:587)
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env(
    "DEFAULT_FROM_EMAIL", default="StadtLabore vor Ort <stadtlabore@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# A mail server that accepts the connection and then hangs must not hold the worker.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# Background work (django-tasks). Mail goes through the outbox (labs/outbox.py) and the
# "mail" backend, django-tasks-db, worked by `manage.py db_worker --backend mail
# --queue-name mail`. Wagtail's own tasks (reference and search index, renditions) stay
# immediate on "default": editors expect their effect when the request returns.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "mail": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["mail"]},
}
# A message the mail server did not take is tried again after MAIL_RETRY_DELAY seconds,
# doubled per attempt, at most MAIL_RETRY_MAX_DELAY.
MAIL_RETRY_DELAY = env.float("MAIL_RETRY_DELAY", default=30)
MAIL_RETRY_MAX_DELAY = env.float("MAIL_RETRY_MAX_DELAY", default=3600)

SITE_ID = 1

# Who gets a mail with the traceback of every server error (production; optional:
# the errors are in the log either way). ADMINS=ops@example.org,it@example.org
ADMINS = [(address, address) for address in env.list("ADMINS", default=[])]

# /readyz (home/operations/health.py): name → check. A check raises when its
# dependency is down and may return figures (the mail queue: messages waiting and the
# age of the oldest, which grows when no worker runs).
READINESS_CHECKS = {
    "database": "home.operations.health.check_database",
    "cache": "home.operations.health.check_caches",
    "mail_queue": "labs.outbox.check_queue",
}

# Wagtail
WAGTAIL_SITE_NAME = "StadtLabore vor Ort"
# The public address (scheme, host, port if not the default) for links built
# without a request: e-mails of background commands. Links built in a request use
# the request's own address (labs/links.py). BASE_URL, or the older name
# WAGTAILADMIN_BASE_URL; empty means "not configured" (no invented host or port).
BASE_URL = env("BASE_URL", default=env("WAGTAILADMIN_BASE_URL", default="")).rstrip("/")
WAGTAILADMIN_BASE_URL = BASE_URL or "http://localhost"
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("de", "Deutsch")]
WAGTAIL_DATE_FORMAT = "%d.%m.%Y"
WAGTAIL_DATETIME_FORMAT = "%d.%m.%Y %H:%M"
WAGTAILSEARCH_BACKENDS = {
    # Wagtail's database backend. PostgreSQL: German stemming ("Quartiere" finds
    # "Quartier"); SQLite ignores SEARCH_CONFIG and gets a stemmed copy of the text
    # instead (labs/search.py), and a relevance ordering that scales
    # (labs/search_backend.py).
    "default": {
        "BACKEND": "labs.search_backend",
        "SEARCH_CONFIG": "german",
    },
}
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "csv",
    "png",
    "jpg",
]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar (an external request with a hash of the email) for admin users either.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False

# Comments (django-comments-xtd); the discussion issue builds on this.
COMMENTS_APP = "django_comments_xtd"

# What the apps above the base app `labs` add to it: labs names neither `knowledge`
# nor `home` and reads their models from here (labs/extensions.py), as Django reads
# AUTH_USER_MODEL.
LABS_START_PAGE_MODEL = "home.HomePage"  # parent of labs' overview pages
LABS_LEARNING_PAGE_MODEL = "knowledge.LearningPage"
LABS_LEARNING_CONFIRMATION_MODEL = "knowledge.LearningConfirmation"
LABS_SITE_SETTINGS_MODEL = "home.SiteSettings"
LABS_LEGAL_PAGE_MODEL = "home.ContentPage"  # the legal pages in the footer

# Our comment model (labs/models/comments.py): XtdComment plus page, author's city and
# function, edit/withdraw/moderation states. An import path, not an app label.
COMMENTS_XTD_MODEL = "labs.models.Comment"
# Depth 3: a comment (level 0), a reply (1), a reply to a reply (2).
COMMENTS_XTD_MAX_THREAD_LEVEL = 2
COMMENTS_XTD_CONFIRM_EMAIL = False
COMMENTS_HIDE_REMOVED = False

# Full-page cache for anonymous visitors (home/caching/page_cache.py), exact invalidation.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE", default=True)
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
# Render cache (home/caching/render_cache.py): `{% cache %}` fragments and data that are the
# same for every reader, for members and visitors alike, keyed by the page cache's
# generation (same invalidation). Off (RENDER_CACHE=0): fragments go to "render-off".
RENDER_CACHE_ENABLED = env.bool("RENDER_CACHE", default=True)

# A trivial view at /__ceiling__/ for `make bench` (the stack's ceiling); off by default.
BENCH_CEILING_VIEW = env.bool("BENCH_CEILING_VIEW", default=False)

# Read-only API (/api/v2/, home/syndication/api.py): at most 50 items per request, rich text as
# display HTML, requests per client address and minute (API_RATE_LIMIT).
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_SEARCH_ENABLED = True
API_RATE_LIMIT = env("API_RATE_LIMIT", default="120/minute")

# Demo accounts are created only where this is on (dev and test, never production).
DEMO_CONTENT_ALLOWED = False

# --- Security (docs/security.md) ------------------------------------------------
from csp.constants import NONE, SELF  # noqa: E402

# Content-Security-Policy of the public site: only this host, no inline code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, *media_origins(STORAGES["default"])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (and page previews under it) needs inline styles and scripts
# and frames its own previews; home.security.protection.ContentSecurityPolicyMiddleware uses
# this policy for paths under ADMIN_PATH_PREFIX only.
ADMIN_PATH_PREFIX = "/admin/"
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *media_origins(STORAGES["default"])],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF, "blob:"],
        "worker-src": [SELF, "blob:"],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "browsing-topics": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "usb": [],
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# How many reverse proxies in front of the app add to X-Forwarded-For (nginx: 1).
# 0 trusts only REMOTE_ADDR. Used for rate limits and django-axes.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Rate limits (POST only) per view name: (attempts, seconds, per "ip" or "user").
RATE_LIMITS = {
    "konto:login": (30, 600, "ip"),
    "wagtailadmin_login": (30, 600, "ip"),
    "konto:password_reset": (5, 3600, "ip"),
    "konto:access_request": (5, 3600, "ip"),
    "labs:comment_report": (10, 3600, "user"),
}

# django-axes: after 5 failed logins for the same username from the same address,
# that combination is locked for 15 minutes (our login and the Wagtail admin login).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "home.security.protection.axes_username"
AXES_CLIENT_IP_CALLABLE = "home.security.protection.axes_client_ip"
AXES_LOCKOUT_CALLABLE = "home.security.protection.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False
# Successful logins are not logged per request (data economy); failures are.
AXES_DISABLE_ACCESS_LOG = True

# Uploads: documents only of these types (Wagtail checks the extension, our form
# the content and the size), images at most 10 MB and 40 megapixels.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.security.uploads.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# Documents go through Django (collection privacy is checked); only PDF opens in the
# browser, every other type is a download (Content-Disposition: attachment).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
