"""Filters for contributions: the body as the page shows it and names without
bidirectional controls (`labs.text`)."""

from django import template

from labs import text

register = template.Library()


@register.filter
def comment_body(value):
    return text.comment_body(value)


@register.filter
def plain(value):
    return text.plain_text(value)
