"""Text that members write (contributions, notes, report reasons) and names shown
beside it (people, functions, cities): one place for what is allowed.

- `link_count()` counts the links of a contribution exactly as the page renders
  them (`comment_body()`): web addresses with and without `http(s)://`, bare
  domains and e-mail addresses.
"""

from django.utils.html import linebreaks, urlize
from django.utils.safestring import mark_safe


def comment_body(text):
    """A contribution as HTML: escaped, addresses linked, paragraphs kept."""
    linked = urlize(text, nofollow=True, autoescape=True)
    return mark_safe(linebreaks(linked))  # noqa: S308 – escaped by urlize above


def link_count(text):
    """How many links `comment_body()` makes of the text."""
    return urlize(text, autoescape=True).count("<a ")
