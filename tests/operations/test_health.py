"""Health and readiness answers for load balancers, the request id, and the error
log of production: in-process for the answers themselves, and under gunicorn with
the production settings for the log on stderr, plain-http probes and a Redis that
is stopped and started (PostgreSQL of the test's own cluster)."""

import json
import re
from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from labs.models import OutgoingMail
from tests.operations.services import get, json_lines, server_env, wait_for

HEX_ID = re.compile(r"[0-9a-f]{32}")
CHECKS = {
    "database": "home.operations.health.check_database",
    "cache": "home.operations.health.check_caches",
}
EMPTY_QUEUE = {"status": "ok", "queue_depth": 0, "oldest_waiting_seconds": 0}


def no_versions(body):
    assert not re.search(r"\d+\.\d+", body), body
    for word in ("django", "wagtail", "python", "postgres", "redis", "127.0.0.1"):
        assert word not in body.lower(), body


@pytest.mark.django_db
def test_healthz_answers_without_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]
    assert "X-Page-Cache" not in response or response["X-Page-Cache"] == "bypass"
    assert not response.cookies


@pytest.mark.django_db
def test_readyz_reports_each_dependency(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok"},
            "cache": {"status": "ok"},
            "mail_queue": EMPTY_QUEUE,
        },
    }
    assert "no-store" in response["Cache-Control"]
    no_versions(response.content.decode())


@pytest.mark.django_db
def test_readyz_counts_the_mails_waiting_for_the_worker(client):
    sent, first, second = (
        OutgoingMail.objects.create(message={"subject": f"Nachricht {n}"})
        for n in range(3)
    )
    now = timezone.now()
    OutgoingMail.objects.filter(pk=sent.pk).update(sent_at=now)
    OutgoingMail.objects.filter(pk=first.pk).update(
        created_at=now - timedelta(minutes=5)
    )

    response = client.get("/readyz")

    # Waiting mail is figures for monitoring, not a reason to take the server
    # out of the load balancer: pages do not depend on the worker.
    assert response.status_code == 200
    queue = response.json()["checks"]["mail_queue"]
    assert queue["status"] == "ok"
    assert queue["queue_depth"] == 2
    assert 300 <= queue["oldest_waiting_seconds"] < 360
    assert "Nachricht" not in response.content.decode()


@pytest.mark.django_db
def test_readyz_takes_further_checks_and_their_figures(client):
    checks = {
        **CHECKS,
        "tasks": "tests.operations.services.queue_check",
    }
    with override_settings(READINESS_CHECKS=checks):
        response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"]["tasks"] == {"status": "ok", "queue_depth": 3}

    checks["tasks"] = "tests.operations.services.failing_check"
    with override_settings(READINESS_CHECKS=checks):
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["tasks"] == {"status": "error"}
    assert response.json()["checks"]["database"] == {"status": "ok"}
    assert "erreichbar" not in response.content.decode()  # no error texts


@pytest.mark.django_db
def test_request_id_is_generated_unless_a_trusted_proxy_sends_one(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="vom-client-gewaehlt")
    assert HEX_ID.fullmatch(response["X-Request-ID"])
    assert client.get("/healthz")["X-Request-ID"] != response["X-Request-ID"]

    with override_settings(TRUSTED_PROXY_COUNT=1):
        response = client.get("/healthz", HTTP_X_REQUEST_ID="nginx-4f2a9c81e0")
        assert response["X-Request-ID"] == "nginx-4f2a9c81e0"
        forged = client.get("/healthz", HTTP_X_REQUEST_ID="x\n{ERROR} gefälscht")
        assert HEX_ID.fullmatch(forged["X-Request-ID"])


def test_production_logs_and_probes(postgres_cluster, redis_server, gunicorn, tmp_path):
    env = server_env(
        tmp_path,
        postgres_cluster.url,
        REDIS_URL=f"redis://127.0.0.1:{redis_server.port}/14",
        TRUSTED_PROXY_COUNT="1",
    )
    port, stderr = gunicorn(env)

    # A server error: one JSON line on stderr with traceback and the proxy's id.
    headers = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https"}
    status, answer, body = get(
        port, "/__fehler__/", headers={**headers, "X-Request-ID": "req-7d1e5b2c9a"}
    )
    assert status == 500
    assert answer["x-request-id"] == "req-7d1e5b2c9a"
    assert "<h1>Technischer Fehler</h1>" in body
    assert wait_for(lambda: json_lines(stderr), 5) is not None
    lines = [
        line for line in json_lines(stderr) if line["request_id"] == "req-7d1e5b2c9a"
    ]
    assert len(lines) == 1, lines
    (line,) = lines
    assert line["level"] == "ERROR"
    assert line["status_code"] == 500
    assert "RuntimeError: absichtlicher Fehler" in line["exc_info"]
    assert line["time"].endswith("+00:00")

    # Probes over plain http: no redirect to https.
    plain = {"Host": "127.0.0.1"}
    assert get(port, "/healthz", headers=plain)[0] == 200
    status, _answer, body = get(port, "/readyz", headers=plain)
    assert status == 200, body
    assert json.loads(body)["checks"]["cache"] == {"status": "ok"}
    assert get(port, "/", headers=plain)[0] == 301  # pages still redirect

    redis_server.stop()
    try:
        assert get(port, "/healthz", headers=plain)[0] == 200
        status, _answer, body = get(port, "/readyz", headers=plain, timeout=15)
        assert status == 503
        checks = json.loads(body)["checks"]
        assert checks == {
            "database": {"status": "ok"},
            "cache": {"status": "error"},
            "mail_queue": EMPTY_QUEUE,
        }
        no_versions(body)
    finally:
        redis_server.start()
    assert (
        wait_for(lambda: get(port, "/readyz", headers=plain)[0] == 200, 15) is not None
    )
