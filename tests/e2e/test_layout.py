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
