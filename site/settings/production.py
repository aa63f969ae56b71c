"""Production: everything from the environment, DEBUG off, hashed static files.

`manage.py check --deploy` passes without warnings with SECRET_KEY (50+ random
characters) and ALLOWED_HOSTS set; see docs/operations.md for every variable.
"""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = env("SECRET_KEY")  # noqa: F405  (required: fails loudly when missing)
# One database connection per worker, kept between requests (a new connection per
# request costs the server more than most pages' queries); checked before reuse.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
# A database host that does not answer fails a request within seconds (a 503
# page, home/operations/errors.py) instead of holding a worker thread.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(  # noqa: F405
        "connect_timeout", 5
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")  # noqa: F405

# TLS ends at the reverse proxy, which sets X-Forwarded-Proto (and must overwrite a
# value sent by the client). Set SECURE_PROXY_SSL_HEADER=off when the app itself
# is reached over TLS or no proxy sets the header.
if env.bool("SECURE_PROXY_SSL_HEADER", default=True):  # noqa: F405
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)  # noqa: F405
# Load balancers probe the app servers over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)  # noqa: F405
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(  # noqa: F405
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
# Preloading binds the whole registrable domain (e.g. the association's domain with
# all its subdomains) to HTTPS in every browser and is hard to take back: the owner
# of the domain decides, not this application. Off by default, and the reminder of
# `check --deploy` about it (security.W021) is silenced as a documented decision;
# SECURE_HSTS_PRELOAD=on sends "preload" (docs/security.md).
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)  # noqa: F405
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Logs: one JSON object per line on stderr (a log collector parses them), with the
# request id (home/operations/request_id.py). Every 5xx is logged by Django
# (`django.request`) with its traceback; with ADMINS set it is also mailed.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "home.operations.request_id.RequestIdFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": "%(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"levelname": "level"},
            "timestamp": "time",  # ISO 8601 in UTC
            "static_fields": {"app": "stadtlabore"},
        },
    },
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stderr",
            "filters": ["request_id"],
            "formatter": "json",
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {"handlers": ["stderr"], "level": env("LOG_LEVEL", default="WARNING")},  # noqa: F405
    "loggers": {
        "django": {
            "handlers": ["stderr", "mail_admins"] if ADMINS else ["stderr"],  # noqa: F405
            "level": env("LOG_LEVEL", default="WARNING"),  # noqa: F405
            "propagate": False,
        },
    },
}
