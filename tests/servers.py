"""Real servers on 127.0.0.1 for the tests that need one: gunicorn with the
production settings (site/gunicorn.conf.py, `tests/server_settings.py`) on the test
database, and a redis-server and an SMTP server (aiosmtpd) that a test stops and
starts. Every wait is bounded; every process is ended by the fixture that started
it, also when the test fails."""

import http.client
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from email import message_from_bytes
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection
from django.test import Client
from django.utils.crypto import get_random_string

ROOT = Path(__file__).resolve().parents[1]
HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
TIMEOUT = 30


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(tmp_path):
    """The test database for a server: a file copy for SQLite (the test database
    lives in memory), the test database itself for PostgreSQL, where the server sees
    only rows that the test has committed."""
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


def missing(reason):
    """A program the test needs is not installed: skipped, or a failure where every
    service is required (REQUIRE_SERVICES=1, set by CI)."""
    if os.environ.get("REQUIRE_SERVICES") == "1":
        pytest.fail(reason + " (REQUIRE_SERVICES=1)")
    pytest.skip(reason)


def stop(process, timeout=15):
    """Ends a process started by a test: politely, then by force."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def log_text(stderr):
    """What a server wrote so far to its stderr file."""
    stderr.flush()
    stderr.seek(0)
    return stderr.read().decode("utf-8", "replace")


def start_gunicorn(env, cwd, *, workers, threads, ready="/", stderr=None):
    """gunicorn with the documented configuration (site/gunicorn.conf.py) and the
    settings named in `env`, on a free port; (process, port) once `ready` answers
    200. A server that does not is ended, and the test fails with its log."""
    port = free_port()
    env = {
        **env,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(workers),
        "GUNICORN_THREADS": str(threads),
    }
    process = subprocess.Popen(  # noqa: S603 – fixed arguments
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "stadtlabore.wsgi",
            "-c",
            str(ROOT / "site" / "gunicorn.conf.py"),
        ],
        cwd=cwd,
        env=env,
        stderr=stderr,
    )
    try:
        deadline = time.monotonic() + 2 * TIMEOUT
        while True:
            try:
                answer = request(port, "GET", ready, timeout=10)[0]
                if answer == 200:
                    return process, port
            except OSError as error:
                answer = error
            if process.poll() is not None or time.monotonic() > deadline:
                log = log_text(stderr) if stderr is not None else ""
                pytest.fail(f"gunicorn antwortet nicht mit 200: {answer}\n{log}")
            time.sleep(0.3)
    except BaseException:
        stop(process)
        raise


def server_environ(**values):
    """The environment of a server: this one's, without the settings of the
    project, and with `values`."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "SECURE_", "REDIS_", "GUNICORN_"))
        and key not in ("DATABASE_URL", "TRUSTED_PROXY_COUNT", "ADMINS", "EMAIL_URL")
    } | values


class Gunicorn:
    """gunicorn with the production settings (`tests/server_settings.py`) on the
    test database; a context manager."""

    def __init__(self, tmp_path, *, workers=2, threads=4, **environ):
        self.url = database_url(tmp_path)
        self.env = server_environ(
            DJANGO_SETTINGS_MODULE="server_settings",
            PYTHONPATH=os.pathsep.join([str(ROOT), str(Path(__file__).parent)]),
            # The test's own key: sessions and comment forms made by the test hold.
            SECRET_KEY=settings.SECRET_KEY,
            EMAIL_URL="dummymail://",
            ALLOWED_HOSTS="127.0.0.1",
            DATABASE_URL=self.url,
            MEDIA_ROOT=str(tmp_path / "media"),
            STATIC_ROOT=str(tmp_path),
            PAGE_CACHE_DIR=str(tmp_path / "pages"),
            **environ,
        )
        self.cwd, self.workers, self.threads = tmp_path, workers, threads
        self.process = self.port = None

    def __enter__(self):
        self.process, self.port = start_gunicorn(
            self.env, self.cwd, workers=self.workers, threads=self.threads
        )
        return self

    def __exit__(self, *exc):
        stop(self.process)


class Redis:
    """A redis-server without persistence on a free port, to stop and start."""

    def __init__(self):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            missing("redis-server nicht gefunden")
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
            stop(self.process, timeout=5)
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


class Inbox:
    """aiosmtpd handler: keeps every accepted message."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        message = message_from_bytes(envelope.content)
        self.messages.append((tuple(envelope.rcpt_tos), message["Subject"]))
        return "250 OK"


class SMTPServer:
    """aiosmtpd on a free port, to stop and start; what it accepted is in `inbox`."""

    def __init__(self):
        self.port = free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(
            self.inbox, hostname="127.0.0.1", port=self.port, ready_timeout=5
        )
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def visitor_headers(cookie=""):
    """Request headers for POSTs: a CSRF cookie and its token (the unmasked secret,
    which Django accepts), the Referer that Django's CSRF check wants on HTTPS, and
    any further `cookie`."""
    secret = get_random_string(32)
    return {
        "Cookie": f"{cookie}csrftoken={secret}",
        "Content-Type": "application/x-www-form-urlencoded",
        "Referer": "https://127.0.0.1/",
    }, secret


def member_headers(user):
    """POST headers of a logged-in `user`: as a visitor's, with the session cookie."""
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    return visitor_headers(f"{settings.SESSION_COOKIE_NAME}={session}; ")


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
