"""Admin for pilot cities.

* "Pilotstadt einrichten": the same provisioning as `manage.py create_pilot_city`,
  as a button on each city in Netzwerk › Mitgliedsstädte and in the settings menu.
* A lab page itself is deleted or moved only by those who may create labs
  (Redaktion): a pilot-city editor would otherwise be able to delete a draft lab
  (and with it the group's permissions of the provisioned pilot city) or, if
  trusted, a childless live lab.

Registered from `home/wagtail_hooks.py`.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.models import Page

from labs.models import City, LabPage
from labs.parsing import parse_id

from .provisioning import PilotCityError, provision_pilot_city

PROVISION_PERMISSION = "home.provision_pilot_city"


# --- Pilotstadt einrichten ----------------------------------------------------------


class ProvisionForm(forms.Form):
    city = forms.ModelChoiceField(
        label=gettext_lazy("Mitgliedsstadt"),
        queryset=City.objects.all(),
        help_text=gettext_lazy(
            "Neue Mitgliedsstädte legen Sie zuerst unter Netzwerk › Mitgliedsstädte an."
        ),
    )
    publishes_directly = forms.BooleanField(
        label=gettext_lazy("Darf direkt veröffentlichen"),
        required=False,
        help_text=gettext_lazy(
            "Nur für erfahrene Pilotstädte: Ihre Seiten gehen ohne Redaktionsfreigabe "
            "online. Sonst prüft die Redaktion jede Seite (Workflow "
            "„Redaktionsfreigabe“)."
        ),
    )


def provision_view(request):
    if not request.user.has_perm(PROVISION_PERMISSION):
        raise PermissionDenied
    initial = {}
    city = City.objects.filter(pk=parse_id(request.GET.get("city")) or 0).first()
    if city is not None:
        initial = {"city": city, "publishes_directly": city.publishes_directly}
    form = ProvisionForm(request.POST or None, initial=initial)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            result = provision_pilot_city(
                form.cleaned_data["city"].name,
                publishes_directly=form.cleaned_data["publishes_directly"],
                create_city=False,
            )
        except PilotCityError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("%(city)s ist als Pilotstadt eingerichtet.")
                % {"city": result.city.name}
                if result.changed
                else _("%(city)s war bereits vollständig eingerichtet.")
                % {"city": result.city.name},
            )
    return TemplateResponse(
        request,
        "account/admin/provision.html",
        {"form": form, "result": result, "page_title": _("Pilotstadt einrichten")},
    )


@hooks.register("register_admin_urls")
def register_provision_url():
    return [path("pilotstadt-einrichten/", provision_view, name="provision_pilot_city")]


class ProvisionMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PROVISION_PERMISSION)


@hooks.register("register_settings_menu_item")
def register_provision_menu_item():
    return ProvisionMenuItem(
        _("Pilotstadt einrichten"),
        reverse("provision_pilot_city"),
        icon_name="site",
        order=50,
    )


@hooks.register("register_snippet_listing_buttons")
def pilot_city_button(snippet, user, next_url=None):
    if isinstance(snippet, City) and user.has_perm(PROVISION_PERMISSION):
        yield ListingMenuItem(
            _("Als Pilotstadt einrichten"),
            reverse("provision_pilot_city") + f"?city={snippet.pk}",
            icon_name="site",
            priority=50,
        )


# --- Lab pages stay where they are ------------------------------------------------


def may_manage_labs(user, page):
    parent = page.get_parent()
    return parent is not None and parent.permissions_for_user(user).can_add_subpage()


def _refuse(request, page):
    messages.error(
        request,
        _(
            "Ein StadtLabor selbst kann nur die Redaktion löschen oder verschieben. "
            "Sie können alle Seiten darin bearbeiten."
        ),
    )
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("before_delete_page")
def protect_lab_from_delete(request, page):
    if issubclass(page.specific_class, LabPage) and not may_manage_labs(
        request.user, page
    ):
        return _refuse(request, page)
    return None


@hooks.register("before_move_page")
def protect_lab_from_move(request, page, destination):
    if issubclass(page.specific_class, LabPage) and not may_manage_labs(
        request.user, page
    ):
        return _refuse(request, page)
    return None


@hooks.register("before_bulk_action")
def protect_labs_in_bulk(request, action_type, objects, action_class_instance):
    if action_type not in ("delete", "move"):
        return None
    for page in objects:
        if not isinstance(page, Page):
            continue
        if issubclass(page.specific_class, LabPage) and not may_manage_labs(
            request.user, page
        ):
            return _refuse(request, page)
    return None
