"""The page title starts with „Fehler: “ exactly when a form on the page shows
errors: over every page and every form error state of the crawled demo site."""

import re

import pytest

pytestmark = pytest.mark.e2e

ERROR_MARKS = ('class="error-summary', 'class="field__error', 'class="errorlist')


def test_title_says_fehler_when_and_only_when_a_form_shows_errors(crawled_site):
    directory, saved, _addresses = crawled_site
    wrong = []
    with_errors = 0
    for name, label in saved.items():
        html = (directory / name).read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        shows_errors = any(mark in html for mark in ERROR_MARKS)
        with_errors += shows_errors
        if title.startswith("Fehler: ") != shows_errors:
            wrong.append(f"{label}: „{title}“")
    assert with_errors >= 10
    assert not wrong, "\n".join(wrong)
