"""German full-text search on both databases.

PostgreSQL stems German words itself (Wagtail's database backend with
`SEARCH_CONFIG: "german"`). SQLite's FTS5 has no German stemmer, so on SQLite every
indexed object carries a stemmed copy of its text (the search field
`search_stems`, Snowball's German stemmer), and `build_query` searches each word
in its own form or in its stemmed form: "Quartiere" and "Quartier" both become
"quarti" and find each other.
"""

import re
from functools import lru_cache

import snowballstemmer
from django.db import connection
from django.db.models import Manager
from django.utils.encoding import force_str
from wagtail.search import index
from wagtail.search.query import And, Or, PlainText

MAX_TERMS = 12
# Characters with a meaning in the full-text syntax of SQLite or PostgreSQL (and
# other punctuation): searching treats them as word separators.
NON_WORD = re.compile(r"[^\w]+", re.UNICODE)

# Common German function words. PostgreSQL's "german" configuration drops them;
# the query drops them on both databases, so that "Ideen für die Nachbarschaft"
# does not require the word "für" on SQLite.
STOP_WORDS = frozenset(
    [
        "aber",
        "alle",
        "allem",
        "allen",
        "aller",
        "alles",
        "als",
        "also",
        "am",
        "an",
        "ander",
        "andere",
        "anderen",
        "auch",
        "auf",
        "aus",
        "bei",
        "bin",
        "bis",
        "bist",
        "da",
        "damit",
        "dann",
        "das",
        "dass",
        "dein",
        "deine",
        "dem",
        "den",
        "der",
        "des",
        "dich",
        "die",
        "dir",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "er",
        "es",
        "etwas",
        "euch",
        "euer",
        "für",
        "gegen",
        "hat",
        "hatte",
        "hier",
        "ich",
        "ihr",
        "im",
        "in",
        "ist",
        "ja",
        "jede",
        "jedem",
        "jeden",
        "jeder",
        "jedes",
        "kann",
        "kein",
        "keine",
        "man",
        "mich",
        "mit",
        "muss",
        "nach",
        "nicht",
        "nichts",
        "noch",
        "nun",
        "nur",
        "ob",
        "oder",
        "ohne",
        "sehr",
        "sein",
        "seine",
        "sich",
        "sie",
        "sind",
        "so",
        "soll",
        "über",
        "um",
        "und",
        "uns",
        "unser",
        "unter",
        "vom",
        "von",
        "vor",
        "war",
        "was",
        "weil",
        "welche",
        "wenn",
        "wer",
        "wie",
        "wir",
        "wird",
        "wo",
        "zu",
        "zum",
        "zur",
        "zwischen",
    ]
)


@lru_cache(maxsize=1)
def _stemmer():
    return snowballstemmer.stemmer("german")


def stem(word):
    return _stemmer().stemWord(word.lower())


def words(text):
    return [word for word in NON_WORD.sub(" ", force_str(text)).split() if word]


def stems_of(text):
    """The stemmed words of a text, each once, in order of appearance."""
    seen = dict.fromkeys(stem(word) for word in words(text) if len(word) > 1)
    return " ".join(seen)


def needs_stemmed_copy():
    """SQLite (FTS5) needs the stemmed copy; PostgreSQL stems by itself."""
    return connection.vendor == "sqlite"


def query_terms(text, limit=MAX_TERMS):
    """The words of a search input without punctuation, FTS syntax and stop words
    (at most `limit`)."""
    terms = [word for word in words(text) if word.lower() not in STOP_WORDS]
    return terms[:limit]


def build_query(terms):
    """A Wagtail search query that requires every term, in its own form or (on
    SQLite) in its stemmed form."""
    parts = []
    for term in terms:
        query = PlainText(term)
        if needs_stemmed_copy():
            stemmed = stem(term)
            if stemmed and stemmed != term.lower():
                query = Or([query, PlainText(stemmed)])
        parts.append(query)
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def _field_text(obj, field):
    """Text of one search field of `obj` (related fields followed)."""
    if isinstance(field, index.SearchField):
        if field.field_name == "search_stems":
            return []
        value = field.get_value(obj)
        if value is None:
            return []
        if isinstance(value, list | tuple):
            return [force_str(item) for item in value]
        return [force_str(value)]
    if isinstance(field, index.RelatedFields):
        related = field.get_value(obj)
        if related is None:
            return []
        if isinstance(related, Manager) or hasattr(related, "all"):
            objects = related.all()
        else:
            objects = [related() if callable(related) else related]
        texts = []
        for item in objects:
            for sub_field in field.fields:
                texts.extend(_field_text(item, sub_field))
        return texts
    return []


class StemmedSearchMixin:
    """Adds `search_stems` to the index on SQLite: the stemmed words of every other
    search field. Add `index.SearchField("search_stems")` to `search_fields`."""

    def search_stems(self):
        if not needs_stemmed_copy():
            return ""
        texts = []
        for field in self.get_search_fields():
            texts.extend(_field_text(self, field))
        return stems_of(" ".join(texts))
