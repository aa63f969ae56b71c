"""`manage.py send_digest`: what is new in followed labs, themes and threads, each
item once, nothing when empty, nothing sent on a dry run."""

import datetime
import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from home import demo
from labs.models import LabFollow, NotificationPreference, ThemeFollow, ThreadFollow


def run(*args):
    out = StringIO()
    call_command("send_digest", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def make_due(user):
    """Pretend the last digest was a week ago (the next cron run is due)."""
    preference = NotificationPreference.for_user(user)
    preference.last_digest_at = timezone.now() - datetime.timedelta(days=8)
    preference.save()


@pytest.fixture
def follower(member, lab, themes):
    LabFollow.objects.create(user=member, lab=lab)
    ThemeFollow.objects.create(user=member, theme=themes[5])
    make_due(member)
    return member


def test_digest_lists_new_pages_and_comments_once(
    follower, lab, experiment, other_lab, themes, other_member, make_comment
):
    ThreadFollow.objects.create(user=follower, page=experiment)
    demo.build_experiment(lab, title="Neu im Labor")
    demo.build_learning(other_lab, title="Neu im Handlungsfeld", themes=[themes[5]])
    demo.build_learning(other_lab, title="Nicht gefolgt", themes=[themes[6]])
    make_comment(experiment, other_member, "Wie lief das bei euch?")
    make_comment(experiment, follower, "Eigener Beitrag")
    mail.outbox.clear()
    output = run()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [follower.email]
    assert "Neu im Labor" in message.body
    assert "Neu im Handlungsfeld" in message.body
    assert "Nicht gefolgt" not in message.body
    assert "1 neuer Beitrag" in message.body  # the own comment does not count
    assert "Keine Zusammenfassungen mehr" in message.body
    assert "gesendet" in output and "Fertig: 1 Zusammenfassung(en) gesendet" in output

    # A second run right away sends nothing (not due, nothing new).
    mail.outbox.clear()
    run()
    assert mail.outbox == []


def week_passes(user):
    """Move the last digest and everything published or written before it a week
    into the past, as if the next cron run were a week later."""
    from wagtail.models import Page

    from labs.models import Comment

    week = datetime.timedelta(days=7)
    preference = NotificationPreference.for_user(user)
    NotificationPreference.objects.filter(pk=preference.pk).update(
        last_digest_at=preference.last_digest_at - week
    )
    for page in Page.objects.filter(first_published_at__isnull=False):
        Page.objects.filter(pk=page.pk).update(
            first_published_at=page.first_published_at - week
        )
    for comment in Comment.objects.all():
        Comment.objects.filter(pk=comment.pk).update(
            submit_date=comment.submit_date - week
        )


def test_each_item_is_sent_once_across_runs(
    follower, lab, experiment, other_member, make_comment
):
    ThreadFollow.objects.create(user=follower, page=experiment)
    demo.build_experiment(lab, title="Erstes Experiment")
    make_comment(experiment, other_member, "Erster Beitrag")
    mail.outbox.clear()
    run()
    assert len(mail.outbox) == 1
    week_passes(follower)
    mail.outbox.clear()
    output = run()
    assert mail.outbox == []  # due again, but nothing new
    assert "nichts Neues" in output
    week_passes(follower)
    demo.build_experiment(lab, title="Zweites Experiment")
    mail.outbox.clear()
    run()
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "Zweites Experiment" in body
    assert "Erstes Experiment" not in body and "neuer Beitrag" not in body


def test_empty_digest_is_not_sent(follower):
    mail.outbox.clear()
    output = run()
    assert mail.outbox == []
    assert "nichts Neues" in output


def test_dry_run_sends_and_stores_nothing(follower, lab):
    demo.build_experiment(lab, title="Probelauf-Experiment")
    before = NotificationPreference.for_user(follower).last_digest_at
    mail.outbox.clear()
    output = run("--dry-run")
    assert mail.outbox == []
    assert "Probelauf" in output and "Probelauf-Experiment" in output
    assert follower.email in output
    assert NotificationPreference.for_user(follower).last_digest_at == before
    run()
    assert len(mail.outbox) == 1


def test_never_means_no_digest(follower, lab):
    preference = NotificationPreference.for_user(follower)
    preference.digest = "never"
    preference.save()
    demo.build_experiment(lab, title="Ohne Zusammenfassung")
    mail.outbox.clear()
    run()
    assert mail.outbox == []


def test_daily_digest_is_due_after_a_day(follower, lab):
    preference = NotificationPreference.for_user(follower)
    preference.digest = "daily"
    preference.last_digest_at = timezone.now() - datetime.timedelta(hours=23)
    preference.save()
    demo.build_experiment(lab, title="Täglich")
    mail.outbox.clear()
    run()
    assert len(mail.outbox) == 1


def test_unsubscribe_link_switches_the_digest_off(client, follower, lab):
    demo.build_experiment(lab, title="Mit Abmeldelink")
    mail.outbox.clear()
    run()
    link = re.search(r"https?://\S+/mitmachen/abbestellen/\S+/", mail.outbox[0].body)
    path = "/" + link.group(0).split("://", 1)[1].split("/", 1)[1]
    response = client.get(path)
    assert "keine Zusammenfassungen" in response.content.decode()
    assert NotificationPreference.for_user(follower).digest == "never"
    client.post(path, {"action": "undo"})
    assert NotificationPreference.for_user(follower).digest == "weekly"


def test_since_option_and_bad_date(follower, lab):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="kein Datum"):
        run("--since", "gestern")
    NotificationPreference.objects.filter(user=follower).update(last_digest_at=None)
    demo.build_experiment(lab, title="Seit gestern")
    mail.outbox.clear()
    run("--since", (timezone.now() - datetime.timedelta(days=1)).strftime("%Y-%m-%d"))
    assert "Seit gestern" in mail.outbox[0].body
