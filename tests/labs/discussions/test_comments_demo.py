"""The demo content has threaded discussions between member cities and peer
signals; loading twice or with --reset gives the same counts."""

from django.core.management import call_command

from knowledge.models import LearningConfirmation
from labs.models import Comment, ExperimentAdoption


def counts():
    return (
        Comment.objects.count(),
        LearningConfirmation.objects.count(),
        ExperimentAdoption.objects.count(),
    )


def test_demo_discussions_are_threaded_between_cities_and_idempotent(db):
    call_command("load_demo_content", verbosity=0)
    first = counts()
    assert first[0] >= 15 and first[1] >= 3 and first[2] >= 3
    assert Comment.objects.filter(level=2).exists()
    assert Comment.objects.filter(is_editorial=True).exists()
    assert Comment.objects.filter(highlighted=True).exists()
    cities = set(Comment.objects.values_list("author_city__name", flat=True))
    assert {"Schlehenbronn", "Neckarweiler", "Quittenau"} <= cities
    assert not Comment.objects.exclude(ip_address=None).exists()
    call_command("load_demo_content", verbosity=0)
    assert counts() == first
    call_command("load_demo_content", "--reset", verbosity=0)
    assert counts() == first
