"""Layout in the browser: reflow at 320 CSS px (WCAG 1.4.10) on every page the
crawl of the demo site finds, captions that stay readable, radios beside their
labels, focus after following a discussion."""

import pytest

pytestmark = pytest.mark.e2e

NARROW = {"width": 320, "height": 720}


def test_no_page_scrolls_sideways_at_320_css_px(crawled_site, demo_site, context_as):
    """Every page of the crawl (one of every page type and route, search with and
    without hits, open data, events, offers, member pages) fits 320 px: wide
    content such as tables scrolls inside its own region, never the page."""
    _directory, _saved, addresses = crawled_site
    assert "/offene-daten/" in addresses["besuch"]
    assert "/suche/?q=Quartier" in addresses["besuch"]
    too_wide = {}
    checked = 0
    for role, urls in addresses.items():
        page = context_as(role, viewport=NARROW).new_page()
        for url in urls:
            page.goto(demo_site.url + url)
            width = page.evaluate("document.documentElement.scrollWidth")
            checked += 1
            loose_tables = page.evaluate(
                """() => [...document.querySelectorAll('main table')].filter(
                    (t) => !t.closest('.table-scroll[role=region][tabindex="0"]'
                        + ':is([aria-label], [aria-labelledby])')).length"""
            )
            if loose_tables:
                too_wide[f"{role} {url}"] = (
                    f"{loose_tables} Tabelle(n) ohne eigenen Scrollbereich"
                )
            if width > NARROW["width"]:
                culprits = page.evaluate(
                    """(limit) => [...document.querySelectorAll('body *')]
                        .filter((e) => e.getBoundingClientRect().right > limit + 1
                            && ![...e.children].some(
                                (c) => c.getBoundingClientRect().right > limit + 1))
                        .slice(0, 3)
                        .map((e) => e.tagName.toLowerCase() + '.' + e.className
                            + ' „' + e.textContent.trim().slice(0, 40) + '“')""",
                    NARROW["width"],
                )
                too_wide[f"{role} {url}"] = f"{width} px: " + "; ".join(culprits)
    assert checked >= 50
    assert not too_wide, "\n".join(f"{k} – {v}" for k, v in too_wide.items())


OVERLAPS = """() => {
    const hits = [];
    const box = (e) => e.getBoundingClientRect();
    const meet = (a, b) => a.left < b.right - 1 && b.left < a.right - 1
        && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    for (const list of document.querySelectorAll('main ul, main ol')) {
        const items = [...list.children].filter((li) => li.offsetParent);
        items.forEach((item, i) => {
            for (const other of items.slice(i + 1)) {
                for (const part of item.children) {
                    for (const next of other.children) {
                        if (part.offsetParent && meet(box(part), box(next))) {
                            hits.push('„' + part.textContent.trim().slice(0, 40)
                                + '“ unter „' + next.textContent.trim().slice(0, 40)
                                + '“');
                        }
                    }
                }
            }
        });
    }
    return hits;
}"""


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, NARROW])
def test_no_list_entry_covers_the_next(crawled_site, demo_site, context_as, viewport):
    """In every list (cards such as „Verwandte Erkenntnisse“ with their captions
    included) no part of an entry lies under another entry, on every crawled page,
    wide and narrow."""
    _directory, _saved, addresses = crawled_site
    covered = {}
    for role, urls in addresses.items():
        page = context_as(role, viewport=viewport).new_page()
        for url in urls:
            page.goto(demo_site.url + url)
            hits = page.evaluate(OVERLAPS)
            if hits:
                covered[f"{role} {url}"] = hits[:3]
    assert not covered, "\n".join(f"{k} – {v}" for k, v in covered.items())


RADIOS_APART = """() => [...document.querySelectorAll(
        'main input[type=radio], main input[type=checkbox]')]
    .filter((input) => input.offsetParent && input.labels.length)
    .filter((input) => {
        const own = input.getBoundingClientRect();
        return [...input.labels].some((label) => {
            if (label.contains(input)) return false;
            const text = label.getBoundingClientRect();
            return text.top >= own.bottom - 1 || text.bottom <= own.top + 1
                || text.left < own.right - 1;
        });
    })
    .map((input) => input.name + ': „' + input.labels[0].textContent.trim() + '“')"""


def test_every_radio_and_checkbox_stands_beside_its_label(
    crawled_site, demo_site, member_page
):
    """On every crawled page (report form and peer signals included, folded parts
    opened), each radio button and checkbox is on the line of its label, left of
    it. Seen by a member other than the crawl's, whose peer-signal forms are still
    open."""
    _directory, _saved, addresses = crawled_site
    apart = {}
    checked = set()
    page = member_page
    for url in addresses["mitglied"]:
        page.goto(demo_site.url + url)
        page.evaluate(
            "document.querySelectorAll('details').forEach((d) => d.open = true)"
        )
        checked.update(
            page.locator("main input[type=radio]").evaluate_all(
                "(inputs) => inputs.map((input) => input.name)"
            )
        )
        hits = page.evaluate(RADIOS_APART)
        if hits:
            apart[url] = hits
    # The report form („reason“) and the peer-signal form („kind“) were seen.
    assert {"reason", "kind"} <= checked, checked
    assert not apart, "\n".join(f"{k} – {v}" for k, v in apart.items())


def test_focus_lands_on_the_confirmation_after_following(
    demo_site, blocker, context_as
):
    """After „Diskussion folgen“, „Labor folgen“ or „Thema folgen“ (and after ending
    each again) keyboard and screen-reader users are on the confirmation, not at
    the top of the page."""
    from labs.models import DiscussionPage, LabPage, Theme

    page = context_as("mitglied").new_page()
    for url, follow in (
        (DiscussionPage.objects.live().first().url, "Diskussion folgen"),
        (LabPage.objects.live().first().url, "Labor folgen"),
        (f"/themen/{Theme.objects.first().slug}/", "Thema folgen"),
    ):
        page.goto(demo_site.url + url)
        for name in (follow, "Nicht mehr folgen"):
            page.get_by_role("button", name=name, exact=True).click()
            page.wait_for_load_state()
            focused = page.evaluate(
                "[document.activeElement.className, document.activeElement.innerText]"
            )
            assert focused[0] == "flash", (url, name, focused)
            assert "folgen" in focused[1], (url, name, focused)
