"""Answers for load balancers and monitoring, without personal data or versions.

- `/healthz`: the process is alive and serves requests. Touches nothing else, so
  a database outage never makes the load balancer restart healthy app servers.
- `/readyz`: the dependencies answer. Each entry of `settings.READINESS_CHECKS`
  (name → import path of a callable) is run; a check raises when its dependency
  is down and may return a dict of figures (the task queue reports
  `{"queue_depth": n}`). Any failure gives 503, so the load balancer sends no
  traffic to this server until it is ready again. Apps add their own checks
  (the task queue) to that setting; this module names none of them.

Both are never cached (not even by the page cache: see its excluded prefixes) and
not rate limited (limits count POSTs only). The answer names only checks and
their state, never hosts, error texts or versions; the reason for a failure goes
to the log.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpResponse, JsonResponse
from django.utils.module_loading import import_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def check_database():
    """One round trip to the default database (bounded by its connect_timeout)."""
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_caches():
    """A write and a read on every configured cache. A round trip, not a ping:
    a cache backend that swallows its errors (a Redis that is down reads as a
    miss) fails here because the value does not come back."""
    for alias in settings.CACHES:
        cache = caches[alias]
        if isinstance(cache, DummyCache):
            continue  # keeps nothing by design
        key = f"readyz:{uuid.uuid4().hex}"
        cache.set(key, "ok", 30)
        try:
            if cache.get(key) != "ok":
                raise RuntimeError(f"cache {alias!r}: written value not read back")
        finally:
            cache.delete(key)


def _run(name, path):
    try:
        figures = import_string(path)() or {}
    except Exception as error:  # any failure of a dependency means "not ready"
        logger.warning("readyz: %s nicht bereit: %r", name, error)
        return {"status": "error"}
    return {"status": "ok", **figures}


@never_cache
@require_safe
def healthz(request):
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def readyz(request):
    results = {
        name: _run(name, path)
        for name, path in getattr(settings, "READINESS_CHECKS", {}).items()
    }
    ready = all(result["status"] == "ok" for result in results.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": results},
        status=200 if ready else 503,
    )
