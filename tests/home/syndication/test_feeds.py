"""RSS and Atom feeds: valid XML, exactly the live public items, absolute links."""

import pytest
from defusedxml import ElementTree
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site

from home import demo
from home.models import SiteSettings

ATOM = "{http://www.w3.org/2005/Atom}"


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)
    channel = root.find("channel")
    return channel, [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "description": item.findtext("description"),
            "categories": [c.text for c in item.findall("category")],
        }
        for item in channel.findall("item")
    ]


def atom_entries(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    return root, [
        {
            "title": entry.findtext(f"{ATOM}title"),
            "link": entry.find(f"{ATOM}link").get("href"),
        }
        for entry in root.findall(f"{ATOM}entry")
    ]


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )


@pytest.fixture
def tree(lab, other_lab, experiment, learning, discussion, themes):
    """Public content plus a draft and a members-only page of each kind."""
    other_learning = demo.build_learning(
        other_lab, title="Zwischennutzung braucht einen Vertrag.", themes=[themes[2]]
    )
    draft = demo.build_learning(lab, title="Entwurf einer Erkenntnis", live=False)
    private = demo.build_learning(lab, title="Nur für Mitglieder", themes=[themes[0]])
    restrict(private)
    draft_experiment = demo.build_experiment(
        lab, title="Geplantes Experiment", live=False, themes=[themes[0]]
    )
    private_discussion = demo.build_discussion(lab, title="Interne Abstimmung")
    restrict(private_discussion)
    return {
        "other_learning": other_learning,
        "draft": draft,
        "private": private,
        "draft_experiment": draft_experiment,
        "private_discussion": private_discussion,
    }


def test_learnings_feed_lists_live_public_learnings_with_absolute_links(
    client, tree, learning
):
    channel, items = rss_items(client.get(reverse("feeds:learnings")))
    assert channel.findtext("title") == "Neue Erkenntnisse – StadtLabore vor Ort"
    assert channel.findtext("language") == "de"
    assert channel.findtext("link").startswith("http://localhost/")
    titles = {item["title"] for item in items}
    assert titles == {learning.title, tree["other_learning"].title}
    by_title = {item["title"]: item for item in items}
    assert by_title[learning.title]["link"] == learning.full_url
    assert by_title[learning.title]["link"].startswith("http://localhost/")
    assert "Empfehlung:" in by_title[learning.title]["description"]
    assert by_title[learning.title]["categories"] == [
        t.name for t in learning.themes.all()
    ]


def test_learnings_atom_feed_has_the_same_entries(client, tree, learning):
    root, entries = atom_entries(client.get(reverse("feeds:learnings_atom")))
    assert root.findtext(f"{ATOM}title") == "Neue Erkenntnisse – StadtLabore vor Ort"
    assert root.findtext(f"{ATOM}subtitle")
    assert {e["title"] for e in entries} == {
        learning.title,
        tree["other_learning"].title,
    }
    assert all(e["link"].startswith("http://localhost/") for e in entries)


def test_lab_feed_lists_its_experiments_and_learnings_by_slug_or_id(
    client, tree, lab, experiment, learning
):
    expected = {f"Experiment: {experiment.title}", f"Erkenntnis: {learning.title}"}
    for arg in (lab.slug, str(lab.pk)):
        channel, items = rss_items(client.get(reverse("feeds:lab", args=[arg])))
        assert {item["title"] for item in items} == expected
        assert channel.findtext("link") == lab.full_url
        assert "Neckarweiler" in channel.findtext("title")
    _root, entries = atom_entries(
        client.get(reverse("feeds:lab_atom", args=[lab.slug]))
    )
    assert {e["title"] for e in entries} == expected


