"""The one rate limiter and the one client-address function of the project.

Counters live in Django's cache (Redis in production, shared by all app servers),
never in the database. A fixed window per scope and sender: `hit("login",
"ip:203.0.113.7", limit=30, period=600)` counts one attempt and says whether it is
still allowed; `used()` and `count()` are the two halves for forms that count only
what they accepted (the Fachberatung form). Senders appear in cache keys only as a
keyed hash (SECRET_KEY), so an address is neither stored nor readable there.

Users: `home.security` (settings.RATE_LIMITS and django-axes), `home.consultation`
and the API throttle in `home.api`. `client_ip` is the only code that reads
REMOTE_ADDR or X-Forwarded-For (a test watches this).
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.utils.crypto import salted_hmac


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


def _key(scope, ident, period):
    digest = salted_hmac("labs.ratelimit", str(ident)).hexdigest()[:32]
    window = int(time.time() // period)
    return f"ratelimit:{scope}:{digest}:{window}"


def used(scope, ident, *, period):
    """How many attempts of `ident` in `scope` the current window holds."""
    return cache.get(_key(scope, ident, period)) or 0


def count(scope, ident, *, period):
    """Count one attempt of `ident` in `scope`; the number in this window."""
    key = _key(scope, ident, period)
    cache.add(key, 0, timeout=period + 1)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=period + 1)
        return 1


def hit(scope, ident, *, limit, period):
    """Count one attempt of `ident` in `scope`; False once more than `limit`
    attempts fall into the current window of `period` seconds."""
    return count(scope, ident, period=period) <= limit


def retry_after(period):
    """Seconds until the current window ends."""
    return int(period - time.time() % period) + 1
