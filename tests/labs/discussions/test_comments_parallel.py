"""A double click, five times at once: five identical posts of one comment form reach
a real server with five worker processes (gunicorn) at the same moment. Exactly one
contribution is stored; every request gets a redirect to it, none a 5xx.

The server runs the test settings: a cache per process and no Redis, so only the
database can keep the posts apart. On SQLite the server uses a file copy of the
test database; on PostgreSQL the test database itself.
"""

import http.client
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from labs.models import Comment

ROOT = Path(__file__).resolve().parents[3]
POSTS = 5
TIMEOUT = 90

# Committed data (the servers read it); runs after all other tests (tests/conftest.py).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path):
    """The database the server uses, and how to count its comments afterwards."""
    if connection.vendor == "sqlite":
        copy = tmp_path / "db.sqlite3"
        connection.ensure_connection()
        target = sqlite3.connect(copy)
        connection.connection.backup(target)
        target.close()

        def count():
            with sqlite3.connect(copy) as db:
                return db.execute("SELECT COUNT(*) FROM labs_comment").fetchone()[0]

        return f"sqlite:///{copy}", count
    db = connection.settings_dict
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    url = f"postgres://{auth}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
    return url, Comment.objects.count


def request(port, method, path, headers, body=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read().decode()
    finally:
        conn.close()


@pytest.fixture
def session_cookie(member):
    """A logged-in member's session cookie (the session is in the database)."""
    client = Client()
    client.force_login(member)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return f"{settings.SESSION_COOKIE_NAME}={session}"


@pytest.fixture
def server(tmp_path, discussion, session_cookie):
    """A gunicorn with five worker processes on a copy of (SQLite) or on (PostgreSQL)
    the test database, with the page and the session in it."""
    url, count = database_url(tmp_path)
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.test",
        "DATABASE_URL": url,
    }
    env.pop("REDIS_URL", None)
    command = [sys.executable, "-m", "gunicorn", "stadtlabore.wsgi"]
    command += ["--workers", str(POSTS), "--bind", f"127.0.0.1:{port}"]
    command += ["--preload", "--timeout", str(TIMEOUT), "--log-level", "warning"]
    process = subprocess.Popen(command, cwd=ROOT, env=env)  # noqa: S603
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:
            try:
                request(port, "GET", "/", {})
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("Der Testserver (gunicorn) ist nicht gestartet.")
                time.sleep(0.3)
        yield port, count
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_five_identical_parallel_posts_store_one_comment(
    discussion, session_cookie, comment_data, server
):
    port, count = server
    before = count()
    cookie = session_cookie
    status, headers, html = request(port, "GET", discussion.url, {"Cookie": cookie})
    assert status == 200
    csrf_cookie = next(
        value.split(";")[0]
        for name, value in headers
        if name.lower() == "set-cookie" and value.startswith("csrftoken=")
    )
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = comment_data(discussion, "Fünfmal geklickt, einmal gespeichert.")
    data["csrfmiddlewaretoken"] = token
    body = urlencode(data)
    headers = {
        "Cookie": f"{cookie}; {csrf_cookie}",
        "Content-Type": "application/x-www-form-urlencoded",
    }
    path = reverse("labs:comment_post", args=[discussion.pk])
    start = threading.Barrier(POSTS)
    answers = [None] * POSTS

    def post(number):
        start.wait()
        status, answer_headers, _html = request(port, "POST", path, headers, body)
        answers[number] = (status, dict(answer_headers).get("Location", ""))

    threads = [threading.Thread(target=post, args=(n,)) for n in range(POSTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(TIMEOUT)
    assert [status for status, _location in answers] == [302] * POSTS, answers
    assert count() == before + 1
    locations = {location for _status, location in answers}
    assert len(locations) == 1 and "#beitrag-" in locations.pop()
