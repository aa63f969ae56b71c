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
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.test import Client
from wagtail.models import Page, get_page_models

pytestmark = pytest.mark.e2e

VNU_JAR = (
    Path(__file__).resolve().parents[2]
    / "node_modules"
    / "vnu-jar"
    / "build"
    / "dist"
    / "vnu.jar"
)


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


def test_every_page_and_form_error_state_is_valid_html(
    crawled_site, public_pages, blocker
):
    command = vnu_command()
    directory, saved, _addresses = crawled_site
    # Every page type Wagtail knows (except the abstract root) that has pages is in
    # the crawl's starting set, so a new page type is checked without a change here.
    found_types = {name for name, _url in public_pages}
    registered = {
        model.__name__
        for model in get_page_models()
        if model is not Page and Page.objects.type(model).exists()
    }
    assert registered <= found_types, registered - found_types
    # Bad request (a host name no server can have) and the CSRF refusal.
    extra = {
        "fehler-400.html": Client().get("/", HTTP_HOST="kein host!"),
        "fehler-403-csrf.html": Client(enforce_csrf_checks=True).post(
            "/konto/anmelden/", {}
        ),
    }
    for name, response in extra.items():
        (directory / name).write_bytes(response.content)
        saved[name] = f"{name[7:-5]} ({response.status_code})"
    assert len(saved) >= 60, saved
    for status in ("(400)", "(403)", "(404)"):
        assert any(label.endswith(status) for label in saved.values()), saved

    result = subprocess.run(  # noqa: S603
        [*command, str(directory)], capture_output=True, text=True, timeout=600
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
