"""Fixtures of the operations tests: a migrated throwaway PostgreSQL cluster, a
redis-server and gunicorn, each stopped at the end (tests/operations/services.py)."""

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.operations.services import (
    ROOT,
    PostgresCluster,
    get,
    log_text,
    missing,
    port_open,
    postgres_bindir,
    server_env,
    wait_for,
)
from tests.operations.services import free_port as free_port


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
def redis_server(tmp_path):
    """redis-server on a free port, nothing on disk; `.stop()`/`.start()`."""
    binary = shutil.which("redis-server")
    if not binary:
        missing("redis-server nicht gefunden")

    class Redis:
        port = free_port()
        process = None

        def start(self):
            self.process = subprocess.Popen(  # noqa: S603
                [binary, "--bind", "127.0.0.1", "--port", str(self.port),
                 "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
                stdout=subprocess.DEVNULL,
            )  # fmt: skip
            if wait_for(lambda: port_open(self.port), 10) is None:
                pytest.fail("redis-server startet nicht")

        def stop(self):
            if self.process and self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(timeout=5)

    redis = Redis()
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


@pytest.fixture
def gunicorn(tmp_path):
    """Starts gunicorn (site/gunicorn.conf.py, production settings) with the given
    environment; stderr goes to a file that the test reads. Every server started
    is stopped at the end, also when the test fails."""
    started = []

    def start(env, workers=2, threads=2):
        port = free_port()
        env = {
            **env,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_WORKERS": str(workers),
            "GUNICORN_THREADS": str(threads),
        }
        stderr = open(tmp_path / f"gunicorn-{port}.log", "w+b")  # noqa: SIM115
        process = subprocess.Popen(  # noqa: S603
            [str(Path(sys.executable).parent / "gunicorn"), "stadtlabore.wsgi",
             "-c", str(ROOT / "site" / "gunicorn.conf.py")],
            cwd=tmp_path, env=env, stderr=stderr,
        )  # fmt: skip
        started.append((process, stderr))
        if wait_for(lambda: get(port, "/healthz", timeout=5)[0] == 200, 60) is None:
            pytest.fail("gunicorn antwortet nicht: " + log_text(stderr))
        return port, stderr

    yield start
    for process, stderr in started:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        stderr.close()
