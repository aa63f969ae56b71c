"""Fixtures of the operations tests: a migrated throwaway PostgreSQL cluster, a
redis-server and gunicorn, each stopped at the end (tests/operations/services.py,
tests/servers.py)."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.operations.services import (
    ROOT,
    PostgresCluster,
    postgres_bindir,
    server_env,
)
from tests.servers import Redis, start_gunicorn, stop


@pytest.fixture(scope="session")
def postgres_cluster():
    """A migrated throwaway cluster for the session of this worker (xdist: one
    per worker, each on its own port and folder); removed at the end."""
    bindir = postgres_bindir()
    folder = tempfile.mkdtemp(prefix="sl_health_pg_")
    cluster = PostgresCluster(bindir, folder)
    try:
        cluster.init()
        cluster.start()
        cluster.create_database()
        env = server_env(Path(folder), cluster.url)
        subprocess.run(  # noqa: S603
            [sys.executable, str(ROOT / "manage.py"), "migrate", "--no-input", "-v0"],
            env=env, cwd=ROOT, check=True, timeout=300,
        )  # fmt: skip
        yield cluster
    finally:
        if cluster.data.exists() and cluster.running():
            cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def redis_server():
    """redis-server on a free port, nothing on disk; `.stop()`/`.start()`."""
    server = Redis()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def gunicorn(tmp_path):
    """Starts gunicorn (site/gunicorn.conf.py, production settings) with the given
    environment; stderr goes to a file that the test reads. Every server started
    is stopped at the end, also when the test fails."""
    processes, logs = [], []

    def start(env, workers=2, threads=2):
        stderr = open(tmp_path / f"gunicorn-{len(logs)}.log", "w+b")  # noqa: SIM115
        logs.append(stderr)
        process, port = start_gunicorn(
            env, tmp_path, workers=workers, threads=threads, ready="/healthz",
            stderr=stderr,
        )  # fmt: skip
        processes.append(process)
        return port, stderr

    yield start
    for process in processes:
        stop(process)
    for stderr in logs:
        stderr.close()
