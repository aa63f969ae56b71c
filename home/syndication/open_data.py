"""Open data: learnings and experiments as CSV and JSON under /offene-daten/.

Only live pages without view restriction, one row per page with its public URL.
Column names are stable (they are part of the published format, see the page
/offene-daten/ and docs/features.md); values are the labels people read on the site.

CSV: UTF-8 with BOM (so that Excel recognises the encoding), separator `;` (the list
separator of German Excel; every value quoted), header row, several values in one
cell separated by " | ", line breaks inside quoted cells; a value that a spreadsheet
would read as a formula (`=`, `+`, `-`, `@` …) starts with `'` (labs.csv_export). The licence
is named in the HTTP header `Link: <…>; rel="license"`, in the JSON `meta` and on
the page; the CSV itself holds only the header and the data, so that every tool
reads it without special options.
"""

import io
import json
import re
from dataclasses import dataclass
from html import unescape

from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from knowledge.models import LearningPage
from labs import csv_export
from labs.models import ExperimentPage, Theme
from labs.queries import live_public

from ..models import SiteSettings

CSV_DELIMITER = ";"
LIST_SEPARATOR = " | "

_BLOCK_END = re.compile(r"</(p|li|h[1-6]|div|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(html):
    """Rich text as plain text: one line per paragraph or list item."""
    text = unescape(strip_tags(_BLOCK_END.sub("\n", html or "")))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def iso(value):
    return value.isoformat() if value else None


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    get: object  # page, context -> value (str, bool, None or list of str)


def _lab_columns():
    return [
        Column(
            "stadtlabor",
            _("Titel des StadtLabors, aus dem der Eintrag stammt (leer: Redaktion)"),
            lambda p, c: p.lab.title if p.lab_id else "",
        ),
        Column(
            "stadtlabor_url",
            _("Adresse des StadtLabors"),
            lambda p, c: c.url(p.lab) if p.lab_id else "",
        ),
        Column(
            "stadt",
            _("Mitgliedsstadt des StadtLabors"),
            lambda p, c: p.lab.city.name if p.lab_id else "",
        ),
        Column(
            "ags",
            _("Amtlicher Gemeindeschlüssel der Stadt (8 Ziffern)"),
            lambda p, c: p.lab.city.ags if p.lab_id else "",
        ),
    ]


def _common_end_columns():
    return [
        Column(
            "veroeffentlicht",
            _("Zuerst veröffentlicht (ISO 8601)"),
            lambda p, c: iso(p.first_published_at),
        ),
        Column(
            "aktualisiert",
            _("Zuletzt veröffentlicht (ISO 8601)"),
            lambda p, c: iso(p.last_published_at),
        ),
        Column(
            "beispielinhalt",
            _("Beispielinhalt (fiktiv): ja/nein (JSON: true/false)"),
            lambda p, c: p.is_demo,
        ),
    ]


def _names(manager):
    return [obj.name for obj in manager.all()]


ID_COLUMN = Column("id", _("Eindeutige Nummer der Seite"), lambda p, c: p.pk)
THEMES_COLUMN = Column(
    "handlungsfelder",
    _("Handlungsfelder von Quartier 2030 (mehrere)"),
    lambda p, c: _names(p.themes),
)
TRANSFER_COLUMNS = [
    Column(
        "uebertragbarkeit",
        _("Übertragbarkeit (hoch, mittel, eingeschränkt)"),
        lambda p, c: p.get_transferability_display(),
    ),
    Column(
        "bedingungen_uebertragung",
        _("Bedingungen für die Übertragung"),
        lambda p, c: p.transfer_conditions,
    ),
]


LEARNING_COLUMNS = [
    ID_COLUMN,
    Column("url", _("Adresse der Erkenntnis auf der Plattform"), lambda p, c: c.url(p)),
    Column("kernaussage", _("Kernaussage (Titel)"), lambda p, c: p.title),
    Column("erkenntnistyp", _("Erkenntnistyp"), lambda p, c: p.get_kind_display()),
    Column(
        "evidenzgrad", _("Evidenzgrad"), lambda p, c: p.get_evidence_level_display()
    ),
    *TRANSFER_COLUMNS,
    Column(
        "empfehlung", _("Empfehlung für andere Städte"), lambda p, c: p.recommendation
    ),
    Column(
        "kontext",
        _("Kontext / Erläuterung (Text ohne Formatierung)"),
        lambda p, c: html_to_text(p.context_text),
    ),
    Column(
        "heute_anders",
        _("Was wir heute anders machen würden"),
        lambda p, c: p.retrospective,
    ),
    Column(
        "leichte_sprache",
        _("Zusammenfassung in Leichter Sprache"),
        lambda p, c: p.easy_language_summary,
    ),
    THEMES_COLUMN,
    *_lab_columns(),
    Column(
        "belege",
        _("Titel der Experimente, aus denen die Erkenntnis stammt (mehrere)"),
        lambda p, c: [e.title for e in p.public_evidence],
    ),
    Column(
        "belege_urls",
        _("Adressen dieser Experimente (mehrere, gleiche Reihenfolge)"),
        lambda p, c: [c.url(e) for e in p.public_evidence],
    ),
    Column(
        "stand",
        _("Stand / zuletzt geprüft (ISO 8601)"),
        lambda p, c: iso(p.last_reviewed),
    ),
    *_common_end_columns(),
]

EXPERIMENT_COLUMNS = [
    ID_COLUMN,
    Column(
        "url", _("Adresse des Experiments auf der Plattform"), lambda p, c: c.url(p)
    ),
    Column("titel", _("Titel des Experiments"), lambda p, c: p.title),
    Column("kurzbeschreibung", _("Kurzbeschreibung"), lambda p, c: p.teaser),
    Column("formattyp", _("Formattyp"), lambda p, c: p.get_format_type_display()),
    Column("status", _("Status"), lambda p, c: p.get_status_display()),
    Column(
        "grund_einstellung",
        _("Grund für die Einstellung (bei Status „eingestellt“)"),
        lambda p, c: p.stop_reason,
    ),
    Column("hypothese", _("Annahme / Hypothese"), lambda p, c: p.hypothesis),
    Column("ort", _("Ort im Quartier"), lambda p, c: p.place),
    Column("beginn", _("Zeitraum von (ISO 8601)"), lambda p, c: iso(p.start_date)),
    Column("ende", _("Zeitraum bis (ISO 8601)"), lambda p, c: iso(p.end_date)),
    THEMES_COLUMN,
    Column(
        "zielgruppen", _("Zielgruppen (mehrere)"), lambda p, c: _names(p.target_groups)
    ),
    Column("personal", _("Ressourcen: Personal"), lambda p, c: p.resources_staff),
    Column(
        "kosten",
        _("Ressourcen: Kosten (Spanne)"),
        lambda p, c: p.get_cost_band_display(),
    ),
    Column("kosten_erlaeuterung", _("Kosten: Erläuterung"), lambda p, c: p.cost_note),
    Column("aufwand", _("Aufwand"), lambda p, c: p.get_effort_display()),
    *TRANSFER_COLUMNS,
    Column(
        "auswertungsmethode",
        _("Auswertungsmethode"),
        lambda p, c: p.get_evaluation_method_display(),
    ),
    Column(
        "erfolgskriterien",
        _("Erfolgskriterien / Indikatoren (Text)"),
        lambda p, c: html_to_text(p.success_criteria),
    ),
    Column("ergebnis", _("Ergebnis (Text)"), lambda p, c: html_to_text(p.result)),
    Column(
        "gelingensfaktoren",
        _("Was hat funktioniert (Text)"),
        lambda p, c: html_to_text(p.success_factors),
    ),
    Column(
        "stolpersteine",
        _("Was nicht (Text)"),
        lambda p, c: html_to_text(p.obstacles),
    ),
    Column(
        "naechste_schritte",
        _("Nächste Schritte (Text)"),
        lambda p, c: html_to_text(p.next_steps),
    ),
    *_lab_columns(),
    Column(
        "erkenntnisse",
        _("Erkenntnisse, die sich auf das Experiment stützen (mehrere)"),
        lambda p, c: [lrn.title for lrn in p.public_learnings],
    ),
    Column(
        "erkenntnisse_urls",
        _("Adressen dieser Erkenntnisse (mehrere, gleiche Reihenfolge)"),
        lambda p, c: [c.url(lrn) for lrn in p.public_learnings],
    ),
    *_common_end_columns(),
]


class Context:
    def __init__(self, request):
        self.request = request

    def url(self, page):
        return page.get_full_url(self.request)


def _public_pages(model, request):
    return live_public(model.objects.all(), request).defer_streamfields()


def learning_pages(request):
    evidence = _public_pages(ExperimentPage, request).order_by("title", "pk")
    return (
        _public_pages(LearningPage, request)
        .select_related("lab__city")
        .prefetch_related(
            "themes", Prefetch("evidence", evidence, to_attr="public_evidence")
        )
        .order_by("pk")
    )


def experiment_pages(request):
    learnings = _public_pages(LearningPage, request).order_by("title", "pk")
    return (
        _public_pages(ExperimentPage, request)
        .select_related("lab__city")
        .prefetch_related(
            "themes",
            "target_groups",
            Prefetch("learnings", learnings, to_attr="public_learnings"),
        )
        .order_by("pk")
    )


DATASETS = {
    "erkenntnisse": {
        "title": _("Erkenntnisse der StadtLabore"),
        "columns": LEARNING_COLUMNS,
        "pages": learning_pages,
    },
    "experimente": {
        "title": _("Experimente der StadtLabore"),
        "columns": EXPERIMENT_COLUMNS,
        "pages": experiment_pages,
    },
}


def rows(dataset, request):
    """Dicts with the dataset's columns in order, values as in the JSON file."""
    spec = DATASETS[dataset]
    context = Context(request)
    return [
        {column.name: column.get(page, context) for column in spec["columns"]}
        for page in spec["pages"](request)
    ]


def licence(request):
    settings = SiteSettings.for_request(request)
    return {
        "name": settings.open_data_licence_name,
        "url": settings.open_data_licence_url,
        "namensnennung": settings.organisation,
    }


def _licence_header(response, request):
    url = licence(request)["url"]
    if url:
        response["Link"] = f'<{url}>; rel="license"'
    response["Cache-Control"] = "max-age=300"
    return response


def csv_value(value):
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return "" if value is None else value


def export_csv(request, dataset):
    spec = DATASETS[dataset]
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv_export.writer(buffer, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow([column.name for column in spec["columns"]])
    for row in rows(dataset, request):
        writer.writerow([csv_value(value) for value in row.values()])
    response = csv_export.http_response(
        f"{dataset}.csv",
        buffer.getvalue().encode("utf-8"),
        content_type="text/csv; charset=utf-8; header=present",
    )
    return _licence_header(response, request)


def export_json(request, dataset):
    spec = DATASETS[dataset]
    data = rows(dataset, request)
    site = Site.find_for_request(request)
    root = site.root_url if site else ""
    document = {
        "meta": {
            "titel": str(spec["title"]),
            "herausgeber": SiteSettings.for_request(request).organisation,
            "lizenz": licence(request),
            "quelle": root + reverse("open_data:index"),
            "csv": root + reverse("open_data:csv", args=[dataset]),
            "erstellt": timezone.now().isoformat(timespec="seconds"),
            "anzahl": len(data),
            "felder": {c.name: str(c.description) for c in spec["columns"]},
        },
        "daten": data,
    }
    response = HttpResponse(
        json.dumps(document, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
    )
    return _licence_header(response, request)


def index(request):
    datasets = []
    for key, spec in DATASETS.items():
        datasets.append(
            {
                "key": key,
                "title": spec["title"],
                "count": spec["pages"](request).count(),
                "columns": spec["columns"],
            }
        )
    return render(
        request,
        "home/open_data.html",
        {
            "datasets": datasets,
            "themes": Theme.objects.all(),
            "licence": licence(request),
            "csv_delimiter": CSV_DELIMITER,
            "list_separator": LIST_SEPARATOR,
        },
    )
