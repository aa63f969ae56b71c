"""The page editor's form: images and documents only from one's own collections,
other pages only as the page choosers show them.

Wagtail's choosers already list only the images and documents a person may choose
(for a pilot-city editor: their city's collection). This form also refuses a saved
page that refers to other ones – a hand-made request, or a copied block – in a
foreign-key field, a StreamField block or a rich-text embed or link. References the
page already had (e.g. an image the Redaktion chose) stay allowed.

Selection lists of pages in the form (an experiment's labs, a learning's evidence,
an event's labs) follow the rule of the page choosers, `visible_in_admin_lists`: a
pilot-city editor never sees another lab's drafts, draft titles or member-only
pages there either.
"""

from django.db.models import F, Model, Q
from django.utils.translation import gettext as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import page_permission_policy, policy_registry


def visible_in_admin_lists(pages, user, *, keep=()):
    """The pages a person sees in page choosers, admin page lists and the page
    editor's selection lists: those they may edit, others only when live, public and
    without an unpublished new title (plus the ids in `keep`, the pages a form has
    chosen already). A pilot-city editor never sees another lab's drafts, draft
    titles or member-only pages; for the Redaktion (rights on the whole tree)
    nothing changes."""
    if user.is_superuser:
        return pages
    editable = page_permission_policy.instances_user_has_any_permission_for(
        user, {"change", "publish"}
    )
    published = Q(live=True, draft_title=F("title")) & ~Page.objects.all().private_q()
    visible = Page.objects.filter(
        Q(pk__in=editable.values("pk")) | published | Q(pk__in=keep)
    )
    # One condition on the id: the choosers' search can filter by nothing else.
    return pages.filter(pk__in=visible.values("pk"))


def chosen_ids(value):
    """The primary keys in a form field's initial value (one or several)."""
    if value is None or isinstance(value, (str, int, Model)):
        value = [value]
    return [getattr(item, "pk", item) for item in value if item]


def media_references(instance) -> set[tuple[type, str]]:
    """(model, primary key) of every image and document the page refers to."""
    media_models = (get_image_model(), get_document_model())
    found = set()
    for field in instance._meta.get_fields():
        if (
            field.is_relation
            and field.many_to_one
            and not isinstance(field, ParentalKey)
            and isinstance(field.related_model, type)
            and issubclass(field.related_model, media_models)
        ):
            value = field.value_from_object(instance)
            if value is not None:
                found.add((field.related_model, str(value)))
        if hasattr(field, "extract_references"):
            value = field.value_from_object(instance)
            if value is None:
                continue
            for model, pk, _model_path, _content_path in field.extract_references(
                value
            ):
                if isinstance(model, type) and issubclass(model, media_models):
                    found.add((model, str(pk)))
    return found


class MediaPermissionPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = getattr(self, "for_user", None)
        if user is None:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is not None and issubclass(queryset.model, Page):
                field.queryset = visible_in_admin_lists(
                    queryset, user, keep=chosen_ids(self.initial.get(name))
                )

    def _post_clean(self):
        super()._post_clean()
        user = getattr(self, "for_user", None)
        if user is None or user.is_superuser:
            return
        new = media_references(self.instance)
        if not new:
            return
        if self.instance.pk:
            current = type(self.instance).objects.filter(pk=self.instance.pk).first()
            if current is not None:
                new -= media_references(current.get_latest_revision_as_object())
        for model, pk in sorted(new, key=lambda item: (item[0].__name__, item[1])):
            policy = policy_registry.get_by_type(model)
            obj = model.objects.filter(pk=pk).first()
            if obj is None or policy.user_has_permission_for_instance(
                user, "choose", obj
            ):
                continue
            self.add_error(
                None,
                _(
                    "„%(title)s“ liegt in einer Sammlung, aus der Sie nicht auswählen "
                    "dürfen. Bitte wählen Sie ein Bild oder Dokument aus Ihrer "
                    "eigenen Sammlung oder laden Sie es dort hoch."
                )
                % {"title": obj.title},
            )
