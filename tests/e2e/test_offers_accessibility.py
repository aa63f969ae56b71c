"""axe-core on the pages of the KompetenzBereich's offers (Fachberatung and its
form, also with errors, funding programmes, materials, partners, news): no serious
or critical violation of the WCAG 2.1 A and AA rules."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from home.models import FachberatungPage, NewsIndexPage, NewsPage, PartnersPage
from knowledge.models import (
    FundingIndexPage,
    FundingProgrammePage,
    MaterialIndexPage,
    MaterialPage,
)

pytestmark = pytest.mark.e2e

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGE_TYPES = [
    FachberatungPage,
    FundingIndexPage,
    FundingProgrammePage,
    MaterialIndexPage,
    MaterialPage,
    PartnersPage,
    NewsIndexPage,
    NewsPage,
]


def serious_violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_offer_pages_and_consultation_form_pass_axe(demo_site, blocker, page):
    urls = []
    for model in PAGE_TYPES:
        instance = model.objects.live().first()
        assert instance is not None, model
        urls.append((instance.url, model.__name__))
    advice = FachberatungPage.objects.live().first()
    urls.append((advice.url + "anfragen/", "Beratung anfragen"))
    problems = {}
    for url, label in urls:
        page.goto(demo_site.url + url)
        found = serious_violations(page)
        if found:
            problems[label] = found
    # The form after a submission without input: error summary and field errors.
    page.goto(demo_site.url + advice.url + "anfragen/")
    page.click("form.form button[type=submit]")
    assert page.locator(".error-summary").count() == 1
    found = serious_violations(page)
    if found:
        problems["Beratung anfragen (Fehler)"] = found
    assert not problems, problems


def test_spam_trap_field_is_hidden_on_the_consultation_form(demo_site, blocker, page):
    """The honeypot „Bitte dieses Feld leer lassen“ is for programs, not people:
    neither its label nor its input is visible or reachable with the keyboard."""
    advice = FachberatungPage.objects.live().first()
    page.goto(demo_site.url + advice.url + "anfragen/")
    assert page.get_by_role("button", name="Anfrage senden").is_visible()
    trap_label = page.get_by_text("Bitte dieses Feld leer lassen")
    assert trap_label.count() == 1
    assert not trap_label.is_visible()
    assert not page.locator("input[name=website]").is_visible()
