"""Scheme and host of absolute links (e-mails, exports, messages of commands).

In a request, links carry the address the request came in on (Django's
`build_absolute_uri`, checked against ALLOWED_HOSTS), whatever port the server
uses. Without a request (background commands) they carry the configured
address: the default Wagtail Site once it has its real host, else the setting
BASE_URL (WAGTAILADMIN_BASE_URL, from the environment). No link is built from a
fixed default host or port. `RequestBaseURLMiddleware` makes the request's
address available to code that sends e-mails during the request."""

from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.urls import reverse
from wagtail.models import Site

PLACEHOLDER_HOSTS = ("", "localhost", "127.0.0.1")

# The accounts' URLs ("konto" namespace), reversed by name: labs does not know which
# app serves them, only their names, as with settings.LOGIN_URL.
ACCESS_REQUEST_URL_NAME = "konto:access_request"
FOLLOWING_URL_NAME = "konto:profile"
FOLLOWING_ANCHOR = "#folge-ich"


def access_request_url():
    """Where a person without an account asks for access ("Zugang beantragen")."""
    return reverse(ACCESS_REQUEST_URL_NAME)


def following_url():
    """The list of labs and themes the person follows, on the account page."""
    return reverse(FOLLOWING_URL_NAME) + FOLLOWING_ANCHOR


_request_root = ContextVar("stadtlabore_request_root", default="")


def request_root(request):
    return request.build_absolute_uri("/").rstrip("/")


def configured_base_url():
    """The configured public address, independent of any request's Host header
    (for links that must not follow the request, e.g. password reset)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and site.hostname not in PLACEHOLDER_HOSTS:
        return site.root_url.rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def base_url(request=None):
    """Scheme and host for absolute links: the request's (given, or the one being
    answered), else the configured address."""
    if request is not None:
        return request_root(request)
    return _request_root.get() or configured_base_url()


def absolute(path, request=None):
    if path.startswith(("http://", "https://")):
        return path
    return base_url(request) + path


class RequestBaseURLMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            root = request_root(request)
        except DisallowedHost:
            root = ""
        token = _request_root.set(root)
        try:
            return self.get_response(request)
        finally:
            _request_root.reset(token)
