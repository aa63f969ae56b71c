"""The one place that turns text from URLs, query strings and forms into ids, page
numbers, years and choices.

Only ASCII digits count as digits (`str.isdigit()` also accepts '²' or '٣', which
`int()` refuses), and every number fits the database's signed 64-bit integers
(larger ones would overflow in the query). Whatever does not parse gives None (or
the default), never an exception: a view then answers 404 or drops the filter.

`RouteIdMiddleware` applies the same rule to the numbers in every URL, also in the
routes of Wagtail and its admin, so that a huge id gives 404 instead of a database
error: HTML for pages, JSON for the API. Where a library view itself turns junk from
the query string into a database lookup, the middleware answers 400 instead of 500.
"""

import logging
import re

from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import ValidationError
from django.db import DataError
from django.http import Http404, JsonResponse
from django.urls import NoReverseMatch
from django.utils.translation import gettext as _
from django.views.defaults import bad_request
from wagtail.search.backends.base import FieldError as SearchFieldError

logger = logging.getLogger(__name__)

# The largest value of a signed 64-bit integer column (PostgreSQL bigint, SQLite).
MAX_ID = 2**63 - 1
# Plain ASCII digits, at most 19 of them (MAX_ID has 19).
ASCII_NUMBER = re.compile(r"[0-9]{1,19}")
MIN_YEAR = 1900
MAX_YEAR = 2200


def parse_int(value, *, minimum=0, maximum=MAX_ID):
    """An integer from ASCII digits within [minimum, maximum], else None. A leading
    minus sign is allowed only where `minimum` is negative."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = value.strip()
        negative = text.startswith("-") and minimum < 0
        digits = text[1:] if negative else text
        if not ASCII_NUMBER.fullmatch(digits):
            return None
        number = -int(digits) if negative else int(digits)
    else:
        return None
    if number < minimum or number > maximum:
        return None
    return number


def parse_id(value):
    """A database id (1 … 2**63-1) or None."""
    return parse_int(value, minimum=1)


def id_or_404(value):
    number = parse_id(value)
    if number is None:
        raise Http404(_("Diese Adresse enthält keine gültige Nummer."))
    return number


def parse_year(value, *, minimum=MIN_YEAR, maximum=MAX_YEAR):
    """A four-digit year in a sane range or None."""
    return parse_int(value, minimum=minimum, maximum=maximum)


def parse_page_number(value, *, maximum=None):
    """A page number for a listing: 1 for anything that is not a number, clamped
    to 1 … maximum, the way Django's `Paginator.get_page` treats junk."""
    number = parse_int(value, minimum=1)
    if number is None:
        return 1
    return min(number, maximum) if maximum else number


def parse_choice(value, choices, default=None):
    """`value` if it is one of `choices` (values, or (value, label) pairs), else
    `default`."""
    if not isinstance(value, str):
        return default
    allowed = {
        choice[0] if isinstance(choice, (tuple, list)) else choice for choice in choices
    }
    return value if value in allowed else default


def is_api_view(view_func):
    """Django REST framework views (the read API) answer in JSON."""
    return getattr(view_func, "cls", None) is not None and hasattr(
        view_func, "initkwargs"
    )


def is_id_argument(name):
    """URL arguments that name an object by its id (`pk`, `page_id`, the admin's
    `instance_pk`); every model of this site has an integer primary key."""
    return name == "pk" or name.endswith(("_pk", "_id"))


# Errors of a database lookup with a value that does not fit the field: Django's
# "Field 'id' expected a number" (ValueError), a date that is none (ValidationError),
# a number beyond the column (OverflowError on SQLite, DataError on PostgreSQL),
# the admin's unknown filters (IncorrectLookupParameters), a link or redirect built
# from a junk value (NoReverseMatch), a search filtered or sorted on a field the
# index lacks (the search backend's FieldError).
LOOKUP_ERRORS = (
    ValueError,
    ValidationError,
    OverflowError,
    DataError,
    IncorrectLookupParameters,
    NoReverseMatch,
    SearchFieldError,
)


class RouteIdMiddleware:
    """404 for an id in the URL that is none (`pk`, `…_id`, `…_pk` arguments) or a
    number beyond the database's range, in every route (our own, Wagtail's, the
    admin's). Django's `<int:…>` converter accepts numbers of any size, and regex
    routes such as the documents' `(\\d+)` pass digits on as text.

    A lookup error that a library view raises for junk in the query string (the
    admin's choosers and filters) becomes a 400 instead of a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        request.answers_json = is_api_view(view_func)
        valid = all(in_range(value) for value in view_args) and all(
            parse_id(value) is not None if is_id_argument(name) else in_range(value)
            for name, value in view_kwargs.items()
        )
        if valid:
            return None
        message = _("Diese Adresse enthält eine ungültige Nummer.")
        if request.answers_json:
            return JsonResponse({"message": message}, status=404)
        raise Http404(message)

    def process_exception(self, request, exception):
        if not isinstance(exception, LOOKUP_ERRORS) or not is_lookup_error(exception):
            return None
        logger.warning("Ungültige Anfrage %s: %r", request.path, exception)
        if getattr(request, "answers_json", False):
            message = _("Die Anfrage ist ungültig.")
            return JsonResponse({"message": message}, status=400)
        return bad_request(request, exception)


def is_lookup_error(exception):
    """A ValueError only where Django's model fields refuse a lookup value."""
    if type(exception) is ValueError:
        return str(exception).startswith("Field '")
    return True


def in_range(value):
    """False for an int, or a string of ASCII digits, beyond the 64-bit range."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -MAX_ID - 1 <= value <= MAX_ID
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return parse_int(value) is not None
    return True
