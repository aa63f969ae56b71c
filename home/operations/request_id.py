"""One id per request, in the response header `X-Request-ID` and in every log
line written while the request runs, so a visitor's report ("Fehler-Nummer …")
and the proxy's access log lead to the same traceback.

The id comes from the reverse proxy when one is configured (TRUSTED_PROXY_COUNT
> 0; nginx sets `X-Request-ID $request_id`, overwriting what a client sent) and
looks like an id; otherwise it is generated here. A client without a proxy in
between can never choose the id that ends up in the logs."""

import contextvars
import logging
import re
import uuid

from django.conf import settings

HEADER = "X-Request-ID"
META_KEY = "HTTP_X_REQUEST_ID"
# Letters, digits and a few separators: nothing that could forge a log line.
VALID_ID = re.compile(r"^[A-Za-z0-9._-]{8,128}$")

_current = contextvars.ContextVar("request_id", default=None)


def current_request_id():
    """The id of the request this thread is serving, or None outside a request."""
    return _current.get()


def _incoming_id(request):
    if getattr(settings, "TRUSTED_PROXY_COUNT", 0) <= 0:
        return None
    value = request.META.get(META_KEY, "")
    return value if VALID_ID.match(value) else None


class RequestIdMiddleware:
    """First in MIDDLEWARE, so the id covers everything, redirects and errors too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = _incoming_id(request) or uuid.uuid4().hex
        request.request_id = request_id
        token = _current.set(request_id)
        try:
            response = self.get_response(request)
        finally:
            _current.reset(token)
        response[HEADER] = request_id
        return response


class RequestIdFilter(logging.Filter):
    """Adds `request_id` to every record (None outside a request), for the
    formatter of the production log (site/settings/production.py)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = current_request_id()
        return True
