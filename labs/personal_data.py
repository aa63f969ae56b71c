"""Which models hold personal data of a member, for the export of one's own data
(Art. 15/20 DSGVO, "Meine Daten herunterladen") and for account deletion.

Every model of this project with a foreign key to the user model is either
registered here (its rows of a person appear in the export) or listed in
`NOT_EXPORTED` with the reason; tests/home/accounts/test_privacy.py fails for a new model that is
neither, so nobody forgets the export. Register a model where it is defined:

    @personal_data.register(label="Anmeldungen zu Veranstaltungen")
    class EventRegistration(models.Model):
        user = models.ForeignKey(settings.AUTH_USER_MODEL, ...)

`user_field` names the foreign key (default "user"); `fields` the exported fields
(default: all except the key); `serialize(obj) -> dict` replaces both. When the
account is deleted, the foreign key decides: CASCADE deletes the rows, SET_NULL
keeps them without the person (anonymised); the test checks that none is left
pointing at a deleted account.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from wagtail.models import Page


@dataclass(frozen=True)
class PersonalDataModel:
    label: str
    model_label: str  # "app_label.ModelName"
    user_field: str = "user"
    fields: tuple[str, ...] | None = None
    serialize: Callable | None = None

    @property
    def model(self):
        return apps.get_model(self.model_label)

    def rows_of(self, user):
        return self.model._default_manager.filter(**{self.user_field: user})

    def export(self, user, page_info) -> list[dict]:
        rows = []
        for obj in self.rows_of(user).order_by("pk"):
            if self.serialize is not None:
                rows.append(self.serialize(obj))
                continue
            row = {}
            for field in obj._meta.concrete_fields:
                if field.name == self.user_field or (
                    self.fields is not None and field.name not in self.fields
                ):
                    continue
                value = field.value_from_object(obj)
                related = getattr(field, "related_model", None)
                if related is not None and value is not None:
                    if _is_page_model(related):
                        value = page_info(value)
                    else:
                        value = str(getattr(obj, field.name))
                elif field.choices and value:
                    value = getattr(obj, f"get_{field.name}_display")()
                row[field.name] = value
            rows.append(row)
        return rows


def _is_page_model(model) -> bool:
    return isinstance(model, type) and issubclass(model, Page)


REGISTRY: dict[str, PersonalDataModel] = {}

# Foreign keys to the user model that are not the person's own data, with reason.
NOT_EXPORTED = {
    "labs.Comment.hidden_by": "Amtshandlung der Redaktion, kein Inhalt der Person",
    "labs.Membership.user": "eigener Abschnitt „mitgliedschaft“ im Export",
    "labs.NotificationPreference.user": "eigener Abschnitt „benachrichtigungen“",
    "labs.ThreadFollow.user": "eigener Abschnitt „verfolgte_diskussionen“",
}


def not_exported(field_label: str, reason: str) -> None:
    """Declare a foreign key to the user model ("app.Model.field") that holds no
    data of the person, with the reason; call it where the model is defined."""
    NOT_EXPORTED[field_label] = reason


def register(
    *,
    label: str,
    user_field: str = "user",
    fields: tuple[str, ...] | list[str] | None = None,
    serialize: Callable | None = None,
):
    """Class decorator for a model that holds personal data of a member."""

    def decorator(model):
        key = f"{model._meta.app_label}.{model.__name__}"
        REGISTRY[key] = PersonalDataModel(
            label=label,
            model_label=key,
            user_field=user_field,
            fields=tuple(fields) if fields is not None else None,
            serialize=serialize,
        )
        return model

    return decorator


def export_registered(user, page_info) -> dict[str, list[dict]]:
    """{label: rows} for every registered model with rows of the person. A model
    with a key to the account that nobody registered yet is exported with all its
    fields all the same (better too much than missing data in an Art. 15 answer)."""
    entries = list(REGISTRY.values())
    registered = {f"{e.model_label}.{e.user_field}" for e in entries}
    for key, field in user_foreign_keys():
        if key not in registered and key not in NOT_EXPORTED:
            model = field.model
            entries.append(
                PersonalDataModel(
                    label=str(model._meta.verbose_name_plural),
                    model_label=f"{model._meta.app_label}.{model.__name__}",
                    user_field=field.name,
                )
            )
    result = {}
    for entry in entries:
        rows = entry.export(user, page_info)
        if rows:
            result.setdefault(entry.label, []).extend(rows)
    return result


def user_foreign_keys(app_labels=None):
    """("app.Model.field", field) for every foreign key to the user model in this
    project's apps (default: the apps under BASE_DIR)."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    base = str(settings.BASE_DIR)
    for config in apps.get_app_configs():
        if app_labels is not None:
            if config.label not in app_labels:
                continue
        elif not str(config.path).startswith(base) or "/.venv/" in str(config.path):
            continue
        for model in config.get_models():
            # Own fields only: Wagtail's page owner/locks and the comments app's
            # user link are inherited and covered by their own export sections.
            for field in model._meta.local_concrete_fields:
                if getattr(field, "related_model", None) is user_model:
                    yield f"{config.label}.{model.__name__}.{field.name}", field
