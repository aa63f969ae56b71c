"""Filters for contributions: the body as the page shows it (`labs.text`)."""

from django import template

from labs import text

register = template.Library()


@register.filter
def comment_body(value):
    return text.comment_body(value)
