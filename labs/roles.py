"""Who is who: the one place for the names of the editor groups and for the
questions "is this person an association editor" and "who edits this city's lab".

* Group "Redaktion": the association editors (DESIGN.md: "everything"). Superusers
  count as association editors too.
* Group "Pilotstadt <City>" per pilot city: the editors of that city's lab.
* Members of a city have no group; their `Membership` says which city they belong to.

Moderating comments is a permission (`MODERATE_PERMISSION`), not a group: the group
Redaktion holds it (migration labs/0006, `home.roles`), superusers have every
permission, and a moderation right given to one account works as well.

Creating the groups and their permissions (provisioning) is not done here but in
`home.roles` and `home.pilot_cities`, which take the names from this module.
"""

from __future__ import annotations

from typing import NamedTuple

from django.contrib.auth import get_user_model

REDAKTION = "Redaktion"
PILOT_GROUP_PREFIX = "Pilotstadt "
MODERATE_PERMISSION = "labs.change_comment"


def pilot_group_name(city_name: str) -> str:
    """The group of a pilot city's editors, e.g. "Pilotstadt Neckarweiler"."""
    return f"{PILOT_GROUP_PREFIX}{city_name}"


def _signed_in(user) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


class EditorRoles(NamedTuple):
    pilot_editor: bool
    association_editor: bool


def editor_roles(user) -> EditorRoles:
    """Both roles of a person in one query: editor of some pilot city, association
    editor."""
    if not _signed_in(user):
        return EditorRoles(False, False)
    names = set(user.groups.values_list("name", flat=True))
    return EditorRoles(
        pilot_editor=any(name.startswith(PILOT_GROUP_PREFIX) for name in names),
        association_editor=user.is_superuser or REDAKTION in names,
    )


def is_association_editor(user) -> bool:
    """A superuser or a member of the group Redaktion."""
    if _signed_in(user) and user.is_superuser:
        return True  # no query needed
    return editor_roles(user).association_editor


def can_moderate(user) -> bool:
    """May approve, hide and remove comments."""
    return _signed_in(user) and user.has_perm(MODERATE_PERMISSION)


def association_editors():
    """The accounts of the group Redaktion (active or not; callers filter)."""
    return get_user_model().objects.filter(groups__name=REDAKTION)


def pilot_editors(city):
    """The accounts of the group of `city`'s editors."""
    return get_user_model().objects.filter(groups__name=pilot_group_name(city.name))
