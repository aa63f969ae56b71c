"""Redis is optional and survivable: gunicorn (production settings, two workers)
with REDIS_URL pointing at a real redis-server that the test stops and starts.
While Redis is down, pages are served (uncached), a member logs in and sees the
member view, and the login limit counts in the database. When Redis answers again
the same workers, not restarted, fill it again (keys appear)."""

import time
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from labs.models import RateCounter
from tests.servers import (
    Gunicorn,
    database_rows,
    request,
    visitor_headers,
)

# Committed data (the server reads it), and the migrated rows back afterwards
# (the flush after the test removes them); runs after all other tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)
PASSWORD = "ein-langes-Passwort-1"
PAGES = ["/", "/konto/anmelden/", "/suche/?q=Quartier"]


def _login(port, username):
    """A login through the form; the session cookie it sets, or None."""
    headers, token = visitor_headers()
    body = urlencode(
        {"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD}
    )
    status, answer, _text = request(port, "POST", reverse("konto:login"), headers, body)
    cookies = [value for name, value in answer if name.lower() == "set-cookie"]
    session = [c.split(";")[0] for c in cookies if c.startswith("sessionid=")]
    return status, session[0] if session else None


def test_site_serves_and_logs_in_while_redis_is_down_and_recovers(
    tmp_path, redis_server, member
):
    with Gunicorn(tmp_path, workers=2, REDIS_URL=redis_server.url) as server:
        port = server.port
        for path in PAGES:
            assert request(port, "GET", path)[0] == 200, path
        assert redis_server.keys() > 0  # the caches are in use

        redis_server.stop()
        started = time.monotonic()
        for _round in range(3):  # both workers, each page more than once
            for path in PAGES:
                assert request(port, "GET", path, timeout=10)[0] == 200, path
        status, session = _login(port, member.username)
        assert status == 302 and session
        status, _headers, html = request(port, "GET", "/", {"Cookie": session})
        assert status == 200 and "Abmelden" in html
        assert database_rows(server.url, RateCounter._meta.db_table) > 0
        print(  # noqa: T201
            f"ohne Redis: 9 Seiten und eine Anmeldung in "
            f"{time.monotonic() - started:.1f} s"
        )

        redis_server.start()  # empty, on the same port
        deadline = time.monotonic() + 20
        while redis_server.keys() == 0:
            assert time.monotonic() < deadline, "Redis wird nicht wieder benutzt"
            for path in PAGES:
                assert request(port, "GET", path, timeout=10)[0] == 200, path
            time.sleep(0.2)
        status, _headers, html = request(port, "GET", "/", {"Cookie": session})
        assert status == 200 and "Abmelden" in html


def test_logout_while_redis_hangs_stays_logged_out_when_it_answers_again(
    tmp_path, redis_server, member
):
    """A session lives only in the database: a logout that Redis cannot hear
    about (the server hangs, its data kept) must not come back with Redis."""
    with Gunicorn(tmp_path, workers=2, REDIS_URL=redis_server.url) as server:
        port = server.port
        status, session = _login(port, member.username)
        assert status == 302 and session
        for _round in range(2):  # both workers have read the session
            status, headers, html = request(port, "GET", "/", {"Cookie": session})
            assert status == 200 and "Abmelden" in html

        redis_server.pause()
        try:
            headers, token = visitor_headers()
            headers["Cookie"] = f"{headers['Cookie']}; {session}"
            body = urlencode({"csrfmiddlewaretoken": token})
            status, _answer, _html = request(
                port, "POST", reverse("konto:logout"), headers, body, timeout=15
            )
            assert status == 302
        finally:
            redis_server.resume()

        assert redis_server.command("PING") == "+PONG"
        for _round in range(4):  # every worker, with Redis answering
            status, _headers, html = request(port, "GET", "/", {"Cookie": session})
            assert status == 200
            assert "Abmelden" not in html and "Anmelden" in html
