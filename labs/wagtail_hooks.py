"""Admin views for vocabularies and memberships (snippets chosen in page editors)
and the comment moderation ("Kommentare", wagtail-modeladmin over labs.Comment);
the events' participant lists register from `labs.events.admin`."""

from django.contrib import messages
from django.contrib.admin import SimpleListFilter
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.auth import require_admin_access
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import chooser
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_modeladmin.helpers import ButtonHelper, PermissionHelper
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from . import notifications
from .discussions import comments as discussion

# Participant lists of events ("Anmeldungen"): their hooks live in their module and
# register on import (Wagtail loads only each app's `wagtail_hooks`).
from .events import admin as event_admin  # noqa: F401
from .events.registration import registration_state
from .models import City, EventPage, ExperimentPage, Membership, TargetGroup, Theme
from .models.base import PAGE_CONTEXT_HOOK
from .models.comments import Comment
from .page_forms import visible_in_admin_lists
from .parsing import parse_id
from .roles import MODERATE_PERMISSION

# --- The interactive parts of a page (see labs.models.base.PAGE_CONTEXT_HOOK) --------


@hooks.register(PAGE_CONTEXT_HOOK)
def add_discussion(page, request, context):
    """Pages with comments: their thread, form and the viewer's rights
    (`discussion`; a form with errors comes back from the posting view);
    experiments also the cities that adopted them (`peer_signals`)."""
    if getattr(page, "has_comments", False):
        context["discussion"] = discussion.page_discussion(
            request, page, form=getattr(request, "_comment_form", None)
        )
    if isinstance(page, ExperimentPage):
        context["peer_signals"] = discussion.adoptions_for(request, page)


@hooks.register(PAGE_CONTEXT_HOOK)
def add_event_registration(page, request, context):
    """Event pages: the viewer's registration and whether they may register
    (`registration`; a form with errors comes back from the registering view)."""
    if isinstance(page, EventPage):
        context["registration"] = registration_state(
            request, page, form=getattr(request, "_event_form", None)
        )


class CityFilterSet(WagtailFilterSet):
    class Meta:
        model = City
        fields = ["network_role", "municipality_type", "region"]


