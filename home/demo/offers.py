"""Demo content and builders for the KompetenzBereich's offers: Fachberatung,
Förderprogramme, Materialien, Partner*innen der Landesstrategie, Neuigkeiten.

The builders are idempotent like those in `home/demo.py` (and used by the tests);
`load(command)` is called by `manage.py load_demo_content`, `reset()` by its
`--reset`. Programme names and funders are real where DOMAIN.md names them; every
amount (except the published range of Quartiersimpulse), deadline, material, news
item and logo is invented and marked "Beispielinhalt (fiktiv)".
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Site

from home.models import (
    ContentPage,
    FachberatungPage,
    NewsIndexPage,
    NewsPage,
    Partner,
    PartnersPage,
    SiteSettings,
)
from knowledge.materials import MaterialType
from knowledge.models import (
    FundingDeadline,
    FundingIndexPage,
    FundingProgrammePage,
    MaterialIndexPage,
    MaterialPage,
)
from labs.models import ExperimentPage, LabPage, Theme

from . import builders as demo
from .images import COLLECTION_NAME, get_collection

DOCUMENT_PREFIX = "Beispieldokument: "
LOGO_PREFIX = "Beispielbild: Platzhalter-Logo "
DEMO_NOTE = "Beispielangabe (fiktiv) – bitte beim Fördergeber prüfen."


# --- Builders -------------------------------------------------------------------------


def build_fachberatung(home, *, title="Fachberatung", slug="fachberatung", **fields):
    defaults = {
        "intro": "<p>Der KompetenzBereich berät die Verwaltungen der Mitgliedsstädte "
        "zur Quartiersentwicklung.</p>",
        "topics": "<ul><li>Einstieg in die Quartiersentwicklung</li></ul>",
        "how_to": "<p>Schreiben Sie uns über das Formular oder per E-Mail.</p>",
    }
    defaults.update(fields)
    return demo.upsert_page(
        home, FachberatungPage, slug=slug, title=title, fields=defaults
    )


def build_funding_index(
    home, *, title="Förderprogramme", slug="foerderprogramme", **fields
):
    return demo.upsert_page(
        home, FundingIndexPage, slug=slug, title=title, fields=fields
    )


def build_programme(
    index,
    *,
    title: str,
    slug: str | None = None,
    themes: Iterable[Theme] = (),
    labs: Iterable[LabPage] = (),
    experiments: Iterable[ExperimentPage] = (),
    deadlines: Iterable[tuple[datetime.date, str]] = (),
    live: bool = True,
    **fields,
) -> FundingProgrammePage:
    defaults = {
        "funder": "Ministerium für Soziales, Gesundheit und Integration",
        "teaser": "Ein Förderprogramm für Quartiersprojekte.",
        "eligible": "Städte und Gemeinden",
        "last_checked": demo.DEFAULT_DATE,
    }
    defaults.update(fields)
    page = demo.upsert_page(
        index,
        FundingProgrammePage,
        slug=slug or demo.make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes, "labs": labs, "experiments": experiments},
    )
    return set_deadlines(page, deadlines, live=live)


def set_deadlines(page, deadlines, live=True):
    """Replace the programme's deadlines; a new revision only if they changed."""
    wanted = [(date, label or "") for date, label in deadlines]
    current = page.get_latest_revision_as_object()
    existing = [(d.date, d.label or "") for d in current.deadlines.all()]
    if existing == wanted:
        return page
    current.deadlines = [
        FundingDeadline(date=date, label=label, sort_order=i)
        for i, (date, label) in enumerate(wanted)
    ]
    revision = current.save_revision()
    if live:
        revision.publish()
    return FundingProgrammePage.objects.get(pk=page.pk)


def build_material_index(home, *, title="Materialien", slug="materialien", **fields):
    return demo.upsert_page(
        home, MaterialIndexPage, slug=slug, title=title, fields=fields
    )


