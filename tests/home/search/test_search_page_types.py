"""Every page type a visitor can read is found by the words of its title and of
its text, and is listed in the search's type filter. Parametrised over Wagtail's
page model registry (via `home.search.queries.page_types`), so a new page type is covered
without editing this test; each is checked on its demo page."""

import re

import pytest
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from wagtail.search import index

from home.search.queries import RESULTS_PER_PAGE, page_types
from labs.search import STOP_WORDS, words

TYPES = sorted(page_types())
SKIPPED_FIELDS = {"title", "search_stems"}


def demo_page(model):
    page = model.objects.live().public().order_by("path").first()
    assert page is not None, f"Die Beispielinhalte haben keine {model.__name__}."
    return page


def candidates(text):
    return [
        word
        for word in words(text)
        if len(word) >= 6 and word.isalpha() and word.lower() not in STOP_WORDS
    ]


def body_text(page):
    """The page's text as a reader sees it (its search fields besides the title)."""
    texts = []
    for field in page.get_search_fields():
        if isinstance(field, index.SearchField) and (
            field.field_name not in SKIPPED_FIELDS
        ):
            value = field.get_value(page)
            if value:
                texts.append(strip_tags(force_str(value)))
    return " ".join(texts)


def found(client, page, word, key):
    """Whether searching `word` (type filter `key`) lists the page, on any page
    of results."""
    number = 1
    while True:
        response = client.get("/suche/", {"q": word, "typ": key, "seite": number})
        assert response.status_code == 200
        html = response.content.decode()
        if f'href="{page.url}"' in html:
            return True
        total = re.search(r"(\d+) Treffer", html)
        if not total or int(total.group(1)) <= number * RESULTS_PER_PAGE:
            return False
        number += 1


@pytest.mark.parametrize("key", TYPES)
def test_page_of_every_type_is_found_by_its_title(demo_content, db, client, key):
    page = demo_page(page_types()[key][0])
    title_words = candidates(page.title) or [max(words(page.title), key=len)]
    word = max(title_words, key=len)
    assert found(client, page, word, key), f"„{word}“ findet „{page.title}“ nicht."


@pytest.mark.parametrize("key", TYPES)
def test_page_of_every_type_is_found_by_a_word_of_its_text(
    demo_content, db, client, key
):
    page = demo_page(page_types()[key][0])
    title = {word.lower() for word in words(page.title)}
    text_words = [w for w in candidates(body_text(page)) if w.lower() not in title]
    assert text_words, f"„{page.title}“ hat keinen Text."
    word = max(text_words, key=len)
    assert found(client, page, word, key), f"„{word}“ findet „{page.title}“ nicht."


@pytest.mark.parametrize("key", TYPES)
def test_every_page_type_is_in_the_type_filter(demo_content, db, client, key):
    html = client.get("/suche/", {"q": "Quartier"}).content.decode()
    select = re.search(r'<select id="filter-typ" name="typ">(.*?)</select>', html, re.S)
    assert f'<option value="{key}"' in select.group(1)
