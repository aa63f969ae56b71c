"""Discussions: posting, replying, editing, withdrawing, pagination, visibility,
city attribution, abuse limits and the package's unsafe defaults closed."""

import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from wagtail.models import PageViewRestriction

from home.models import SiteSettings
from labs.models import Comment
from labs.models.comments import (
    MAX_LENGTH,
    MAX_LINKS,
    RATE_LIMIT_COUNT,
    THREADS_PER_PAGE,
)


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def post_url(page):
    return reverse("labs:comment_post", args=[page.pk])


def make_public(home):
    from wagtail.models import Site

    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.discussions_public = True
    settings.save()


# --- Posting and replying ---------------------------------------------------------------


@pytest.mark.parametrize("target", ["experiment", "learning", "discussion"])
def test_member_posts_comment_on_each_commentable_page_type(
    request, member_client, comment_data, target
):
    page = request.getfixturevalue(target)
    response = member_client.post(
        post_url(page), comment_data(page, "Bei uns hat das auch geklappt.")
    )
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}#beitrag-{comment.pk}"
    assert comment.page_id == page.pk
    page_html = member_client.get(page.url).content.decode()
    assert "Bei uns hat das auch geklappt." in page_html
    assert f'id="beitrag-{comment.pk}"' in page_html
    assert "Ihr Beitrag ist veröffentlicht." in page_html


def test_comment_shows_name_function_city_and_german_date(
    member_client, discussion, make_comment, member
):
    comment = make_comment(discussion, member, "Hallo aus Neckarweiler")
    html = member_client.get(discussion.url).content.decode()
    assert "Mara Muster" in html
    assert "(Neckarweiler)" in html
    assert "Sozialplanung" in html
    local = comment.submit_date.astimezone()
    months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli"]
    months += ["August", "September", "Oktober", "November", "Dezember"]
    assert f"{local.day}. {months[local.month - 1]} {local.year}" in html
    assert f'href="#beitrag-{comment.pk}"' in html


def test_name_email_and_city_come_from_the_account_not_the_form(
    member_client, discussion, comment_data, other_city
):
    member_client.post(
        post_url(discussion),
        comment_data(
            discussion,
            "Mein Beitrag",
            name="Jemand Anderes",
            email="fake@example.com",
            url="https://spam.example.com",
            author_city=str(other_city.pk),
        ),
    )
    comment = Comment.objects.get()
    assert comment.user_name == "Mara Muster"
    assert comment.user_email == "mitglied@example.org"
    assert comment.user_url == ""
    assert comment.author_city.name == "Neckarweiler"
    assert comment.author_function == "Sozialplanung"


def test_no_ip_address_is_stored(member_client, discussion, comment_data):
    member_client.post(
        post_url(discussion),
        comment_data(discussion, "Ohne IP"),
        REMOTE_ADDR="203.0.113.7",
        HTTP_X_FORWARDED_FOR="198.51.100.1",
    )
    assert Comment.objects.get().ip_address is None


def test_member_reply_nests_under_parent_comment(
    member_client, discussion, make_comment, other_member, comment_data
):
    parent = make_comment(discussion, other_member, "Frage aus Filsingen")
    response = member_client.post(
        post_url(discussion),
        comment_data(discussion, "Antwort aus Neckarweiler", reply_to=str(parent.pk)),
    )
    reply = Comment.objects.exclude(pk=parent.pk).get()
    assert response.status_code == 302
    assert reply.parent_id == parent.pk
    assert reply.thread_id == parent.thread_id
    assert reply.level == 1
    html = member_client.get(discussion.url).content.decode()
    # The reply is inside the parent's article, in a collapsible <details>.
    parent_start = html.index(f'id="beitrag-{parent.pk}"')
    details = html.index("<details", parent_start)
    assert details < html.index(f'id="beitrag-{reply.pk}"')
    assert "1 Antwort" in html


