"""Site-wide search over live, public pages (Wagtail's database search backend)."""

import re

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

MAX_QUERY_LENGTH = 200
# Characters with a meaning in the full-text syntax of SQLite or PostgreSQL;
# searching treats them as word separators.
SEARCH_SYNTAX = re.compile(r'["*():^{}\[\]<>|&!~+\\-]')


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()
    error = None
    page_obj = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Der Suchbegriff ist zu lang (höchstens %(max)d Zeichen).") % {
            "max": MAX_QUERY_LENGTH
        }
    elif terms := " ".join(SEARCH_SYNTAX.sub(" ", query).split()):
        results = Page.objects.live().public().specific().search(terms)
        try:
            page_obj = Paginator(results, 10).get_page(request.GET.get("seite"))
        except DatabaseError:
            error = _(
                "Diese Suchanfrage kann nicht verarbeitet werden. Bitte "
                "verwenden Sie nur Wörter ohne Sonderzeichen."
            )
    return render(
        request,
        "home/search_results.html",
        {"query": query, "page_obj": page_obj, "error": error},
    )
