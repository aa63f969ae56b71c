"""The number of contributions and the date of the latest one, as the listings
show them (from `CommentStats`), follow every change to a page's comments."""

import datetime

from django.db.models import Count, Max
from django.utils import timezone

from labs.discussions import comments as discussion_api
from labs.models import Comment, CommentStats
from labs.models.comments import ACTIVE


def stored(page):
    row = CommentStats.objects.filter(page_id=page.pk).first()
    return (row.comment_count, row.last_comment_at) if row else (0, None)


def counted(page):
    stats = Comment.objects.filter(ACTIVE, page_id=page.pk).aggregate(
        n=Count("pk"), last=Max("submit_date")
    )
    return stats["n"], stats["last"]


def test_numbers_follow_posting_withdrawing_hiding_and_approving(
    experiment, member, other_member, make_comment, redakteurin
):
    assert stored(experiment) == (0, None)
    early = timezone.now() - datetime.timedelta(days=2)
    first = make_comment(experiment, member, "Erster Beitrag", submit_date=early)
    second = make_comment(experiment, other_member, "Zweiter Beitrag")
    reply = make_comment(experiment, member, "Antwort", parent=second)
    assert stored(experiment) == counted(experiment)
    assert stored(experiment)[0] == 3
    discussion_api.withdraw_comment(reply)
    assert stored(experiment) == counted(experiment)
    assert stored(experiment)[0] == 2
    discussion_api.hide_comment(second, "Persönliche Daten", redakteurin)
    assert stored(experiment) == (1, first.submit_date)
    discussion_api.approve_comment(second, redakteurin)
    assert stored(experiment)[0] == 2
    discussion_api.remove_comment(first, "Werbung")
    assert stored(experiment) == counted(experiment)
    assert stored(experiment)[0] == 1


def test_numbers_follow_deleting_and_belong_to_their_page(
    experiment, learning, member, make_comment
):
    one = make_comment(experiment, member, "Auf dem Experiment")
    make_comment(learning, member, "Auf der Erkenntnis")
    make_comment(learning, member, "Noch einer auf der Erkenntnis")
    assert stored(experiment)[0] == 1
    assert stored(learning)[0] == 2
    one.delete()
    assert stored(experiment) == (0, None)
    assert stored(learning)[0] == 2


def test_deleting_a_page_with_comments_takes_its_numbers_along(
    discussion, member, make_comment
):
    make_comment(discussion, member, "Beitrag in der Diskussion")
    assert CommentStats.objects.filter(page_id=discussion.pk).exists()
    page_id = discussion.pk
    discussion.delete()
    assert not CommentStats.objects.filter(page_id=page_id).exists()
    assert not Comment.objects.filter(page_id=page_id).exists()
