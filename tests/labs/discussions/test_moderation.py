"""Reporting ("Inhalt melden") and moderation in the Wagtail admin ("Kommentare",
wagtail-modeladmin over labs.Comment)."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from labs.models import Comment, CommentReport

INDEX = "kommentare_modeladmin_index"


@pytest.fixture(autouse=True)
def clear_cache():
    cache.clear()


def moderate(client, comment, action, reason=""):
    return client.post(
        reverse("labs_comment_moderate", args=[comment.pk]),
        {"action": action, "reason": reason},
    )


def test_member_reports_a_comment_with_a_reason_and_the_redaktion_is_mailed(
    client, discussion, make_comment, member, other_member, editor
):
    comment = make_comment(discussion, other_member, "Problematisch")
    client.force_login(member)
    url = reverse("labs:comment_report", args=[comment.pk])
    assert "Warum melden Sie diesen Beitrag?" in client.get(url).content.decode()
    response = client.post(url, {})
    assert "Bitte wählen Sie einen Grund." in response.content.decode()
    assert not CommentReport.objects.exists()
    response = client.post(url, {"reason": "privacy", "note": "Telefonnummer"})
    assert response.status_code == 302
    report = CommentReport.objects.get()
    assert (report.user, report.reason, report.note) == (
        member,
        "privacy",
        "Telefonnummer",
    )
    assert [m.to for m in mail.outbox] == [["henrike@example.org"]]
    body = mail.outbox[0].body
    assert "Persönliche Daten Dritter" in body and "Telefonnummer" in body
    assert reverse("labs_comment_moderate", args=[comment.pk]) in body
    assert "Sie gehören zur Redaktion" in body
    # A second report by the same person adds nothing.
    client.post(url, {"reason": "spam"})
    assert CommentReport.objects.count() == 1


def test_redaktion_members_who_switched_moderation_mail_off_get_none(
    client, discussion, make_comment, member, other_member, editor
):
    from labs.models import NotificationPreference

    NotificationPreference.objects.create(user=editor, moderation=False)
    comment = make_comment(discussion, other_member, "Problematisch")
    client.force_login(member)
    client.post(reverse("labs:comment_report", args=[comment.pk]), {"reason": "spam"})
    assert mail.outbox == []


def test_visitor_cannot_report(client, discussion, make_comment, member):
    comment = make_comment(discussion, member, "x")
    response = client.post(
        reverse("labs:comment_report", args=[comment.pk]), {"reason": "spam"}
    )
    assert response.status_code == 302
    assert not CommentReport.objects.exists()


def test_comment_list_in_the_admin_with_page_city_author_date_and_flag_count(
    client, editor, discussion, experiment, make_comment, member, other_member
):
    flagged = make_comment(discussion, other_member, "Gemeldeter Beitrag")
    make_comment(experiment, member, "Harmloser Beitrag")
    CommentReport.objects.create(comment=flagged, user=member, reason="spam")
    client.force_login(editor)
    html = client.get(reverse(INDEX)).content.decode()
    assert "Gemeldeter Beitrag" in html and "Harmloser Beitrag" in html
    assert discussion.title in html and "Filsingen" in html and "Jonas Beispiel" in html
    assert reverse("labs:comment_permalink", args=[flagged.pk]) in html
    assert reverse("labs_comment_moderate", args=[flagged.pk]) in html
    only_flagged = client.get(reverse(INDEX), {"gemeldet": "offen"}).content.decode()
    assert (
        "Gemeldeter Beitrag" in only_flagged and "Harmloser Beitrag" not in only_flagged
    )
    by_page = client.get(reverse(INDEX), {"seite": str(experiment.pk)}).content.decode()
    assert "Harmloser Beitrag" in by_page and "Gemeldeter Beitrag" not in by_page
    city = other_member.membership.city
    by_city = client.get(reverse(INDEX), {"author_city__id__exact": str(city.pk)})
    assert "Harmloser Beitrag" not in by_city.content.decode()
    found = client.get(reverse(INDEX), {"q": "Harmlos"}).content.decode()
    assert "Harmloser Beitrag" in found and "Gemeldeter Beitrag" not in found


def test_only_moderators_reach_the_comment_admin(
    client, member, pilot_editor, discussion, make_comment
):
    comment = make_comment(discussion, member, "x")
    pilot_editor.is_staff = True
    pilot_editor.save()
    from django.contrib.auth.models import Permission

    pilot_editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(pilot_editor)
    assert client.get(reverse(INDEX)).status_code in (302, 403)
    assert moderate(client, comment, "remove", "weg").status_code in (302, 403)
    comment.refresh_from_db()
    assert not comment.is_removed


def test_superuser_moderates_too(client, superuser, discussion, make_comment, member):
    comment = make_comment(discussion, member, "x")
    client.force_login(superuser)
    assert client.get(reverse(INDEX)).status_code == 200
    assert moderate(client, comment, "reviewed").status_code == 302


def test_hiding_shows_the_reason_in_place_and_tells_the_author(
    client, editor, discussion, make_comment, member, other_member
):
    comment = make_comment(discussion, member, "Zu persönlich")
    reply = make_comment(discussion, other_member, "Antwort bleibt", parent=comment)
    client.force_login(editor)
    response = moderate(client, comment, "hide")
    assert "Bitte geben Sie einen Grund an" in response.content.decode()
    response = moderate(client, comment, "hide", "Enthält persönliche Daten.")
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.hidden_at and comment.hidden_reason == "Enthält persönliche Daten."
    assert comment.edited_at is None  # moderation never marks "bearbeitet"
    html = client.get(discussion.url).content.decode()
    assert "Zu persönlich" not in html
    assert "von der Redaktion ausgeblendet am" in html
    assert "Enthält persönliche Daten." in html
    assert "Antwort bleibt" in html and f'id="beitrag-{reply.pk}"' in html
    assert [m.to for m in mail.outbox] == [["mitglied@example.org"]]
    assert "ausgeblendet" in mail.outbox[0].subject
    assert "Enthält persönliche Daten." in mail.outbox[0].body
    assert "Warum Sie diese E-Mail erhalten" in mail.outbox[0].body


def test_removing_takes_the_comment_off_the_page_but_keeps_it_in_the_database(
    client, editor, discussion, make_comment, member, other_member
):
    comment = make_comment(discussion, member, "Rechtswidrig")
    reply = make_comment(discussion, other_member, "Zitiert es", parent=comment)
    client.force_login(editor)
    assert moderate(client, comment, "remove", "Beleidigung").status_code == 302
    html = client.get(discussion.url).content.decode()
    assert "Rechtswidrig" not in html and "Zitiert es" not in html
    comment.refresh_from_db()
    reply.refresh_from_db()
    assert comment.is_removed and comment.removed_reason == "Beleidigung"
    assert not reply.is_public
    assert Comment.objects.filter(pk=comment.pk).exists()
    assert comment.edited_at is None
    assert "entfernt" in mail.outbox[0].subject
    assert (
        client.get(reverse("labs:comment_permalink", args=[comment.pk])).status_code
        == 404
    )
    # Approving restores it with its replies.
    assert moderate(client, comment, "approve").status_code == 302
    html = client.get(discussion.url).content.decode()
    assert "Rechtswidrig" in html and "Zitiert es" in html
    comment.refresh_from_db()
    assert comment.reviewed and comment.edited_at is None


def test_mark_reviewed_and_highlight(client, editor, discussion, make_comment, member):
    comment = make_comment(discussion, member, "Sehr hilfreich")
    CommentReport.objects.create(comment=comment, user=editor, reason="other")
    client.force_login(editor)
    moderate(client, comment, "reviewed")
    moderate(client, comment, "highlight")
    comment.refresh_from_db()
    assert comment.reviewed and comment.highlighted and comment.edited_at is None
    html = client.get(discussion.url).content.decode()
    assert "Von der Redaktion hervorgehoben" in html
    open_reports = client.get(reverse(INDEX), {"gemeldet": "offen"}).content.decode()
    assert "Sehr hilfreich" not in open_reports
    assert mail.outbox == []


def test_editor_answers_as_the_redaktion(
    client, editor, member, discussion, make_comment, comment_data
):
    question = make_comment(discussion, member, "Frage an den Städtetag")
    client.force_login(editor)
    form_html = client.get(
        reverse("labs:comment_reply", args=[question.pk])
    ).content.decode()
    assert "Als „Rückmeldung der Redaktion“ veröffentlichen" in form_html
    client.post(
        reverse("labs:comment_post", args=[discussion.pk]),
        comment_data(
            discussion,
            "Antwort der Geschäftsstelle",
            reply_to=str(question.pk),
            as_editorial="on",
        ),
    )
    answer = Comment.objects.get(comment="Antwort der Geschäftsstelle")
    assert answer.is_editorial and answer.author_city is None
    html = client.get(discussion.url).content.decode()
    assert "comment--editorial" in html
    assert "Rückmeldung der Redaktion" in html
    assert mail.outbox and mail.outbox[0].to == ["mitglied@example.org"]


def test_members_cannot_post_as_the_redaktion(client, member, discussion, comment_data):
    client.force_login(member)
    assert (
        "Rückmeldung der Redaktion" not in client.get(discussion.url).content.decode()
    )
    client.post(
        reverse("labs:comment_post", args=[discussion.pk]),
        comment_data(discussion, "Ich bin die Redaktion", as_editorial="on"),
    )
    assert not Comment.objects.get().is_editorial


def test_redaktion_group_has_the_moderation_permission(db):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Redaktion")
    assert group.permissions.filter(
        content_type__app_label="labs", codename="change_comment"
    ).exists()
