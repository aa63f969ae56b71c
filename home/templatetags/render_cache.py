"""`{% load render_cache %}`: the `fragment` tag and `reader_audience` (see
`home.render_cache`)."""

from home.render_cache import register

__all__ = ["register"]
