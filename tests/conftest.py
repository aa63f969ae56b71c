"""Small page trees for the tests, built with the same builders as the demo content."""

from pathlib import Path

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction

from home import demo
from labs.models import Membership, Theme

E2E_DIR = Path(__file__).resolve().parent / "e2e"


def pytest_collection_modifyitems(session, config, items):
    """Browser tests after all others: they share the demo site for the rest of the
    session. Last, the tests that commit to the database (`transaction=True`):
    the database is emptied after each, the rows of the data migrations (themes,
    the default Site) too, which every other test relies on."""

    items.sort(key=_order)
    # A committing test empties the database afterwards. Without serialized rollback
    # Django's flush also recreates content types and permissions under new ids,
    # and the next test that restores the migrated rows fails on them; with it, the
    # rows of the migrations come back for whichever test runs next.
    unrestored = [
        item.nodeid for item in items if _commits(item) and not _restores(item)
    ]
    if unrestored:
        raise pytest.UsageError(
            "Tests, die in die Datenbank schreiben, brauchen "
            "django_db(transaction=True, serialized_rollback=True): "
            + ", ".join(unrestored)
        )


def _order(item):
    if Path(str(item.path)).parent == E2E_DIR:
        return 1
    return 2 if _commits(item) else 0


def _commits(item):
    """Commits to the database: marked `transaction=True`, or asks for the
    transactional database itself (as a fixture that starts a server on the test
    database must: the server's writes are committed)."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction"):
        return True
    return bool({"transactional_db", "live_server"} & set(item.fixturenames))


def _restores(item):
    marker = item.get_closest_marker("django_db")
    return bool(
        (marker is not None and marker.kwargs.get("serialized_rollback"))
        or "django_db_serialized_rollback" in item.fixturenames
    )


def _uses_database(item):
    return item.get_closest_marker("django_db") is not None or bool(
        {"db", "transactional_db", "live_server"} & set(item.fixturenames)
    )


def _row_counts():
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy
    }


def _changed(before, after):
    """The tables whose row count differs, with both counts."""
    return {
        model: f"{before[model]} → {after[model]}"
        for model in before
        if before[model] != after[model]
    }


# The number of rows of each table right after the migrations.
_MIGRATED = {}


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """pytest-django's test database, and the rows its migrations leave. (Without a
    test that uses the database pytest-django sets none up: nothing to count.)"""
    if any(map(_uses_database, request.session.items)):
        with django_db_blocker.unblock():
            _MIGRATED.update(_row_counts())


@pytest.fixture(autouse=True)
def _committing_test_starts_from_the_migrated_site(request):
    """A test that commits starts from the migrated rows that serialized rollback
    restores, whatever ran before it in this process: neither rows left behind (by
    browser tests, by a test that did not empty the database) nor rows missing (a
    restore that did not happen)."""
    if not _commits(request.node):
        return
    request.getfixturevalue("transactional_db")
    differ = _changed(_MIGRATED, _row_counts())
    assert not differ, f"Die Datenbank ist nicht im migrierten Zustand: {differ}"


@pytest.fixture(scope="module", autouse=True)
def _module_leaves_no_rows(request, django_db_setup, django_db_blocker):
    """A module of ordinary tests leaves the database as it found it: whatever a
    module-wide fixture loads or a test commits must not reach the next module's
    tests. (Browser tests and committing tests run last and clean up themselves.)"""
    items = [item for item in request.session.items if item.module is request.module]
    if any(_order(item) for item in items) or not any(map(_uses_database, items)):
        yield
        return
    with django_db_blocker.unblock():
        before = _row_counts()
    yield
    with django_db_blocker.unblock():
        left = _changed(before, _row_counts())
    assert not left, f"{request.module.__name__} hinterlässt Zeilen: {left}"


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the module that asks for it and rolled
    back after the module's last test: nothing of it reaches the next module."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", verbosity=0)
        yield
        transaction.set_rollback(True)


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


# --- Roles: Redaktion and pilot-city editors (accounts issue) ------------------------

PASSWORD = "ein-langes-Passwort-1"


@pytest.fixture
def redakteurin(db):
    """A plain member of the group Redaktion (no superuser), as in production."""
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        "henrike@example.org",
        email="henrike@example.org",
        password=PASSWORD,
        first_name="Henrike",
        last_name="Demmler",
    )
    user.groups.add(Group.objects.get(name="Redaktion"))
    Membership.objects.create(user=user, city=None, function="Redaktion")
    return user


def _pilot_editor(city_name, email, name):
    from home.accounts.provisioning import provision_pilot_city
    from labs.members import save_member

    result = provision_pilot_city(city_name, create_city=False)
    return save_member(
        email=email, city=result.city, name=name, pilot_editor=True, password=PASSWORD
    ).user


@pytest.fixture
def pilot(lab):
    """Editor of Neckarweiler's lab (the `lab` fixture); Neckarweiler needs the
    Redaktion's approval to publish."""
    return _pilot_editor("Neckarweiler", "labor.neckarweiler@example.org", "Tobias W")


