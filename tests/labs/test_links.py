"""Absolute links carry the address the site really runs on: in a request the
request's host and port, in background commands the configured address; no
source file names a fixed port."""

import json
import re
from pathlib import Path

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from labs import notifications
from labs.models import ThreadFollow

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1:8765"
# Where a port may be named: server and settings configuration, documentation.
ALLOWED = (
    "site/settings/",
    "site/gunicorn.conf.py",
    "docs/",
    "tests/labs/test_links.py",
)
SKIPPED_DIRS = {".venv", "node_modules", ".git", "test-artifacts", "bench"}


def test_data_export_carries_the_requests_host(client, member, discussion):
    client.force_login(member)
    response = client.get(reverse("konto:export"), HTTP_HOST=HOST)
    data = json.loads(response.content)
    assert data["plattform"] == f"http://{HOST}"
    assert ":8000" not in response.content.decode()


def test_notification_in_a_request_carries_the_requests_host(
    client, discussion, member, other_member, comment_data
):
    ThreadFollow.objects.create(user=member, page=discussion)
    client.force_login(other_member)
    response = client.post(
        reverse("labs:comment_post", args=[discussion.pk]),
        comment_data(discussion, "Auf anderem Port"),
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302
    body = mail.outbox[0].body
    links = re.findall(r"https?://[^/\s]+", body)
    assert links and set(links) == {f"http://{HOST}"}


def test_background_emails_use_the_configured_address(settings, db):
    settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = "https://labore.example.org"
    assert notifications.base_url() == "https://labore.example.org"


def test_demo_content_names_no_port_it_does_not_know(settings, db, capsys):
    settings.BASE_URL = ""
    call_command("load_demo_content")
    out = capsys.readouterr().out
    assert ":8000" not in out
    assert "Verwaltung (Wagtail-Admin): /admin/" in out


def source_files():
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if SKIPPED_DIRS & set(relative.parts) or not path.is_file():
            continue
        if path.suffix in (".py", ".html", ".txt") and "migrations" not in path.parts:
            yield relative.as_posix(), path


def test_no_source_file_names_port_8000():
    found = [
        name
        for name, path in source_files()
        if not name.startswith(ALLOWED) and ":8000" in path.read_text(errors="ignore")
    ]
    assert found == []