def build_material(
    index,
    *,
    title: str,
    slug: str | None = None,
    document=None,
    themes: Iterable[Theme] = (),
    labs: Iterable[LabPage] = (),
    live: bool = True,
    **fields,
) -> MaterialPage:
    defaults = {
        "material_type": MaterialType.HANDREICHUNG,
        "description": "Eine Arbeitshilfe aus den StadtLaboren.",
        "year": 2025,
    }
    defaults.update(fields)
    defaults["document"] = document or ensure_document(title)
    return demo.upsert_page(
        index,
        MaterialPage,
        slug=slug or demo.make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes, "labs": labs},
    )


def build_partners_page(
    parent, *, title="Partner*innen der Landesstrategie", slug="partnerinnen", **fields
):
    return demo.upsert_page(parent, PartnersPage, slug=slug, title=title, fields=fields)


def build_news_index(home, *, title="Neuigkeiten", slug="neuigkeiten", **fields):
    return demo.upsert_page(home, NewsIndexPage, slug=slug, title=title, fields=fields)


def build_news(
    index,
    *,
    title: str,
    date: datetime.date,
    slug: str | None = None,
    themes: Iterable[Theme] = (),
    body: Iterable[tuple[str, object]] = (),
    live: bool = True,
    **fields,
) -> NewsPage:
    defaults = {"teaser": "Neues aus dem KompetenzBereich.", "date": date}
    defaults.update(fields)
    defaults["body"] = list(body)
    return demo.upsert_page(
        index,
        NewsPage,
        slug=slug or demo.make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes},
    )


def ensure_partner(name, **fields) -> Partner:
    partner = Partner.objects.filter(name=name).first()
    if partner is None:
        return Partner.objects.create(name=name, **fields)
    changed = False
    for key, value in fields.items():
        if getattr(partner, key) != value:
            setattr(partner, key, value)
            changed = True
    if changed:
        partner.save()
    return partner


# --- Files: a tiny PDF per material, a placeholder logo per partner -------------------


