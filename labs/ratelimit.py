"""The one rate limiter and the one client-address function of the project.

Counters live in one store that every worker process and app server shares: Redis
where REDIS_URL is set (the cache alias "limits"), otherwise the database
(`RateCounter`, one atomic UPDATE per attempt). While Redis is down the database
counts instead, and Redis counts again as soon as it answers. A fixed window per
scope and sender: `hit("login", "ip:203.0.113.7", limit=30, period=600)` counts one
attempt and says whether it is still allowed; `used()` and `count()` are the two halves for forms that count only
what they accepted (the Fachberatung form). Senders appear in cache keys only as a
keyed hash (SECRET_KEY), so an address is neither stored nor readable there (in
Redis nor in the database).

Users: the rate-limit middleware (settings.RATE_LIMITS), django-axes, the Fachberatung
form and the API throttle. `client_ip` is the only code that reads REMOTE_ADDR or
X-Forwarded-For (a test watches this).
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

from labs.models import RateCounter

logger = logging.getLogger(__name__)
# What django-redis raises when Redis does not answer (it re-raises the cause).
REDIS_DOWN = (ConnectionInterrupted, RedisError)

REDIS_ALIAS = "limits"


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


def _redis():
    """The Redis store, or None where there is none (then the database counts)."""
    return caches[REDIS_ALIAS] if REDIS_ALIAS in settings.CACHES else None


def _database_used(key):
    return (
        RateCounter.objects.filter(key=key, expires__gt=timezone.now())
        .values_list("count", flat=True)
        .first()
        or 0
    )


def _database_count(key, period):
    """One atomic increment; the row lock held until commit makes the number read
    back exact under parallel requests."""
    now = timezone.now()
    with transaction.atomic():
        if not RateCounter.objects.filter(key=key).update(count=F("count") + 1):
            try:
                with transaction.atomic():
                    RateCounter.objects.create(
                        key=key, count=1, expires=now + timedelta(seconds=period + 1)
                    )
                # A new window: the counters of ended windows go.
                RateCounter.objects.filter(expires__lte=now).delete()
                return 1
            except IntegrityError:  # another request created it just now
                RateCounter.objects.filter(key=key).update(count=F("count") + 1)
        return RateCounter.objects.filter(key=key).values_list("count", flat=True)[0]


def _redis_count(redis, key, period):
    redis.add(key, 0, timeout=period + 1)
    try:
        return redis.incr(key)
    except ValueError:  # expired between add and incr
        redis.add(key, 1, timeout=period + 1)
        return 1


def used(scope, ident, *, period):
    """How many attempts of `ident` in `scope` the current window holds."""
    key = _key(scope, ident, period)
    redis = _redis()
    if redis is not None:
        try:
            return redis.get(key) or 0
        except REDIS_DOWN:
            logger.warning("Redis unreachable: rate limits counted in the database")
    return _database_used(key)


def count(scope, ident, *, period):
    """Count one attempt of `ident` in `scope`; the number in this window."""
    key = _key(scope, ident, period)
    redis = _redis()
    if redis is not None:
        try:
            return _redis_count(redis, key, period)
        except REDIS_DOWN:
            logger.warning("Redis unreachable: rate limits counted in the database")
    return _database_count(key, period)


def hit(scope, ident, *, limit, period):
    """Count one attempt of `ident` in `scope`; False once more than `limit`
    attempts fall into the current window of `period` seconds."""
    return count(scope, ident, period=period) <= limit


def retry_after(period):
    """Seconds until the current window ends."""
    return int(period - time.time() % period) + 1
