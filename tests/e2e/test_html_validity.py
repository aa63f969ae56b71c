"""The Nu HTML checker (vnu.jar from npm `vnu-jar`, runs on Java) over the HTML of
the whole site, as visitors and members get it: 0 errors.

Which pages are checked is found, not listed: one page of every Wagtail page type in
the demo content, then every link on those pages, one address per route (URL name, or
page type plus sub-route of a routable page), as a visitor and as a member. Every
form with fields that posts is sent empty once, and its error state is checked too.
Search with and without results, 404, 400 and the CSRF refusal page complete the
set. vnu starts once for the whole directory (it is slow to start).

Without Java or vnu.jar the test is skipped, unless REQUIRE_BROWSER=1 (CI): then
it fails."""

import json
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import Resolver404, resolve
from wagtail.models import Page, Site, get_page_models

pytestmark = pytest.mark.e2e

VNU_JAR = (
    Path(__file__).resolve().parents[2]
    / "node_modules"
    / "vnu-jar"
    / "build"
    / "dist"
    / "vnu.jar"
)
MEMBER = "stadtplanung.storchenau@example.org"
# Addresses that are no HTML pages of their own or that end the session.
NOT_CRAWLED = re.compile(
    r"^/(admin|django-admin|dokumente|static|media|api|feeds)/"
    r"|\.(ics|json|xml|txt|csv)$|^/konto/abmelden/"
)
NOT_POSTED = {"logout"}
FIELD_TYPES_NOT_SENT = {"submit", "button", "reset", "image", "file"}


def vnu_command():
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        message = (
            "HTML-Prüfung übersprungen: Java oder vnu.jar fehlt "
            "(apt-get install default-jre-headless; make install-test)."
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message.replace("übersprungen", "fehlgeschlagen"))
        pytest.skip(message)
    return [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json"]


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


def test_every_page_and_form_error_state_is_valid_html(
    demo_site, blocker, public_pages, tmp_path
):
    command = vnu_command()
    from django.contrib.auth import get_user_model

    # Every page type Wagtail knows (except the abstract root) has demo content,
    # so a new page type without a demo page fails here instead of going unchecked.
    found_types = {name for name, _url in public_pages}
    registered = {
        model.__name__
        for model in get_page_models()
        if model is not Page and Page.objects.type(model).exists()
    }
    assert registered <= found_types | {"Page"}, registered - found_types

    start = [url for _name, url in public_pages] + [
        "/suche/?q=Quartier",
        "/suche/?q=gibtsnichtxyz",
        "/gibt-es-nicht/",
    ]
    member = Client()
    member.force_login(get_user_model().objects.get(username=MEMBER))
    saved = {}
    for role, client in (("besuch", Client()), ("mitglied", member)):
        collector = Collector(client, role, tmp_path)
        collector.crawl(start)
        saved.update(collector.saved)
    # Bad request (a host name no server can have) and the CSRF refusal.
    extra = Collector(Client(), "fehler", tmp_path)
    extra.save("400", Client().get("/", HTTP_HOST="kein host!"))
    extra.save(
        "403 CSRF", Client(enforce_csrf_checks=True).post("/konto/anmelden/", {})
    )
    saved.update(extra.saved)
    assert len(saved) >= 60, saved
    assert any(label.endswith("(400)") for label in saved.values()), saved
    assert any(label.endswith("(404)") for label in saved.values()), saved

    result = subprocess.run(  # noqa: S603
        [*command, str(tmp_path)], capture_output=True, text=True, timeout=600
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{saved.get(Path(urlsplit(m.get('url', '')).path).name, m.get('url'))}"
        f", Zeile {m.get('lastLine')}: {m.get('message')}"
        f" – {m.get('extract', '').strip()[:120]}"
        for m in messages
        if m.get("type") in ("error", "non-document-error")
    ]
    print(f"{len(saved)} HTML-Seiten geprüft:", *sorted(saved.values()), sep="\n  ")  # noqa: T201
    print(*errors, sep="\n")  # noqa: T201
    assert not errors, "\n".join(errors)
