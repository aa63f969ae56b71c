"""Text that members write (contributions, notes, report reasons) and names shown
beside it (people, functions, cities): one place for what is allowed.

- `plain_text()` removes the characters that reorder the display of a text
  (bidirectional embeddings, overrides, isolates and marks). With them a name or a
  contribution could show something else than it says, e.g. a link that reads
  backwards; German texts never need them.
- `is_blank()` is true for a text that shows nothing: only spaces, zero-width
  characters, joiners, soft hyphens, byte order marks and other invisible
  characters. Such a contribution is refused.
- `link_count()` counts the links of a contribution exactly as the page renders
  them (`comment_body()`): web addresses with and without `http(s)://`, bare
  domains and e-mail addresses.
"""

import unicodedata

from django.utils.html import linebreaks, urlize
from django.utils.safestring import mark_safe

# U+200E/U+200F (marks), U+202A–U+202E (embeddings, overrides), U+2066–U+2069
# (isolates), U+061C (Arabic letter mark).
BIDI_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)
# Categories without a visible glyph: controls, format characters (zero-width
# space and joiners, U+2060, BOM, soft hyphen), separators and marks without a base.
_INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"}
# Letters that render as blank space (Hangul fillers, braille blank, Mongolian
# vowel separator).
_BLANK_LETTERS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800", "\u180e"}


def plain_text(value):
    """The text without bidirectional control characters (None stays None)."""
    if value is None:
        return value
    return str(value).translate(BIDI_CONTROLS)


def is_blank(value):
    """True when the text shows nothing a reader could see."""
    return all(
        char in _BLANK_LETTERS or unicodedata.category(char) in _INVISIBLE_CATEGORIES
        for char in str(value or "")
    )


def comment_body(text):
    """A contribution as HTML: escaped, addresses linked, paragraphs kept."""
    linked = urlize(plain_text(text), nofollow=True, autoescape=True)
    return mark_safe(linebreaks(linked))  # noqa: S308 – escaped by urlize above


def link_count(text):
    """How many links `comment_body()` makes of the text."""
    return urlize(plain_text(text), autoescape=True).count("<a ")
