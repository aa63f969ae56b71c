"""Counters of the rate limiter (labs/ratelimit.py) when there is no Redis, or Redis
is down: one row per scope, sender and window, counted up with one atomic UPDATE, so
every worker process and app server on the same database counts into the same
number (a per-process cache would let each worker allow the full limit)."""

from django.db import models


class RateCounter(models.Model):
    key = models.CharField(max_length=120, unique=True)
    count = models.PositiveIntegerField(default=0)
    expires = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = "Zähler einer Ratenbegrenzung"
        verbose_name_plural = "Zähler der Ratenbegrenzung"

    def __str__(self):
        return self.key