def _pdf_bytes(title: str) -> bytes:
    """A minimal, valid one-page PDF with the title and the demo note."""

    def esc(text):
        text = text.encode("latin-1", "replace").decode("latin-1")
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream = (
        f"BT /F1 16 Tf 72 770 Td ({esc(title[:80])}) Tj 0 -28 Td /F1 12 Tf "
        "(Beispielinhalt \\(fiktiv\\) - StadtLabore vor Ort) Tj ET"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
        "/Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
        f"startxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def ensure_document(title: str):
    """The demo document titled `DOCUMENT_PREFIX + title`, created if missing."""
    model = get_document_model()
    full_title = DOCUMENT_PREFIX + title
    document = model.objects.filter(title=full_title).first()
    if document is not None:
        return document
    document = model(title=full_title, collection=get_collection())
    document.file.save(
        f"{demo.make_slug(title, 60)}.pdf", ContentFile(_pdf_bytes(title)), save=False
    )
    document.save()
    return document


def demo_documents():
    return get_document_model().objects.filter(title__startswith=DOCUMENT_PREFIX)


def ensure_logo(initials: str, name: str, colour: tuple[int, int, int]):
    """A plain placeholder "logo" (coloured box with initials), drawn locally."""
    model = get_image_model()
    full_title = LOGO_PREFIX + name
    image = model.objects.filter(title=full_title).first()
    if image is not None:
        return image
    picture = PILImage.new("RGB", (480, 240), (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    draw.rectangle((8, 8, 472, 232), outline=colour, width=8)
    draw.rectangle((40, 60, 160, 180), fill=colour)
    draw.text((190, 100), initials, fill=(40, 40, 40), font_size=44)
    buffer = BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    image = model(
        title=full_title,
        collection=get_collection(),
        description=f"Platzhalter-Logo {name} (Beispielbild)",
    )
    image.file.save(
        f"logo-{demo.make_slug(name, 50)}.png",
        ContentFile(buffer.getvalue()),
        save=False,
    )
    image.width, image.height = picture.size
    image._set_image_file_metadata()
    image.save()
    return image


# --- Demo data ------------------------------------------------------------------------

ADVICE_SETTINGS = {
    "advice_email": "fachberatung@example.org",
    "advice_phone": "0711 000000-0",
    "advice_hours": "Mo–Do 9–12 Uhr (Beispielangabe)",
    "advice_teaser": "Sie planen ein Quartiersprojekt, suchen Fördermittel oder "
    "wollen ein Experiment aus einem StadtLabor übernehmen? Die Fachberatung des "
    "KompetenzBereichs berät Ihre Verwaltung – kostenfrei für Mitgliedsstädte.",
    "advice_contacts": [
        (
            "contact",
            {
                "role": "Fachberatung Quartiersentwicklung",
                "topics": "Einstieg, Strategie, Beteiligung, StadtLabore",
                "email": "fachberatung@example.org",
                "phone": "0711 000000-1",
            },
        ),
        (
            "contact",
            {
                "role": "Fördermittelberatung",
                "topics": "Förderprogramme, Anträge, Verstetigung",
                "email": "foerderung@example.org",
                "phone": "0711 000000-2",
            },
        ),
    ],
}

FACHBERATUNG = {
    "intro": "<p>Die Fachberatung des KompetenzBereichs Inklusive "
    "Quartiersentwicklung unterstützt die Verwaltungen der Mitgliedsstädte – "
    "<b>aus der Praxis für die Praxis</b>, auf Augenhöhe und vertraulich. "
    "(Beispielinhalt, fiktiv)</p>",
    "topics": "<ul><li>Einstieg in die Quartiersentwicklung: Wo fangen wir an, "
    "wen holen wir an den Tisch?</li><li>Gesamtstädtische Strategie und "
    "ämterübergreifende Zusammenarbeit</li><li>Beteiligung, auch von stillen "
    "Gruppen</li><li>Förderprogramme und Anträge, z. B. Quartiersimpulse</li>"
    "<li>Übertragung von Experimenten aus den StadtLaboren in Ihre Stadt</li>"
    "<li>Verstetigung: Was bleibt nach der Laborphase?</li></ul>",
    "how_to": "<ol><li>Sie schildern Ihr Anliegen über das Formular „Beratung "
    "anfragen“ oder per E-Mail.</li><li>Wir melden uns innerhalb von fünf "
    "Arbeitstagen und vereinbaren ein Gespräch (telefonisch, online oder vor "
    "Ort).</li><li>Auf Wunsch vermitteln wir Kontakt zu einer Pilotstadt, die "
    "Ähnliches erprobt hat.</li></ol><p>Die Beratung ist für Mitgliedsstädte "
    "kostenfrei.</p>",
}

PROGRAMMES = [
    {
        "slug": "quartiersimpulse",
        "title": "Quartiersimpulse",
        "funder": "Ministerium für Soziales, Gesundheit und Integration "
        "Baden-Württemberg mit der Allianz für Beteiligung",
        "teaser": "Förderung von Quartiersprojekten zu „Pflege und Unterstützung im "
        "Alter“ und generationengerechter Gestaltung des Lebensumfelds, mit "
        "Bürgerbeteiligung und zivilgesellschaftlichen Partner*innen.",
        "amount_min": 20_000,
        "amount_max": 85_000,
        "amount_note": "je Quartier für Städte und Gemeinden; Verbünde und "
        "Landkreise mit Gemeinde 40.000–115.000 €",
        "eligible": "Städte und Gemeinden\nGemeindeverbände\nLandkreise in "
        "Kooperation mit einer Gemeinde",
        "conditions": "<ul><li>Bürgerbeteiligung und ein nachgewiesener "
        "zivilgesellschaftlicher Partner</li><li>Gemeinderatsbeschluss</li><li>"
        "Externe Prozessbegleitung (Tagessatz höchstens 800 €)</li></ul>",
        "link": "https://www.quartier2030-bw.de/angebote/foerderung/foerderung.html",
        "rolling": False,
        "deadlines": [
            (datetime.date(2027, 3, 31), "Antragsfrist (Beispielfrist, fiktiv)"),
        ],
        "themes": ["pflege-gesundheit", "beteiligung-engagement-teilhabe"],
        "labs": ["sorgende-gemeinschaft-hochfeld"],
        "experiments": ["nachbarschaftshilfe-pool"],
        "last_checked": datetime.date(2026, 9, 1),
    },
    {
        "slug": "beteiligungstaler",
        "title": "Beteiligungstaler",
        "funder": "Ministerium für Soziales, Gesundheit und Integration "
        "Baden-Württemberg",
        "teaser": "Kleine Zuschüsse für Beteiligungsformate im Quartier, z. B. "
        "Quartiersspaziergänge oder Barriere-Checks mit Betroffenen.",
        "amount_min": 1_000,
        "amount_max": 5_000,
        "amount_note": DEMO_NOTE,
        "eligible": "Städte und Gemeinden\nZivilgesellschaftliche Initiativen in "
        "Kooperation mit der Kommune",
        "rolling": True,
        "deadlines": [],
        "themes": ["beteiligung-engagement-teilhabe", "inklusion-integration-vielfalt"],
        "labs": [],
        "experiments": ["barriere-check"],
        "last_checked": datetime.date(2026, 6, 15),
    },
    {
        "slug": "sozialer-zusammenhalt",
        "title": "Sozialer Zusammenhalt (Städtebauförderung)",
        "funder": "Bund und Land Baden-Württemberg",
        "teaser": "Städtebauförderung für benachteiligte Quartiere: bauliche "
        "Maßnahmen, Quartiersmanagement und soziale Infrastruktur.",
        "amount_min": None,
        "amount_max": None,
        "amount_note": "nach Gesamtmaßnahme; " + DEMO_NOTE,
        "eligible": "Städte und Gemeinden mit förmlich festgelegtem Gebiet",
        "rolling": False,
        "deadlines": [
            (datetime.date(2026, 6, 30), "Programmanmeldung (Beispielfrist, fiktiv)"),
        ],
        "themes": ["wohnen-mobilitaet-klima", "beteiligung-engagement-teilhabe"],
        "labs": ["muehlbach-sued"],
        "experiments": [],
        # Deliberately outdated: the dashboard and the reminder email show it.
        "last_checked": datetime.date(2025, 5, 20),
    },
    {
        "slug": "quartiersakademie-inhouse",
        "title": "Quartiersakademie: Inhouse-Förderung",
        "funder": "Quartiersakademie (Koordinierungsstelle beim KVJS)",
        "teaser": "Zuschuss zu Inhouse-Veranstaltungen und Qualifizierung für "
        "Verwaltung und Partner*innen vor Ort.",
        "amount_min": None,
        "amount_max": 3_000,
        "amount_note": DEMO_NOTE,
        "eligible": "Städte, Gemeinden und Landkreise",
        "rolling": False,
        "deadlines": [
            (datetime.date(2027, 1, 31), "1. Runde (Beispielfrist, fiktiv)"),
            (datetime.date(2027, 7, 31), "2. Runde (Beispielfrist, fiktiv)"),
        ],
        "themes": ["digitalisierung", "inklusion-integration-vielfalt"],
        "labs": ["digital-dabei-rosenhalde"],
        "experiments": [],
        "last_checked": datetime.date(2026, 10, 1),
    },
]

MATERIALS = [
    {
        "slug": "handreichung-aufsuchende-beteiligung",
        "title": "Handreichung: Aufsuchende Beteiligung an der Haustür",
        "material_type": MaterialType.HANDREICHUNG,
        "description": "Wie Nachbarschaftslots*innen geschult werden, welche Fragen "
        "funktionieren und wie die Antworten ausgewertet werden – aus der "
        "Klingel-Tour in Mühlbach-Süd.",
        "year": 2025,
        "publisher": "Stadt Neckarweiler (fiktiv)",
        "licence": "cc-by-4.0",
        "language": "de",
        "accessible_checked": True,
        "themes": ["beteiligung-engagement-teilhabe"],
        "labs": ["muehlbach-sued"],
    },
    {
        "slug": "leitfaden-zwischennutzung",
        "title": "Leitfaden: Zwischennutzung von Leerständen im Ortskern",
        "material_type": MaterialType.LEITFADEN,
        "description": "Von der ersten Idee bis zum Öffnungstag: Eigentümer*innen "
        "gewinnen, Nutzungsvertrag, Versicherung, Öffnungszeiten mit Ehrenamtlichen.",
        "year": 2026,
        "publisher": "Stadt Filsingen (fiktiv)",
        "licence": "cc-by-sa-4.0",
        "language": "de",
        "accessible_checked": False,
        "themes": ["wirtschaft-nahversorgung"],
        "labs": ["ortsmitte-fuer-alle"],
    },
    {
        "slug": "checkliste-barriere-check",
        "title": "Checkliste: Barriere-Check im Ortskern",
        "material_type": MaterialType.CHECKLISTE,
        "description": "Zwei Seiten für die Ortsbegehung mit Rollator, Kinderwagen "
        "und Langstock: Bordsteine, Ampeln, Beläge, Sitzgelegenheiten, "
        "Beschilderung.",
        "year": 2026,
        "publisher": "Stadt Filsingen (fiktiv)",
        "licence": "cc0-1.0",
        "language": "de-ls",
        "accessible_checked": True,
        "themes": ["inklusion-integration-vielfalt"],
        "labs": ["ortsmitte-fuer-alle"],
    },
    {
        "slug": "vorlage-nutzungsvereinbarung",
        "title": "Vorlage: Nutzungsvereinbarung für Quartiersräume",
        "material_type": MaterialType.VORLAGE,
        "description": "Mustervertrag für die Überlassung von Räumen an "
        "Initiativen: Haftung, Schlüssel, Reinigung, Kündigung.",
        "year": 2024,
        "publisher": "KompetenzBereich Inklusive Quartiersentwicklung",
        "licence": "cc-by-4.0",
        "language": "de",
        "accessible_checked": False,
        "themes": ["beteiligung-engagement-teilhabe"],
        "labs": [],
    },
    {
        "slug": "dokumentation-sorgende-gemeinschaft-hochfeld",
        "title": "Dokumentation: Sorgende Gemeinschaft Hochfeld – Laborbericht 2025",
        "material_type": MaterialType.DOKUMENTATION,
        "description": "Der Laborbericht aus Albhausen: Nachbarschaftshilfe-Pool, "
        "Stammtisch für pflegende Angehörige und Quartiersrat per Losverfahren.",
        "year": 2025,
        "publisher": "Stadt Albhausen (fiktiv)",
        "licence": "alle-rechte",
        "language": "de",
        "accessible_checked": True,
        "themes": ["pflege-gesundheit", "beteiligung-engagement-teilhabe"],
        "labs": ["sorgende-gemeinschaft-hochfeld"],
    },
]

PARTNERS_INTRO = (
    "<p>Die Landesstrategie <b>„Quartier 2030 – Gemeinsam. Gestalten.“</b> tragen "
    "das Land und die kommunalen Landesverbände gemeinsam "
    "(Gemeinsame Koordinierungsstelle Quartiersentwicklung, GKZ.QE). "
    "Logos: Platzhalter (Beispielbilder).</p>"
)

PARTNERS = [
    {
        "name": "Ministerium für Soziales, Gesundheit und Integration "
        "Baden-Württemberg",
        "initials": "SM",
        "colour": (0, 90, 140),
        "description": "Verantwortet die Landesstrategie Quartier 2030 und ihre "
        "Förderprogramme. (Beschreibung: Beispielinhalt, fiktiv)",
        "url": "https://sozialministerium.baden-wuerttemberg.de/",
    },
    {
        "name": "Städtetag Baden-Württemberg",
        "initials": "ST",
        "colour": (170, 30, 45),
        "description": "Kommunaler Landesverband der Städte; der KompetenzBereich "
        "Inklusive Quartiersentwicklung berät die Mitgliedsstädte und betreibt diese "
        "Plattform. (Beschreibung: Beispielinhalt, fiktiv)",
        "url": "https://www.staedtetag-bw.de/",
    },
    {
        "name": "Gemeindetag Baden-Württemberg",
        "initials": "GT",
        "colour": (30, 120, 60),
        "description": "Kommunaler Landesverband der Städte und Gemeinden, "
        "Partner in der Gemeinsamen Koordinierungsstelle. (Beschreibung: "
        "Beispielinhalt, fiktiv)",
        "url": "https://www.gemeindetag-bw.de/",
    },
    {
        "name": "Landkreistag Baden-Württemberg",
        "initials": "LT",
        "colour": (90, 60, 140),
        "description": "Kommunaler Landesverband der Landkreise, Partner in der "
        "Gemeinsamen Koordinierungsstelle. (Beschreibung: Beispielinhalt, fiktiv)",
        "url": "https://www.landkreistag-bw.de/",
    },
]

NEWS = [
    {
        "slug": "neue-runde-quartiersimpulse",
        "title": "Neue Antragsrunde Quartiersimpulse – jetzt beraten lassen",
        "date": datetime.date(2026, 11, 10),
        "teaser": "Die nächste Antragsfrist steht fest (Beispielfrist, fiktiv). Die "
        "Fachberatung hilft bei Ideenskizze und Gemeinderatsvorlage.",
        "themes": ["pflege-gesundheit"],
        "body": [
            (
                "paragraph",
                "<p>Wer jetzt plant, hat genug Zeit für den Gemeinderatsbeschluss. "
                "Melden Sie sich bei der Fachberatung – wir sehen uns Ihre Idee "
                "gemeinsam an. (Beispielinhalt, fiktiv)</p>",
            )
        ],
    },
    {
        "slug": "materialien-online",
        "title": "Neu im Bereich Materialien: Checkliste Barriere-Check",
        "date": datetime.date(2026, 10, 22),
        "teaser": "Filsingen teilt die Checkliste seiner Ortsbegehung – auch in "
        "Leichter Sprache.",
        "themes": ["inklusion-integration-vielfalt"],
        "body": [
            (
                "paragraph",
                "<p>Die Checkliste steht zum Herunterladen bereit und darf frei "
                "weiterverwendet werden. (Beispielinhalt, fiktiv)</p>",
            )
        ],
    },
    {
        "slug": "rueckblick-lernwerkstatt-herbst",
        "title": "Rückblick: Lernwerkstatt „Sorgende Gemeinschaften“",
        "date": datetime.date(2026, 9, 30),
        "teaser": "28 Teilnehmende aus 14 Mitgliedsstädten tauschten sich über "
        "Nachbarschaftshilfe und pflegende Angehörige aus (Zahlen fiktiv).",
        "themes": ["pflege-gesundheit", "familie-generationen-lebensgemeinschaften"],
        "body": [],
    },
    {
        "slug": "plattform-gestartet",
        "title": "StadtLabore vor Ort: die Plattform ist gestartet",
        "date": datetime.date(2026, 7, 1),
        "teaser": "Pilotstädte dokumentieren ihre StadtLabore, alle Mitgliedsstädte "
        "lesen mit und tauschen sich aus. (Beispielinhalt, fiktiv)",
        "themes": [],
        "body": [],
    },
]

INTROS = {
    "funding": "<p>Förderprogramme für Quartiersprojekte in Baden-Württemberg – mit "
    "Fristen, Förderhöhe und den StadtLaboren, die damit gearbeitet haben. "
    "Beträge und Fristen der Beispiele sind fiktiv.</p>",
    "materials": "<p>Handreichungen, Leitfäden, Checklisten, Vorlagen und "
    "Dokumentationen aus den StadtLaboren zum Herunterladen.</p>",
    "news": "<p>Neues aus dem KompetenzBereich und den StadtLaboren.</p>",
}


# --- Load and reset -------------------------------------------------------------------


def _themes(slugs):
    themes = {theme.slug: theme for theme in Theme.objects.filter(slug__in=slugs)}
    return [themes[slug] for slug in slugs if slug in themes]


def _pages(model, slugs):
    pages = {page.slug: page for page in model.objects.filter(slug__in=slugs)}
    return [pages[slug] for slug in slugs if slug in pages]


def load_site_settings():
    site = Site.objects.get(is_default_site=True)
    settings_obj = SiteSettings.for_site(site)
    changed = False
    for name, value in ADVICE_SETTINGS.items():
        if name == "advice_contacts":
            current = [
                (b.block_type, dict(b.value)) for b in settings_obj.advice_contacts
            ]
            if current != [(t, dict(v)) for t, v in value]:
                settings_obj.advice_contacts = value
                changed = True
        elif getattr(settings_obj, name) != value:
            setattr(settings_obj, name, value)
            changed = True
    if changed or settings_obj.pk is None:
        settings_obj.save()


def load(log=print):
    """Create or complete the demo offers (idempotent)."""
    home = demo.get_home()
    log(
        "Lege die Angebote des KompetenzBereichs an (Fachberatung, Förderprogramme, "
        "Materialien, Partner*innen, Neuigkeiten) …"
    )
    load_site_settings()
    build_fachberatung(home, is_demo=True, **FACHBERATUNG)

    funding_index = build_funding_index(home, intro=INTROS["funding"], is_demo=True)
    for spec in PROGRAMMES:
        fields = dict(spec)
        slug, title = fields.pop("slug"), fields.pop("title")
        build_programme(
            funding_index,
            title=title,
            slug=slug,
            themes=_themes(fields.pop("themes")),
            labs=_pages(LabPage, fields.pop("labs")),
            experiments=_pages(ExperimentPage, fields.pop("experiments")),
            deadlines=fields.pop("deadlines"),
            is_demo=True,
            **fields,
        )

    material_index = build_material_index(home, intro=INTROS["materials"], is_demo=True)
    for spec in MATERIALS:
        fields = dict(spec)
        slug, title = fields.pop("slug"), fields.pop("title")
        build_material(
            material_index,
            title=title,
            slug=slug,
            themes=_themes(fields.pop("themes")),
            labs=_pages(LabPage, fields.pop("labs")),
            is_demo=True,
            **fields,
        )

    about = ContentPage.objects.child_of(home).filter(slug="ueber-das-projekt").first()
    build_partners_page(about or home, intro=PARTNERS_INTRO, is_demo=True)
    for order, spec in enumerate(PARTNERS):
        ensure_partner(
            spec["name"],
            logo=ensure_logo(spec["initials"], spec["name"], spec["colour"]),
            description=spec["description"],
            url=spec["url"],
            is_demo=True,
            sort_order=order,
        )

    news_index = build_news_index(home, intro=INTROS["news"], is_demo=True)
    for spec in NEWS:
        fields = dict(spec)
        slug, title = fields.pop("slug"), fields.pop("title")
        build_news(
            news_index,
            title=title,
            slug=slug,
            themes=_themes(fields.pop("themes")),
            is_demo=True,
            **fields,
        )


def reset(log=print):
    """Remove what `load` made outside the page tree (the pages go with the tree):
    demo partners, demo documents and placeholder logos."""
    log("Lösche Beispiel-Partner*innen, -Dokumente und -Logos …")
    Partner.objects.filter(is_demo=True).delete()
    demo_documents().delete()
    get_image_model().objects.filter(
        title__startswith=LOGO_PREFIX, collection__name=COLLECTION_NAME
    ).delete()


__all__ = [
    "build_fachberatung",
    "build_funding_index",
    "build_material",
    "build_material_index",
    "build_news",
    "build_news_index",
    "build_partners_page",
    "build_programme",
    "ensure_document",
    "ensure_partner",
    "load",
    "reset",
    "set_deadlines",
]
