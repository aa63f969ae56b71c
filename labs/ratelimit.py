"""Rate limits in Django's cache (Redis in production, shared by all app servers).

A fixed window per scope and client: `hit("login", "203.0.113.7", limit=30,
period=600)` counts one attempt and says whether it is still allowed. Counters live
only in the cache; nothing is written to the database.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache


def client_ip(request):
    """The client's address. Behind TRUSTED_PROXY_COUNT reverse proxies the address
    is the one the outermost trusted proxy saw (X-Forwarded-For counted from the
    right, so a client cannot forge it); without proxies REMOTE_ADDR."""
    hops = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if hops:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= hops:
            return forwarded[-hops]
    return request.META.get("REMOTE_ADDR", "")


def _key(scope, ident, window):
    digest = hashlib.sha256(str(ident).encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}:{window}"


def hit(scope, ident, *, limit, period):
    """Count one attempt of `ident` in `scope`; False once more than `limit`
    attempts fall into the current window of `period` seconds."""
    window = int(time.time() // period)
    key = _key(scope, ident, window)
    cache.add(key, 0, timeout=period + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=period + 1)
        count = 1
    return count <= limit


def retry_after(period):
    """Seconds until the current window ends."""
    return int(period - time.time() % period) + 1
