"""“Diese Städte haben Erfahrung damit”: member cities to ask about a learning or a
theme, ranked from what the platform knows about them.

Signals (weight): the city's lab produced the learning (5); the city confirmed the
learning, "Das kennen wir auch" (4); its lab has the theme as Schwerpunkt (4) or as
a further theme (3); it adopted an experiment that is evidence for the learning or
has the theme (3); it confirmed a learning with the theme (2); its text "Wir können
berichten über …" mentions a word of the theme (1).

All signals are computed in ONE query over the cities (EXISTS subqueries), plus one
for the learning's themes: independent of how many cities, labs or signals exist.
Only live, public pages count. Results are cached; any change to a signal (city,
adoption, confirmation, a page published or unpublished) starts a new cache
generation, so suggestions are never stale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext as _
from wagtail.signals import page_published, page_unpublished

from knowledge.models import LearningConfirmation, LearningPage
from labs.discussions import comments as discussion
from labs.models import City, ExperimentAdoption, ExperimentPage, LabPage, Theme
from labs.previews import uses_shared_caches
from labs.queries import live_public

MIN_WORD_LENGTH = 5
CACHE_SECONDS = 60 * 60
GENERATION_KEY = "peers:generation"
LEARNING_LIMIT = 5
THEME_LIMIT = 8


@dataclass
class Suggestion:
    city: City
    score: int
    reasons: list = field(default_factory=list)


def theme_words(names):
    """Words of the theme names long enough to mean something ("Pflege",
    "Gesundheit", "Digitalisierung"), for matching "Wir können berichten über …"."""
    words = []
    for name in names:
        for word in re.split(r"[\s,&/.-]+", name):
            if len(word) >= MIN_WORD_LENGTH and word not in words:
                words.append(word)
    return words


def _weight(name, weight):
    return Case(When(**{name: True}, then=Value(weight)), default=Value(0))


def _mention_q(words):
    condition = Q()
    for word in words:
        condition |= Q(can_report_on__icontains=word)
    return condition


def _mentions(words):
    if not words:
        return Value(False, output_field=BooleanField())
    return Case(
        When(_mention_q(words), then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )


def _rank(queryset, weights, limit):
    score = Value(0, output_field=IntegerField())
    for name, weight in weights.items():
        score = score + _weight(name, weight)
    return list(
        queryset.annotate(score=score)
        .filter(score__gt=0)
        .order_by("-score", "name")[:limit]
    )


def _viewer_city_id(request):
    viewer = discussion.viewer_for(request)
    return viewer.city.pk if viewer.city else None


def _lab_signals(request, theme_ids):
    """The city's lab has one of the themes as Schwerpunkt or as a further theme;
    the title of the first such lab."""
    labs = live_public(LabPage.objects.filter(city=OuterRef("pk")), request)
    return {
        "lab_primary": Exists(labs.filter(primary_theme__in=theme_ids)),
        "lab_further": Exists(
            labs.filter(themes__in=theme_ids).exclude(primary_theme__in=theme_ids)
        ),
        "lab_title": Subquery(
            labs.filter(Q(primary_theme__in=theme_ids) | Q(themes__in=theme_ids))
            .order_by("title")
            .values("title")[:1]
        ),
    }


def _adoption_signals(experiments):
    """The city adopted one of the experiments; the title of its first adoption."""
    adoptions = ExperimentAdoption.objects.filter(
        city=OuterRef("pk"), experiment__in=experiments
    )
    return {
        "adopted": Exists(adoptions),
        "adopted_title": Subquery(
            adoptions.order_by("created_at").values("experiment__title")[:1]
        ),
    }


def _adopted_reason(city):
    return _("hat das Experiment „%(title)s“ übernommen") % {
        "title": city.adopted_title
    }


def _mentions_reason(city, words):
    return _("„Wir können berichten über …“ nennt: %(words)s") % {
        "words": ", ".join(_mentioned(city, words))
    }


def _mentioned(city, words):
    text = (city.can_report_on or "").lower()
    return [word for word in words if word.lower() in text]


def for_learning(request, learning, limit=LEARNING_LIMIT):
    themes = list(learning.themes.all())
    theme_ids = [theme.pk for theme in themes]
    words = theme_words(theme.name for theme in themes)
    evidence = live_public(
        ExperimentPage.objects.filter(learnings=learning), request
    ).values("pk")
    cities = City.objects.exclude(pk=_viewer_city_id(request)).annotate(
        wrote=Exists(
            LabPage.objects.filter(pk=learning.lab_id or 0, city=OuterRef("pk"))
        ),
        confirmed=Exists(
            LearningConfirmation.objects.filter(learning=learning, city=OuterRef("pk"))
        ),
        **_adoption_signals(evidence),
        **_lab_signals(request, theme_ids),
        mentions=_mentions(words),
    )
    weights = {
        "wrote": 5,
        "confirmed": 4,
        "adopted": 3,
        "lab_primary": 4,
        "lab_further": 3,
        "mentions": 1,
    }
    result = []
    for city in _rank(cities, weights, limit):
        reasons = []
        if city.wrote:
            reasons.append(_("Die Erkenntnis stammt aus ihrem StadtLabor"))
        if city.confirmed:
            reasons.append(_("kennt das auch („Das kennen wir auch“)"))
        if city.adopted:
            reasons.append(_adopted_reason(city))
        if (city.lab_primary or city.lab_further) and not city.wrote:
            reasons.append(
                _("StadtLabor „%(title)s“ zum selben Handlungsfeld")
                % {"title": city.lab_title}
            )
        if city.mentions:
            reasons.append(_mentions_reason(city, words))
        result.append(Suggestion(city=city, score=city.score, reasons=reasons))
    return result


def for_theme(request, theme, limit=THEME_LIMIT):
    words = theme_words([theme.name])
    experiments = live_public(
        ExperimentPage.objects.filter(themes=theme), request
    ).values("pk")
    learnings = live_public(LearningPage.objects.filter(themes=theme), request).values(
        "pk"
    )
    confirmations = LearningConfirmation.objects.filter(
        city=OuterRef("pk"), learning__in=learnings
    )
    cities = City.objects.exclude(pk=_viewer_city_id(request)).annotate(
        **_lab_signals(request, [theme.pk]),
        **_adoption_signals(experiments),
        confirmed=Exists(confirmations),
        confirmed_title=Subquery(
            confirmations.order_by("created_at").values("learning__title")[:1]
        ),
        mentions=_mentions(words),
    )
    weights = {
        "lab_primary": 4,
        "lab_further": 3,
        "adopted": 3,
        "confirmed": 2,
        "mentions": 1,
    }
    result = []
    for city in _rank(cities, weights, limit):
        reasons = []
        if city.lab_primary:
            reasons.append(
                _("StadtLabor „%(title)s“ mit diesem Schwerpunkt")
                % {"title": city.lab_title}
            )
        elif city.lab_further:
            reasons.append(
                _("StadtLabor „%(title)s“ zu diesem Handlungsfeld")
                % {"title": city.lab_title}
            )
        if city.adopted:
            reasons.append(_adopted_reason(city))
        if city.confirmed:
            reasons.append(
                _("kennt die Erkenntnis „%(title)s“ aus eigener Praxis")
                % {"title": city.confirmed_title}
            )
        if city.mentions:
            reasons.append(_mentions_reason(city, words))
        result.append(Suggestion(city=city, score=city.score, reasons=reasons))
    return result


# --- Cache ------------------------------------------------------------------------------


def bump_generation(**kwargs):
    """Invalidate every cached suggestion (connected to the signals' models)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def cached_suggestions(request, subject):
    """Suggestions for a learning page or a theme, from the cache when possible
    (never for a preview: a draft's themes decide what it suggests)."""
    kind = "theme" if isinstance(subject, Theme) else "learning"
    compute = for_theme if kind == "theme" else for_learning
    if not uses_shared_caches(request):
        return compute(request, subject)
    generation = cache.get(GENERATION_KEY, 0)
    key = f"peers:{generation}:{kind}:{subject.pk}:{_viewer_city_id(request) or 0}"
    result = cache.get(key)
    if result is None:
        result = compute(request, subject)
        cache.set(key, result, CACHE_SECONDS)
    return result


def connect():
    for model in (City, ExperimentAdoption, LearningConfirmation):
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"peers-{model}")
        post_delete.connect(
            bump_generation, sender=model, dispatch_uid=f"peers-del-{model}"
        )
    page_published.connect(bump_generation, dispatch_uid="peers-published")
    page_unpublished.connect(bump_generation, dispatch_uid="peers-unpublished")
    m2m_changed.connect(bump_generation, dispatch_uid="peers-m2m")
