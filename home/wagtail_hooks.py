"""Admin for accounts and pilot cities.

* "Zugangsanfragen" (wagtail-modeladmin): the Redaktion lists requests for access and
  approves (account + mail with a link to set the password) or declines them (polite
  mail).
* "Pilotstadt einrichten": the same provisioning as `manage.py create_pilot_city`,
  as a button on each city in Netzwerk › Mitgliedsstädte and in the settings menu.
* A lab page itself is deleted or moved only by those who may create labs
  (Redaktion): a pilot-city editor would otherwise be able to delete a draft lab
  (and with it the group's permissions) or, if trusted, a childless live lab.
"""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, re_path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus import MenuItem as ListingMenuItem
from wagtail.models import Page
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.menus import ModelAdminMenuItem
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import InstanceSpecificView

from labs.models import City, LabPage
from labs.parsing import parse_id

from . import accounts
from .models import AccessRequest, AccessRequestStatus
from .pilot_cities import PilotCityError, provision_pilot_city

PROVISION_PERMISSION = "home.provision_pilot_city"


# --- Zugangsanfragen ----------------------------------------------------------------


class AccessRequestPermissionHelper(PermissionHelper):
    def user_can_create(self, user):
        return False  # requests come from the public form

    def user_can_edit_obj(self, user, obj):
        return obj.is_pending and super().user_can_edit_obj(user, obj)

    def user_can_decide(self, user, obj):
        return obj.is_pending and self.user_has_specific_permission(
            user, "change_accessrequest"
        )


class AccessRequestButtonHelper(ButtonHelper):
    def get_buttons_for_obj(self, obj, exclude=None, **kwargs):
        buttons = []
        if self.permission_helper.user_can_decide(self.request.user, obj):
            pk = quote(obj.pk)
            buttons += [
                {
                    "url": self.url_helper.get_action_url("approve", pk),
                    "label": _("Freigeben"),
                    "classname": "button button-small",
                    "title": _("Zugang für %(name)s freigeben") % {"name": obj.name},
                },
                {
                    "url": self.url_helper.get_action_url("decline", pk),
                    "label": _("Ablehnen"),
                    "classname": "button button-small button-secondary",
                    "title": _("Anfrage von %(name)s ablehnen") % {"name": obj.name},
                },
            ]
        return buttons + super().get_buttons_for_obj(obj, exclude, **kwargs)


class ApproveForm(forms.Form):
    pilot_editor = forms.BooleanField(
        label=gettext_lazy(
            "Auch als Redaktion des StadtLabors ihrer Stadt freischalten"
        ),
        required=False,
    )


class DeclineForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Hinweis an die Person (freiwillig)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy(
            "Steht in der E-Mail zusätzlich zum höflichen Standardtext."
        ),
    )


class DecisionView(InstanceSpecificView):
    template_name = "account/admin/decision.html"
    form_class = None
    action = ""

    def check_action_permitted(self, user):
        return self.permission_helper.user_can_decide(user, self.instance)

    def dispatch(self, request, *args, **kwargs):
        if not self.instance.is_pending:
            messages.warning(request, _("Diese Anfrage ist bereits entschieden."))
            return redirect(self.index_url)
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def form(self):
        kwargs = {"data": self.request.POST} if self.request.method == "POST" else {}
        form = self.form_class(**kwargs)
        if self.action == "approve" and not accounts.can_be_pilot_editor(self.instance):
            del form.fields["pilot_editor"]
        return form

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            form=self.form, action=self.action, request_obj=self.instance, **kwargs
        )

    def post(self, request, *args, **kwargs):
        if not self.form.is_valid():
            return self.render_to_response(self.get_context_data())
        try:
            self.decide(request.user, self.form.cleaned_data)
        except accounts.AccessRequestError as exc:
            messages.error(request, str(exc))
            return redirect(self.index_url)
        return redirect(self.index_url)


class ApproveView(DecisionView):
    page_title = gettext_lazy("Zugang freigeben")
    form_class = ApproveForm
    action = "approve"

    def decide(self, user, data):
        account = accounts.approve_access_request(
            self.instance, by=user, pilot_editor=data.get("pilot_editor", False)
        )
        messages.success(
            self.request,
            _(
                "Zugang für %(name)s freigegeben. %(email)s hat eine E-Mail mit dem "
                "Link zum Festlegen des Passworts bekommen."
            )
            % {"name": self.instance.name, "email": account.email},
        )


class DeclineView(DecisionView):
    page_title = gettext_lazy("Anfrage ablehnen")
    form_class = DeclineForm
    action = "decline"

    def decide(self, user, data):
        accounts.decline_access_request(self.instance, by=user, note=data["note"])
        messages.success(
            self.request,
            _("Anfrage von %(name)s abgelehnt; die Person wurde per E-Mail informiert.")
            % {"name": self.instance.name},
        )


class AccessRequestAdmin(ModelAdmin):
    model = AccessRequest
    menu_label = gettext_lazy("Zugangsanfragen")
    menu_icon = "user"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ("name", "city", "function", "email", "created_at", "status")
    list_filter = ("status", "city")
    search_fields = ("name", "email", "function")
    ordering = ("-created_at",)
    inspect_view_enabled = True
    permission_helper_class = AccessRequestPermissionHelper
    button_helper_class = AccessRequestButtonHelper

    def approve_view(self, request, instance_pk):
        return ApproveView.as_view(model_admin=self, instance_pk=instance_pk)(request)

    def decline_view(self, request, instance_pk):
        return DeclineView.as_view(model_admin=self, instance_pk=instance_pk)(request)

    def get_admin_urls_for_registration(self):
        return super().get_admin_urls_for_registration() + (
            re_path(
                self.url_helper.get_action_url_pattern("approve"),
                self.approve_view,
                name=self.url_helper.get_action_url_name("approve"),
            ),
            re_path(
                self.url_helper.get_action_url_pattern("decline"),
                self.decline_view,
                name=self.url_helper.get_action_url_name("decline"),
            ),
        )

    def get_menu_item(self, order=None):
        return PendingCountMenuItem(self, order or self.get_menu_order())


class PendingCountMenuItem(ModelAdminMenuItem):
    """The menu shows the number of open requests: "Zugangsanfragen (2)"."""

    def render_component(self, request):
        component = super().render_component(request)
        count = AccessRequest.objects.filter(status=AccessRequestStatus.PENDING).count()
        if count:
            component.label = f"{self.label} ({count})"
        return component


modeladmin_register(AccessRequestAdmin)


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


# Beratungsanfragen and Partner*innen (see home/offers_hooks.py).
from . import offers_hooks  # noqa: E402, F401