class CityViewSet(SnippetViewSet):
    model = City
    icon = "site"
    menu_label = _("Mitgliedsstädte")
    list_display = ["name", "district", "population", "network_role"]
    search_fields = ["name", "district"]
    # Searched in the database: the search index cannot sort its results by name.
    search_backend_name = None
    filterset_class = CityFilterSet
    ordering = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Handlungsfelder")
    list_display = ["name", "sort_order"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = _("Zielgruppen")
    list_display = ["name", "sort_order"]


class MembershipFilterSet(WagtailFilterSet):
    class Meta:
        model = Membership
        fields = ["city"]


class MembershipViewSet(SnippetViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Mitgliedschaften")
    list_display = ["user", "city", "function", "created_at"]
    search_fields = ["function", "user__email", "user__last_name"]
    filterset_class = MembershipFilterSet


class NetworkGroup(SnippetViewSetGroup):
    items = (CityViewSet, MembershipViewSet, ThemeViewSet, TargetGroupViewSet)
    menu_icon = "site"
    menu_label = _("Netzwerk")
    menu_name = "netzwerk"


register_snippet(NetworkGroup)


# --- Comment moderation (wagtail-modeladmin over labs.Comment) -----------------------

MODERATE = MODERATE_PERMISSION


class CommentPermissionHelper(PermissionHelper):
    """Only moderators (superusers, group Redaktion) see the list; nobody creates,
    edits or deletes comments here: moderation has its own actions."""

    def user_can_list(self, user):
        return user.has_perm(MODERATE)

    def user_can_create(self, user):
        return False

    def user_can_inspect_obj(self, user, obj):
        return False

    def user_can_edit_obj(self, user, obj):
        return False

    def user_can_delete_obj(self, user, obj):
        return False


class CommentButtonHelper(ButtonHelper):
    def get_buttons_for_obj(
        self, obj, exclude=None, classnames_add=None, classnames_exclude=None
    ):
        if not self.request.user.has_perm(MODERATE):
            return []
        return [
            {
                "url": reverse("labs_comment_moderate", args=[obj.pk]),
                "label": gettext("Moderieren"),
                "classname": "button button-small",
                "title": gettext(
                    "Freigeben, ausblenden, entfernen, als geprüft markieren"
                ),
            },
            {
                "url": reverse("labs:comment_permalink", args=[obj.pk]),
                "label": gettext("Ansehen"),
                "classname": "button button-small button-secondary",
                "title": gettext("Den Beitrag auf der öffentlichen Seite öffnen"),
            },
        ]


class ReportedFilter(SimpleListFilter):
    title = _("Meldungen")
    parameter_name = "gemeldet"

    def lookups(self, request, model_admin):
        return [
            ("offen", _("gemeldet, noch nicht geprüft")),
            ("alle", _("gemeldet (alle)")),
            ("nein", _("nicht gemeldet")),
        ]

    def queryset(self, request, queryset):
        if self.value() == "offen":
            return queryset.filter(report_count__gt=0, reviewed=False)
        if self.value() == "alle":
            return queryset.filter(report_count__gt=0)
        if self.value() == "nein":
            return queryset.filter(report_count=0)
        return queryset


class StateFilter(SimpleListFilter):
    title = _("Status")
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [
            ("sichtbar", _("sichtbar")),
            ("ausgeblendet", _("ausgeblendet")),
            ("entfernt", _("entfernt")),
            ("zurueckgezogen", _("zurückgezogen")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "sichtbar":
            return queryset.filter(discussion.ACTIVE)
        if value == "ausgeblendet":
            return queryset.filter(hidden_at__isnull=False, is_removed=False)
        if value == "entfernt":
            return queryset.filter(Q(is_removed=True) | Q(is_public=False))
        if value == "zurueckgezogen":
            return queryset.filter(withdrawn_at__isnull=False)
        return queryset


class PageFilter(SimpleListFilter):
    title = _("Seite")
    parameter_name = "seite"

    def lookups(self, request, model_admin):
        ids = Comment.objects.order_by().values("page_id").distinct()
        return [
            (str(page.pk), page.title)
            for page in Page.objects.filter(pk__in=ids).order_by("title")
        ]

    def queryset(self, request, queryset):
        page_id = parse_id(self.value())
        if page_id:
            return queryset.filter(page_id=page_id)
        return queryset


class CommentAdmin(ModelAdmin):
    model = Comment
    menu_label = _("Kommentare")
    menu_icon = "comment"
    menu_order = 250
    add_to_settings_menu = False
    base_url_path = "kommentare"
    permission_helper_class = CommentPermissionHelper
    button_helper_class = CommentButtonHelper
    list_display = (
        "excerpt",
        "page_link",
        "author",
        "author_city",
        "submit_date",
        "report_count",
        "state",
    )
    list_filter = (ReportedFilter, StateFilter, PageFilter, "author_city")
    search_fields = ("comment", "user_name", "page__title")
    ordering = ("-submit_date",)
    list_per_page = 50

    def get_queryset(self, request):
        return (
            Comment.objects.select_related("page", "author_city")
            .annotate(report_count=Count("reports", distinct=True))
            .order_by("-submit_date")
        )

    def excerpt(self, obj):
        return str(obj)

    excerpt.short_description = _("Beitrag")

    def page_link(self, obj):
        return format_html(
            '<a href="{}">{}</a>',
            reverse("labs:comment_permalink", args=[obj.pk]),
            obj.page.title,
        )

    page_link.short_description = _("Seite")

    def author(self, obj):
        return obj.user_name or gettext("gelöschtes Konto")

    author.short_description = _("Verfasst von")

    def report_count(self, obj):
        return obj.report_count

    report_count.short_description = _("Meldungen")
    report_count.admin_order_field = "report_count"

    def state(self, obj):
        return comment_state(obj)

    state.short_description = _("Status")


def comment_state(comment):
    if comment.is_removed or not comment.is_public:
        return gettext("entfernt")
    if comment.hidden_at:
        return gettext("ausgeblendet")
    if comment.withdrawn_at:
        return gettext("zurückgezogen")
    label = gettext("sichtbar")
    if comment.reviewed:
        label += " · " + gettext("geprüft")
    if comment.highlighted:
        label += " · " + gettext("hervorgehoben")
    return label


modeladmin_register(CommentAdmin)


def moderate_comment_view(request, pk):
    """One comment with its reports and the moderation actions. Moderation never
    marks a comment as "bearbeitet"; hiding and removing email the author why."""
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied
    comment = get_object_or_404(
        Comment.objects.select_related("page", "author_city", "hidden_by"), pk=pk
    )
    reports = comment.reports.select_related("user").all()
    error = ""
    if request.method == "POST":
        action = request.POST.get("action", "")
        reason = request.POST.get("reason", "").strip()
        if action in ("hide", "remove") and not reason:
            error = gettext(
                "Bitte geben Sie einen Grund an; er wird der Verfasserin oder dem "
                "Verfasser mitgeteilt."
            )
        elif action == "approve":
            discussion.approve_comment(comment, request.user)
            messages.success(request, gettext("Beitrag freigegeben."))
        elif action == "reviewed":
            Comment.objects.filter(pk=comment.pk).update(reviewed=True)
            messages.success(request, gettext("Beitrag als geprüft markiert."))
        elif action == "highlight":
            was_highlighted = comment.highlighted
            comment.highlighted = not was_highlighted
            comment.save(update_fields=["highlighted"])
            messages.success(
                request,
                gettext("Hervorhebung entfernt.")
                if was_highlighted
                else gettext("Beitrag hervorgehoben."),
            )
        elif action == "hide":
            discussion.hide_comment(comment, reason, request.user)
            notifications.notify_moderation(comment, "hidden", reason)
            messages.success(
                request, gettext("Beitrag ausgeblendet; die Person ist informiert.")
            )
        elif action == "remove":
            discussion.remove_comment(comment, reason)
            notifications.notify_moderation(comment, "removed", reason)
            messages.success(
                request, gettext("Beitrag entfernt; die Person ist informiert.")
            )
        else:
            error = gettext("Unbekannte Aktion.")
        if not error:
            return redirect("kommentare_modeladmin_index")
    return render(
        request,
        "labs/admin/moderate_comment.html",
        {
            "comment": comment,
            "reports": reports,
            "state": comment_state(comment),
            "error": error,
            "reason": request.POST.get("reason", ""),
            "index_url": reverse("kommentare_modeladmin_index"),
            "permalink": reverse("labs:comment_permalink", args=[comment.pk]),
        },
    )


@hooks.register("insert_global_admin_js")
def keep_typed_dates():
    """The admin's date pickers keep typed dates (static/js/admin-dates.js)."""
    return format_html('<script src="{}"></script>', static("js/admin-dates.js"))


@hooks.register("register_admin_urls")
def register_comment_moderation_urls():
    return [
        path(
            "kommentare/<int:pk>/moderieren/",
            moderate_comment_view,
            name="labs_comment_moderate",
        )
    ]


# --- Choosers and admin lists: no other lab's drafts -----------------------------------


@hooks.register("construct_page_chooser_queryset")
def page_chooser_shows_no_foreign_drafts(pages, request):
    return visible_in_admin_lists(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_shows_no_foreign_drafts(parent_page, pages, request):
    return visible_in_admin_lists(pages, request.user)


class ChooserBrowseView(chooser.BrowseView):
    """The page chooser opens only pages the person may see in it: another lab's
    draft would otherwise show its title as the heading."""

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None:
            page = Page.objects.filter(pk=parent_page_id)
            if not visible_in_admin_lists(page, request.user).exists():
                raise Http404
        return super().get(request, parent_page_id)


class ChooserChosenView(chooser.ChosenMultipleView):
    """Several chosen pages: only those the person may see in the chooser, never the
    tree's root (no page one can choose; Wagtail's view fails on it)."""

    def get(self, request):
        ids = [pk for pk in map(parse_id, request.GET.getlist("id")) if pk]
        chosen = Page.objects.filter(pk__in=ids, depth__gt=1)
        visible = visible_in_admin_lists(chosen, request.user)
        query = request.GET.copy()
        query.setlist("id", [str(pk) for pk in visible.values_list("pk", flat=True)])
        request.GET = query
        return super().get(request)


# Placed before Wagtail's admin URLs (site/urls.py): the same addresses, guarded.
chooser_urls = [
    path(
        "admin/choose-page/<int:parent_page_id>/",
        require_admin_access(ChooserBrowseView.as_view()),
    ),
    path(
        "admin/choose-page/chosen-multiple/",
        require_admin_access(ChooserChosenView.as_view()),
    ),
]
