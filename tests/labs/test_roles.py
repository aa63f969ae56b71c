"""labs.roles, the one place for the editor groups: who is an association editor
(superuser or group Redaktion, DESIGN.md), who edits a pilot city's lab, who may
moderate."""

from django.contrib.auth.models import AnonymousUser

from labs import roles


def test_association_editors_are_the_group_redaktion_and_superusers(
    redakteurin, superuser, pilot_editor, member
):
    assert roles.is_association_editor(redakteurin)
    assert roles.is_association_editor(superuser)
    assert not roles.is_association_editor(pilot_editor)
    assert not roles.is_association_editor(member)
    assert not roles.is_association_editor(AnonymousUser())
    assert list(roles.association_editors()) == [redakteurin]


def test_an_inactive_account_has_no_role(redakteurin):
    redakteurin.is_active = False
    redakteurin.save()
    assert not roles.is_association_editor(redakteurin)
    assert roles.editor_roles(redakteurin) == (False, False)
    assert not roles.can_moderate(redakteurin)


def test_pilot_editors_of_a_city(pilot_editor, city, other_city, redakteurin, member):
    assert roles.pilot_group_name(city.name) == f"Pilotstadt {city.name}"
    assert list(roles.pilot_editors(city)) == [pilot_editor]
    assert list(roles.pilot_editors(other_city)) == []
    assert roles.editor_roles(pilot_editor) == (True, False)
    assert roles.editor_roles(redakteurin) == (False, True)
    assert roles.editor_roles(member) == (False, False)


def test_moderation_follows_the_permission(redakteurin, superuser, pilot_editor):
    assert roles.can_moderate(redakteurin)
    assert roles.can_moderate(superuser)
    assert not roles.can_moderate(pilot_editor)
    assert not roles.can_moderate(AnonymousUser())
