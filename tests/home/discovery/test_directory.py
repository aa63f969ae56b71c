"""Member-city directory ("Mitgliedsstädte"), city profiles, the two texts a city's
members edit, theme pages and "Diese Städte haben Erfahrung damit"."""

import pytest
from django.contrib.auth import get_user_model

from home import demo
from knowledge.models import LearningConfirmation
from labs.models import City, ExperimentAdoption, Membership

PASSWORD = "ein-langes-Passwort-1"


def make_member(email, city):
    user = get_user_model().objects.create_user(
        email, email=email, password=PASSWORD, first_name="Ida", last_name="Beispiel"
    )
    Membership.objects.create(user=user, city=city, function="Sozialplanung")
    return user


@pytest.fixture
def signals(lab, experiment, learning, other_city):
    """Filsingen adopted the experiment and confirmed the learning."""
    ExperimentAdoption.objects.create(
        experiment=experiment, city=other_city, note="Bei uns mit dem Bürgerverein."
    )
    LearningConfirmation.objects.create(
        learning=learning, city=other_city, note="Haustürgespräche wirken."
    )
    return other_city


# --- Directory ---------------------------------------------------------------------


def test_directory_lists_cities_with_counts(client, signals, city):
    response = client.get("/mitgliedsstaedte/")
    content = response.content.decode()
    assert response.status_code == 200
    assert "2 Mitgliedsstädte gefunden" in content
    assert "Neckarweiler" in content and "Filsingen" in content
    assert "1 Experiment übernommen" in content
    assert "1 Erkenntnis bestätigt" in content


def test_directory_filters_by_size_class_and_district(client, city, other_city):
    demo.ensure_city("Großstadt", population=150_000, district="Stadtkreis Groß")
    response = client.get("/mitgliedsstaedte/?groesse=xs")
    content = response.content.decode()
    assert "1 Mitgliedsstadt gefunden" in content
    assert "Filsingen" in content and "Neckarweiler" not in content
    content = client.get(
        "/mitgliedsstaedte/?landkreis=Landkreis+Beispiel"
    ).content.decode()
    assert "Neckarweiler" in content and "Großstadt" not in content
    content = client.get("/mitgliedsstaedte/?groesse=xl").content.decode()
    assert "Großstadt" in content and "Filsingen" not in content
    # The filter keeps its value selected (shareable URL, no JavaScript).
    assert '<option value="xl" selected>' in content


def test_directory_empty_filter_result_explains_what_to_do(client, city):
    content = client.get("/mitgliedsstaedte/?landkreis=Nirgendwo").content.decode()
    assert "Keine Mitgliedsstadt passt zu diesen Filtern" in content


def test_directory_paginates(client, db):
    for i in range(30):
        demo.ensure_city(f"Teststadt {i:02d}")
    first = client.get("/mitgliedsstaedte/").content.decode()
    second = client.get("/mitgliedsstaedte/?seite=2").content.decode()
    assert "Teststadt 00" in first and "Teststadt 29" not in first
    assert "Teststadt 29" in second
    assert "Seite 2 von 2" in second


# --- Profile -----------------------------------------------------------------------


def test_city_profile_shows_labs_adoptions_confirmations_and_texts(
    client, signals, lab, experiment, learning, city
):
    other = signals
    other.can_report_on = "Zwischennutzung von Leerstand"
    other.seeks_exchange_on = "Bürgerbus im ländlichen Raum"
    other.save()
    content = client.get(f"/mitgliedsstaedte/{other.slug}/").content.decode()
    assert "Zwischennutzung von Leerstand" in content
    assert "Bürgerbus im ländlichen Raum" in content
    assert experiment.title in content and "Bei uns mit dem Bürgerverein." in content
    assert learning.title in content and "Haustürgespräche wirken." in content
    assert "noch kein StadtLabor" in content
    own = client.get(f"/mitgliedsstaedte/{city.slug}/").content.decode()
    assert lab.title in own


