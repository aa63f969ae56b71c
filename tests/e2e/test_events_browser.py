"""Events in the browser: axe-core on the listing and the event pages (as a visitor
and with the registration form of a member), and registering with the keyboard."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from labs.models.events import EventIndexPage, EventPage

pytestmark = pytest.mark.e2e

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def serious_violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} – "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_event_pages_pass_axe_for_visitors(demo_site, blocker, page):
    past = EventPage.objects.get(slug="lernwerkstatt-persoenliche-ansprache")
    upcoming = EventPage.objects.get(slug="vor-ort-besuch-muehlbach-sued")
    problems = {}
    for label, url in (
        ("index", EventIndexPage.objects.get().url),
        ("index filtered", EventIndexPage.objects.get().url + "?art=fachtag"),
        ("upcoming", upcoming.url),
        ("past with documentation", past.url),
    ):
        page.goto(demo_site.url + url)
        found = serious_violations(page)
        if found:
            problems[label] = found
    assert not problems, problems


def test_member_registers_with_the_form_and_sees_the_confirmation(
    demo_site, blocker, member_page
):
    event = EventPage.objects.get(slug="fach-und-vernetzungstag-quartiersentwicklung")
    page = member_page
    page.goto(demo_site.url + event.url)
    problems = {}
    found = serious_violations(page)
    if found:
        problems["form"] = found
    page.get_by_label("Schriftdolmetschung").check()
    page.get_by_role("button", name="Verbindlich anmelden").click()
    page.wait_for_selector(".message")
    assert "Sie sind angemeldet" in page.locator("#anmeldung").inner_text()
    found = serious_violations(page)
    if found:
        problems["registered"] = found
    narrow = EventPage.objects.get(slug="lernwerkstatt-sorgende-gemeinschaften")
    page.goto(demo_site.url + narrow.url)
    assert "keine Pilotstadt" in page.locator("#anmeldung").inner_text()
    assert not problems, problems
