"""Render every discussion email with sample data, so that editors can review the
German copy without posting anything.

    manage.py preview_emails            all emails on standard output
    manage.py preview_emails --send     also send them (to the configured backend)

Nothing is stored: the sample people, city, page and comments exist only in memory
(the page is the first live discussion, experiment or learning if there is one).
"""

from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils import timezone

from labs import notifications
from labs.models import City, DiscussionPage
from labs.models.comments import Comment, CommentReport, ReportReason

SAMPLE_TEXT = (
    "Wir finanzieren die Quartierskoordination seit diesem Jahr zur Hälfte aus dem "
    "Sozialetat und zur Hälfte über die Wohnungsbaugesellschaft. Den Vertrag teilen "
    "wir gern – schreibt uns einfach."
)


class Command(BaseCommand):
    help = "Zeigt alle E-Mails der Diskussionen mit Beispieldaten (Deutsch) an."

    def add_arguments(self, parser):
        parser.add_argument(
            "--send",
            action="store_true",
            help="Die Beispiel-E-Mails zusätzlich über das eingestellte Mail-Backend senden.",
        )

    def handle(self, *args, send=False, **options):
        messages = self.build()
        for title, message in messages:
            self.stdout.write(self.style.MIGRATE_HEADING(f"=== {title} ==="))
            self.stdout.write(f"An: {', '.join(message.to)}")
            self.stdout.write(f"Betreff: {message.subject}")
            for name, value in message.extra_headers.items():
                self.stdout.write(f"{name}: {value}")
            self.stdout.write("")
            self.stdout.write(message.body)
        if send:
            sent = notifications._send([message for _title, message in messages])
            self.stdout.write(self.style.SUCCESS(f"{sent} E-Mails gesendet."))

    def build(self):
        """Sample objects in memory only (never saved)."""
        user_model = get_user_model()
        page = DiscussionPage.objects.live().first()
        if page is None:
            page = SimpleNamespace(
                pk=0, title="Wie finanziert ihr die Quartierskoordination?", url="/"
            )
        city = City(pk=10**9, name="Neckarweiler")
        other = City(pk=10**9 + 1, name="Schlehenbronn")
        recipient = user_model(
            pk=10**9,
            username="empfang@example.org",
            email="empfang@example.org",
            first_name="Petra",
            last_name="Kienzlinger",
        )
        editor = user_model(
            pk=10**9 + 1,
            username="redaktion@example.org",
            email="redaktion@example.org",
            first_name="Henrike",
            last_name="Demmler",
        )
        comment = Comment(
            pk=10**9,
            comment=SAMPLE_TEXT,
            user_name="Tobias Wendling",
            user_id=10**9 + 2,
            author_city=city,
            author_function="Quartierskoordination",
            submit_date=timezone.now(),
            level=1,
            thread_id=10**9,
            parent_id=10**9,
        )
        comment.page_id = page.pk
        lab = SimpleNamespace(
            title="Mühlbach-Süd: Nachbarschaft im Generationenwechsel"
        )
        root = notifications.base_url()
        common = notifications._common(root)
        url = f"{root}{page.url}#beitrag-{comment.pk}"
        messages = []
        for reason, title in (
            ("reply", "Antwort auf einen eigenen Beitrag"),
            ("follow", "Neuer Beitrag in einer Diskussion, der man folgt"),
            ("lab", "Neuer Beitrag auf einer Seite des eigenen StadtLabors"),
        ):
            kind, per_thread = notifications.REASONS[reason]
            stop_url = (
                notifications.unsubscribe_url(recipient, "follow", page.pk, root)
                if per_thread
                else notifications.unsubscribe_url(recipient, kind, root=root)
            )
            context = {
                **common,
                "recipient": recipient,
                "comment": comment,
                "page": page,
                "lab": lab if reason == "lab" else None,
                "reason": reason,
                "comment_url": url,
                "stop_url": stop_url,
            }
            messages.append(
                (
                    title,
                    notifications._message("new_comment", context, recipient, stop_url),
                )
            )
        report = CommentReport(
            comment=comment,
            reason=ReportReason.PRIVACY,
            note="Im Beitrag steht die private Telefonnummer einer Bewohnerin.",
        )
        stop_url = notifications.unsubscribe_url(editor, "moderation", root=root)
        context = {
            **common,
            "recipient": editor,
            "report": report,
            "comment": comment,
            "page": page,
            "moderate_url": f"{root}/admin/kommentare/{comment.pk}/moderieren/",
            "comment_url": url,
            "stop_url": stop_url,
        }
        messages.append(
            (
                "Meldung an die Redaktion",
                notifications._message("report", context, editor, stop_url),
            )
        )
        comment.author_city = other
        for action, title in (
            ("hidden", "Beitrag ausgeblendet"),
            ("removed", "Beitrag entfernt"),
        ):
            context = {
                **common,
                "recipient": recipient,
                "comment": comment,
                "page": page,
                "action": action,
                "reason": "Der Beitrag enthält die Telefonnummer einer Privatperson.",
                "page_url": f"{root}{page.url}",
            }
            messages.append(
                (
                    f"Moderation: {title}",
                    notifications._message("moderation", context, recipient, None),
                )
            )
        return messages
