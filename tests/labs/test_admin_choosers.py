"""Admin choosers and admin page search never show a pilot-city editor another
lab's drafts, unpublished titles or member-only pages; their own drafts and the
live public pages stay choosable.

The endpoints come from the URL resolver: every admin URL whose name says it
chooses or searches, so a new chooser is covered without anyone editing the test."""

import json

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import PageViewRestriction

from home import demo

OWN_DRAFT = "Klingelschild Eigenentwurf"
FOREIGN_DRAFT = "Zaunkönig Fremdentwurf"
LIVE_TITLE = "Amselweg Mitmachcafé"
UNPUBLISHED_TITLE = "Rotkehlchen Neuer Titel"
MEMBERS_ONLY = "Buntspecht Mitgliederseite"
HIDDEN = (FOREIGN_DRAFT, UNPUBLISHED_TITLE, MEMBERS_ONLY)
SEARCH_WORDS = ("Klingelschild", "Zaunkönig", "Amselweg", "Rotkehlchen", "Buntspecht")


def admin_patterns(resolver=None, prefix="", namespace=""):
    """(route, URL name) of every URL pattern."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            space = (
                f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            )
            yield from admin_patterns(pattern, prefix + str(pattern.pattern), space)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield prefix + str(pattern.pattern), namespace + pattern.name


CHOOSER_PATTERNS = sorted(
    (route, name)
    for route, name in admin_patterns()
    if route.startswith("admin/") and ("choose" in name or "search" in name)
)


@pytest.fixture
def pages(lab, other_lab, pilot):
    """The pilot (Neckarweiler) has a draft; Filsingen's lab has a draft, a live page
    with a new unpublished title and a member-only page."""
    own_draft = demo.build_experiment(lab, title=OWN_DRAFT, live=False)
    foreign_draft = demo.build_experiment(other_lab, title=FOREIGN_DRAFT, live=False)
    live = demo.build_experiment(other_lab, title=LIVE_TITLE)
    retitled = demo.build_experiment(other_lab, title="Ortsmitte Sitzbank")
    draft = retitled.get_latest_revision_as_object()
    draft.title = UNPUBLISHED_TITLE
    draft.save_revision()
    members_only = demo.build_experiment(other_lab, title=MEMBERS_ONLY)
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    return [own_draft, foreign_draft, live, retitled, members_only, lab, other_lab]


def text_of(response):
    """The response as a person reads it (a chooser's JSON unescaped)."""
    if response.get("Content-Type", "").startswith("application/json"):
        return json.dumps(response.json(), ensure_ascii=False)
    return response.content.decode()


def urls_for(route, name, pages):
    """The addresses to try for one pattern: each page as argument where it takes
    one, every page id for the multiple choice, and each search word."""
    queries = [{}] + [{"q": word} for word in SEARCH_WORDS]
    if "<" not in route:
        base = [reverse(name)]
        if name.endswith("chosen_multiple"):
            queries = [{"id": [page.pk for page in pages]}]
    elif "<int:parent_page_id>" in route:
        base = [reverse(name, args=[page.pk]) for page in pages]
    else:
        return []  # an object of another kind (image, document, snippet)
    return [(url, query) for url in base for query in queries]


def test_the_walk_covers_the_page_choosers_and_the_admin_search():
    names = {name for _route, name in CHOOSER_PATTERNS}
    assert {
        "wagtailadmin_choose_page",
        "wagtailadmin_choose_page_child",
        "wagtailadmin_choose_page_search",
        "wagtailadmin_choose_page_chosen_multiple",
        "wagtailadmin_pages:search",
        "wagtailadmin_pages:search_results",
    } <= names


@pytest.mark.parametrize(
    ("route", "name"), CHOOSER_PATTERNS, ids=[name for _r, name in CHOOSER_PATTERNS]
)
def test_pilot_editor_sees_no_foreign_drafts_or_member_pages(
    client, pages, pilot, route, name
):
    client.force_login(pilot)
    for url, query in urls_for(route, name, pages):
        response = client.get(url, query)
        assert response.status_code < 500, (url, query, response.status_code)
        html = text_of(response)
        for title in HIDDEN:
            assert title not in html, (url, query, title)


@pytest.mark.parametrize(
    "url_name", ["wagtailadmin_choose_page_search", "wagtailadmin_pages:search_results"]
)
def test_pilot_editor_finds_own_drafts_and_live_public_pages(
    client, pages, pilot, url_name
):
    client.force_login(pilot)
    for word, title in (("Klingelschild", OWN_DRAFT), ("Amselweg", LIVE_TITLE)):
        html = text_of(client.get(reverse(url_name), {"q": word}))
        if url_name == "wagtailadmin_pages:search_results" and title == LIVE_TITLE:
            continue  # the admin search lists the pages one may edit
        assert title in html, (url_name, word)


def test_page_chooser_lists_other_labs_live_pages_only(client, pages, pilot, other_lab):
    client.force_login(pilot)
    html = text_of(
        client.get(reverse("wagtailadmin_choose_page_child", args=[other_lab.pk]))
    )
    assert LIVE_TITLE in html
    for title in HIDDEN:
        assert title not in html


def test_page_editor_selection_lists_show_no_foreign_drafts(client, pages, pilot, lab):
    """The page editor's own selection lists of pages (a learning's evidence, an
    event's labs, …) follow the choosers' rule: every page type a pilot may add to
    their lab, and the edit form of every page of theirs."""
    client.force_login(pilot)
    forms = [
        reverse(
            "wagtailadmin_pages:add",
            args=[m._meta.app_label, m._meta.model_name, lab.pk],
        )
        for m in lab.specific.allowed_subpage_models()
    ] + [
        reverse("wagtailadmin_pages:edit", args=[page.pk])
        for page in lab.get_descendants(inclusive=True)
    ]
    offered = False
    for url in forms:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for title in HIDDEN:
            assert title not in html, (url, title)
        offered = offered or LIVE_TITLE in html
    assert offered, "no selection list offers another lab's live page"


def test_a_page_keeps_its_chosen_pages_when_they_are_hidden_later(
    client, pages, pilot, lab, other_lab
):
    """A learning that cites another lab's experiment still lists it as chosen after
    that experiment went back to draft, so saving the form does not drop it."""
    cited = pages[2]
    learning = demo.build_learning(lab, title="Eigene Erkenntnis", evidence=[cited])
    cited.unpublish()
    client.force_login(pilot)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[learning.pk])).content
    assert LIVE_TITLE in html.decode()
