"""axe-core (as shipped by axe-playwright-python) on one page of every public page
type: no serious or critical violation of the WCAG 2.1 A and AA rules."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.models import ContentPage, HomePage
from knowledge.models import KnowledgeIndexPage, LearningPage
from labs.models import (
    DiscussionIndexPage,
    DiscussionPage,
    ExperimentPage,
    LabIndexPage,
    LabPage,
)

pytestmark = pytest.mark.e2e

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGE_TYPES = [
    HomePage,
    LabIndexPage,
    LabPage,
    ExperimentPage,
    LearningPage,
    DiscussionIndexPage,
    DiscussionPage,
    KnowledgeIndexPage,
    ContentPage,
]


def serious_violations(page):
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_every_public_page_type_passes_axe(demo_site, blocker, page):
    urls = [
        ("/suche/?q=Quartier", "Suche"),
        ("/gibt-es-nicht/", "404"),
    ]
    for model in PAGE_TYPES:
        instance = model.objects.live().first()
        assert instance is not None, model
        urls.append((instance.url, model.__name__))
    problems = {}
    for url, label in urls:
        page.goto(demo_site.url + url)
        assert page.locator("html").get_attribute("lang") == "de"
        found = serious_violations(page)
        if found:
            problems[label] = found
    assert not problems, problems


def test_skip_link_moves_focus_to_main_content(demo_site, blocker, page):
    page.goto(demo_site.url + LabPage.objects.live().first().url)
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text().strip() == "Zum Inhalt springen"
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#inhalt")


def test_listing_filter_works_without_javascript(demo_site, blocker, browser):
    context = browser.new_context(java_script_enabled=False, locale="de-DE")
    page = context.new_page()
    page.goto(demo_site.url + LabIndexPage.objects.get().url)
    city = LabPage.objects.live().order_by("title").first().city
    page.select_option("select[name=stadt]", city.slug)
    page.get_by_role("button", name="Filtern").click()
    assert f"stadt={city.slug}" in page.url
    cards = page.locator("main h2 a, main h3 a").all_inner_texts()
    labs = set(LabPage.objects.live().filter(city=city).values_list("title", flat=True))
    assert labs and labs <= {c.strip() for c in cards}
    context.close()
