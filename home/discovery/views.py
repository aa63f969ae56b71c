"""Discovery pages outside the page tree: the themes of Quartier 2030 ("/themen/")
and the member cities ("/mitgliedsstaedte/") with their profiles.

Both are public: cities are public bodies, and their profiles show what the city
did and knows (labs, adoptions, confirmations, their two texts), never the names of
the people behind an entry. Only live, public pages appear. Every page costs a
bounded number of queries, independent of how much content there is.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.db.models import IntegerField, OuterRef, Q, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from wagtail.models import Page

from knowledge.models import KnowledgeIndexPage, LearningConfirmation, LearningPage
from labs.discussions import comments as discussion
from labs.models import (
    SIZE_CLASSES,
    City,
    ExperimentAdoption,
    ExperimentPage,
    LabIndexPage,
    LabPage,
    NetworkRole,
    Theme,
)
from labs.models.labs import lab_theme_q
from labs.queries import filter_by_request, live_public, paginate

from ..forms import AccessibleFormMixin

CITY_PAGE_SIZE = 24
THEME_LABS = 12
THEME_LEARNINGS = 6
THEME_EXPERIMENTS = 6
PROFILE_ITEMS = 20
TEXT_MAX_LENGTH = 2000


class SubqueryCount(Subquery):
    """COUNT(*) of a correlated subquery, for annotations (works where a GROUP BY
    on the outer reference is not possible, e.g. "Schwerpunkt or further theme")."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _count)"
    output_field = IntegerField()


def _count(queryset):
    return SubqueryCount(queryset.order_by().values("pk").distinct())


def _index_pages():
    found = {"labs": None, "knowledge": None}
    for page in (
        Page.objects.live()
        .type(LabIndexPage, KnowledgeIndexPage)
        .select_related("content_type")
        .order_by("path")
    ):
        key = "labs" if page.content_type.model == "labindexpage" else "knowledge"
        found[key] = found[key] or page
    return found


# --- Themes -----------------------------------------------------------------------------


def theme_index(request):
    labs = live_public(LabPage.objects.all(), request)
    experiments = live_public(ExperimentPage.objects.all(), request)
    learnings = live_public(LearningPage.objects.all(), request)
    themes = Theme.objects.annotate(
        lab_count=_count(labs.filter(lab_theme_q_outer())),
        experiment_count=_count(experiments.filter(themes=OuterRef("pk"))),
        learning_count=_count(learnings.filter(themes=OuterRef("pk"))),
    )
    return render(request, "home/theme_index.html", {"themes": themes})


def lab_theme_q_outer():
    return Q(primary_theme=OuterRef("pk")) | Q(themes=OuterRef("pk"))


def theme_detail(request, slug):
    theme = get_object_or_404(Theme, slug=slug)
    labs = list(
        live_public(LabPage.objects.filter(lab_theme_q(theme.slug)), request)
        .select_related("city", "primary_theme")
        .distinct()
        .order_by("city__name", "title")[: THEME_LABS + 1]
    )
    experiments = (
        live_public(ExperimentPage.objects.filter(themes=theme), request)
        .defer_streamfields()
        .select_related("lab__city")
        .order_by("-first_published_at", "title")
    )
    learnings = list(
        live_public(LearningPage.objects.filter(themes=theme), request)
        .defer_streamfields()
        .select_related("lab__city")
        .order_by("-first_published_at", "title")[: THEME_LEARNINGS + 1]
    )
    return render(
        request,
        "home/theme_detail.html",
        {
            "theme": theme,
            "labs": labs[:THEME_LABS],
            "more_labs": len(labs) > THEME_LABS,
            "page_obj": paginate(request, experiments, THEME_EXPERIMENTS),
            "learnings": learnings[:THEME_LEARNINGS],
            "more_learnings": len(learnings) > THEME_LEARNINGS,
            "index_pages": _index_pages(),
        },
    )


# --- Member cities --------------------------------------------------------------------


def size_class_q(value):
    for key, _label, low, high in SIZE_CLASSES:
        if key == value:
            condition = Q(population__gte=low)
            if high is not None:
                condition &= Q(population__lt=high)
            return condition
    return Q(pk__in=[])


