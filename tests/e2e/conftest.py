"""Headless Chromium (Debian's package) driven by Playwright for Python.

Browser tests run whenever Chromium is present. Without it they are skipped with a
clear message, unless REQUIRE_BROWSER=1 (set by CI), which turns a missing browser
into a failure.

The demo content is loaded once per test session and served by one live server;
browser tests therefore run after all other tests (which expect the empty, migrated
site). Screenshots of the final state of each end-to-end flow go to
`test-artifacts/` at the repository root (ARTIFACTS_DIR overrides).
"""

import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

E2E_DIR = Path(__file__).resolve().parent
ARTIFACTS_DIR = Path(
    os.environ.get("ARTIFACTS_DIR", E2E_DIR.parent.parent / "test-artifacts")
)
DEMO_PASSWORD = os.environ.get("DEMO_PASSWORD", "StadtLabor-Demo-2026")
# Generous but bounded: the machine may be busy (two cores, many processes).
TIMEOUT_MS = 20_000


CHROMIUM_CANDIDATES = [
    os.environ.get("CHROMIUM_PATH", ""),
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
]
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def find_chromium():
    for path in CHROMIUM_CANDIDATES:
        if path and shutil.which(path):
            return path
    return None


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        message = (
            "Browser-Tests übersprungen: kein Chromium gefunden "
            "(apt-get install chromium, oder CHROMIUM_PATH setzen)."
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message.replace("übersprungen", "fehlgeschlagen"))
        pytest.skip(message)
    # Playwright's sync API keeps an event loop running in this thread while it is
    # open; the Django test database is still used synchronously by the fixtures.
    # While that loop runs, Django's connections are looked up per context, not per
    # thread: a test after the browser's end would get a connection without the
    # migrated rows to restore (serialized rollback). Hence one browser per module,
    # ended with the module, not one for the whole session.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=LAUNCH_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="de-DE")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


# Set while the demo content of the browser tests is in the test database.
_LOADED = {}


