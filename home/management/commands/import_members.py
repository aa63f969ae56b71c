"""Import member accounts from a CSV file.

    manage.py import_members FILE.csv [--dry-run] [--skip-invalid] [--no-email]

Columns (first line, in any order; German names work too): email, name, city,
function (optional), pilot_editor (optional: ja/nein, yes/no, 1/0, x). Separator
";" or ","; UTF-8 with or without BOM (a file that is not UTF-8 is read as
Windows-1252, as Excel writes it, and the report says so).

Every row is checked first; the report lists each row as new, updated or rejected
with its line number and the reason. The file is the unit of work: if any row is
rejected, nothing is imported (fix the rows and run again) unless --skip-invalid
imports the valid rows. All changes happen in one transaction, so an error halfway
leaves nothing half-imported. New accounts get an invitation mail with a one-time
link to set their password (--no-email prints the links instead). Running the same
file again updates the accounts instead of duplicating them.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from home.accounts.services import send_invitation
from labs.members import (
    MemberError,
    find_city,
    find_user,
    normalise_email,
    password_set_link,
    pilot_group,
    save_member,
)
from labs.models import Membership

COLUMNS = {
    "email": {"email", "e-mail", "mail", "emailadresse", "e-mail-adresse"},
    "name": {"name", "vorundnachname"},
    "city": {"city", "stadt", "mitgliedsstadt"},
    "function": {"function", "funktion"},
    "pilot_editor": {
        "pilot_editor",
        "piloteditor",
        "pilot",
        "pilotstadt",
        "pilotstadtredaktion",
    },
}
REQUIRED = ("email", "name", "city")
YES = {"ja", "j", "yes", "y", "1", "x", "true", "wahr"}
NO = {"", "nein", "n", "no", "0", "false", "falsch"}
FUNCTION_MAX_LENGTH = Membership._meta.get_field("function").max_length


@dataclass
class Row:
    line: int
    email: str = ""
    name: str = ""
    city: object = None
    function: str = ""
    pilot_editor: bool = False
    action: str = ""  # "neu" | "aktualisiert"
    note: str = ""
    errors: list[str] = field(default_factory=list)


def _key(header: str) -> str:
    return header.strip().lower().replace(" ", "")


def read_text(path: Path) -> tuple[str, str]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CommandError(f"Datei nicht gefunden: {path}") from None
    except OSError as exc:
        raise CommandError(f"Datei nicht lesbar: {path} ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "Windows-1252"


class Command(BaseCommand):
    help = "Importiert Mitgliedskonten aus einer CSV-Datei (mit Probelauf)."

    def add_arguments(self, parser):
        parser.add_argument(
            "file", help="CSV-Datei: email,name,city,function[,pilot_editor]"
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Nur prüfen und berichten, nichts speichern, keine E-Mails.",
        )
        parser.add_argument(
            "--skip-invalid",
            action="store_true",
            help="Gültige Zeilen importieren, auch wenn andere abgelehnt werden.",
        )
        parser.add_argument(
            "--no-email",
            action="store_true",
            help="Keine Einladungen verschicken, sondern die Links ausgeben.",
        )

    def handle(self, *args, file, dry_run, skip_invalid, no_email, **options):
        text, encoding = read_text(Path(file))
        if encoding != "UTF-8":
            self.stdout.write(
                self.style.WARNING(
                    "Hinweis: Die Datei ist nicht UTF-8; sie wurde als Windows-1252 "
                    "gelesen. Bitte prüfen Sie Umlaute im Bericht."
                )
            )
        rows = self.parse(text)
        if not rows:
            raise CommandError("Die Datei enthält keine Datenzeilen.")

        valid = [row for row in rows if not row.errors]
        rejected = [row for row in rows if row.errors]
        self.report(rows, dry_run)

        if dry_run:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Probelauf: {len(valid)} Zeilen würden importiert "
                    f"({self.count(valid, 'neu')} neu, "
                    f"{self.count(valid, 'aktualisiert')} aktualisiert), "
                    f"{len(rejected)} abgelehnt. Nichts gespeichert."
                )
            )
            return
        if rejected and not skip_invalid:
            raise CommandError(
                f"Nichts importiert: {len(rejected)} von {len(rows)} Zeilen abgelehnt "
                "(siehe oben). Bitte die Zeilen korrigieren und erneut ausführen, "
                "oder mit --skip-invalid nur die gültigen Zeilen importieren."
            )

        created = []
        with transaction.atomic():
            for row in valid:
                saved = save_member(
                    email=row.email,
                    city=row.city,
                    name=row.name,
                    function=row.function,
                    pilot_editor=row.pilot_editor,
                )
                if saved.created:
                    created.append(saved.user)
        # Invitations only once everything is stored.
        for user in created:
            if no_email:
                self.stdout.write(f"Link für {user.email}: {password_set_link(user)}")
            else:
                send_invitation(user)
        invited = "" if no_email else " Neue Konten haben eine Einladung per E-Mail."
        self.stdout.write(
            self.style.SUCCESS(
                f"Importiert: {self.count(valid, 'neu')} neu, "
                f"{self.count(valid, 'aktualisiert')} aktualisiert, "
                f"{len(rejected)} abgelehnt.{invited}"
            )
        )

    @staticmethod
    def count(rows, action):
        return sum(1 for row in rows if row.action == action)

    # --- Parsing and checks ------------------------------------------------------

    def parse(self, text: str) -> list[Row]:
        lines = text.splitlines()
        header_line = next((line for line in lines if line.strip()), "")
        if not header_line:
            raise CommandError("Die Datei ist leer.")
        delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header = None
        rows: list[Row] = []
        seen: dict[str, int] = {}
        for values in reader:
            if not any(value.strip() for value in values):
                continue
            if header is None:
                header = self.read_header(values)
                continue
            rows.append(self.check(reader.line_num, values, header, seen))
        return rows

    def read_header(self, values) -> dict[str, int]:
        header = {}
        unknown = []
        for index, value in enumerate(values):
            key = _key(value)
            column = next(
                (name for name, alias in COLUMNS.items() if key in alias), None
            )
            if column is None:
                unknown.append(value.strip())
            elif column in header:
                raise CommandError(f"Die Spalte „{value.strip()}“ kommt doppelt vor.")
            else:
                header[column] = index
        missing = [name for name in REQUIRED if name not in header]
        if missing:
            raise CommandError(
                "Die Kopfzeile braucht die Spalten email, name, city (optional "
                "function, pilot_editor); es fehlt: "
                + ", ".join(missing)
                + ". Gelesen: "
                + ", ".join(v.strip() for v in values)
                + ". Trennzeichen ; oder ,"
            )
        if unknown:
            self.stdout.write(
                self.style.WARNING(
                    "Unbekannte Spalten ignoriert: " + ", ".join(unknown)
                )
            )
        header["_width"] = len(values)
        return header

    def check(self, line, values, header, seen) -> Row:
        row = Row(line=line)
        if len(values) != header["_width"]:
            row.errors.append(
                f"{len(values)} Spalten statt {header['_width']} (Trennzeichen oder "
                "Anführungszeichen prüfen)"
            )
            return row

        def value(column):
            index = header.get(column)
            return values[index].strip() if index is not None else ""

        try:
            row.email = normalise_email(value("email"))
        except MemberError as exc:
            row.email = value("email")
            row.errors.append(str(exc))
        row.name = " ".join(value("name").split())
        if not row.name:
            row.errors.append("Name fehlt.")
        try:
            row.city = find_city(value("city"))
        except MemberError as exc:
            row.errors.append(str(exc))
        row.function = value("function")
        if len(row.function) > FUNCTION_MAX_LENGTH:
            row.errors.append(f"Funktion länger als {FUNCTION_MAX_LENGTH} Zeichen.")
        flag = value("pilot_editor").lower()
        if flag in YES:
            row.pilot_editor = True
        elif flag not in NO:
            row.errors.append(
                f"pilot_editor „{value('pilot_editor')}“ verstehe ich nicht (ja/nein)."
            )
        if row.pilot_editor and row.city is not None and pilot_group(row.city) is None:
            row.errors.append(
                f"{row.city.name} ist noch nicht als Pilotstadt eingerichtet "
                f"(zuerst: manage.py create_pilot_city {row.city.name})."
            )
        if row.email in seen:
            row.errors.append(
                f"E-Mail-Adresse doppelt (schon in Zeile {seen[row.email]})."
            )
        elif row.email:
            seen[row.email] = line
        if row.errors:
            return row

        user = find_user(row.email)
        if user is None:
            row.action = "neu"
            return row
        membership = Membership.objects.filter(user=user).select_related("city").first()
        if user.is_superuser or (membership is not None and membership.city_id is None):
            row.errors.append(
                "Das Konto gehört zur Redaktion oder Administration; es wird nicht per "
                "Import geändert."
            )
            return row
        row.action = "aktualisiert"
        if membership is not None and membership.city_id != row.city.pk:
            row.note = f"bisher {membership.city.name}"
        return row

    def report(self, rows, dry_run):
        verb = {"neu": "wird angelegt", "aktualisiert": "wird aktualisiert"}
        if not dry_run:
            verb = {"neu": "neu", "aktualisiert": "aktualisiert"}
        for row in rows:
            if row.errors:
                self.stdout.write(
                    self.style.ERROR(
                        f"Zeile {row.line}: abgelehnt – {row.email or '(keine E-Mail)'}: "
                        + " ".join(row.errors)
                    )
                )
                continue
            extras = [row.city.name]
            if row.pilot_editor:
                extras.append("Pilotstadt-Redaktion")
            if row.note:
                extras.append(row.note)
            self.stdout.write(
                f"Zeile {row.line}: {verb[row.action]} – {row.email} ({', '.join(extras)})"
            )
