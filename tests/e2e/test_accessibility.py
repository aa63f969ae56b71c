"""axe-core (as shipped by axe-playwright-python) on one page of every public page
type: no serious or critical violation of the WCAG 2.1 A and AA rules."""

import json
import os
from pathlib import Path

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

ARTIFACTS_DIR = Path(
    os.environ.get(
        "ARTIFACTS_DIR", Path(__file__).resolve().parents[2] / "test-artifacts"
    )
)

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


SCANNED = []  # every scan: address and violations by impact, saved as artefact


def record(page, violations):
    counts = {}
    for violation in violations:
        counts[violation["impact"]] = counts.get(violation["impact"], 0) + 1
    SCANNED.append(
        {
            "adresse": page.url.split("/", 3)[-1],
            "verstoesse": counts,
            "regeln": sorted(v["id"] for v in violations),
        }
    )
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS_DIR / "axe-ergebnisse.json").write_text(
        json.dumps(SCANNED, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def serious_violations(page):
    results = Axe().run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}},
    )
    record(page, results.response["violations"])
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_every_public_page_type_passes_axe(demo_site, public_pages, page):
    """One page of every page type found in the demo page tree (page types added
    later are scanned without a change here), plus search, 404 and the privacy
    page with its facts from the site settings."""
    found_types = {name for name, _url in public_pages}
    assert {model.__name__ for model in PAGE_TYPES} <= found_types
    urls = [(url, name) for name, url in public_pages] + [
        ("/suche/?q=Quartier", "Suche"),
        ("/suche/?q=gibtsnichtxyz", "Suche ohne Treffer"),
        ("/gibt-es-nicht/", "404"),
        ("/offene-daten/", "Offene Daten"),
        ("/datenschutz/", "Datenschutzerklärung"),
    ]
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


def test_comment_thread_and_forms_pass_axe_for_a_logged_in_member(
    demo_site, blocker, member_page
):
    """The thread (nested replies), the comment form with and without errors, the
    reply page and the report form, as a member sees them."""
    from labs.models import Comment

    discussion = DiscussionPage.objects.get(
        slug="finanzierung-quartierskoordination-nach-foerderende"
    )
    comment = Comment.objects.filter(page_id=discussion.pk, level=0).first()
    problems = {}
    page = member_page
    page.goto(demo_site.url + discussion.url)
    assert page.locator("article.comment").count() >= 5
    assert page.locator("form.comment-form textarea").count() == 1
    found = serious_violations(page)
    if found:
        problems["thread"] = found
    # Submitting an empty form: the error summary gets focus.
    page.get_by_role("button", name="Beitrag veröffentlichen").click()
    page.wait_for_selector(".error-summary")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    found = serious_violations(page)
    if found:
        problems["form errors"] = found
    for label, url in (
        ("reply", f"/mitmachen/beitrag/{comment.pk}/antworten/"),
        ("report", f"/mitmachen/beitrag/{comment.pk}/melden/"),
        ("learning with peer signals", LearningPage.objects.live().first().url),
        ("experiment with peer signals", ExperimentPage.objects.live().first().url),
        ("notification settings", "/mitmachen/benachrichtigungen/"),
    ):
        page.goto(demo_site.url + url)
        found = serious_violations(page)
        if found:
            problems[label] = found
    assert not problems, problems


def test_account_pages_pass_axe(demo_site, blocker, browser):
    """Login (empty, with an error), "Mein Bereich" after a real login, the request
    for access (empty and with errors), password reset and account deletion."""
    problems = {}
    context = browser.new_context(locale="de-DE")
    page = context.new_page()

    def check(label):
        assert page.locator("html").get_attribute("lang") == "de"
        found = serious_violations(page)
        if found:
            problems[label] = found

    page.goto(demo_site.url + "/konto/zugang-beantragen/")
    check("Zugang beantragen")
    page.get_by_role("button", name="Zugang beantragen").click()
    page.wait_for_selector(".error-summary")
    assert page.evaluate("document.activeElement.classList.contains('error-summary')")
    check("Zugang beantragen mit Fehlern")

    page.goto(demo_site.url + "/konto/passwort-vergessen/")
    check("Passwort vergessen")

    page.goto(demo_site.url + "/konto/anmelden/")
    check("Anmelden")
    page.get_by_label("E-Mail-Adresse").fill("quartier.quittenau@example.org")
    page.get_by_label("Passwort").fill("falsch")
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_selector(".error-summary")
    check("Anmelden mit Fehler")
    page.get_by_label("Passwort").fill("StadtLabor-Demo-2026")
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url("**/konto/")
    assert page.get_by_role("heading", level=1).inner_text() == "Mein Bereich"
    check("Mein Bereich")

    page.goto(demo_site.url + "/konto/loeschen/")
    check("Konto löschen")
    context.close()
    assert not problems, problems


def focused(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            const style = getComputedStyle(el);
            return {
                id: el.id, tag: el.tagName, name: el.getAttribute("name"),
                className: el.className,
                outline: style.outlineStyle !== "none"
                    && parseFloat(style.outlineWidth) >= 2,
            };
        }"""
    )


def tab_to(page, predicate, limit=400):
    """Press Tab until the focused element matches; fail after `limit` presses."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        element = focused(page)
        if predicate(element):
            return element
    raise AssertionError("Nicht per Tabulator erreichbar")


def test_keyboard_only_comment_flow(demo_site, blocker, keyboard_member_page):
    """Only the keyboard: Tab to the comment form, submit it empty with Enter
    (focus lands on the error summary), type a contribution, submit with Enter:
    focus lands visibly on the new comment."""
    from labs.models import Comment

    page = keyboard_member_page
    discussion = DiscussionPage.objects.get(
        slug="gebaerdensprachdolmetschung-bei-quartiersforen"
    )
    page.goto(demo_site.url + discussion.url)

    def is_textarea(el):
        return el["tag"] == "TEXTAREA" and el["name"] == "comment"

    # Empty form: Tab to the text field, on to the button, Enter.
    tab_to(page, is_textarea)
    tab_to(page, lambda el: el["tag"] == "BUTTON", limit=5)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_load_state("load")
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")
    element = focused(page)
    assert element["outline"], element
    assert (
        "Ihr Beitrag wurde nicht gespeichert"
        in page.locator(".error-summary").inner_text()
    )
    # The summary links to the field: Tab, Enter, and the field has focus.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert is_textarea(focused(page))

    text = "Per Tastatur geschrieben: Bei uns zahlt der Landkreis die Dolmetschung."
    page.keyboard.type(text)
    tab_to(page, lambda el: el["tag"] == "BUTTON", limit=5)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    comment = Comment.objects.get(comment=text)
    page.wait_for_function(f"document.activeElement.id === 'beitrag-{comment.pk}'")
    element = focused(page)
    assert element["outline"], element
    assert text in page.locator(f"#beitrag-{comment.pk}").inner_text()