def city_index(request):
    labs = live_public(LabPage.objects.filter(city=OuterRef("pk")), request)
    cities = City.objects.annotate(
        lab_count=_count(labs),
        adoption_count=_count(
            ExperimentAdoption.objects.filter(
                city=OuterRef("pk"),
                experiment__in=live_public(ExperimentPage.objects.all(), request),
            )
        ),
        confirmation_count=_count(
            LearningConfirmation.objects.filter(
                city=OuterRef("pk"),
                learning__in=live_public(LearningPage.objects.all(), request),
            )
        ),
    ).order_by("name")
    cities, active = filter_by_request(
        cities,
        request,
        {
            "groesse": size_class_q,
            "landkreis": "district",
            "rolle": "network_role",
        },
    )
    districts = [
        (name, name)
        for name in City.objects.exclude(district="")
        .order_by("district")
        .values_list("district", flat=True)
        .distinct()
    ]
    return render(
        request,
        "home/city_index.html",
        {
            "page_obj": paginate(request, cities, CITY_PAGE_SIZE),
            "active_filters": active,
            "filter_sizes": [(key, label) for key, label, _lo, _hi in SIZE_CLASSES],
            "filter_districts": districts,
            "filter_roles": NetworkRole.choices,
        },
    )


def _can_edit(request, city):
    viewer = discussion.viewer_for(request)
    return viewer.can_post and viewer.city is not None and viewer.city.pk == city.pk


def city_detail(request, slug):
    city = get_object_or_404(City, slug=slug)
    labs = (
        live_public(LabPage.objects.filter(city=city), request)
        .select_related("primary_theme")
        .order_by("title")
    )
    adoptions = (
        ExperimentAdoption.objects.filter(
            city=city,
            experiment__in=live_public(ExperimentPage.objects.all(), request),
        )
        .select_related("experiment__lab__city")
        .defer("experiment__procedure")
        .order_by("-created_at")
    )
    confirmations = (
        LearningConfirmation.objects.filter(
            city=city,
            learning__in=live_public(LearningPage.objects.all(), request),
        )
        .select_related("learning__lab__city")
        .defer("learning__body")
        .order_by("-created_at")
    )
    adoptions = list(adoptions[: PROFILE_ITEMS + 1])
    confirmations = list(confirmations[: PROFILE_ITEMS + 1])
    return render(
        request,
        "home/city_detail.html",
        {
            "city": city,
            "labs": labs,
            "adoptions": adoptions[:PROFILE_ITEMS],
            "more_adoptions": len(adoptions) > PROFILE_ITEMS,
            "confirmations": confirmations[:PROFILE_ITEMS],
            "more_confirmations": len(confirmations) > PROFILE_ITEMS,
            "can_edit": _can_edit(request, city),
        },
    )


class CityTextsForm(AccessibleFormMixin, forms.ModelForm):
    """The two texts a city's members keep up to date themselves."""

    class Meta:
        model = City
        fields = ["can_report_on", "seeks_exchange_on"]
        widgets = {
            "can_report_on": forms.Textarea(attrs={"rows": 5}),
            "seeks_exchange_on": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.fields:
            self.fields[name].max_length = TEXT_MAX_LENGTH
            self.fields[name].widget.attrs["maxlength"] = TEXT_MAX_LENGTH
            self.fields[name].validators.append(
                forms.fields.validators.MaxLengthValidator(
                    TEXT_MAX_LENGTH,
                    message=gettext_lazy(
                        "Bitte höchstens %(limit_value)d Zeichen (jetzt "
                        "%(show_value)d)."
                    ),
                )
            )


@require_http_methods(["GET", "POST"])
def city_edit(request, slug):
    city = get_object_or_404(City, slug=slug)
    viewer = discussion.viewer_for(request)
    if not viewer.is_authenticated:
        return redirect(discussion.login_url(request, request.path))
    if not _can_edit(request, city):
        return render(
            request,
            "home/city_edit_denied.html",
            {"city": city, "own_city": viewer.city},
            status=403,
        )
    form = CityTextsForm(request.POST or None, instance=city)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(
            request,
            _("Die Angaben für %(city)s sind gespeichert.") % {"city": city.name},
        )
        return redirect("discovery:city", slug=city.slug)
    return render(
        request,
        "home/city_edit.html",
        {"city": city, "form": form},
        status=400 if form.is_bound else 200,
    )
