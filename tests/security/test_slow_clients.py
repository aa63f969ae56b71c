"""Slow clients must not stall the site for others: gunicorn with the documented
settings (site/gunicorn.conf.py, production settings) on 127.0.0.1, a copy of
the migrated test database, many connections that send their headers byte by
byte, and normal requests from another client that still get 200 quickly.
Bounded: at most about 30 seconds, loopback only."""

import http.client
import os
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection

from home.models import SiteSettings

ROOT = Path(__file__).resolve().parents[2]
WORKERS, THREADS = 2, 4
SLOW_CLIENTS = 2 * WORKERS * THREADS
HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _database_url(tmp_path):
    """gunicorn gets the test database: a file copy for SQLite (the test database
    lives in memory), the test database itself for PostgreSQL."""
    connection.ensure_connection()
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        target = tmp_path / "db.sqlite3"
        destination = sqlite3.connect(target)
        connection.connection.backup(destination)
        destination.close()
        return f"sqlite:///{target}"
    if connection.vendor == "postgresql":
        host = settings.get("HOST") or "127.0.0.1"
        port = settings.get("PORT") or 5432
        user = settings.get("USER") or "postgres"
        return f"postgres://{user}@{host}:{port}/{settings['NAME']}"
    pytest.skip(f"keine Kopie der Testdatenbank für {connection.vendor}")


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
    port = _free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "REDIS_", "GUNICORN_"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="slow_client_settings",
        PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), str(ROOT)]),
        SECRET_KEY="slow-client-test-" + "q8Zr3Lm9Xt2Wv7Kp4Nd6Hs1Gf5Jb0Yc" * 2,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=_database_url(tmp_path),
        MEDIA_ROOT=str(tmp_path / "media"),
        STATIC_ROOT=str(tmp_path),
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS=str(WORKERS),
        GUNICORN_THREADS=str(THREADS),
    )
    process = subprocess.Popen(  # noqa: S603 – fixed arguments
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "stadtlabore.wsgi",
            "-c",
            str(ROOT / "site" / "gunicorn.conf.py"),
        ],
        cwd=tmp_path,
        env=env,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                response, _elapsed = _get(port, timeout=5)
                if response.status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("gunicorn antwortet nicht")
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        _remove_committed_settings(env["DATABASE_URL"])


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
