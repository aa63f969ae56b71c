"""Query budgets per page type: bounded and independent of the number of children."""

import pytest

from home import demo

VISITOR_BUDGET = 15
MEMBER_BUDGET = 20
PAGE_TYPES = [
    "home",
    "lab_index",
    "lab",
    "experiment",
    "learning",
    "discussion",
    "knowledge_index",
    "discussion_index",
]


@pytest.fixture(autouse=True)
def _without_page_cache(settings):
    """Count what a page costs to build, not a hit of the anonymous page cache."""
    settings.PAGE_CACHE_ENABLED = False


def add_content(lab, lab_index, experiment, themes, start, stop):
    """Grow the tree: experiments, learnings, discussions in the lab, more labs,
    and more evidence and themes on the learning pages."""
    for i in range(start, stop):
        new = demo.build_experiment(lab, title=f"Experiment {i}", themes=themes[:3])
        demo.build_learning(
            lab, title=f"Erkenntnis {i}", evidence=[experiment, new], themes=themes
        )
        demo.build_discussion(lab, title=f"Diskussion {i}", themes=themes[:2])
        demo.build_lab(
            lab_index,
            title=f"Weiteres Labor {i}",
            city=demo.ensure_city(f"Teststadt {i}"),
            themes=themes[:3],
        )


def test_query_count_is_bounded_and_independent_of_children(
    client,
    request,
    lab,
    lab_index,
    experiment,
    learning,
    discussion,
    themes,
    count_queries,
):
    pages = {name: request.getfixturevalue(name) for name in PAGE_TYPES}
    add_content(lab, lab_index, experiment, themes, 0, 3)
    small = {name: count_queries(client, page.url) for name, page in pages.items()}
    add_content(lab, lab_index, experiment, themes, 3, 30)
    large = {name: count_queries(client, page.url) for name, page in pages.items()}
    print("queries per page type (3 / 30 children):", small, large)  # noqa: T201
    over_budget = {name: n for name, n in small.items() if n > VISITOR_BUDGET}
    assert not over_budget, f"over the budget of {VISITOR_BUDGET}: {over_budget}"
    assert large == small, f"with 3 children: {small}; with 30: {large}"


def test_member_query_count_is_bounded_and_independent_of_children(
    client,
    request,
    lab,
    lab_index,
    experiment,
    learning,
    discussion,
    themes,
    member,
    count_queries,
):
    """Logged in: the same pages within 20 queries, equal with 3 and 30 children
    (and as many more labs, cities, themes on pages)."""
    pages = {name: request.getfixturevalue(name) for name in PAGE_TYPES}
    client.force_login(member)
    add_content(lab, lab_index, experiment, themes, 0, 3)
    small = {name: count_queries(client, page.url) for name, page in pages.items()}
    small["search"] = count_queries(client, "/suche/?q=Experiment")
    add_content(lab, lab_index, experiment, themes, 3, 30)
    large = {name: count_queries(client, page.url) for name, page in pages.items()}
    large["search"] = count_queries(client, "/suche/?q=Experiment")
    print("member queries per page type (3 / 30 children):", small, large)  # noqa: T201
    assert large == small, f"with 3 children: {small}; with 30: {large}"
    over_budget = {name: n for name, n in small.items() if n > MEMBER_BUDGET}
    assert not over_budget, f"over the budget of {MEMBER_BUDGET}: {over_budget}"