def pytest_runtest_teardown(item, nextitem):
    """The browser tests run as one block (tests/conftest.py). After its last test the
    database is emptied as after a committing test: the demo content goes, and so
    does whatever the browser tests committed through the live server (comments,
    queued mails). The tests after them commit too and restore the migrated rows
    (serialized rollback), so they start from the migrated, empty site, as they do
    when run on their own."""
    if "blocker" not in _LOADED:
        return
    if nextitem is not None and Path(str(nextitem.path)).parent == E2E_DIR:
        return
    from django.core.management import call_command

    with _LOADED.pop("blocker").unblock():
        # As Django's TransactionTestCase empties the database after a test.
        call_command(
            "flush",
            interactive=False,
            verbosity=0,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, loaded once per session and served on 127.0.0.1.

    Committed outside a test transaction (the server thread must see it on
    PostgreSQL too) and removed again afterwards with the command's own reset, so
    that the other tests start from the migrated, empty site. pytest-django's
    `live_server` fixture would flush the whole database after every test, the
    migrations' data (start page, Handlungsfelder) included."""
    from django.core.management import call_command
    from django.db import connection, connections
    from django.test.utils import setup_databases, teardown_databases
    from pytest_django.live_server_helper import LiveServer
    from wagtail.models import Site

    from home.demo import loader

    own_databases = None
    with django_db_blocker.unblock():
        # When only browser tests are selected, pytest-django sets up no test
        # database (none of them asks for `db`): never touch the real one.
        test_name = connection.creation._get_test_db_name()
        if connection.settings_dict["NAME"] != test_name:
            own_databases = setup_databases(
                verbosity=0, interactive=False, aliases={"default"}
            )
        assert connection.settings_dict["NAME"] == test_name
        call_command("load_demo_content", verbosity=0)
        server = LiveServer("127.0.0.1:0")
    _LOADED["blocker"] = django_db_blocker
    yield server
    server.stop()
    with django_db_blocker.unblock():
        # Normally emptied after the last browser test (pytest_runtest_teardown);
        # left only when the run stopped within the browser tests (-x, Ctrl-C).
        if Site.objects.exists():
            loader.reset()
        connections.close_all()
        if own_databases is not None:
            teardown_databases(own_databases, verbosity=0)


@pytest.fixture
def blocker(django_db_blocker):
    """Read the shared demo data from a test without a test transaction."""
    from django.db import connections

    with django_db_blocker.unblock():
        yield
        # Playwright's greenlets may have opened a connection of their own.
        connections.close_all()


@pytest.fixture
def member_page(browser, demo_site, blocker):
    """A browser tab logged in as a demo member (Quittenau), via a session cookie."""
    yield from _logged_in_page(browser, demo_site, "quartier.quittenau@example.org")


@pytest.fixture
def keyboard_member_page(browser, demo_site, blocker):
    """Another demo member (Eschenklingen), so rate limits of one account never
    meet across tests."""
    yield from _logged_in_page(
        browser, demo_site, "inklusion.eschenklingen@example.org"
    )


@pytest.fixture
def member_page_without_js(browser, demo_site, blocker):
    yield from _logged_in_page(
        browser, demo_site, "quartier.quittenau@example.org", javascript=False
    )


def _logged_in_page(browser, demo_site, username, javascript=True):
    context = browser.new_context(locale="de-DE", java_script_enabled=javascript)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_cookies([session_cookie(demo_site, username)])
    page = context.new_page()
    yield page
    context.close()


def session_cookie(demo_site, username):
    """A session cookie of a logged-in demo account, for a browser context."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )

    user = get_user_model().objects.get(username=username)
    session = import_module(settings.SESSION_ENGINE).SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return {
        "name": settings.SESSION_COOKIE_NAME,
        "value": session.session_key,
        "url": demo_site.url,
    }


def public_page_urls():
    """One live, public page of every specific page class in the page tree, found
    in the database (so page types added later are covered without a change here):
    [(model name, url)], ordered by depth then name."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    pages = Page.objects.live().public().filter(depth__gt=1)
    found = []
    type_ids = pages.order_by().values_list("content_type", flat=True).distinct()
    for content_type in ContentType.objects.filter(pk__in=set(type_ids)):
        model = content_type.model_class()
        if model is None:
            continue
        page = pages.filter(content_type=content_type).order_by("path").first()
        found.append((page.depth, model.__name__, page.specific.url))
    return [(name, url) for _depth, name, url in sorted(found)]


@pytest.fixture
def public_pages(demo_site, blocker):
    pages = public_page_urls()
    assert len(pages) >= 9, pages
    return pages


@pytest.fixture
def login(demo_site):
    """Log in through the login form, as a person would: login(page, email)."""

    def log_in(page, email, password=DEMO_PASSWORD):
        page.goto(demo_site.url + "/konto/anmelden/")
        page.get_by_label("E-Mail-Adresse").fill(email)
        page.get_by_label("Passwort", exact=True).fill(password)
        page.get_by_role("button", name="Anmelden").click()
        page.wait_for_url("**/konto/")

    return log_in


@pytest.fixture
def new_context(browser):
    """Fresh browser contexts (one per person in a flow), closed afterwards."""
    contexts = []

    def make(**kwargs):
        context = browser.new_context(locale="de-DE", **kwargs)
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot(request):
    """Save a full-page screenshot under test-artifacts/<test name>-<label>.png."""
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)

    def take(page, label):
        path = ARTIFACTS_DIR / f"{request.node.name}-{label}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 1000
        return path

    return take


# --- The whole site as visitors and members get it ---------------------------------

CRAWL_MEMBER = "stadtplanung.storchenau@example.org"
CRAWL_MEMBER_CITY = "Storchenau"  # where the member may edit the city's texts
# Addresses that are no HTML pages of their own or that end the session.
NOT_CRAWLED = re.compile(
    r"^/(admin|django-admin|dokumente|static|media|api|feeds)/"
    r"|\.(ics|json|xml|txt|csv)$|^/konto/abmelden/"
)
NOT_POSTED = {"logout"}
FIELD_TYPES_NOT_SENT = {"submit", "button", "reset", "image", "file"}


class PageParts(HTMLParser):
    """Links and POST forms (with their hidden fields) of one HTML page."""

    def __init__(self):
        super().__init__()
        self.links = []
        self.forms = []
        self._form = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        elif tag == "form":
            self._form = {
                "method": (attrs.get("method") or "get").lower(),
                "action": attrs.get("action") or "",
                "hidden": {},
                "fields": 0,
            }
            self.forms.append(self._form)
        elif self._form is not None and tag in ("input", "textarea", "select"):
            kind = (attrs.get("type") or "text").lower() if tag == "input" else tag
            if kind == "hidden":
                self._form["hidden"][attrs.get("name", "")] = attrs.get("value", "")
            elif kind not in FIELD_TYPES_NOT_SENT and attrs.get("name"):
                self._form["fields"] += 1

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None


