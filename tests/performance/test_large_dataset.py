"""The large synthetic data set of the benchmarks (`load_large_dataset`), at a
small size: everything it promises is there, the listings' comment numbers
match the comments, and the pages it creates render."""

import io

import pytest
from django.core.management import call_command
from django.db.models import Count, Max

from knowledge.models import LearningPage
from labs.models import (
    City,
    Comment,
    CommentStats,
    DiscussionPage,
    ExperimentPage,
    LabPage,
)
from labs.models.comments import ACTIVE

SIZES = {
    "cities": 6,
    "labs": 3,
    "experiments": 9,
    "learnings": 6,
    "discussions": 4,
    "comments": 260,
    "members": 12,
}


@pytest.fixture
def large(db):
    call_command("load_demo_content", verbosity=0)
    before = {
        "labs": LabPage.objects.count(),
        "experiments": ExperimentPage.objects.count(),
        "learnings": LearningPage.objects.count(),
        "discussions": DiscussionPage.objects.count(),
        "comments": Comment.objects.count(),
        "cities": City.objects.count(),
    }
    out = io.StringIO()
    args = [f"--{name}={value}" for name, value in SIZES.items()]
    call_command("load_large_dataset", *args, stdout=out)
    return before, out.getvalue()


def test_the_data_set_has_the_promised_size(large):
    before, output = large
    assert LabPage.objects.count() == before["labs"] + SIZES["labs"]
    assert (
        ExperimentPage.objects.count() == before["experiments"] + SIZES["experiments"]
    )
    assert LearningPage.objects.count() == before["learnings"] + SIZES["learnings"]
    assert (
        DiscussionPage.objects.count() == before["discussions"] + SIZES["discussions"]
    )
    assert Comment.objects.count() == before["comments"] + SIZES["comments"]
    assert (
        "Kommentare" in output and f"{SIZES['comments']}/{SIZES['comments']}" in output
    )


def test_comment_numbers_match_the_comments(large):
    """Bulk inserts send no signals; the loader counts the pages afterwards."""
    counted = {
        row["page_id"]: (row["n"], row["last"])
        for row in Comment.objects.filter(ACTIVE)
        .order_by()
        .values("page_id")
        .annotate(n=Count("pk"), last=Max("submit_date"))
    }
    stored = {
        row.page_id: (row.comment_count, row.last_comment_at)
        for row in CommentStats.objects.filter(comment_count__gt=0)
    }
    assert stored == counted
    longest = max(counted.values(), key=lambda value: value[0])
    assert longest[0] >= 190  # the benchmark's long thread (200, minus withdrawn)


def test_the_pages_render_with_their_numbers(large, client):
    """The lab page lists its experiments with their number of contributions."""
    first = ExperimentPage.objects.filter(title__startswith="Skala").order_by("pk")[0]
    lab = first.get_parent().specific
    count = CommentStats.objects.get(page_id=first.pk).comment_count
    html = client.get(lab.url).content.decode()
    entry = html.split(first.title, 1)[1].split("</li>", 1)[0]
    assert f"{count} Beiträge" in entry
    assert client.get("/austausch/").status_code == 200
