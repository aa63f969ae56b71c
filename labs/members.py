"""Member accounts: one place that creates or updates the account of a person from a
member city, used by `manage.py create_member`, `manage.py import_members` and the
approval of access requests ("Zugang beantragen") in the admin.

An account's username is its email address (lower case); every account belongs to
exactly one city (`Membership`). Pilot-city editors are additionally in the group
"Pilotstadt <City>", which `manage.py create_pilot_city` provisions with page, image
and document permissions on that city's lab only.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.models import GroupPagePermission

from .links import configured_base_url
from .models import City, Membership
from .roles import pilot_group_name
from .text import plain_text


class MemberError(ValueError):
    """Bad input for a member account; the message is German and shown as is."""


def pilot_group(city: City) -> Group | None:
    """The provisioned group of a pilot city, or None. A group of that name without
    page permissions (left over from before provisioning existed) does not count."""
    group = Group.objects.filter(name=pilot_group_name(city.name)).first()
    if group is None or not GroupPagePermission.objects.filter(group=group).exists():
        return None
    return group


def normalise_email(email: str) -> str:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError:
        raise MemberError(
            _("Ungültige E-Mail-Adresse: „%(email)s“.") % {"email": email}
        ) from None
    return email


def find_city(name: str) -> City:
    """The member city called `name` (case-insensitive), or a MemberError that names
    similar cities."""
    name = " ".join((name or "").split())
    if not name:
        raise MemberError(_("Keine Mitgliedsstadt angegeben."))
    city = City.objects.filter(name__iexact=name).first()
    if city is not None:
        return city
    names = list(City.objects.values_list("name", flat=True))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.75)
    close += [n for n in names if name.lower()[:5] in n.lower() and n not in close]
    hint = (
        " " + _("Meinten Sie: %(names)s?") % {"names": ", ".join(close[:3])}
        if close
        else ""
    )
    raise MemberError(
        _("„%(name)s“ ist keine Mitgliedsstadt.") % {"name": name}
        + hint
        + " "
        + _("Mitgliedsstädte pflegt die Redaktion im Admin unter Netzwerk.")
    )


def find_user(email: str):
    User = get_user_model()
    return (
        User.objects.filter(email__iexact=email).first()
        or User.objects.filter(username__iexact=email).first()
    )


@dataclass
class SavedMember:
    user: object
    created: bool


def save_member(
    *,
    email: str,
    city: City,
    name: str = "",
    function: str = "",
    pilot_editor: bool = False,
    password: str | None = None,
) -> SavedMember:
    """Create or update the account `email` of a person from `city`.

    A new account without `password` gets an unusable password; the person sets one
    through the link of `password_set_link`. An existing account keeps its password
    unless one is given, and its name and function unless new ones are given. Moving
    an account to another city takes it out of the old city's pilot group.
    `pilot_editor` needs the city to be provisioned as a pilot city first."""
    email = normalise_email(email)
    group = None
    if pilot_editor:
        group = pilot_group(city)
        if group is None:
            raise MemberError(
                _(
                    "%(city)s ist noch nicht als Pilotstadt eingerichtet. Bitte zuerst "
                    "`manage.py create_pilot_city %(city)s` ausführen (oder im Admin "
                    "unter Netzwerk › Mitgliedsstädte „Als Pilotstadt einrichten“)."
                )
                % {"city": city.name}
            )
    first_name, _sep, last_name = " ".join(plain_text(name).split()).partition(" ")
    User = get_user_model()
    with transaction.atomic():
        user = find_user(email)
        created = user is None
        if created:
            user = User(username=email, email=email)
        if name.strip():
            user.first_name, user.last_name = first_name, last_name
        if password is not None:
            try:
                validate_password(password, user)
            except ValidationError as exc:
                raise MemberError(" ".join(exc.messages)) from exc
            user.set_password(password)
        elif created:
            user.set_unusable_password()
        if pilot_editor:
            user.is_staff = True
        user.save()

        old = Membership.objects.filter(user=user).select_related("city").first()
        if old is not None and old.city_id and old.city_id != city.pk:
            user.groups.remove(
                *Group.objects.filter(name=pilot_group_name(old.city.name))
            )
        Membership.objects.update_or_create(
            user=user,
            defaults={"city": city, **({"function": function} if function else {})},
        )
        if group is not None:
            user.groups.add(group)
    return SavedMember(user=user, created=created)


def password_set_path(user) -> str:
    """The path of the one-time page where `user` sets a password (Django's token
    generator: valid until the password changes or PASSWORD_RESET_TIMEOUT ends)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return reverse(
        "konto:password_reset_confirm", kwargs={"uidb64": uid, "token": token}
    )


def password_set_link(user) -> str:
    return configured_base_url() + password_set_path(user)