def test_city_profile_never_names_the_people_behind_entries(
    client, signals, experiment
):
    author = make_member("person@example.org", signals)
    ExperimentAdoption.objects.filter(city=signals).first().delete()
    ExperimentAdoption.objects.create(experiment=experiment, city=signals, user=author)
    content = client.get(f"/mitgliedsstaedte/{signals.slug}/").content.decode()
    assert "Ida" not in content and "Beispiel" not in content
    assert "person@example.org" not in content


def test_city_profile_hides_drafts(client, lab, other_city):
    draft = demo.build_experiment(lab, title="Geheimer Entwurf", live=False)
    ExperimentAdoption.objects.create(experiment=draft, city=other_city)
    content = client.get(f"/mitgliedsstaedte/{other_city.slug}/").content.decode()
    assert "Geheimer Entwurf" not in content
    assert (
        "0 Experimente übernommen" in client.get("/mitgliedsstaedte/").content.decode()
    )


def test_unknown_city_is_404(client, db):
    assert client.get("/mitgliedsstaedte/gibt-es-nicht/").status_code == 404


# --- Editing the two texts -----------------------------------------------------------


def test_member_edits_own_city_texts(client, member, city):
    client.force_login(member)
    page = client.get(f"/mitgliedsstaedte/{city.slug}/").content.decode()
    assert "Texte für Neckarweiler bearbeiten" in page
    response = client.post(
        f"/mitgliedsstaedte/{city.slug}/bearbeiten/",
        {
            "can_report_on": "Klingel-Tour mit Nachbarschaftslots*innen",
            "seeks_exchange_on": "Finanzierung nach der Förderung",
        },
    )
    assert response.status_code == 302
    city.refresh_from_db()
    assert city.can_report_on == "Klingel-Tour mit Nachbarschaftslots*innen"
    assert city.seeks_exchange_on == "Finanzierung nach der Förderung"
    page = client.get(f"/mitgliedsstaedte/{city.slug}/").content.decode()
    assert "Die Angaben für Neckarweiler sind gespeichert." in page


def test_member_of_another_city_may_not_edit(client, city, other_city):
    stranger = make_member("fremd@example.org", other_city)
    client.force_login(stranger)
    page = client.get(f"/mitgliedsstaedte/{city.slug}/").content.decode()
    assert (
        "bearbeiten"
        not in page.split("Erfahrungen und Austausch")[1].split("StadtLabore")[0]
    )
    response = client.post(
        f"/mitgliedsstaedte/{city.slug}/bearbeiten/",
        {"can_report_on": "Übernahme!", "seeks_exchange_on": ""},
    )
    assert response.status_code == 403
    assert "nur Mitglieder dieser Stadt" in response.content.decode()
    city.refresh_from_db()
    assert city.can_report_on != "Übernahme!"


def test_visitor_is_sent_to_login_for_editing(client, city):
    response = client.get(f"/mitgliedsstaedte/{city.slug}/bearbeiten/")
    assert response.status_code == 302
    assert "/konto/anmelden/" in response["Location"]


def test_too_long_text_is_refused_with_german_message(client, member, city):
    client.force_login(member)
    response = client.post(
        f"/mitgliedsstaedte/{city.slug}/bearbeiten/",
        {"can_report_on": "x" * 2001, "seeks_exchange_on": ""},
    )
    assert response.status_code == 400
    assert "höchstens 2000 Zeichen" in response.content.decode()
    city.refresh_from_db()
    assert city.can_report_on == ""


# --- Themes and "Diese Städte haben Erfahrung damit" ---------------------------------


def test_theme_index_counts_labs_experiments_learnings(
    client, lab, experiment, learning, themes
):
    content = client.get("/themen/").content.decode()
    assert themes[0].name.replace("&", "&amp;") in content
    assert "1 Experiment" in content and "1 Erkenntnis" in content
    assert "1 StadtLabor" in content


