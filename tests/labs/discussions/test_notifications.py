"""Emails about discussions: to followers, answered authors and lab editors, never
to the author; why and how to stop in each; one-click unsubscribe; preferences;
real host in links."""

import re
import time

import pytest
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site as DjangoSite
from django.core import mail, signing
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site

from labs import notifications
from labs.models import Comment, NotificationPreference, ThreadFollow


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


def post(client, user, page, text, comment_data, **extra):
    client.force_login(user)
    response = client.post(
        reverse("labs:comment_post", args=[page.pk]),
        comment_data(page, text, **extra),
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return Comment.objects.get(comment=text)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def unsubscribe_link(message):
    return re.search(r"http://\S+/mitmachen/abbestellen/\S+/", message.body).group(0)


def test_author_can_follow_when_posting_and_hears_about_new_comments(
    client, discussion, member, other_member, comment_data
):
    post(client, member, discussion, "Frage", comment_data, follow="on")
    assert ThreadFollow.objects.filter(user=member, page=discussion).exists()
    assert mail.outbox == []  # nobody is mailed about their own comment
    post(client, other_member, discussion, "Neuer Beitrag aus Filsingen", comment_data)
    assert recipients() == ["mitglied@example.org"]
    message = mail.outbox[0]
    assert message.subject == f"Neuer Beitrag: {discussion.title}"
    assert "Jonas Beispiel (Filsingen)" in message.body
    assert "Neuer Beitrag aus Filsingen" in message.body
    assert "Sie folgen dieser Diskussion." in message.body
    assert "Dieser Diskussion nicht mehr folgen" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")


def test_reply_author_hears_about_replies_to_their_comment(
    client, discussion, member, other_member, comment_data
):
    parent = post(client, member, discussion, "Frage ohne Folgen", comment_data)
    post(
        client,
        other_member,
        discussion,
        "Antwort",
        comment_data,
        reply_to=str(parent.pk),
    )
    assert recipients() == ["mitglied@example.org"]
    assert mail.outbox[0].subject.startswith("Antwort auf Ihren Beitrag")
    assert (
        "Sie haben den Beitrag verfasst, auf den geantwortet wurde."
        in mail.outbox[0].body
    )


def test_lab_editors_hear_about_new_comments_on_their_pages(
    client, experiment, pilot_editor, other_member, comment_data
):
    post(client, other_member, experiment, "Frage an Neckarweiler", comment_data)
    assert recipients() == ["labor@example.org"]
    body = mail.outbox[0].body
    assert "Sie betreuen das StadtLabor" in body
    assert (
        "Keine E-Mails mehr zu neuen Beiträgen auf den Seiten Ihres StadtLabors" in body
    )


def test_nobody_is_mailed_about_their_own_comment(
    client, experiment, pilot_editor, comment_data
):
    post(client, pilot_editor, experiment, "Eigener Beitrag", comment_data, follow="on")
    assert mail.outbox == []


def test_one_email_per_recipient_and_addresses_never_shared(
    client, experiment, member, other_member, pilot_editor, comment_data
):
    ThreadFollow.objects.create(user=pilot_editor, page=experiment)
    ThreadFollow.objects.create(user=member, page=experiment)
    post(client, other_member, experiment, "An alle", comment_data)
    assert recipients() == ["labor@example.org", "mitglied@example.org"]
    assert all(len(message.to) == 1 and not message.cc for message in mail.outbox)


def test_preferences_switch_each_kind_off(
    client, experiment, member, other_member, pilot_editor, comment_data
):
    ThreadFollow.objects.create(user=member, page=experiment)
    NotificationPreference.objects.create(user=member, replies=False)
    NotificationPreference.objects.create(user=pilot_editor, lab_comments=False)
    post(client, other_member, experiment, "Leise", comment_data)
    assert mail.outbox == []


def test_followers_who_may_not_see_the_page_get_no_email(
    client, experiment, member, other_member, comment_data, editor
):
    ThreadFollow.objects.create(user=member, page=experiment)
    restriction = PageViewRestriction.objects.create(
        page=experiment, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Redaktion"))
    post(client, editor, experiment, "Nur für die Redaktion sichtbar", comment_data)
    assert "mitglied@example.org" not in recipients()
    assert other_member  # unused otherwise


def test_one_click_unfollow_link_in_the_email(
    client, discussion, member, other_member, comment_data
):
    ThreadFollow.objects.create(user=member, page=discussion)
    post(client, other_member, discussion, "Hallo", comment_data)
    link = unsubscribe_link(mail.outbox[0])
    client.logout()
    response = client.get(link)
    assert response.status_code == 200
    assert "nicht mehr" in response.content.decode()
    assert not ThreadFollow.objects.filter(user=member, page=discussion).exists()
    # Undo with one more click.
    client.post(link, {"action": "undo"})
    assert ThreadFollow.objects.filter(user=member, page=discussion).exists()
    # Mail programs post "List-Unsubscribe=One-Click".
    client.post(link, {"List-Unsubscribe": "One-Click"})
    assert not ThreadFollow.objects.filter(user=member, page=discussion).exists()


def test_one_click_post_without_cookies_unsubscribes(member, discussion):
    """RFC 8058: the mail program POSTs `List-Unsubscribe=One-Click` to the URL of
    the List-Unsubscribe header, without cookies and without a CSRF token."""
    from django.test import Client

    ThreadFollow.objects.create(user=member, page=discussion)
    url = notifications.unsubscribe_url(member, notifications.FOLLOW, discussion.pk)
    mail_program = Client(enforce_csrf_checks=True)
    response = mail_program.post(
        url,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not ThreadFollow.objects.filter(user=member, page=discussion).exists()


def test_one_click_post_with_a_bad_token_changes_nothing(member, discussion):
    from django.test import Client

    ThreadFollow.objects.create(user=member, page=discussion)
    token = notifications.make_token(member, notifications.FOLLOW, discussion.pk)
    mail_program = Client(enforce_csrf_checks=True)
    for bad in (token[:-3] + "abc", "kaputt:abc"):
        response = mail_program.post(
            reverse("labs:unsubscribe", args=[bad]),
            {"List-Unsubscribe": "One-Click"},
        )
        assert response.status_code == 400
        assert "Dieser Link gilt nicht mehr" in response.content.decode()
    # A real token, signed half a year and a minute ago.
    payload = token.rsplit(":", 2)[0]
    then = int(time.time()) - notifications.UNSUBSCRIBE_MAX_AGE - 60
    expired = signing.Signer(salt=notifications.UNSUBSCRIBE_SALT).sign(
        f"{payload}:{signing.b62_encode(then)}"
    )
    response = mail_program.post(
        reverse("labs:unsubscribe", args=[expired]),
        {"List-Unsubscribe": "One-Click"},
    )
    assert response.status_code == 400
    assert ThreadFollow.objects.filter(user=member, page=discussion).exists()


def test_other_posts_to_the_unsubscribe_page_still_need_the_csrf_token(
    member, discussion
):
    from django.test import Client

    url = notifications.unsubscribe_url(member, notifications.FOLLOW, discussion.pk)
    browser = Client(enforce_csrf_checks=True)
    page = browser.get(url)
    assert page.status_code == 200
    assert "Rückgängig machen" in page.content.decode()
    assert browser.post(url, {"action": "undo"}).status_code == 403
    assert not ThreadFollow.objects.filter(user=member, page=discussion).exists()


def test_switch_off_link_for_replies(
    client, discussion, member, other_member, comment_data
):
    parent = post(client, member, discussion, "Frage", comment_data)
    post(
        client,
        other_member,
        discussion,
        "Antwort",
        comment_data,
        reply_to=str(parent.pk),
    )
    client.logout()
    client.get(unsubscribe_link(mail.outbox[0]))
    assert NotificationPreference.objects.get(user=member).replies is False


def test_unsubscribe_tokens_are_signed_salted_and_expire(member, discussion):
    token = notifications.make_token(member, "follow", discussion.pk)
    assert notifications.read_token(token) == (member, "follow", discussion.pk)
    with pytest.raises(signing.BadSignature):
        notifications.read_token(token[:-2] + "xx")
    # The same payload signed without our salt is not accepted.
    unsalted = signing.dumps({"u": member.pk, "k": "follow", "p": discussion.pk})
    with pytest.raises(signing.BadSignature):
        notifications.read_token(unsalted)
    with pytest.raises(signing.SignatureExpired):
        signing.loads(token, salt=notifications.UNSUBSCRIBE_SALT, max_age=-1)


def test_invalid_unsubscribe_link_explains_and_changes_nothing(
    client, member, discussion
):
    ThreadFollow.objects.create(user=member, page=discussion)
    response = client.get(reverse("labs:unsubscribe", args=["kaputt:abc"]))
    assert response.status_code == 400
    assert "gilt nicht mehr" in response.content.decode()
    assert ThreadFollow.objects.count() == 1


def test_member_switches_notifications_on_and_off_in_settings(
    client, member, discussion
):
    ThreadFollow.objects.create(user=member, page=discussion)
    client.force_login(member)
    html = client.get(reverse("labs:notification_settings")).content.decode()
    assert discussion.title in html
    assert 'name="moderation"' not in html  # only for the Redaktion
    client.post(reverse("labs:notification_settings"), {"replies": "on"})
    preference = NotificationPreference.objects.get(user=member)
    assert preference.replies and not preference.lab_comments
    follow = ThreadFollow.objects.get()
    client.post(reverse("labs:notification_settings"), {"unfollow": str(follow.pk)})
    assert not ThreadFollow.objects.exists()


def test_follow_and_unfollow_buttons_on_the_page(client, member, discussion):
    client.force_login(member)
    url = reverse("labs:follow", args=[discussion.pk])
    client.post(url, {"action": "follow"})
    assert ThreadFollow.objects.filter(user=member).exists()
    assert "Nicht mehr folgen" in client.get(discussion.url).content.decode()
    client.post(url, {"action": "unfollow"})
    assert not ThreadFollow.objects.exists()


def test_email_links_outside_a_request_use_the_wagtail_sites_real_host(
    client, discussion, member, other_member, comment_data
):
    site = Site.objects.get(is_default_site=True)
    site.hostname = "stadtlabore.example.org"
    site.port = 443
    site.save()
    assert DjangoSite.objects.get_current().domain == "stadtlabore.example.org"
    ThreadFollow.objects.create(user=member, page=discussion)
    comment = post(client, other_member, discussion, "Mit echtem Host", comment_data)
    mail.outbox.clear()
    notifications.notify_new_comment(comment)  # as a background job would
    body = mail.outbox[0].body
    assert "https://stadtlabore.example.org/" in body
    assert "127.0.0.1" not in body and "localhost" not in body


def test_email_links_fall_back_to_wagtailadmin_base_url(settings, discussion):
    settings.WAGTAILADMIN_BASE_URL = "https://fallback.example.org"
    assert notifications.base_url() == "https://fallback.example.org"


def test_django_site_follows_wagtail_site_after_migrate(db):
    site = Site.objects.get(is_default_site=True)
    assert DjangoSite.objects.get_current().domain == site.hostname


def test_preview_emails_renders_every_email_type(capsys, db):
    call_command("preview_emails")
    out = capsys.readouterr().out
    for subject in (
        "Antwort auf Ihren Beitrag",
        "Neuer Beitrag",
        "Gemeldeter Beitrag",
        "wurde ausgeblendet",
        "wurde entfernt",
    ):
        assert subject in out, subject
    assert out.count("Warum Sie diese E-Mail erhalten") == 6
    assert mail.outbox == []


def test_a_failing_mail_server_does_not_lose_the_comment(
    client, settings, discussion, member, other_member, comment_data
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = 9  # discard port: nothing listens
    settings.EMAIL_TIMEOUT = 1
    ThreadFollow.objects.create(user=member, page=discussion)
    post(client, other_member, discussion, "Trotzdem gespeichert", comment_data)
    assert Comment.objects.filter(comment="Trotzdem gespeichert").exists()
