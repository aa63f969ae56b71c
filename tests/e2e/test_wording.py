"""Typography of the visible text on every page of the crawled demo site: no space
before a closing bracket or a punctuation mark („(06.12.2026 )“, „31.03.2027 :“).
Such spaces come from template tags and includes that end with a line break. And a
badge („Frist offen“) is never followed by the rest of a sentence without a
separator („Frist offen nächste: …“)."""

import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.e2e

BLOCKS = {
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "hr", "legend", "li", "main", "nav",
    "ol", "option", "p", "section", "select", "summary", "table", "td", "th", "tr",
    "ul", "label", "button", "input", "textarea", "caption",
}  # fmt: skip
HIDDEN = {"script", "style", "template", "textarea", "head", "title"}
# A space before ) ] , : ; . ! ? that ends a word or a sentence (not „.csv“).
STRAY_SPACE = re.compile(r"\S\s+[)\],:;.!?](?=\s|$|[)\],:;.!?“”\"])")
BADGE_END = "\u2063"  # marks where a badge ends in the text (invisible separator)
RUN_ON_BADGE = re.compile(BADGE_END + r"\s*[a-zäöüß]")


class VisibleText(HTMLParser):
    """The text a reader sees, as runs of inline content between block edges."""

    def __init__(self):
        super().__init__()
        self.runs = [""]
        self.hidden = 0
        self.spans = []  # for each open span: is it a badge?

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN:
            self.hidden += 1
        if tag == "span":
            classes = (dict(attrs).get("class") or "").split()
            self.spans.append("badge" in classes)
        if tag in BLOCKS:
            self.runs.append("")

    def handle_endtag(self, tag):
        if tag in HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag == "span" and self.spans and self.spans.pop():
            self.runs[-1] += BADGE_END
        if tag in BLOCKS:
            self.runs.append("")

    def handle_data(self, data):
        if not self.hidden:
            self.runs[-1] += data


def stray_spaces(html):
    parser = VisibleText()
    parser.feed(html)
    found = []
    for run in parser.runs:
        text = " ".join(run.split())
        found += [
            text[max(0, m.start() - 30) : m.end() + 10].replace(BADGE_END, "")
            for m in RUN_ON_BADGE.finditer(text)
        ]
        text = text.replace(BADGE_END, "")
        found += [
            text[max(0, m.start() - 30) : m.end() + 10]
            for m in STRAY_SPACE.finditer(text)
        ]
    return found


def test_no_space_before_closing_brackets_and_punctuation(crawled_site):
    directory, saved, _addresses = crawled_site
    hits = {}
    for name, label in saved.items():
        found = stray_spaces((directory / name).read_text(encoding="utf-8"))
        if found:
            hits[label] = found
    assert len(saved) >= 60
    assert not hits, "\n".join(f"{k}: {v}" for k, v in hits.items())


def test_the_check_finds_the_spaces_that_were_reported():
    assert stray_spaces("<p>(<time>06.12.2026</time>\n)</p>")
    assert stray_spaces("<p><time>31.03.2027</time> : Antragsfrist</p>")
    assert not stray_spaces("<p>Dateien im Format .csv (<b>CSV</b>).</p>")
    assert not stray_spaces("<li>Eins</li>\n<li>: zwei</li>")
    assert stray_spaces('<dd><span class="badge">Frist offen</span> nächste: 1.</dd>')
    assert not stray_spaces('<dd><span class="badge">Offen</span> – nächste: 1.</dd>')
