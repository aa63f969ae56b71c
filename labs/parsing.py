"""The one place that turns text from URLs, query strings and forms into ids, page
numbers, years and choices.

Only ASCII digits count as digits (`str.isdigit()` also accepts '²' or '٣', which
`int()` refuses), and every number fits the database's signed 64-bit integers
(larger ones would overflow in the query). Whatever does not parse gives None (or
the default), never an exception: a view then answers 404 or drops the filter.

`RouteIdMiddleware` applies the same rule to the numbers in every URL, also in the
routes of Wagtail and its admin, so that a huge id gives 404 instead of a database
error: HTML for pages, JSON for the API.
"""

import re

from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _

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


class RouteIdMiddleware:
    """404 for a number in the URL beyond the database's range, in every route (our
    own, Wagtail's, the admin's). Django's `<int:…>` converter accepts numbers of
    any size, and regex routes such as the documents' `(\\d+)` pass digits on as
    text."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        values = [*view_args, *view_kwargs.values()]
        if all(in_range(value) for value in values):
            return None
        message = _("Diese Adresse enthält eine ungültige Nummer.")
        if is_api_view(view_func):
            return JsonResponse({"message": message}, status=404)
        raise Http404(message)


def in_range(value):
    """False for an int, or a string of ASCII digits, beyond the 64-bit range."""
    if isinstance(value, bool):
        return True
    if isinstance(value, int):
        return -MAX_ID - 1 <= value <= MAX_ID
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return parse_int(value) is not None
    return True
