"""Security middleware and hooks for django-axes: the Content-Security-Policy per
area (public site strict, Wagtail admin relaxed), rate limits of forms that send
emails or check passwords, and the German lockout page of django-axes.

Settings: CONTENT_SECURITY_POLICY (public site), CONTENT_SECURITY_POLICY_ADMIN
(paths under ADMIN_PATH_PREFIX), RATE_LIMITS, TRUSTED_PROXY_COUNT, AXES_*.
"""

from axes.backends import AxesStandaloneBackend
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from labs.ratelimit import client_ip, hit, retry_after


def _admin_path(request):
    prefix = getattr(settings, "ADMIN_PATH_PREFIX", "/admin/")
    return request.path_info.startswith(prefix)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware; the Wagtail admin (and its previews) gets the
    policy CONTENT_SECURITY_POLICY_ADMIN, because Wagtail's editor needs inline
    styles and scripts. Everything else gets the strict CONTENT_SECURITY_POLICY."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and _admin_path(request):
            admin_policy = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
            if admin_policy:
                parts.config = admin_policy["DIRECTIVES"]
        return parts


# --- Rate limits -------------------------------------------------------------------


def _ident(request, key):
    if key == "user" and request.user.is_authenticated:
        return f"user:{request.user.pk}"
    return f"ip:{client_ip(request)}"


class RateLimitMiddleware:
    """POSTs to the views named in settings.RATE_LIMITS
    (`{"konto:login": (limit, seconds, "ip" or "user")}`) are counted per client;
    past the limit the view does not run and the client gets a German page with
    status 429 and Retry-After."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        rule = getattr(settings, "RATE_LIMITS", {}).get(
            request.resolver_match.view_name
        )
        if rule is None:
            return None
        limit, period, key = rule
        if hit(
            request.resolver_match.view_name,
            _ident(request, key),
            limit=limit,
            period=period,
        ):
            return None
        wait = retry_after(period)
        return rate_limited_response(request, wait)


def _minutes(seconds):
    return max(1, -(-seconds // 60))


def rate_limited_response(request, seconds):
    minutes = _minutes(seconds)
    response = render(
        request,
        "security/rate_limited.html",
        {
            "message": ngettext(
                "Sie haben dieses Formular zu oft in kurzer Zeit abgeschickt. "
                "Bitte versuchen Sie es in %(minutes)d Minute noch einmal.",
                "Sie haben dieses Formular zu oft in kurzer Zeit abgeschickt. "
                "Bitte versuchen Sie es in %(minutes)d Minuten noch einmal.",
                minutes,
            )
            % {"minutes": minutes},
            "admin_area": _admin_path(request),
        },
        status=429,
    )
    response["Retry-After"] = str(seconds)
    return response


# --- django-axes (brute-force protection of both logins) -----------------------


def axes_username(request, credentials=None):
    """Usernames are email addresses; any capitalisation counts as the same one."""
    value = (credentials or {}).get(settings.AXES_USERNAME_FORM_FIELD)
    if value is None:
        value = request.POST.get(settings.AXES_USERNAME_FORM_FIELD, "")
    return str(value).strip().lower()[:255]


def axes_client_ip(request):
    """None where there is no address (e.g. a login made in code, not over HTTP)."""
    return client_ip(request) or None


def lockout_response(request, original_response=None, credentials=None):
    cool_off = settings.AXES_COOLOFF_TIME
    minutes = _minutes(int(cool_off.total_seconds()))
    response = render(
        request,
        "security/locked.html",
        {
            "message": _(
                "Zu viele fehlgeschlagene Anmeldeversuche. Aus Sicherheitsgründen "
                "ist die Anmeldung für dieses Konto von Ihrem Anschluss aus für "
                "%(minutes)d Minuten gesperrt."
            )
            % {"minutes": minutes},
            "admin_area": _admin_path(request),
        },
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


class AxesBackendForTests(AxesStandaloneBackend):
    """Test settings only: Django's test client `login()` authenticates without a
    request, which the real backend refuses; requests are still checked."""

    def authenticate(self, request=None, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
