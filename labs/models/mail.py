"""The outbox: every e-mail the platform sends is stored here once, before a worker
hands it to the mail server (see labs/outbox.py)."""

from django.db import models


class OutgoingMail(models.Model):
    """One message, stored once. `sent_at` is set in the same transaction that
    confirms the mail server accepted it, so a retry (after an outage or a worker
    restart) sends only what is still unsent."""

    message = models.JSONField("Nachricht")
    created_at = models.DateTimeField("angelegt", auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField("versendet", null=True, blank=True, db_index=True)
    attempts = models.PositiveIntegerField("Versuche", default=0)
    last_error = models.TextField("letzter Fehler", blank=True)

    class Meta:
        verbose_name = "ausgehende E-Mail"
        verbose_name_plural = "ausgehende E-Mails"

    def __str__(self):
        return self.message.get("subject", "")
