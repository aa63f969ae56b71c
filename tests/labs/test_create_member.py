"""`manage.py create_member` creates or updates a member account of one city."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command


def run(*args, stdin=None, monkeypatch=None):
    out = io.StringIO()
    call_command("create_member", *args, stdout=out)
    return out.getvalue()


def test_creates_member_with_city_function_and_password_link(city):
    out = run(
        "Anna.Beispiel@Example.org",
        "--city",
        "neckarweiler",
        "--name",
        "Anna Beispiel",
        "--function",
        "Sozialplanung",
    )
    user = get_user_model().objects.get(email="anna.beispiel@example.org")
    assert user.get_full_name() == "Anna Beispiel"
    assert user.membership.city == city
    assert user.membership.function == "Sozialplanung"
    assert not user.has_usable_password()
    assert "/konto/passwort/neu/" in out


def test_second_run_updates_instead_of_duplicating(city, other_city):
    run("anna@example.org", "--city", "Neckarweiler")
    run(
        "anna@example.org", "--city", "Filsingen", "--function", "Quartierskoordination"
    )
    users = get_user_model().objects.filter(email="anna@example.org")
    assert users.count() == 1
    assert users.get().membership.city == other_city


def test_password_from_stdin(city, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("ein-sehr-sicheres-Passwort\n"))
    run("anna@example.org", "--city", "Neckarweiler", "--password-stdin")
    user = get_user_model().objects.get(email="anna@example.org")
    assert user.check_password("ein-sehr-sicheres-Passwort")


def test_weak_password_is_refused_and_nothing_stored(city, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("123\n"))
    with pytest.raises(CommandError):
        run("anna@example.org", "--city", "Neckarweiler", "--password-stdin")
    assert not get_user_model().objects.filter(email="anna@example.org").exists()


def test_unknown_city_gives_clear_error_and_creates_nothing(city):
    with pytest.raises(CommandError, match="Meinten Sie: Neckarweiler"):
        run("anna@example.org", "--city", "Neckar")
    assert not get_user_model().objects.filter(email="anna@example.org").exists()


def test_pilot_editor_joins_the_city_group(lab, city):
    call_command("create_pilot_city", "Neckarweiler", stdout=io.StringIO())
    run("labor@example.org", "--city", "Neckarweiler", "--pilot-editor")
    user = get_user_model().objects.get(email="labor@example.org")
    assert user.groups.filter(name="Pilotstadt Neckarweiler").exists()
    assert user.is_staff


def test_pilot_editor_of_a_city_that_is_no_pilot_city_is_refused(city):
    with pytest.raises(CommandError, match="create_pilot_city Neckarweiler"):
        run("labor@example.org", "--city", "Neckarweiler", "--pilot-editor")
    assert not get_user_model().objects.filter(email="labor@example.org").exists()


def test_moving_to_another_city_leaves_the_old_pilot_group(lab, city, other_city):
    call_command("create_pilot_city", "Neckarweiler", stdout=io.StringIO())
    run("labor@example.org", "--city", "Neckarweiler", "--pilot-editor")
    run("labor@example.org", "--city", "Filsingen")
    user = get_user_model().objects.get(email="labor@example.org")
    assert not user.groups.filter(name="Pilotstadt Neckarweiler").exists()
    assert user.membership.city == other_city


def test_invalid_email_is_refused(city):
    with pytest.raises(CommandError, match="Ungültige E-Mail"):
        run("keine-adresse", "--city", "Neckarweiler")
