"""`{% load render_cache %}`: the `fragment` tag and `reader_audience` (see
`home.caching.render_cache`)."""

from home.caching.render_cache import register

__all__ = ["register"]
