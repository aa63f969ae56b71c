"""Rate limits hold across gunicorn workers without Redis: two worker processes
(production settings, no REDIS_URL) and 75 login attempts from one address, sent
eight at a time, give exactly the configured number of answers and 429 for the
rest. The counters live in the database (labs/ratelimit.py), which both workers
share; a cache per process would let each worker allow the full limit.

(Five identical parallel posts store one comment: tests/labs/discussions/
test_comments_parallel.py, five workers, no Redis.)"""

import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.urls import reverse

from labs.ratelimit import retry_after
from tests.servers import Gunicorn, request, visitor_headers

ATTEMPTS = 75

# Committed data (the server reads it), and the migrated rows back afterwards
# (the flush after the test removes them); runs after all other tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_login_limit_holds_across_two_workers(tmp_path):
    limit, period, _per = settings.RATE_LIMITS["konto:login"]
    if retry_after(period) < 40:  # all attempts in one window of the limit
        time.sleep(retry_after(period))
    headers, token = visitor_headers()
    path = reverse("konto:login")

    def attempt(number):
        # A new name each time: django-axes (per name and address) stays out of it.
        body = urlencode(
            {
                "csrfmiddlewaretoken": token,
                "username": f"niemand{number}@example.org",
                "password": "falsch-geraten",
            }
        )
        return request(port, "POST", path, headers, body)[0]

    with Gunicorn(tmp_path, workers=2) as server:
        port = server.port
        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(attempt, range(ATTEMPTS)))
    print(  # noqa: T201
        f"{ATTEMPTS} Anmeldeversuche: {statuses.count(200)} beantwortet, "
        f"{statuses.count(429)} mit 429 abgewiesen (Grenze {limit})"
    )
    assert statuses.count(200) == limit, statuses
    assert statuses.count(429) == ATTEMPTS - limit, statuses
