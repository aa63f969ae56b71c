"""Query counts of pages with comments: bounded, and the same for 5 and 200 comments
(visitors, visitors with public discussions, logged-in members)."""

import pytest
from django.test import Client
from wagtail.models import Site

from home.models import SiteSettings

VISITOR_BUDGET = 15
MEMBER_BUDGET = 20
TARGETS = ["experiment", "learning", "discussion"]


@pytest.fixture(autouse=True)
def _without_page_cache(settings):
    """Count what a page costs to build, not a hit of the anonymous page cache."""
    settings.PAGE_CACHE_ENABLED = False


def add_comments(make_comment, pages, users, total):
    """`total` comments per page: threads with replies down to depth three."""
    for page in pages:
        made = 0
        while made < total:
            top = make_comment(page, users[made % 2], f"Beitrag {made}")
            made += 1
            if made < total:
                reply = make_comment(page, users[made % 2], "Antwort", parent=top)
                made += 1
                if made < total:
                    make_comment(page, users[made % 2], "Antwort 2", parent=reply)
                    made += 1


def measure(request, member):
    count_queries = request.getfixturevalue("count_queries")
    pages = {name: request.getfixturevalue(name) for name in TARGETS}
    visitor = Client()
    logged_in = Client()
    logged_in.force_login(member)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    result = {}
    for public in (False, True):
        site_settings.discussions_public = public
        site_settings.save()
        label = "public" if public else "visitor"
        result[label] = {n: count_queries(visitor, p.url) for n, p in pages.items()}
    result["member"] = {n: count_queries(logged_in, p.url) for n, p in pages.items()}
    site_settings.discussions_public = False
    site_settings.save()
    return pages, result


def test_comment_pages_query_count_is_the_same_for_5_and_200_comments(
    request, member, other_member, make_comment, pilot_editor
):
    pages, small = measure(request, member)
    add_comments(make_comment, pages.values(), [member, other_member], 5)
    _pages, small = measure(request, member)
    add_comments(make_comment, pages.values(), [other_member, pilot_editor], 195)
    _pages, large = measure(request, member)
    print("queries with 5 / 200 comments:", small, large)  # noqa: T201
    for label in ("visitor", "public"):
        over = {n: c for n, c in small[label].items() if c > VISITOR_BUDGET}
        assert not over, f"{label}: over {VISITOR_BUDGET}: {over}"
    over = {n: c for n, c in small["member"].items() if c > MEMBER_BUDGET}
    assert not over, f"member: over {MEMBER_BUDGET}: {over}"
    assert large == small
