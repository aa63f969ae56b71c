"""Site-wide search over live, public pages (Wagtail's database search backend)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").replace("\x00", "").strip()
    error = None
    page_obj = None
    if len(query) > MAX_QUERY_LENGTH:
        error = _("Der Suchbegriff ist zu lang (höchstens %(max)d Zeichen).") % {
            "max": MAX_QUERY_LENGTH
        }
    elif query:
        results = Page.objects.live().public().specific().search(query)
        page_obj = Paginator(results, 10).get_page(request.GET.get("seite"))
    return render(
        request,
        "home/search_results.html",
        {"query": query, "page_obj": page_obj, "error": error},
    )
