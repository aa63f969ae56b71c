"""Real servers on 127.0.0.1 for the fault tests: gunicorn with the production
settings (site/gunicorn.conf.py) on the test database, and a redis-server that a test
stops and starts. Every wait is bounded; every process is ended by the fixture that
started it, also when the test fails."""

import http.client
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.utils.crypto import get_random_string

ROOT = Path(__file__).resolve().parents[2]
HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
TIMEOUT = 30


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path):
    """The test database for a server: a file copy for SQLite (the test database
    lives in memory), the test database itself for PostgreSQL. The test commits its
    rows (transactional_db), so the server sees them."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        target = tmp_path / "db.sqlite3"
        destination = sqlite3.connect(target)
        connection.connection.backup(destination)
        destination.close()
        return f"sqlite:///{target}"
    db = connection.settings_dict
    auth = (db["USER"] or "postgres") + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    host, port = db["HOST"] or "127.0.0.1", db["PORT"] or 5432
    return f"postgres://{auth}@{host}:{port}/{db['NAME']}"


def request(port, method, path, headers=None, body=None, timeout=TIMEOUT):
    """(status, headers as dict, text) of one request."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers={**HEADERS, **(headers or {})})
        response = conn.getresponse()
        text = response.read().decode(errors="replace")
        return response.status, response.getheaders(), text
    finally:
        conn.close()


def _stop(process, timeout=15):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


class Gunicorn:
    """gunicorn with the production settings; a context manager."""

    def __init__(self, tmp_path, *, workers=2, threads=4, **environ):
        self.port = free_port()
        self.url = database_url(tmp_path)
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "SECURE_", "REDIS_", "GUNICORN_"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="fault_settings",
            PYTHONPATH=os.pathsep.join([str(Path(__file__).parent), str(ROOT)]),
            # The test's own key: sessions and comment forms made by the test hold.
            SECRET_KEY=settings.SECRET_KEY,
            EMAIL_URL="dummymail://",
            ALLOWED_HOSTS="127.0.0.1",
            DATABASE_URL=self.url,
            MEDIA_ROOT=str(tmp_path / "media"),
            STATIC_ROOT=str(tmp_path),
            PAGE_CACHE_DIR=str(tmp_path / "pages"),
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            GUNICORN_WORKERS=str(workers),
            GUNICORN_THREADS=str(threads),
            **environ,
        )
        self.env, self.cwd = env, tmp_path
        self.process = None

    def __enter__(self):
        gunicorn = str(Path(sys.executable).parent / "gunicorn")
        config = str(ROOT / "site" / "gunicorn.conf.py")
        self.process = subprocess.Popen(  # noqa: S603 – fixed arguments
            [gunicorn, "stadtlabore.wsgi", "-c", config], cwd=self.cwd, env=self.env
        )
        try:
            deadline = time.monotonic() + 2 * TIMEOUT
            while True:
                try:
                    answer = request(self.port, "GET", "/", timeout=10)[0]
                    if answer == 200:
                        return self
                except OSError as error:
                    answer = error
                if self.process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"gunicorn antwortet nicht mit 200: {answer}")
                time.sleep(0.3)
        except BaseException:
            _stop(self.process)
            raise

    def __exit__(self, *exc):
        _stop(self.process)


class Redis:
    """A redis-server without persistence on a free port, to stop and start."""

    def __init__(self):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            pytest.skip("redis-server fehlt")
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(  # noqa: S603 – fixed arguments
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while self.command("PING") != "+PONG":
            if time.monotonic() > deadline:
                pytest.fail("redis-server startet nicht")
            time.sleep(0.1)

    def stop(self):
        if self.process is not None:
            _stop(self.process, timeout=5)
            self.process = None

    def pause(self):
        """A hung Redis: the port stays open, nothing answers, the data is kept."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def command(self, *words):
        """One command in Redis' inline protocol; its first reply line, or None
        while the server does not answer."""
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=2) as s:
                s.sendall(" ".join(words).encode() + b"\r\n")
                return s.recv(4096).split(b"\r\n")[0].decode()
        except OSError:
            return None

    def keys(self):
        reply = self.command("DBSIZE")
        return int(reply[1:]) if reply and reply.startswith(":") else 0


def member_headers(user):
    """Request headers of a logged-in `user` for POSTs: session cookie, CSRF cookie
    and token (the unmasked secret, which Django accepts), and the Referer that
    Django's CSRF check wants on HTTPS."""
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    secret = get_random_string(32)
    return {
        "Cookie": f"{settings.SESSION_COOKIE_NAME}={session}; csrftoken={secret}",
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": "https://127.0.0.1/",
    }, secret


def visitor_headers():
    """POST headers of a visitor: a CSRF cookie and its token, as `member_headers`."""
    secret = get_random_string(32)
    return {
        "Cookie": f"csrftoken={secret}",
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": "https://127.0.0.1/",
    }, secret


def database_rows(url, table, where="1=1"):
    """Rows of `table` in the server's database that match `where` (a fixed SQL
    condition of the test), read through a connection of its own."""
    sql = f"SELECT COUNT(*) FROM {table} WHERE {where}"  # noqa: S608
    if url.startswith("sqlite"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return db.execute(sql).fetchone()[0]
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql).fetchone()[0]
