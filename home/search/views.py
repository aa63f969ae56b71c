"""Site-wide search over live, public pages and readable comments (Wagtail's
database search backend; see `home/search.py` and `labs/search.py`)."""

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from labs.discussions import comments as discussions
from labs.queries import paginate

from ..caching import render_cache
from . import queries

MAX_QUERY_LENGTH = 200
SEARCH_FAILED = _(
    "Diese Suchanfrage kann nicht verarbeitet werden. Bitte verwenden Sie nur "
    "Wörter ohne Sonderzeichen."
)


def search(request):
    form = queries.read_form(request, MAX_QUERY_LENGTH)
    terms = [] if form.error else queries.query_terms(form.query)
    context = {
        "query": form.query,
        "form": form,
        "error": form.error,
        "page_obj": None,
        "comment_hits": None,
        "comment_page_obj": None,
        "type_choices": [
            (key, label) for key, (_model, label) in queries.page_types().items()
        ],
        **queries.filter_options(request),
    }
    can_read_comments = discussions.can_read(request)
    context["can_read_comments"] = can_read_comments
    if can_read_comments:
        context["type_choices"].append((queries.COMMENT_TYPE, queries.COMMENT_LABEL))
    if terms:
        try:
            context.update(
                _thawed(
                    render_cache.cached(
                        request,
                        "search",
                        lambda: _frozen(
                            _run(request, form, terms, can_read_comments, context)
                        ),
                        terms,
                        form.type,
                        form.theme,
                        form.city,
                        form.year,
                        request.GET.get("seite", ""),
                        can_read_comments,
                    )
                )
            )
        except DatabaseError:
            context["error"] = SEARCH_FAILED
            context["page_obj"] = context["comment_hits"] = None
    elif form.query and not form.error:
        context["only_stop_words"] = True
    return render(request, "home/search_results.html", context)


def _frozen(result):
    """The result of `_run` as plain data for the render cache: the hits of the
    results page (pages with their display annotations, comments with city and
    page) and the numbers its pagination needs, not the search query behind it.
    Every reader with the same query, filters and right to read discussions gets
    the same result until the data changes (the render cache's generation)."""
    frozen = dict(result)
    for name in ("page_obj", "comment_page_obj"):
        page = frozen.get(name)
        if page is not None:
            frozen[name] = (
                list(page.object_list),
                page.paginator.count,
                page.number,
                page.paginator.per_page,
            )
    return frozen


def _thawed(frozen):
    result = dict(frozen)
    for name in ("page_obj", "comment_page_obj"):
        if result.get(name) is not None:
            hits, count, number, per_page = result[name]
            page = Paginator(range(count), per_page).page(number)
            page.object_list = hits
            result[name] = page
    return result


def _run(request, form, terms, can_read_comments, context):
    result = {}
    results = None
    if form.type != queries.COMMENT_TYPE:
        results = queries.search_pages(request, form, terms)
    counts = queries.type_counts(
        request, form, terms, results=None if form.type else results
    )
    comment_results = None
    if can_read_comments and form.type in ("", queries.COMMENT_TYPE):
        comment_results = queries.search_comments(request, form, terms)
    choices = [
        (key, f"{label} ({counts[key]})")
        for key, (_model, label) in queries.page_types().items()
    ]
    if can_read_comments:
        choices.append((queries.COMMENT_TYPE, str(queries.COMMENT_LABEL)))
    result["type_choices"] = choices

    if form.type == queries.COMMENT_TYPE:
        if comment_results is not None:
            page_obj = Paginator(comment_results, queries.RESULTS_PER_PAGE).get_page(
                request.GET.get("seite")
            )
            result["comment_page_obj"] = page_obj
        return result

    # The page types partition the hits: the total comes with the type counts,
    # no extra COUNT query.
    page_obj = paginate(
        request,
        results,
        per_page=queries.RESULTS_PER_PAGE,
        count=counts[form.type] if form.type else sum(counts.values()),
    )
    page_obj.object_list = queries.decorate(
        list(page_obj.object_list), context["filter_themes"]
    )
    result["page_obj"] = page_obj
    if comment_results is not None and page_obj.number == 1:
        hits = list(comment_results[: queries.COMMENTS_PREVIEW + 1])
        result["comment_hits"] = hits[: queries.COMMENTS_PREVIEW]
        result["more_comments"] = len(hits) > queries.COMMENTS_PREVIEW
    return result
