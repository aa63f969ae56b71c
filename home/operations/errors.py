"""The 500 handler: a database that cannot be reached is a temporary outage, not
a fault of the page. Visitors get a German page with status 503 and
`Retry-After`, so browsers, crawlers and load balancers come back later instead
of recording an error; everything else stays Django's German 500 page.

Django calls the handler inside the `except` block of the failed request, so the
exception is at hand; the traceback is logged by Django (`django.request`) for
both answers."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.views import defaults
from django.views.decorators.csrf import requires_csrf_token

# Seconds a client should wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 30

DATABASE_DOWN = (OperationalError, InterfaceError)


def database_unavailable(exception):
    return isinstance(exception, DATABASE_DOWN)


@requires_csrf_token
def server_error(request):
    if not database_unavailable(sys.exception()):
        return defaults.server_error(request)
    # No request context: the page must render without the database.
    body = loader.get_template("503.html").render()
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
