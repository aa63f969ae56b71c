"""Real services for the operations tests (fixtures in conftest.py), each owned by
the test and bounded in time: a throwaway PostgreSQL cluster (Debian's binaries, run
as the `postgres` user, trust auth on a free port of 127.0.0.1) that the tests stop
and start, and the environment of gunicorn on it (the servers themselves:
`tests/servers.py`). Missing binaries skip the tests with the reason, unless
REQUIRE_SERVICES=1."""

import glob
import http.client
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from tests.servers import free_port, log_text, missing, server_environ

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RUNUSER = shutil.which("runuser") or "/usr/sbin/runuser"
HTTPS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}


def wait_for(predicate, timeout, step=0.2):
    """Polls until predicate() is true; returns the seconds it took, or None."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            if predicate():
                return time.monotonic() - started
        except OSError:
            pass
        time.sleep(step)
    return None


def get(port, path, headers=HTTPS, timeout=10.0):
    """(status, headers with lower-case names, body text)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read().decode("utf-8", "replace")
        return (
            response.status,
            {key.lower(): value for key, value in response.getheaders()},
            body,
        )
    finally:
        conn.close()


class PostgresCluster:
    """A cluster of its own in a temporary folder: stopping it disturbs nobody."""

    def __init__(self, bindir, folder):
        self.bindir = Path(bindir)
        self.folder = Path(folder)
        self.data = self.folder / "data"
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/sl_health_ops"

    def _run(self, *args, timeout=60):
        return subprocess.run(  # noqa: S603 – fixed binaries and arguments
            [RUNUSER, "-u", "postgres", "--", *args],
            check=True,
            capture_output=True,
            timeout=timeout,
        )

    def init(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        shutil.chown(self.folder, "postgres", "postgres")
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )

    def start(self):
        options = f"-h 127.0.0.1 -p {self.port} -k {self.folder} -c fsync=off"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "30",
            "start",
        )

    def stop(self):
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w",
            "-t", "30", "stop",
        )  # fmt: skip

    def running(self):
        result = subprocess.run(  # noqa: S603
            [RUNUSER, "-u", "postgres", "--", str(self.bindir / "pg_ctl"),
             "-D", str(self.data), "status"],
            capture_output=True, timeout=10, check=False,
        )  # fmt: skip
        return result.returncode == 0

    def create_database(self):
        import psycopg

        with psycopg.connect(
            f"postgres://postgres@127.0.0.1:{self.port}/postgres",
            autocommit=True,
            connect_timeout=5,
        ) as conn:
            conn.execute("CREATE DATABASE sl_health_ops")


def postgres_bindir():
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        missing("PostgreSQL-Programme (initdb, pg_ctl) nicht gefunden")
    if os.geteuid() != 0 or not Path(RUNUSER).exists():
        missing("ein eigener PostgreSQL-Cluster braucht root und runuser")
    return Path(found[-1]).parent


def server_env(tmp, database_url, **extra):
    return server_environ(
        DJANGO_SETTINGS_MODULE="ops_settings",
        PYTHONPATH=os.pathsep.join([str(HERE), str(ROOT)]),
        SECRET_KEY="operations-test-" + "q8Zr3Lm9Xt2Wv7Kp4Nd6Hs1Gf5Jb0Yc" * 2,
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(tmp / "media"),
        STATIC_ROOT=str(tmp / "static"),
        PAGE_CACHE_DIR=str(tmp / "pages"),
        **extra,
    )


def json_lines(stderr):
    """The log lines that are JSON objects (gunicorn's own lines are not)."""
    lines = []
    for line in log_text(stderr).splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            lines.append(value)
    return lines


def queue_check():
    """A readiness check as the task queue provides one: figures, no failure."""
    return {"queue_depth": 3}


def failing_check():
    raise ConnectionError("nicht erreichbar")
