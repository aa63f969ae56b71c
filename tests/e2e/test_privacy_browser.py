"""Privacy (DSGVO) in a real browser and on the wire: no request to any other host,
no tracking, and no cookie for visitors until they log in or send a form."""

from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client

from labs.models import DiscussionPage

pytestmark = pytest.mark.e2e

# Pages with a POST form for visitors. Django's CSRF protection needs its cookie
# before the form is sent, so these pages (and only these) set `csrftoken`: a
# strictly necessary cookie (§ 25 Abs. 2 Nr. 2 TDDDG), named in the privacy page.
FORM_PAGES = [
    "/konto/anmelden/",
    "/konto/zugang-beantragen/",
    "/konto/passwort-vergessen/",
]
OTHER_VISITOR_PAGES = [
    "/suche/?q=Quartier",
    "/suche/?q=",
    "/gibt-es-nicht/",
]


def visitor_urls(public_pages):
    return [url for _name, url in public_pages] + OTHER_VISITOR_PAGES


def test_public_pages_load_nothing_from_other_hosts(demo_site, public_pages, page):
    """Every request the browser makes while showing one page of every public page
    type, the search, login and the request for access goes to this site."""
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    own = urlsplit(demo_site.url).netloc
    urls = visitor_urls(public_pages) + FORM_PAGES
    for url in urls:
        page.goto(demo_site.url + url, wait_until="networkidle")
    # The search form and a filter, submitted like a visitor would.
    page.goto(demo_site.url + "/")
    page.get_by_role("searchbox").fill("Nachbarschaft")
    page.get_by_role("button", name="Suchen").click()
    page.wait_for_load_state("networkidle")
    assert len(requests) > len(urls)  # pages plus their CSS, JS and images
    foreign = sorted(
        {
            url
            for url in requests
            if urlsplit(url).scheme not in ("data", "blob")
            and urlsplit(url).netloc != own
        }
    )
    assert not foreign, foreign
    # Images, stylesheets and scripts were loaded, all from here.
    assert any(url.endswith(".css") for url in requests)


def test_visitor_gets_no_cookie_on_public_pages(demo_site, public_pages, page):
    """A browser that reads every public page type, searches and hits a 404 has no
    cookie; the login page then sets only the CSRF cookie, no session."""
    for url in visitor_urls(public_pages):
        page.goto(demo_site.url + url)
    assert page.context.cookies() == []
    page.goto(demo_site.url + "/konto/anmelden/")
    assert [c["name"] for c in page.context.cookies()] == [settings.CSRF_COOKIE_NAME]


def test_no_set_cookie_header_for_visitors(demo_site, public_pages, blocker):
    """The same on the wire, also for a discussion page (the thread is hidden from
    visitors but its access notice renders) and the feeds of the listings."""
    client = Client()
    discussion = DiscussionPage.objects.live().public().first()
    urls = visitor_urls(public_pages) + [discussion.url]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert "Set-Cookie" not in response.headers, url
        assert not response.cookies, url
    for url in FORM_PAGES:
        response = client.get(url)
        assert set(response.cookies) == {settings.CSRF_COOKIE_NAME}, url
        assert settings.SESSION_COOKIE_NAME not in response.cookies
        client.cookies.clear()


def test_session_cookie_only_after_login_or_a_sent_form(demo_site, blocker):
    client = Client()
    assert client.get("/konto/zugang-beantragen/").status_code == 200
    assert settings.SESSION_COOKIE_NAME not in client.cookies
    client.post(
        "/konto/anmelden/",
        {"username": "quartier.quittenau@example.org", "password": "falsch"},
    )
    assert settings.SESSION_COOKIE_NAME not in client.cookies
    client.post(
        "/konto/anmelden/",
        {
            "username": "quartier.quittenau@example.org",
            "password": "StadtLabor-Demo-2026",
        },
    )
    assert settings.SESSION_COOKIE_NAME in client.cookies
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert cookie["httponly"]
    assert cookie["samesite"].lower() == "lax"


def test_pages_carry_no_tracking(demo_site, public_pages, page):
    """No analytics snippets, no third-party embeds, no pixel in the markup."""
    markers = ("google", "matomo", "piwik", "facebook", "gtag(", "analytics")
    for _name, url in public_pages:
        page.goto(demo_site.url + url)
        html = page.content().lower()
        found = [m for m in markers if m in html]
        assert not found, (url, found)
