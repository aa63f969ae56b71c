"""Provision a pilot city in one step, idempotently (`manage.py create_pilot_city`
and the admin action "Als Pilotstadt einrichten").

For a city NAME this makes sure that there are
* the City (created if missing, with the network role "StadtLabor aktuelle Phase"),
* at least one LabPage of the city under the lab index (a draft if none exists),
* a Group "Pilotstadt NAME" with access to the admin and page permissions on the
  city's lab pages and everything below them: add and edit, plus publish if the city
  publishes directly (City.publishes_directly; otherwise pages go through the
  workflow Redaktionsfreigabe),
* a Collection "Pilotstadt NAME" for its images and documents, on which only this
  group (and Redaktion, through the root collection) has permissions,
* the workflow Redaktionsfreigabe on the lab index.

Running it twice changes nothing. The group is found by its name; renaming a city
renames its group and collection (see `home.signals`).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from django.apps import apps as global_apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowPage,
)

from labs.models import City, LabIndexPage, LabPage, NetworkRole, QuarterType, Theme
from labs.roles import REDAKTION, pilot_group_name

from . import roles
from .demo import make_slug

NAME_MAX_LENGTH = City._meta.get_field("name").max_length
PLACEHOLDER = "[bitte ergänzen]"


class PilotCityError(ValueError):
    """Bad input; the German message is shown as is."""


@dataclass
class Provisioned:
    city: City
    group: Group
    collection: Collection
    labs: list[LabPage]
    # (what, "angelegt" | "ergänzt" | "vorhanden")
    steps: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(state != "vorhanden" for _what, state in self.steps)


def clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise PilotCityError(_("Bitte den Namen der Stadt angeben."))
    if len(name) > NAME_MAX_LENGTH:
        raise PilotCityError(
            _("Der Name ist zu lang (höchstens %(max)d Zeichen).")
            % {"max": NAME_MAX_LENGTH}
        )
    if not any(char.isalpha() for char in name):
        raise PilotCityError(_("„%(name)s“ ist kein Städtename.") % {"name": name})
    return name


def find_city(name: str, *, create: bool = True, force_new: bool = False):
    """The existing city (case-insensitive), or None if a new one is to be created.
    A new name close to an existing city is refused as a probable typo unless
    `force_new`; with `create` False an unknown name is refused."""
    city = City.objects.filter(name__iexact=name).first()
    if city is not None:
        return city
    names = list(City.objects.values_list("name", flat=True))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.8)
    if not create:
        hint = (
            " " + _("Meinten Sie: %(close)s?") % {"close": ", ".join(close)}
            if close
            else ""
        )
        raise PilotCityError(
            _("„%(name)s“ ist keine Mitgliedsstadt.") % {"name": name} + hint
        )
    if close and not force_new:
        raise PilotCityError(
            _(
                "Es gibt keine Mitgliedsstadt „%(name)s“, aber ähnliche: %(close)s. "
                "Ein Tippfehler? Wenn wirklich eine neue Stadt gemeint ist, bitte "
                "--new-city angeben."
            )
            % {"name": name, "close": ", ".join(close)}
        )
    return None


def provision_pilot_city(
    name: str,
    *,
    publishes_directly: bool | None = None,
    create_city: bool = True,
    force_new: bool = False,
) -> Provisioned:
    """Provision the pilot city `name`; see the module docstring. `publishes_directly`
    None keeps the city's setting. Raises PilotCityError on bad input."""
    name = clean_name(name)
    lab_index = LabIndexPage.objects.first()
    if lab_index is None:
        raise PilotCityError(
            _(
                "Es gibt noch keine Übersichtsseite „StadtLabore“ (LabIndexPage). "
                "Bitte legen Sie sie zuerst im Admin unter der Startseite an."
            )
        )
    steps = []
    with transaction.atomic():
        city = find_city(name, create=create_city, force_new=force_new)
        if city is None:
            city = City(name=name, slug=unique_city_slug(name))
            city.network_role = NetworkRole.CURRENT
            if publishes_directly is not None:
                city.publishes_directly = publishes_directly
            city.full_clean()
            city.save()
            steps.append(
                (_("Mitgliedsstadt %(name)s") % {"name": city.name}, "angelegt")
            )
        else:
            changed = []
            if city.network_role == NetworkRole.MEMBER:
                city.network_role = NetworkRole.CURRENT
                changed.append("network_role")
            if (
                publishes_directly is not None
                and city.publishes_directly != publishes_directly
            ):
                city.publishes_directly = publishes_directly
                changed.append("publishes_directly")
            if changed:
                city.save(update_fields=changed)
            steps.append(
                (
                    _("Mitgliedsstadt %(name)s") % {"name": city.name},
                    "geändert" if changed else "vorhanden",
                )
            )

        labs = list(LabPage.objects.filter(city=city).order_by("path"))
        if labs:
            steps.append((_("StadtLabor-Seite"), "vorhanden"))
        else:
            labs = [create_draft_lab(lab_index, city)]
            steps.append((_("StadtLabor-Seite (Entwurf)"), "angelegt"))

        group, created = Group.objects.get_or_create(name=pilot_group_name(city.name))
        steps.append((_("Gruppe %(name)s") % {"name": group.name}, state(created)))
        added = sync_group_permissions(group, city, labs)
        steps.append((_("Seitenrechte im eigenen StadtLabor"), added))

        collection, created = ensure_collection(pilot_group_name(city.name))
        steps.append(
            (_("Sammlung %(name)s") % {"name": collection.name}, state(created))
        )
        added = sync_collection_permissions(group, collection)
        steps.append((_("Rechte für Bilder und Dokumente"), added))

        workflow_before = set(
            WorkflowPage.objects.values_list("page_id", "workflow_id")
        )
        if Group.objects.filter(name=REDAKTION).exists():
            roles.ensure_editorial_workflow(global_apps)
        else:
            roles.setup_roles(global_apps)
        workflow_after = set(WorkflowPage.objects.values_list("page_id", "workflow_id"))
        steps.append(
            (
                _("Workflow %(name)s") % {"name": roles.WORKFLOW_NAME},
                "ergänzt" if workflow_after != workflow_before else "vorhanden",
            )
        )
    return Provisioned(
        city=city, group=group, collection=collection, labs=labs, steps=steps
    )


