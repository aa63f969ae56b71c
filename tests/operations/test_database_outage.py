"""A database outage under production settings (gunicorn, PostgreSQL with
persistent connections and health checks): the cluster of this test is really
stopped and started again, gunicorn keeps running.

While the database is away, pages that need it answer 503 with Retry-After and a
German page, pages in the anonymous page cache are still served, /healthz stays
200 and /readyz says 503; every 503 is logged with its traceback. When the
database is back, the same workers answer 200 again."""

import re
import time

from tests.operations.services import get, json_lines, server_env, wait_for

NEEDS_DATABASE = "/suche/?q=Quartier"  # not in the page cache: runs queries
CACHED = "/"


def test_database_outage_gives_503_and_recovers(postgres_cluster, gunicorn, tmp_path):
    port, stderr = gunicorn(server_env(tmp_path, postgres_cluster.url))
    assert get(port, NEEDS_DATABASE)[0] == 200
    assert get(port, CACHED)[0] == 200
    assert get(port, CACHED)[1]["x-page-cache"] == "hit"

    postgres_cluster.stop()
    try:
        stopped = time.monotonic()
        status, headers, body = get(port, NEEDS_DATABASE)
        first_answer = time.monotonic() - stopped
        print(f"erste Antwort ohne Datenbank nach {first_answer:.2f} s")  # noqa: T201
        assert status == 503
        assert int(headers["retry-after"]) > 0
        assert "no-store" in headers["cache-control"]
        assert '<html lang="de">' in body
        assert "<h1>Vorübergehend nicht erreichbar</h1>" in body
        assert "Error" not in body and "Traceback" not in body
        assert first_answer < 6.0

        # Every worker: several requests, each answers 503 quickly.
        for _ in range(6):
            started = time.monotonic()
            assert get(port, NEEDS_DATABASE)[0] == 503
            assert time.monotonic() - started < 6.0

        status, headers, body = get(port, CACHED)
        assert status == 200
        assert headers["x-page-cache"] == "hit"
        assert "StadtLabore" in body

        assert get(port, "/healthz")[0] == 200
        status, _headers, body = get(port, "/readyz")
        assert status == 503
        assert '"database": {"status": "error"}' in body

        # The 7 failed page requests: one JSON line each, with traceback and id.
        errors = [
            line
            for line in json_lines(stderr)
            if line.get("status_code") == 503 and "exc_info" in line
        ]
        print(errors[0])  # noqa: T201
        assert len(errors) == 7
        for line in errors:
            assert line["level"] == "ERROR"
            assert "OperationalError" in line["exc_info"]
            assert re.fullmatch(r"[0-9a-f]{32}", line["request_id"])
    finally:
        postgres_cluster.start()

    restarted = time.monotonic()
    recovered = wait_for(lambda: get(port, NEEDS_DATABASE)[0] == 200, 20)
    print(f"wieder 200 nach {time.monotonic() - restarted:.2f} s")  # noqa: T201
    assert recovered is not None, "nach dem Neustart der Datenbank kein 200"
    for _ in range(6):  # every worker and thread has its connection back
        assert get(port, NEEDS_DATABASE)[0] == 200
    assert get(port, "/readyz")[0] == 200