def test_reply_page_shows_the_form_and_works_without_javascript(
    member_client, discussion, make_comment, other_member
):
    parent = make_comment(discussion, other_member, "Frage aus Filsingen")
    response = member_client.get(reverse("labs:comment_reply", args=[parent.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Frage aus Filsingen" in html
    assert f'name="reply_to" value="{parent.pk}"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_replies_nest_to_depth_three_and_no_deeper(
    member_client, discussion, make_comment, other_member, comment_data
):
    first = make_comment(discussion, other_member, "Ebene 1")
    second = make_comment(discussion, other_member, "Ebene 2", parent=first)
    third = make_comment(discussion, other_member, "Ebene 3", parent=second)
    assert (first.depth, second.depth, third.depth) == (1, 2, 3)
    response = member_client.post(
        post_url(discussion),
        comment_data(discussion, "Ebene 4?", reply_to=str(third.pk)),
    )
    assert response.status_code == 200
    assert Comment.objects.count() == 3
    html = response.content.decode()
    assert "Antworten sind bis zur 3. Ebene möglich" in html
    page_html = member_client.get(discussion.url).content.decode()
    assert reverse("labs:comment_reply", args=[third.pk]) not in page_html
    assert reverse("labs:comment_reply", args=[second.pk]) in page_html


def test_reply_to_a_comment_of_another_page_is_refused(
    member_client, discussion, experiment, make_comment, other_member, comment_data
):
    elsewhere = make_comment(experiment, other_member, "Anderswo")
    member_client.post(
        post_url(discussion),
        comment_data(discussion, "Antwort", reply_to=str(elsewhere.pk)),
    )
    assert Comment.objects.count() == 1


# --- Login, membership, visibility --------------------------------------------------------


def test_visitor_cannot_post_and_is_sent_to_login(client, discussion, comment_data):
    response = client.post(post_url(discussion), comment_data(discussion, "Anonym"))
    assert response.status_code == 302
    assert "next=" in response["Location"]
    assert not Comment.objects.exists()


def test_account_without_membership_cannot_post(client, discussion, comment_data):
    user = get_user_model().objects.create_user(
        "ohne@example.org", "ohne@example.org", "ein-langes-Passwort-1"
    )
    client.force_login(user)
    response = client.post(post_url(discussion), comment_data(discussion, "Hallo"))
    assert response.status_code == 403
    assert "Mitgliedsstadt" in response.content.decode()
    assert not Comment.objects.exists()


def test_post_without_csrf_token_is_rejected(member, discussion, comment_data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    response = client.post(post_url(discussion), comment_data(discussion, "Hallo"))
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_tampered_security_hash_stores_nothing(member_client, discussion, comment_data):
    data = comment_data(discussion, "Hallo")
    data["security_hash"] = "0" * 40
    response = member_client.post(post_url(discussion), data)
    assert response.status_code == 200
    assert "zu lange geöffnet oder wurde verändert" in response.content.decode()
    assert not Comment.objects.exists()


def test_expired_form_explains_in_german_also_on_the_reply_page(
    member_client, discussion, comment_data, make_comment, other_member
):
    import time

    from django_comments.forms import CommentSecurityForm

    parent = make_comment(discussion, other_member, "Frage")
    data = comment_data(discussion, "Antwort", reply_to=str(parent.pk))
    old = str(int(time.time()) - 3 * 60 * 60)
    data["timestamp"] = old
    data["security_hash"] = CommentSecurityForm(discussion).generate_security_hash(
        data["content_type"], data["object_pk"], old
    )
    for sent in (data, {**data, "security_hash": "0" * 40}):
        html = member_client.post(post_url(discussion), sent).content.decode()
        assert "zu lange geöffnet oder wurde verändert" in html
        assert "check failed" not in html
    assert Comment.objects.count() == 1


def heading_levels(html):
    main = re.search(r"<main\b.*?</main>", html, re.S).group(0)
    return [int(level) for level in re.findall(r"<h([1-6])\b", main)]


def assert_headings_in_order(html):
    levels = heading_levels(html)
    assert levels and levels[0] == 1, levels
    for before, after in zip(levels, levels[1:], strict=False):
        assert after <= before + 1, levels


def test_comment_forms_with_errors_keep_headings_in_order(
    member_client, discussion, comment_data, make_comment, other_member
):
    parent = make_comment(discussion, other_member, "Frage")
    reply = member_client.post(
        post_url(discussion), comment_data(discussion, "", reply_to=str(parent.pk))
    )
    assert "Ihr Beitrag wurde nicht gespeichert" in reply.content.decode()
    assert_headings_in_order(reply.content.decode())
    page = member_client.post(post_url(discussion), comment_data(discussion, ""))
    assert "Ihr Beitrag wurde nicht gespeichert" in page.content.decode()
    assert_headings_in_order(page.content.decode())


def test_visitor_sees_that_a_discussion_exists_its_size_and_how_to_get_access(
    client, discussion, make_comment, member
):
    make_comment(discussion, member, "Vertrauliche Zahl: 4711 Euro")
    make_comment(discussion, member, "Noch ein Beitrag")
    html = client.get(discussion.url).content.decode()
    assert "4711" not in html
    assert "Zu dieser Seite gibt es 2 Beiträge" in html
    assert "/konto/zugang-beantragen/" in html
    assert "Anmelden" in html


def test_visitors_login_link_leads_back_to_the_discussion_of_the_page(
    client, experiment, discussion
):
    for page in (experiment, discussion):
        html = client.get(page.url).content.decode()
        link = (
            reverse("konto:login") + "?" + urlencode({"next": page.url + "#beitraege"})
        )
        assert f'href="{escape(link)}"' in html


def test_site_setting_makes_discussions_public(
    client, home, discussion, make_comment, member
):
    make_comment(discussion, member, "Öffentlich lesbar")
    make_public(home)
    html = client.get(discussion.url).content.decode()
    assert "Öffentlich lesbar" in html
    assert "Anmelden und mitdiskutieren" in html
    assert "auch ohne Konto an" in html  # a reporting route for everyone (DSA)
    assert 'action="/mitmachen/seite/' not in html


def test_comments_of_a_private_page_are_not_revealed(
    client, member, experiment, make_comment, other_member, comment_data, home
):
    make_public(home)
    comment = make_comment(experiment, other_member, "Geheim: Gruppe only")
    restriction = PageViewRestriction.objects.create(
        page=experiment, restriction_type=PageViewRestriction.GROUPS
    )
    from django.contrib.auth.models import Group

    restriction.groups.add(Group.objects.get_or_create(name="Nur Redaktion")[0])
    client.force_login(member)
    page = client.get(experiment.url)
    assert "Geheim" not in page.content.decode()
    assert (
        client.get(reverse("labs:comment_permalink", args=[comment.pk])).status_code
        == 404
    )
    assert (
        client.get(reverse("labs:comment_reply", args=[comment.pk])).status_code == 404
    )
    response = client.post(post_url(experiment), comment_data(experiment, "Hallo"))
    assert response.status_code == 404
    assert Comment.objects.count() == 1


def test_comments_of_a_draft_page_are_not_revealed(
    member_client, experiment, make_comment, other_member, comment_data
):
    comment = make_comment(experiment, other_member, "Entwurfsgeheimnis")
    experiment.unpublish()
    assert (
        member_client.get(
            reverse("labs:comment_permalink", args=[comment.pk])
        ).status_code
        == 404
    )
    response = member_client.post(post_url(experiment), comment_data(experiment, "X"))
    assert response.status_code == 404


def test_package_api_feed_and_anonymous_urls_are_not_mounted(
    client, member, discussion
):
    for name in ("comments-xtd-api-list", "comments-post-comment", "comments-xtd-mute"):
        with pytest.raises(NoReverseMatch):
            reverse(name)
    for url in (
        f"/comments/api/{discussion.content_type.app_label}-discussionpage/{discussion.pk}/",
        "/comments/api/comment/",
        "/comments/post/",
        "/comments/feeds/latest/",
        "/mitmachen/api/",
    ):
        assert client.get(url).status_code == 404, url
        assert client.post(url, {"comment": "x"}).status_code in (403, 404, 405), url
    assert not Comment.objects.exists()


def test_search_does_not_reveal_comments(client, member, discussion, make_comment):
    make_comment(discussion, member, "Zauberwortquartier kommt nur im Kommentar vor")
    html = client.get("/suche/?q=Zauberwortquartier").content.decode()
    assert "Zauberwortquartier kommt" not in html
    assert discussion.title not in html


def test_pages_provide_get_absolute_url_and_comments_a_permalink(
    member_client, discussion, make_comment, member
):
    comment = make_comment(discussion, member, "Hallo")
    assert discussion.get_absolute_url() == discussion.url
    response = member_client.get(comment.get_absolute_url())
    assert response.status_code == 302
    assert response["Location"] == f"{discussion.url}#beitrag-{comment.pk}"


# --- Editing and withdrawing ----------------------------------------------------------------


def test_author_edits_comment_and_it_is_marked_edited(
    member_client, discussion, make_comment, member
):
    comment = make_comment(discussion, member, "Erste Fassung")
    url = reverse("labs:comment_edit", args=[comment.pk])
    assert "Erste Fassung" in member_client.get(url).content.decode()
    response = member_client.post(url, {"comment": "Zweite Fassung"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.comment == "Zweite Fassung"
    assert comment.edited_at is not None
    html = member_client.get(discussion.url).content.decode()
    assert "Zweite Fassung" in html
    assert "bearbeitet" in html


def test_others_cannot_edit_or_withdraw_a_comment(
    client, discussion, make_comment, member, other_member
):
    comment = make_comment(discussion, member, "Meins")
    client.force_login(other_member)
    assert (
        client.post(
            reverse("labs:comment_edit", args=[comment.pk]), {"comment": "Gekapert"}
        ).status_code
        == 404
    )
    assert (
        client.post(reverse("labs:comment_withdraw", args=[comment.pk])).status_code
        == 404
    )
    comment.refresh_from_db()
    assert comment.comment == "Meins" and comment.withdrawn_at is None


def test_author_withdraws_comment_and_replies_stay(
    member_client, discussion, make_comment, member, other_member
):
    comment = make_comment(discussion, member, "Zurückzuziehen")
    reply = make_comment(discussion, other_member, "Die Antwort bleibt", parent=comment)
    response = member_client.post(reverse("labs:comment_withdraw", args=[comment.pk]))
    assert response.status_code == 302
    html = member_client.get(discussion.url).content.decode()
    assert "Zurückzuziehen" not in html
    assert "von der Verfasserin oder dem Verfasser zurückgezogen am" in html
    assert "vom Verfasser" not in html
    assert "Die Antwort bleibt" in html
    assert f'id="beitrag-{reply.pk}"' in html
    assert Comment.objects.filter(pk=comment.pk).exists()


# --- Pagination ---------------------------------------------------------------------------


def test_long_threads_are_paginated_with_a_load_more_link(
    member_client, discussion, make_comment, member
):
    for i in range(THREADS_PER_PAGE + 3):
        make_comment(discussion, member, f"Thema Nummer {i:03d}")
    html = member_client.get(discussion.url).content.decode()
    assert "Thema Nummer 000" in html
    assert f"Thema Nummer {THREADS_PER_PAGE - 1:03d}" in html
    assert f"Thema Nummer {THREADS_PER_PAGE:03d}" not in html
    match = re.search(r'href="(\?beitraege=2#beitrag-\d+)"', html)
    assert match and "weitere Beiträge laden" in html
    more = member_client.get(
        discussion.url + match.group(1).split("#")[0]
    ).content.decode()
    assert f"Thema Nummer {THREADS_PER_PAGE + 2:03d}" in more
    assert "Thema Nummer 000" in more
    assert "weitere Beiträge laden" not in more
    assert f"{THREADS_PER_PAGE + 3} Beiträge" in html


def test_permalink_of_a_comment_on_a_later_page_opens_that_page(
    member_client, discussion, make_comment, member
):
    comments = [
        make_comment(discussion, member, f"T{i}") for i in range(THREADS_PER_PAGE + 1)
    ]
    response = member_client.get(comments[-1].get_absolute_url())
    assert (
        response["Location"]
        == f"{discussion.url}?beitraege=2#beitrag-{comments[-1].pk}"
    )


# --- Abuse limits ----------------------------------------------------------------------------


def test_too_long_comment_is_refused_with_a_clear_message(
    member_client, discussion, comment_data
):
    response = member_client.post(
        post_url(discussion), comment_data(discussion, "x" * (MAX_LENGTH + 1))
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ihr Beitrag ist zu lang: höchstens 3000 Zeichen" in html
    assert 'aria-invalid="true"' in html
    assert not Comment.objects.exists()


def test_empty_comment_is_refused(member_client, discussion, comment_data):
    response = member_client.post(post_url(discussion), comment_data(discussion, "   "))
    assert "Bitte schreiben Sie Ihren Beitrag." in response.content.decode()
    assert not Comment.objects.exists()


def test_too_many_links_are_refused(member_client, discussion, comment_data):
    text = " ".join(f"https://example.org/{i}" for i in range(MAX_LINKS + 1))
    response = member_client.post(post_url(discussion), comment_data(discussion, text))
    assert "Bitte höchstens 3 Links pro Beitrag (jetzt 4)." in response.content.decode()
    assert not Comment.objects.exists()
    text = " ".join(f"https://example.org/{i}" for i in range(MAX_LINKS))
    member_client.post(post_url(discussion), comment_data(discussion, text))
    assert Comment.objects.count() == 1


def test_bare_domains_and_email_addresses_count_as_links(
    member_client, discussion, comment_data
):
    """The page links bare domains and e-mail addresses too: they count."""
    text = "Siehe beispiel.org, info@example.org, stadt.example.com und www.x.de."
    response = member_client.post(post_url(discussion), comment_data(discussion, text))
    html = response.content.decode()
    assert "Bitte höchstens 3 Links pro Beitrag (jetzt 4)." in html
    assert not Comment.objects.exists()
    three = "Siehe beispiel.org, info@example.org und https://example.com/x."
    member_client.post(post_url(discussion), comment_data(discussion, three))
    page_html = member_client.get(discussion.url).content.decode()
    body = re.search(r'<div class="comment__body">(.*?)</div>', page_html, re.S)
    assert body.group(1).count("<a ") == 3
    assert 'href="mailto:info@example.org"' in body.group(1)


def test_edit_counts_links_like_the_page(
    member_client, discussion, make_comment, member
):
    comment = make_comment(discussion, member, "Kurz")
    url = reverse("labs:comment_edit", args=[comment.pk])
    response = member_client.post(url, {"comment": "aa.org bb.org cc.org dd.org"})
    assert "Bitte höchstens 3 Links pro Beitrag (jetzt 4)." in response.content.decode()
    comment.refresh_from_db()
    assert comment.comment == "Kurz"


def test_adjacent_links_keep_the_space_between_them(
    member_client, discussion, make_comment, member
):
    make_comment(discussion, member, "beispiel.org info@example.org")
    html = member_client.get(discussion.url).content.decode()
    body = re.search(r'<div class="comment__body">(.*?)</div>', html, re.S).group(1)
    assert re.search(r">beispiel\.org</a> <a [^>]*>info@example\.org</a>", body)


@pytest.mark.parametrize(
    "text",
    [
        "\u200b\u200b\u200b",  # zero-width spaces
        "\u200c\u200d\u2060\ufeff",  # joiners, word joiner, byte order mark
        "\u00ad\u00ad",  # soft hyphens
        "\u3000\u200b\u2800\u3164",  # ideographic space, braille blank, filler
        "\u202e\u2066\u2069",  # only bidirectional controls
    ],
)
def test_contribution_of_only_invisible_characters_is_refused(
    member_client, discussion, comment_data, text
):
    response = member_client.post(post_url(discussion), comment_data(discussion, text))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bitte schreiben Sie Ihren Beitrag." in html
    assert not Comment.objects.exists()


BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e"]
BIDI += ["\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f"]


def test_bidirectional_controls_are_removed_from_contributions_and_names(
    member_client, member, city, discussion, comment_data, make_comment, other_member
):
    member.first_name = "\u202eMara"
    member.save()
    city.name = "Neckar\u2067weiler"
    city.save()
    member_client.post(
        post_url(discussion),
        comment_data(discussion, "Siehe \u202egro.elpmaxe\u202c und \u2066Text\u2069"),
    )
    comment = Comment.objects.get()
    assert comment.comment == "Siehe gro.elpmaxe und Text"
    assert comment.user_name == "Mara Muster"
    # Stored before: a name and a function with controls are neutralised when shown.
    old = make_comment(discussion, other_member, "Alt\u202e")
    Comment.objects.filter(pk=old.pk).update(
        user_name="Jo\u202enas", author_function="A\u2066B"
    )
    html = member_client.get(discussion.url).content.decode()
    assert not [char for char in BIDI if char in html]
    assert "Neckarweiler" in html and "Jonas" in html


def test_report_note_loses_bidirectional_controls(
    member_client, discussion, make_comment, other_member
):
    from labs.models import CommentReport

    comment = make_comment(discussion, other_member, "Ein Beitrag")
    member_client.post(
        reverse("labs:comment_report", args=[comment.pk]),
        {"reason": "other", "note": "\u202eBitte prüfen"},
    )
    assert CommentReport.objects.get().note == "Bitte prüfen"


def test_rate_limit_per_user(member_client, discussion, comment_data):
    for i in range(RATE_LIMIT_COUNT):
        member_client.post(post_url(discussion), comment_data(discussion, f"Nr. {i}"))
    assert Comment.objects.count() == RATE_LIMIT_COUNT
    response = member_client.post(
        post_url(discussion), comment_data(discussion, "Zu viel")
    )
    html = response.content.decode()
    assert "Bitte warten Sie ein paar Minuten" in html
    assert "Zu viel" in html  # the text is kept in the form
    assert Comment.objects.count() == RATE_LIMIT_COUNT


def test_double_submission_stores_one_comment(member_client, discussion, comment_data):
    data = comment_data(discussion, "Doppelt abgeschickt")
    first = member_client.post(post_url(discussion), data)
    second = member_client.post(post_url(discussion), data)
    assert Comment.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_a_form_already_being_stored_is_not_stored_again(
    member_client, member, discussion, comment_data
):
    """A request whose form another request has claimed (it holds the key) stores
    nothing and gets a redirect; tests/labs/discussions/test_comments_parallel.py sends them really
    at once."""
    from labs.models import CommentSubmission

    data = comment_data(discussion, "Parallel abgeschickt")
    first = member_client.post(post_url(discussion), data)
    stored = Comment.objects.get()
    Comment.objects.filter(pk=stored.pk).update(comment="Geändert")  # no duplicate
    second = member_client.post(post_url(discussion), data)
    assert second.status_code == 302
    assert second["Location"] == first["Location"]
    assert Comment.objects.count() == 1
    assert CommentSubmission.objects.get().comment_id == stored.pk


def test_html_and_script_in_a_comment_are_rendered_inert(
    member_client, discussion, comment_data
):
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)> <b>fett</b>'
    member_client.post(post_url(discussion), comment_data(discussion, evil))
    html = member_client.get(discussion.url).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "&lt;b&gt;fett&lt;/b&gt;" in html


def test_error_summary_links_to_the_field_and_gets_focus(
    member_client, discussion, comment_data
):
    response = member_client.post(post_url(discussion), comment_data(discussion, ""))
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary"[^>]*>', html).group(0)
    assert "autofocus" in summary and 'tabindex="-1"' in summary
    assert 'href="#kommentar-comment"' in html
    assert 'aria-describedby="kommentar-comment-hilfe kommentar-comment-fehler"' in html
    assert '<label for="kommentar-comment">' in html


# --- No Gravatar, no email shown ----------------------------------------------------------


def test_no_gravatar_no_external_avatar_and_no_email_on_the_page(
    member_client, discussion, make_comment, member, home
):
    make_comment(discussion, member, "Hallo")
    make_public(home)
    for client in (member_client, Client()):
        html = client.get(discussion.url).content.decode()
        assert "gravatar" not in html.lower()
        assert "onsubmit" not in html and "onclick" not in html
        assert "mitglied@example.org" not in html
        assert "<img" not in html.split('id="beitraege"')[1]
    assert 'class="comment__avatar" aria-hidden="true">MM<' in html


# --- Deleted accounts ------------------------------------------------------------------------


def test_deleting_an_account_keeps_its_comments_anonymised_with_the_city(
    member_client, discussion, make_comment, member
):
    comment = make_comment(discussion, member, "Bleibt stehen")
    member.delete()
    comment.refresh_from_db()
    assert comment.user_id is None
    assert comment.user_name == "" and comment.user_email == ""
    assert comment.author_city.name == "Neckarweiler"
    viewer = get_user_model().objects.create_user(
        "x@example.org", "x@example.org", "pw"
    )
    from labs.models import Membership

    Membership.objects.create(user=viewer, city=comment.author_city)
    client = Client()
    client.force_login(viewer)
    html = client.get(discussion.url).content.decode()
    assert "Bleibt stehen" in html
    assert 'gelöschtes Konto <span class="comment__city">(Neckarweiler)</span>' in html
    assert "Mara" not in html


# --- Listings --------------------------------------------------------------------------------


def test_listings_show_comment_counts_and_a_new_comment_shows_at_once(
    member_client, lab, discussion, discussion_index, make_comment, member, comment_data
):
    make_comment(discussion, member, "Eins")
    for url in (lab.url, discussion_index.url):
        assert "1 Beitrag" in member_client.get(url).content.decode()
    response = member_client.get(discussion_index.url)
    assert "no-cache" in response["Cache-Control"]
    member_client.post(post_url(discussion), comment_data(discussion, "Zwei"))
    for url in (lab.url, discussion_index.url, "/"):
        assert "2 Beiträge" in member_client.get(url).content.decode(), url
    assert "2 Beiträge" in Client().get(discussion_index.url).content.decode()


def test_discussion_overview_sorts_by_latest_activity(
    client, lab, discussion_index, make_comment, member
):
    from home import demo

    older = demo.build_discussion(lab, title="Ältere Diskussion")
    newer = demo.build_discussion(lab, title="Neuere Diskussion")
    html = client.get(discussion_index.url).content.decode()
    assert html.index("Neuere Diskussion") < html.index("Ältere Diskussion")
    make_comment(older, member, "Jetzt ist hier etwas los")
    html = client.get(discussion_index.url).content.decode()
    assert html.index("Ältere Diskussion") < html.index("Neuere Diskussion")
    home_html = client.get("/").content.decode()
    assert home_html.index("Ältere Diskussion") < home_html.index("Neuere Diskussion")
    assert newer.pk


def test_knowledge_hub_counts_comments_and_confirmations(
    client, knowledge_index, learning, make_comment, member, other_city
):
    from knowledge.models import LearningConfirmation

    make_comment(learning, member, "Kommentar")
    LearningConfirmation.objects.create(learning=learning, city=other_city)
    html = client.get(knowledge_index.url).content.decode()
    assert "1 Beitrag" in html
    assert "1 Stadt kennt das auch" in html


def test_withdrawn_hidden_and_removed_comments_are_not_counted(
    client, discussion, make_comment, member
):
    from django.utils import timezone

    make_comment(discussion, member, "zählt")
    make_comment(discussion, member, "zurückgezogen", withdrawn_at=timezone.now())
    make_comment(discussion, member, "ausgeblendet", hidden_at=timezone.now())
    make_comment(discussion, member, "entfernt", is_removed=True)
    html = client.get(discussion.url).content.decode()
    assert "Zu dieser Seite gibt es 1 Beitrag" in html
