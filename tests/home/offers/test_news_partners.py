"""Neuigkeiten (order, pagination, start page, RSS feed) and the page of the
partners of the state strategy (ordered list, logos from our server, funding
notice); query budgets."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from home.demo import offers as demo_offers
from home.models import Partner

BASE = datetime.date(2026, 3, 1)


@pytest.fixture
def news_index(home):
    return demo_offers.build_news_index(home)


@pytest.fixture
def news(news_index, themes):
    return [
        demo_offers.build_news(
            news_index,
            title=title,
            date=BASE + datetime.timedelta(days=days),
            teaser=f"Kurztext {title}",
            themes=themes[:1],
        )
        for title, days in [
            ("Mittlere Meldung", 10),
            ("Neueste Meldung", 20),
            ("Älteste Meldung", 0),
            ("Vierte Meldung", 5),
        ]
    ]


def body(response):
    assert response.status_code == 200
    return response.content.decode()


def test_news_newest_first(client, news_index, news):
    html = body(client.get(news_index.url))
    order = [html.index(t) for t in ("Neueste", "Mittlere", "Vierte", "Älteste")]
    assert order == sorted(order)


def test_news_paginated(client, news_index):
    for i in range(12):
        demo_offers.build_news(
            news_index, title=f"Meldung {i:02d}", date=BASE + datetime.timedelta(i)
        )
    first = body(client.get(news_index.url))
    second = body(client.get(news_index.url, {"seite": 2}))
    assert first.count("card--news") == 10
    assert second.count("card--news") == 2
    assert "Meldung 11" in first and "Meldung 00" in second


def test_empty_news_index_explains(client, news_index):
    assert "Noch gibt es keine Neuigkeiten." in body(client.get(news_index.url))


def test_home_shows_latest_three(client, home, news):
    html = body(client.get(home.url))
    assert "Neuigkeiten" in html
    for title in ("Neueste Meldung", "Mittlere Meldung", "Vierte Meldung"):
        assert title in html
    assert "Älteste Meldung" not in html


def test_draft_news_hidden_everywhere(client, home, news_index, news):
    demo_offers.build_news(
        news_index, title="Noch geheim", date=BASE + datetime.timedelta(99), live=False
    )
    for url in (home.url, news_index.url, news_index.url + "feed/"):
        assert "Noch geheim" not in body(client.get(url))


def test_feed_is_valid_rss_with_newest_first(client, news_index, news):
    response = client.get(news_index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314 – our own feed
    channel = root.find("channel")
    assert channel.findtext("title") == "Neuigkeiten"
    assert channel.findtext("language") == "de"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Neueste Meldung",
        "Mittlere Meldung",
        "Vierte Meldung",
        "Älteste Meldung",
    ]
    first = items[0]
    assert first.findtext("link").endswith(news[1].url)
    assert first.findtext("description") == "Kurztext Neueste Meldung"
    assert "21 Mar 2026" in first.findtext("pubDate")


def test_news_pages_announce_the_feed(client, news_index, news):
    link = '<link rel="alternate" type="application/rss+xml"'
    for url in (news_index.url, news[0].url):
        html = body(client.get(url))
        assert link in html
        assert 'href="/neuigkeiten/feed/"' in html


def test_news_page_shows_date_teaser_and_themes(client, news, themes):
    html = body(client.get(news[1].url))
    assert "21.03.2026" in html
    assert "Kurztext Neueste Meldung" in html
    assert "Beteiligung, Engagement &amp; Teilhabe" in html


# --- Partner*innen ---------------------------------------------------------------------


@pytest.fixture
def partners_page(home):
    return demo_offers.build_partners_page(home)


@pytest.fixture
def partners(db):
    logo = demo_offers.ensure_logo("ST", "Städtetag Test", (170, 30, 45))
    return [
        demo_offers.ensure_partner(
            "Städtetag Baden-Württemberg",
            description="Kommunaler Landesverband der Städte.",
            url="https://www.staedtetag-bw.de/",
            logo=logo,
            sort_order=1,
        ),
        demo_offers.ensure_partner(
            "Ministerium für Soziales, Gesundheit und Integration",
            description="Verantwortet die Landesstrategie.",
            sort_order=0,
        ),
    ]


def test_partners_page_lists_partners_in_editor_order_with_notice(
    client, partners_page, partners
):
    html = body(client.get(partners_page.url))
    assert html.index("Ministerium für Soziales") < html.index(
        "Städtetag Baden-Württemberg"
    )
    assert 'href="https://www.staedtetag-bw.de/"' in html
    assert "Kommunaler Landesverband der Städte." in html
    assert "Förderhinweis" in html
    assert "Finanziert aus Landesmitteln" in html


def test_partner_logos_come_from_own_server(client, partners_page, partners):
    html = body(client.get(partners_page.url))
    assert '<img alt="" ' in html or 'alt=""' in html
    srcs = [part.split('"', 1)[0] for part in html.split('src="')[1:]]
    assert srcs, "kein Logo ausgegeben"
    assert all(src.startswith("/") and not src.startswith("//") for src in srcs)


def test_new_partner_goes_to_the_end(partners):
    added = Partner.objects.create(name="Landkreistag", description="x")
    assert list(Partner.objects.all())[-1] == added


def test_partners_page_empty_state(client, partners_page):
    assert "noch nicht eingetragen" in body(client.get(partners_page.url))


def test_partner_page_allowed_under_about_page(home):
    from home import demo

    about = demo.build_content_page(home, title="Über das Projekt", slug="ueber")
    page = demo_offers.build_partners_page(about)
    assert page.url == "/ueber/partnerinnen/"


def test_query_counts_independent_of_news_and_partners(
    home, news_index, news, partners_page, partners, themes, member, count_queries
):
    def grow(start, stop):
        for i in range(start, stop):
            demo_offers.build_news(
                news_index,
                title=f"Zusatz {i}",
                date=BASE + datetime.timedelta(days=30 + i),
                themes=themes[:2],
            )
            demo_offers.ensure_partner(
                f"Partner*in {i}",
                description="Beschreibung",
                logo=demo_offers.ensure_logo("P", f"Partner {i}", (0, 0, 0)),
            )

    urls = [news_index.url, news[0].url, partners_page.url, news_index.url + "feed/"]
    grow(0, 2)
    small = [count_queries(Client(), url) for url in urls]
    grow(2, 14)
    large = [count_queries(Client(), url) for url in urls]
    assert max(small) <= 15, small
    assert small == large
    member_client = Client()
    member_client.force_login(member)
    assert max(count_queries(member_client, url) for url in urls) <= 20
