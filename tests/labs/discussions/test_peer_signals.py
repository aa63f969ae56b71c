"""Peer signals: "Das kennen wir auch" on learnings and "Übernommen von" on
experiments, one per city, withdrawable, shown on the page and counted on listings."""

import pytest
from django.urls import reverse

from knowledge.models import LearningConfirmation
from labs.models import ExperimentAdoption


def signal(client, page, **data):
    return client.post(reverse("labs:peer_signal", args=[page.pk]), data)


def test_member_confirms_a_learning_for_their_city_once_and_withdraws(
    client, learning, other_member
):
    client.force_login(other_member)
    html = client.get(learning.url).content.decode()
    assert "Das kennen wir in Filsingen auch" in html
    signal(client, learning, action="add", note="Bei uns genauso.")
    signal(client, learning, action="add", note="Zweimal?")
    confirmation = LearningConfirmation.objects.get()
    assert confirmation.city.name == "Filsingen"
    assert confirmation.note == "Zweimal?"
    html = client.get(learning.url).content.decode()
    assert "Filsingen" in html and "Zweimal?" in html
    assert "Eintrag zurücknehmen" in html
    signal(client, learning, action="withdraw")
    assert not LearningConfirmation.objects.exists()


def test_member_marks_an_experiment_as_adopted_or_adapted(
    client, experiment, lab, other_member
):
    client.force_login(other_member)
    signal(client, experiment, action="add", kind="angepasst", note="Mit Verein")
    adoption = ExperimentAdoption.objects.get()
    assert (adoption.city.name, adoption.kind, adoption.note) == (
        "Filsingen",
        "angepasst",
        "Mit Verein",
    )
    html = client.get(experiment.url).content.decode()
    assert "Übernommen von" in html and "Wir haben das angepasst" in html
    lab_html = client.get(lab.url).content.decode()
    assert "von 1 Stadt übernommen" in lab_html


def test_visitors_see_the_cities_but_cannot_sign(client, experiment, other_city):
    ExperimentAdoption.objects.create(experiment=experiment, city=other_city)
    html = client.get(experiment.url).content.decode()
    assert "Filsingen" in html
    assert reverse("labs:peer_signal", args=[experiment.pk]) not in html
    response = signal(client, experiment, action="add")
    assert response.status_code == 302 and "next=" in response["Location"]
    assert ExperimentAdoption.objects.count() == 1


def test_the_labs_own_city_cannot_confirm_its_own_learning(client, learning, member):
    client.force_login(member)  # member of Neckarweiler, the lab's city
    assert "Das kennen wir in" not in client.get(learning.url).content.decode()
    signal(client, learning, action="add")
    assert not LearningConfirmation.objects.exists()


def test_note_is_limited(client, learning, other_member):
    client.force_login(other_member)
    signal(client, learning, action="add", note="x" * 501)
    assert not LearningConfirmation.objects.exists()


@pytest.mark.parametrize("field", ["confirmations", "adoptions"])
def test_peer_signals_are_deleted_with_their_page(request, field, other_city):
    page = request.getfixturevalue(
        "learning" if field == "confirmations" else "experiment"
    )
    model = LearningConfirmation if field == "confirmations" else ExperimentAdoption
    key = "learning" if field == "confirmations" else "experiment"
    model.objects.create(city=other_city, **{key: page})
    page.delete()
    assert not model.objects.exists()
