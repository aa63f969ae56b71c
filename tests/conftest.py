"""Small page trees for the tests, built with the same builders as the demo content."""

import pytest
from django.contrib.auth import get_user_model

from home import demo
from labs.models import Membership, Theme


@pytest.fixture
def home(db):
    return demo.get_home()


@pytest.fixture
def indexes(home):
    return demo.ensure_indexes(home)


@pytest.fixture
def lab_index(indexes):
    return indexes[0]


@pytest.fixture
def knowledge_index(indexes):
    return indexes[1]


@pytest.fixture
def discussion_index(indexes):
    return indexes[2]


@pytest.fixture
def themes(db):
    return list(Theme.objects.order_by("sort_order"))


@pytest.fixture
def city(db):
    return demo.ensure_city(
        "Neckarweiler", population=48_000, district="Landkreis Beispiel"
    )


@pytest.fixture
def other_city(db):
    return demo.ensure_city("Filsingen", population=9_500)


@pytest.fixture
def lab(lab_index, city, themes):
    return demo.build_lab(
        lab_index,
        title="Mühlbach-Süd: Nachbarschaft im Generationenwechsel",
        city=city,
        primary_theme=themes[1],
        themes=[themes[3]],
        quarter_name="Mühlbach-Süd",
        guiding_question="Wie bleiben ältere Menschen im Quartier gut versorgt?",
    )


@pytest.fixture
def experiment(lab, themes):
    return demo.build_experiment(
        lab,
        title="Klingel-Tour",
        teaser="Aufsuchende Befragung durch Nachbarschaftslots*innen.",
        hypothesis="Wir vermuten, dass persönliche Ansprache stille Gruppen erreicht.",
        themes=[themes[0]],
    )


@pytest.fixture
def learning(lab, experiment, themes):
    return demo.build_learning(
        lab,
        title="Persönliche Ansprache wirkt besser als schriftliche Einladungen.",
        evidence=[experiment],
        themes=[themes[0]],
        easy_language_summary="Briefe lesen wenige Menschen. Reden hilft mehr.",
    )


@pytest.fixture
def discussion(lab):
    return demo.build_discussion(
        lab, title="Wie finanziert ihr die Quartierskoordination nach der Förderung?"
    )


@pytest.fixture
def member(city):
    user = get_user_model().objects.create_user(
        "mitglied@example.org",
        email="mitglied@example.org",
        password="ein-langes-Passwort-1",
        first_name="Mara",
        last_name="Muster",
    )
    Membership.objects.create(user=user, city=city, function="Sozialplanung")
    return user


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        "redaktion@example.org", "redaktion@example.org", "ein-langes-Passwort-1"
    )
