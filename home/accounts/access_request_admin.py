"""Admin "Zugangsanfragen" (wagtail-modeladmin): the Redaktion lists requests for
access and approves (account + mail with a link to set the password) or declines them
(polite mail). Registered from `home/wagtail_hooks.py`."""

from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.shortcuts import redirect
from django.urls import re_path
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.menus import ModelAdminMenuItem
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import InstanceSpecificView

from ..models import AccessRequest, AccessRequestStatus
from . import services

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
        if self.action == "approve" and not services.can_be_pilot_editor(self.instance):
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
        except services.AccessRequestError as exc:
            messages.error(request, str(exc))
            return redirect(self.index_url)
        return redirect(self.index_url)


class ApproveView(DecisionView):
    page_title = gettext_lazy("Zugang freigeben")
    form_class = ApproveForm
    action = "approve"

    def decide(self, user, data):
        account = services.approve_access_request(
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
        services.decline_access_request(self.instance, by=user, note=data["note"])
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