@pytest.fixture
def other_lab(lab_index, other_city, themes):
    return demo.build_lab(
        lab_index,
        title="Ortsmitte für alle",
        city=other_city,
        primary_theme=themes[0],
        quarter_name="Ortskern",
    )


@pytest.fixture
def other_pilot(other_lab):
    """Editor of Filsingen's lab, a trusted pilot city that publishes directly."""
    from labs.models import City

    City.objects.filter(pk=other_lab.city_id).update(publishes_directly=True)
    return _pilot_editor("Filsingen", "labor.filsingen@example.org", "Sevgi A")


# --- Discussions (issue 3) ------------------------------------------------------------


def _account(username, first, last, city=None, function="", groups=()):
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username,
        email=username,
        password="ein-langes-Passwort-1",
        first_name=first,
        last_name=last,
    )
    Membership.objects.create(user=user, city=city, function=function)
    for name in groups:
        user.groups.add(Group.objects.get_or_create(name=name)[0])
    return user


@pytest.fixture
def other_member(other_city):
    return _account(
        "jonas@example.org", "Jonas", "Beispiel", other_city, "Quartiersarbeit"
    )


@pytest.fixture
def pilot_editor(city):
    """Editor of the lab of `city` (group "Pilotstadt Neckarweiler")."""
    return _account(
        "labor@example.org",
        "Tobias",
        "Wendling",
        city,
        "Quartierskoordination",
        groups=[f"Pilotstadt {city.name}"],
    )


@pytest.fixture
def editor(db):
    """Association editor (group Redaktion, no city): moderates comments."""
    return _account(
        "henrike@example.org", "Henrike", "Demmler", None, "Redaktion", ["Redaktion"]
    )


@pytest.fixture
def make_comment():
    """Store a comment directly (for tests that need many or special ones)."""
    from django.conf import settings as django_settings
    from django.contrib.contenttypes.models import ContentType

    from labs.models import Comment

    def make(page, user, text="Ein Beitrag.", parent=None, **fields):
        membership = Membership.objects.filter(user=user).select_related("city").first()
        comment = Comment(
            content_type=ContentType.objects.get_for_model(page.specific),
            object_pk=str(page.pk),
            page_id=page.pk,
            site_id=django_settings.SITE_ID,
            user=user,
            user_name=user.get_full_name(),
            user_email=user.email,
            comment=text,
            parent_id=parent.pk if parent else 0,
            author_city=membership.city if membership else None,
            author_function=membership.function if membership else "",
            **fields,
        )
        comment.save()
        return comment

    return make


@pytest.fixture
def comment_data():
    """POST data of the comment form for a page, with a valid security hash."""
    from django_comments.forms import CommentSecurityForm

    def data(page, text, **extra):
        values = CommentSecurityForm(page.specific).generate_security_data()
        values.update({"comment": text, "reply_to": "0"})
        values.update(extra)
        return values

    return data


@pytest.fixture
def experiment_form():
    """experiment_form(title, slug, **extra): the admin's POST data for an
    experiment page with every required field filled in."""
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    def data(title, slug, **extra):
        return nested_form_data(
            {
                "title": title,
                "slug": slug,
                "teaser": "Vier Samstage mit Fahrgastbefragung.",
                "format_type": "service",
                "status": "testing",
                "hypothesis": "Wir vermuten, dass ein Bürgerbus Ältere mobil hält.",
                "start_date": "2026-04-04",
                "resources_staff": "ca. 4 Std./Woche",
                "cost_band": "1k-5k",
                "effort": "medium",
                "transferability": "high",
                "success_criteria": rich_text(""),
                "result": rich_text(""),
                "success_factors": rich_text(""),
                "obstacles": rich_text(""),
                "next_steps": rich_text(""),
                "procedure": streamfield([]),
                **extra,
            }
        )

    return data


@pytest.fixture
def count_queries():
    """count_queries(client, url): the queries of a GET that answers 200, counted on
    the second request (the first warms per-process caches such as site root paths)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(client, url):
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url)
        assert response.status_code == 200
        return len(ctx.captured_queries)

    return count


@pytest.fixture(autouse=True)
def _empty_caches():
    """Every test starts with empty caches (page cache, rate limits): the database
    is rolled back between tests, stored pages would outlive it."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=False):
        cache.clear()
