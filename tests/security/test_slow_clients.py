"""Slow clients must not stall the site for others: gunicorn with the documented
settings (site/gunicorn.conf.py, production settings) on 127.0.0.1, a copy of
the migrated test database, many connections that send their headers byte by
byte, and normal requests from another client that still get 200 quickly.
Bounded: at most about 30 seconds, loopback only."""

import http.client
import socket
import threading
import time

import pytest

from home.models import SiteSettings
from tests.servers import HEADERS, Gunicorn

WORKERS, THREADS = 2, 4
SLOW_CLIENTS = 2 * WORKERS * THREADS


def _get(port, path="/", timeout=5.0):
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=HEADERS)
        response = conn.getresponse()
        response.read()
        return response, time.monotonic() - started
    finally:
        conn.close()


def _slow_client(port, stop):
    """Sends a request line and then one header byte every half second."""
    try:
        sock = socket.create_connection(("127.0.0.1", port), timeout=2)
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        while not stop.is_set():
            sock.sendall(b"X")
            stop.wait(0.5)
        sock.close()
    except OSError:
        pass  # the server may close slow connections: that is allowed


@pytest.fixture
def server(db, tmp_path):
    """gunicorn on the test database (a file copy for SQLite)."""
    gunicorn = Gunicorn(tmp_path, workers=WORKERS, threads=THREADS)
    try:
        with gunicorn:
            yield gunicorn.port
    finally:
        _remove_committed_settings(gunicorn.url)


def _remove_committed_settings(database_url):
    """On PostgreSQL the server works on the test database itself, outside this
    test's transaction: Wagtail creates the site settings row on its first read,
    and that row is committed. It is removed through a connection of its own, so
    the next module finds the database as this one did."""
    if not database_url.startswith("postgres"):
        return
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute(f"DELETE FROM {SiteSettings._meta.db_table}")  # noqa: S608


def test_slow_clients_do_not_stall_others(server):
    stop = threading.Event()
    slow = [
        threading.Thread(target=_slow_client, args=(server, stop), daemon=True)
        for _ in range(SLOW_CLIENTS)
    ]
    try:
        for thread in slow:
            thread.start()
        time.sleep(2)  # every slow connection is open and trickling
        timings = []
        for _ in range(6):
            response, elapsed = _get(server, timeout=10)
            assert response.status == 200
            timings.append(elapsed)
        assert max(timings) < 3.0, timings
    finally:
        stop.set()
        for thread in slow:
            thread.join(timeout=3)


def test_production_response_headers(server):
    response, _elapsed = _get(server)
    headers = {key.lower(): value for key, value in response.getheaders()}
    print("\n".join(f"{k}: {v}" for k, v in sorted(headers.items())))  # noqa: T201
    assert response.status == 200
    assert headers["strict-transport-security"] == (
        "max-age=31536000; includeSubDomains"
    )
    assert "'unsafe-inline'" not in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"
    assert headers["cross-origin-opener-policy"] == "same-origin"
    assert "camera=()" in headers["permissions-policy"]
    assert "set-cookie" not in headers  # no cookies for visitors
    plain = http.client.HTTPConnection("127.0.0.1", server, timeout=5)
    plain.request("GET", "/", headers={"Host": "127.0.0.1"})
    redirect = plain.getresponse()
    assert redirect.status == 301
    assert redirect.getheader("Location") == "https://127.0.0.1/"
    plain.close()