def test_feed_of_a_draft_or_private_lab_or_unknown_theme_is_not_found(
    client, lab, lab_index, city
):
    draft_lab = demo.build_lab(
        lab_index, title="Labor im Entwurf", city=city, live=False
    )
    assert client.get(reverse("feeds:lab", args=[draft_lab.slug])).status_code == 404
    restrict(lab)
    assert client.get(reverse("feeds:lab", args=[lab.slug])).status_code == 404
    assert client.get(reverse("feeds:lab", args=["gibt-es-nicht"])).status_code == 404
    url = reverse("feeds:theme", args=["gibt-es-nicht"])
    assert client.get(url).status_code == 404


def test_theme_feed_lists_experiments_and_learnings_tagged_with_the_theme(
    client, tree, themes, experiment, learning
):
    theme = themes[0]
    channel, items = rss_items(client.get(reverse("feeds:theme", args=[theme.slug])))
    assert {item["title"] for item in items} == {
        f"Experiment: {experiment.title}",
        f"Erkenntnis: {learning.title}",
    }
    assert theme.name in channel.findtext("title")
    assert channel.findtext("link").endswith(f"?thema={theme.slug}")
    _channel, items = rss_items(
        client.get(reverse("feeds:theme", args=[themes[2].slug]))
    )
    assert [item["title"] for item in items] == [
        f"Erkenntnis: {tree['other_learning'].title}"
    ]
    _root, entries = atom_entries(
        client.get(reverse("feeds:theme_atom", args=[theme.slug]))
    )
    assert len(entries) == 2


def test_discussion_feed_shows_topics_but_never_contributions(
    client, tree, discussion, member, make_comment
):
    make_comment(discussion, member, "Vertraulich: Unser Kämmerer sagt nein.")
    for public in (False, True):
        settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        settings.discussions_public = public
        settings.save()
        response = client.get(reverse("feeds:discussions"))
        _channel, items = rss_items(response)
        assert [item["title"] for item in items] == [discussion.title]
        assert "Wie sind Ihre Erfahrungen?" in items[0]["description"]
        assert "Kämmerer" not in response.content.decode()
        assert "Interne Abstimmung" not in response.content.decode()
    _root, entries = atom_entries(client.get(reverse("feeds:discussions_atom")))
    assert [e["title"] for e in entries] == [discussion.title]


def test_pages_link_their_feeds_in_the_head(
    client, lab, learning, knowledge_index, discussion_index
):
    pages = {
        knowledge_index.url: reverse("feeds:learnings"),
        learning.url: reverse("feeds:learnings_atom"),
        lab.url: reverse("feeds:lab", args=[lab.slug]),
        discussion_index.url: reverse("feeds:discussions"),
    }
    for url, feed in pages.items():
        html = client.get(url).content.decode()
        head = html.split("</head>")[0]
        assert f'href="{feed}"' in head, url
        assert 'rel="alternate" type="application/rss+xml"' in head
        assert 'type="application/atom+xml"' in head


def test_feed_query_count_is_bounded_and_independent_of_size(
    client, lab, experiment, learning, discussion, themes, count_queries
):
    urls = [
        reverse("feeds:learnings"),
        reverse("feeds:learnings_atom"),
        reverse("feeds:lab", args=[lab.slug]),
        reverse("feeds:theme", args=[themes[0].slug]),
        reverse("feeds:discussions"),
    ]

    def grow(start, stop):
        for i in range(start, stop):
            new = demo.build_experiment(lab, title=f"Experiment {i}", themes=themes)
            demo.build_learning(
                lab, title=f"Erkenntnis {i}", evidence=[new], themes=themes
            )
            demo.build_discussion(lab, title=f"Diskussion {i}", themes=themes[:1])

    def counts():
        return {url: count_queries(client, url) for url in urls}

    grow(0, 2)
    small = counts()
    grow(2, 35)  # more than one feed's worth of items
    large = counts()
    print("queries per feeds URL (small / large):", small, large)  # noqa: T201
    assert max(small.values()) <= 10, small
    assert large == small
    _channel, items = rss_items(client.get(reverse("feeds:learnings")))
    assert len(items) == 30
