"""Admin forms of the knowledge hub."""

from django.utils.translation import gettext_lazy as _

from labs.page_forms import MediaPermissionPageForm

DUPLICATE_FEATURED = _(
    "Diese Erkenntnis ist bereits empfohlen. Jede Erkenntnis kann nur einmal "
    "empfohlen werden."
)


class KnowledgeIndexPageForm(MediaPermissionPageForm):
    """Each learning at most once among the „Empfohlene Erkenntnisse“; the error
    stands at the repeated row."""

    def clean(self):
        cleaned_data = super().clean()
        seen = set()
        for form in self.formsets["featured_learnings"].forms:
            if not form.is_valid() or form.cleaned_data.get("DELETE"):
                continue
            learning = form.cleaned_data.get("learning")
            if learning is None:
                continue
            if learning.pk in seen:
                form.add_error("learning", DUPLICATE_FEATURED)
            seen.add(learning.pk)
        return cleaned_data