def state(created: bool) -> str:
    return "angelegt" if created else "vorhanden"


def unique_city_slug(name: str) -> str:
    base = make_slug(name)
    slug, number = base, 2
    while City.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def create_draft_lab(lab_index: LabIndexPage, city: City) -> LabPage:
    """A draft LabPage with placeholders; the pilot city fills it in."""
    theme = Theme.objects.order_by("sort_order", "name").first()
    if theme is None:
        raise PilotCityError(
            _(
                "Es gibt noch keine Handlungsfelder. Bitte zuerst `manage.py migrate` "
                "ausführen."
            )
        )
    base = make_slug(city.name)
    slug, number = base, 2
    while Page.objects.child_of(lab_index).filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    today = timezone.localdate()
    page = LabPage(
        title=_("StadtLabor %(city)s") % {"city": city.name},
        slug=slug,
        live=False,
        city=city,
        primary_theme=theme,
        teaser=PLACEHOLDER,
        quarter_name=PLACEHOLDER,
        quarter_type=QuarterType.EXISTING,
        guiding_question=PLACEHOLDER,
        initial_situation=f"<p>{PLACEHOLDER}</p>",
        challenges=f"<p>{PLACEHOLDER}</p>",
        goals=f"<p>{PLACEHOLDER}</p>",
        responsible_units=PLACEHOLDER,
        contact_role=PLACEHOLDER,
        start_date=today,
        last_reviewed=today,
    )
    LabIndexPage.objects.get(pk=lab_index.pk).add_child(instance=page)
    page.save_revision()
    return LabPage.objects.get(pk=page.pk)


def _page_permission(codename: str) -> Permission:
    return roles.page_permission(global_apps, codename)


def sync_group_permissions(group: Group, city: City, labs=None) -> str:
    """Admin access plus add/edit (and publish if the city publishes directly) on
    each of the city's lab pages; publish is taken away from a city that no longer
    publishes directly. Returns "vorhanden", "ergänzt" or "geändert"."""
    if labs is None:
        labs = list(LabPage.objects.filter(city=city))
    result = "vorhanden"
    access_admin = roles.get_permission(
        global_apps, "wagtailadmin", "admin", "access_admin"
    )
    if not group.permissions.filter(pk=access_admin.pk).exists():
        group.permissions.add(access_admin)
        result = "ergänzt"
    wanted = list(roles.PILOT_PAGE_PERMISSIONS)
    if city.publishes_directly:
        wanted.append(roles.PILOT_PUBLISH_PERMISSION)
    for lab in labs:
        for codename in wanted:
            _obj, created = GroupPagePermission.objects.get_or_create(
                group=group, page=lab, permission=_page_permission(codename)
            )
            if created:
                result = "ergänzt"
    if not city.publishes_directly:
        deleted, _detail = GroupPagePermission.objects.filter(
            group=group, permission__codename=roles.PILOT_PUBLISH_PERMISSION
        ).delete()
        if deleted:
            result = "geändert"
    return result


def ensure_collection(name: str) -> tuple[Collection, bool]:
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=name).first()
    if collection is not None:
        return collection, False
    return root.add_child(name=name), True


def sync_collection_permissions(group: Group, collection: Collection) -> str:
    result = "vorhanden"
    for app_label, model, actions in roles.PILOT_COLLECTION_PERMISSIONS:
        for action in actions:
            permission = roles.get_permission(
                global_apps, app_label, model, roles.codename_for(action, model)
            )
            _obj, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
            if created:
                result = "ergänzt"
    return result


def sync_publishing(city: City) -> None:
    """After a city's "publishes directly" changed: give or take publish permission."""
    group = Group.objects.filter(name=pilot_group_name(city.name)).first()
    if group is not None and GroupPagePermission.objects.filter(group=group).exists():
        sync_group_permissions(group, city)
