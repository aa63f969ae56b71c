"""`manage.py import_members FILE.csv`: bulk accounts with a dry run, a report of
rejected rows with line numbers and reasons, and nothing half-imported."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command

from labs.models import Membership

User = get_user_model()


def write(tmp_path, text, encoding="utf-8", name="mitglieder.csv"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run(path, *args):
    out = io.StringIO()
    call_command("import_members", str(path), *args, stdout=out)
    return out.getvalue()


def accounts():
    return sorted(
        Membership.objects.values_list("user__email", "city__name", "function")
    )


GOOD = (
    "email;name;city;function\n"
    "anna.beispiel@example.org;Anna Beispiel;Neckarweiler;Sozialplanung\n"
    "Ben.Muster@Example.org;Ben Muster;filsingen;Quartierskoordination\n"
)


def test_imports_semicolon_file_with_bom_and_sends_invitations(
    tmp_path, city, other_city
):
    out = run(write(tmp_path, "\ufeff" + GOOD))
    assert accounts() == [
        ("anna.beispiel@example.org", "Neckarweiler", "Sozialplanung"),
        ("ben.muster@example.org", "Filsingen", "Quartierskoordination"),
    ]
    assert "Importiert: 2 neu, 0 aktualisiert, 0 abgelehnt" in out
    assert sorted(m.to[0] for m in mail.outbox) == [
        "anna.beispiel@example.org",
        "ben.muster@example.org",
    ]
    assert re.search(r"/konto/passwort/neu/\S+/", mail.outbox[0].body)
    user = User.objects.get(email="anna.beispiel@example.org")
    assert user.get_full_name() == "Anna Beispiel"
    assert not user.has_usable_password()


def test_imports_comma_file_with_quotes(tmp_path, city):
    text = (
        "email,name,city,function\n"
        'anna@example.org,"Beispiel, Anna",Neckarweiler,"Sozialplanung, Senioren"\n'
    )
    run(write(tmp_path, text), "--no-email")
    assert accounts() == [
        ("anna@example.org", "Neckarweiler", "Sozialplanung, Senioren")
    ]
    assert mail.outbox == []


def test_dry_run_reports_and_changes_nothing(tmp_path, city, other_city):
    out = run(write(tmp_path, GOOD), "--dry-run")
    assert "Zeile 2: wird angelegt – anna.beispiel@example.org (Neckarweiler)" in out
    assert "Zeile 3: wird angelegt – ben.muster@example.org (Filsingen)" in out
    assert "Probelauf: 2 Zeilen würden importiert" in out
    assert not User.objects.exists()
    assert mail.outbox == []


BAD = (
    "email;name;city;function;pilot_editor\n"
    "anna@example.org;Anna Beispiel;Neckarweiler;Sozialplanung;nein\n"
    "keine-adresse;Kai Fehler;Neckarweiler;;\n"
    "\n"
    "carla@example.org;Carla Ort;Atlantis;;\n"
    "dora@example.org;;Filsingen;;\n"
    "ANNA@example.org;Anna Doppelt;Filsingen;;\n"
    "emil@example.org;Emil Zuviel;Filsingen;;;extra\n"
    "fritz@example.org;Fritz Pilot;Filsingen;;vielleicht\n"
    "gina@example.org;Gina Pilot;Filsingen;;ja\n"
)


def test_rejected_rows_are_reported_with_line_numbers_and_nothing_is_imported(
    tmp_path, city, other_city
):
    with pytest.raises(CommandError, match="Nichts importiert: 7 von 8 Zeilen"):
        run(write(tmp_path, BAD))
    assert not User.objects.exists()
    assert mail.outbox == []


def test_report_names_each_reason(tmp_path, city, other_city):
    out = run(write(tmp_path, BAD), "--dry-run")
    lines = {int(m.group(1)): m.group(0) for m in re.finditer(r"Zeile (\d+): .*", out)}
    assert "wird angelegt" in lines[2]
    assert "Ungültige E-Mail-Adresse" in lines[3]
    assert "„Atlantis“ ist keine Mitgliedsstadt" in lines[5]
    assert "Name fehlt" in lines[6]
    assert "doppelt (schon in Zeile 2)" in lines[7]
    assert "6 Spalten statt 5" in lines[8]
    assert "pilot_editor „vielleicht“" in lines[9]
    assert "nicht als Pilotstadt eingerichtet" in lines[10]
    assert "1 Zeilen würden importiert" in out and "7 abgelehnt" in out
    assert not User.objects.exists()


def test_skip_invalid_imports_only_the_valid_rows(tmp_path, city, other_city):
    out = run(write(tmp_path, BAD), "--skip-invalid")
    assert accounts() == [("anna@example.org", "Neckarweiler", "Sozialplanung")]
    assert "Importiert: 1 neu, 0 aktualisiert, 7 abgelehnt" in out


def test_second_run_updates_instead_of_duplicating(tmp_path, city, other_city):
    path = write(tmp_path, GOOD)
    run(path)
    mail.outbox.clear()
    out = run(path)
    assert "Importiert: 0 neu, 2 aktualisiert" in out
    assert User.objects.count() == 2
    assert mail.outbox == []  # no second invitation


def test_pilot_editor_column_puts_people_into_the_pilot_group(tmp_path, pilot, city):
    text = "E-Mail;Name;Stadt;Funktion;Pilotstadt\nnora@example.org;Nora Neu;Neckarweiler;;ja\n"
    run(write(tmp_path, text))
    user = User.objects.get(email="nora@example.org")
    assert user.groups.filter(name="Pilotstadt Neckarweiler").exists()


def test_windows_excel_file_is_read_and_flagged(tmp_path, city):
    text = "email;name;city;function\njoerg@example.org;Jörg Müßig;Neckarweiler;Bürgerbüro\n"
    out = run(write(tmp_path, text, encoding="cp1252"))
    assert "Windows-1252" in out
    assert User.objects.get(email="joerg@example.org").get_full_name() == "Jörg Müßig"


def test_redaktion_accounts_are_not_changed_by_import(tmp_path, redakteurin, city):
    text = f"email;name;city;function\n{redakteurin.email};Henrike D;Neckarweiler;x\n"
    out = run(write(tmp_path, text), "--dry-run")
    assert "Redaktion oder Administration" in out
    assert Membership.objects.get(user=redakteurin).city is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "leer"),
        ("adresse;wer\nanna@example.org;Anna\n", "es fehlt: email, name, city"),
        ("email;name;city;city\n", "doppelt"),
        ("email;name;city\n", "keine Datenzeilen"),
    ],
)
def test_malformed_files_give_clear_errors(tmp_path, city, text, message):
    with pytest.raises(CommandError, match=message):
        run(write(tmp_path, text))
    assert not User.objects.exists()


def test_missing_file_gives_a_clear_error(tmp_path, db):
    with pytest.raises(CommandError, match="Datei nicht gefunden"):
        run(tmp_path / "gibt-es-nicht.csv")