def test_theme_page_shows_labs_experiments_learnings_and_peers(
    client, signals, lab, experiment, learning, themes
):
    theme = themes[0]  # the experiment's and the learning's theme
    content = client.get(f"/themen/{theme.slug}/").content.decode()
    assert experiment.title in content
    assert learning.title in content
    assert "Diese Städte haben Erfahrung damit" in content
    assert "Filsingen" in content  # adopted, confirmed
    assert "Anmelden, um zu folgen" in content
    lab_theme = client.get(f"/themen/{themes[1].slug}/").content.decode()
    assert lab.title in lab_theme


def test_theme_page_empty_state(client, themes):
    content = client.get(f"/themen/{themes[6].slug}/").content.decode()
    assert "noch kein StadtLabor veröffentlicht" in content
    assert "Noch hat keine andere Mitgliedsstadt Erfahrungen" in content


def test_learning_page_suggests_cities_ranked_by_signals(
    client, signals, lab, learning, city
):
    third = demo.ensure_city(
        "Remsheim", can_report_on="Beteiligung mit Jugendlichen im Quartier"
    )
    content = client.get(learning.url).content.decode()
    section = content.split('id="erfahrung-titel"')[1].split("</section>")[0]
    # Filsingen adopted the evidence and confirmed it (3 + 4), Neckarweiler wrote
    # it (5), Remsheim only mentions the theme (1).
    assert section.index("Filsingen") < section.index("Neckarweiler")
    assert section.index("Neckarweiler") < section.index("Remsheim")
    assert "kennt das auch" in section
    assert f"/mitgliedsstaedte/{third.slug}/" in section


def test_learning_page_does_not_suggest_the_viewers_own_city(
    client, signals, learning, member
):
    client.force_login(member)  # member of Neckarweiler, the learning's city
    content = client.get(learning.url).content.decode()
    section = content.split('id="erfahrung-titel"')[1].split("</section>")[0]
    assert "Neckarweiler" not in section and "Filsingen" in section


# --- Query budgets -----------------------------------------------------------------


def grow(lab_index, themes, start, stop):
    for i in range(start, stop):
        city = demo.ensure_city(f"Wachsstadt {i}", population=5000 + i * 7000)
        lab = demo.build_lab(
            lab_index, title=f"Labor {i}", city=city, themes=themes[:2]
        )
        experiment = demo.build_experiment(lab, title=f"Versuch {i}", themes=themes)
        learning = demo.build_learning(
            lab, title=f"Lehre {i}", evidence=[experiment], themes=themes
        )
        other = demo.ensure_city(f"Partnerstadt {i}", can_report_on="Pflege")
        ExperimentAdoption.objects.create(experiment=experiment, city=other)
        LearningConfirmation.objects.create(learning=learning, city=other)


def test_new_pages_query_count_is_bounded_and_constant(
    client,
    lab_index,
    knowledge_index,
    lab,
    experiment,
    learning,
    themes,
    signals,
    count_queries,
):
    member = make_member("zaehler@example.org", lab.city)
    urls = [
        "/themen/",
        f"/themen/{themes[0].slug}/",
        "/mitgliedsstaedte/",
        f"/mitgliedsstaedte/{signals.slug}/",
        f"/mitgliedsstaedte/{City.objects.get(name='Neckarweiler').slug}/",
        learning.url,
        lab.url,
    ]
    grow(lab_index, themes, 0, 3)
    small = [count_queries(client, url) for url in urls]
    client.force_login(member)
    small_member = [count_queries(client, url) for url in urls]
    client.logout()
    grow(lab_index, themes, 3, 30)
    large = [count_queries(client, url) for url in urls]
    client.force_login(member)
    large_member = [count_queries(client, url) for url in urls]
    print("visitor", small, large, "member", small_member, large_member)  # noqa: T201
    assert max(small) <= 15, dict(zip(urls, small, strict=True))
    assert max(small_member) <= 20, dict(zip(urls, small_member, strict=True))
    assert small == large
    assert small_member == large_member