def route_key(path):
    """What kind of page an address shows: the URL name, or for Wagtail's pages the
    page type and the sub-route of a routable page. None for unknown addresses."""
    from django.http import Http404
    from django.test import RequestFactory
    from django.urls import Resolver404, resolve
    from wagtail.models import Site

    try:
        match = resolve(path)
    except Resolver404:
        return None
    if match.url_name != "wagtail_serve":
        return match.view_name
    request = RequestFactory().get(path)
    site = Site.find_for_request(request)
    components = [part for part in path.split("/") if part]
    try:
        page, args, _kwargs = site.root_page.specific.route(request, components)
    except Http404:
        return None
    view = args[0] if args and callable(args[0]) else None
    return (type(page).__name__, getattr(view, "__name__", ""))


class Collector:
    """Fetches pages and form error states with one client and saves the HTML."""

    def __init__(self, client, role, directory):
        self.client = client
        self.role = role
        self.directory = directory
        self.seen = set()
        self.saved = {}
        self.addresses = []  # the addresses fetched with GET that answered 200

    def save(self, label, response):
        if not response["Content-Type"].startswith("text/html"):
            return
        name = f"{self.role}-{len(self.saved):03d}.html"
        (self.directory / name).write_bytes(response.content)
        self.saved[name] = f"{self.role}: {label} ({response.status_code})"

    def crawl(self, start):
        """Fetch the start addresses (query strings kept), then one address per
        route found in their links, and so on."""
        queue = list(start)
        self.seen.update(route_key(urlsplit(url).path) for url in start)
        while queue:
            url = queue.pop(0)
            path = urlsplit(url).path
            response = self.client.get(url)
            if response.status_code not in (200, 400, 403, 404):
                continue
            self.save(url, response)
            if not response["Content-Type"].startswith("text/html"):
                continue
            if response.status_code == 200:
                self.addresses.append(url)
            parts = PageParts()
            parts.feed(response.content.decode())
            self.post_forms(path, parts.forms)
            for href in parts.links:
                link = urlsplit(urljoin(path, href))
                if link.netloc not in ("", "testserver") or NOT_CRAWLED.search(
                    link.path
                ):
                    continue
                key = route_key(link.path)
                if key is not None and key not in self.seen:
                    self.seen.add(key)
                    queue.append(link.path)

    def post_forms(self, path, forms):
        from django.urls import Resolver404, resolve

        for form in forms:
            if form["method"] != "post" or not form["fields"]:
                continue
            action = urlsplit(urljoin(path, form["action"])).path
            try:
                url_name = resolve(action).url_name
            except Resolver404:
                continue
            key = ("form", route_key(action), route_key(path))
            if url_name in NOT_POSTED or key in self.seen:
                continue
            self.seen.add(key)
            response = self.client.post(action, form["hidden"])
            if response.status_code in (200, 400):
                self.save(f"Formular {action} leer gesendet (von {path})", response)


@pytest.fixture(scope="session")
def crawled_site(demo_site, django_db_blocker, tmp_path_factory):
    """The HTML of the whole demo site, found by following links from one page of
    every page type (one address per route or page type and sub-route), with every
    form that has fields sent empty once, as a visitor and as a member (who has a
    demo account of their own, so form posts change nobody else's data). Also
    search with and without hits and 404.

    Returns (directory with the saved HTML, {file name: label},
    {"besuch" | "mitglied": [addresses that answered 200]})."""
    from django.contrib.auth import get_user_model
    from django.db import connections
    from django.test import Client
    from django.urls import reverse

    from labs.models import City

    directory = tmp_path_factory.mktemp("html")
    with django_db_blocker.unblock():
        start = [url for _name, url in public_page_urls()] + [
            "/suche/?q=Quartier",
            "/suche/?q=gibtsnichtxyz",
            "/gibt-es-nicht/",
        ]
        member = Client()
        member.force_login(get_user_model().objects.get(username=CRAWL_MEMBER))
        own_city = City.objects.get(name=CRAWL_MEMBER_CITY)
        saved, addresses = {}, {}
        for role, client, extra in (
            ("besuch", Client(), []),
            ("mitglied", member, [reverse("discovery:city", args=[own_city.slug])]),
        ):
            collector = Collector(client, role, directory)
            collector.crawl(extra + start)
            saved.update(collector.saved)
            addresses[role] = collector.addresses
        connections.close_all()
    return directory, saved, addresses


@pytest.fixture
def context_as(browser, demo_site, blocker):
    """Browser contexts for the roles of `crawled_site`: context_as("besuch") or
    context_as("mitglied", viewport=...), closed afterwards."""
    contexts = []

    def make(role, **kwargs):
        context = browser.new_context(locale="de-DE", **kwargs)
        context.set_default_timeout(TIMEOUT_MS)
        if role == "mitglied":
            context.add_cookies([session_cookie(demo_site, CRAWL_MEMBER)])
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()
