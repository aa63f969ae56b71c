"""Builders for the KompetenzBereich's offers: Fachberatung, Förderprogramme,
Materialien, Partner*innen der Landesstrategie, Neuigkeiten.

The builders are idempotent like those in `builders.py` (and used by the tests);
`load` builds the demo offers of `content/offers.py`, `reset` removes what they left
outside the page tree (both called by `loader.py`).
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

from .builders import DEFAULT_DATE, get_home, make_slug, upsert_page
from .content import offers as content
from .images import COLLECTION_NAME, get_collection

DOCUMENT_PREFIX = "Beispieldokument: "
LOGO_PREFIX = "Beispielbild: Platzhalter-Logo "


# --- Builders -------------------------------------------------------------------------


def build_fachberatung(home, *, title="Fachberatung", slug="fachberatung", **fields):
    defaults = {
        "intro": "<p>Der KompetenzBereich berät die Verwaltungen der Mitgliedsstädte "
        "zur Quartiersentwicklung.</p>",
        "topics": "<ul><li>Einstieg in die Quartiersentwicklung</li></ul>",
        "how_to": "<p>Schreiben Sie uns über das Formular oder per E-Mail.</p>",
    }
    defaults.update(fields)
    return upsert_page(home, FachberatungPage, slug=slug, title=title, fields=defaults)


def build_funding_index(
    home, *, title="Förderprogramme", slug="foerderprogramme", **fields
):
    return upsert_page(home, FundingIndexPage, slug=slug, title=title, fields=fields)


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
        "last_checked": DEFAULT_DATE,
    }
    defaults.update(fields)
    page = upsert_page(
        index,
        FundingProgrammePage,
        slug=slug or make_slug(title),
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
    return upsert_page(home, MaterialIndexPage, slug=slug, title=title, fields=fields)


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
    return upsert_page(
        index,
        MaterialPage,
        slug=slug or make_slug(title),
        title=title,
        live=live,
        fields=defaults,
        m2m={"themes": themes, "labs": labs},
    )


def build_partners_page(
    parent, *, title="Partner*innen der Landesstrategie", slug="partnerinnen", **fields
):
    return upsert_page(parent, PartnersPage, slug=slug, title=title, fields=fields)


def build_news_index(home, *, title="Neuigkeiten", slug="neuigkeiten", **fields):
    return upsert_page(home, NewsIndexPage, slug=slug, title=title, fields=fields)


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
    return upsert_page(
        index,
        NewsPage,
        slug=slug or make_slug(title),
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
        f"{make_slug(title, 60)}.pdf", ContentFile(_pdf_bytes(title)), save=False
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
        f"logo-{make_slug(name, 50)}.png",
        ContentFile(buffer.getvalue()),
        save=False,
    )
    image.width, image.height = picture.size
    image._set_image_file_metadata()
    image.save()
    return image


# --- Load and reset -------------------------------------------------------------------


def _themes(slugs):
    themes = {theme.slug: theme for theme in Theme.objects.filter(slug__in=slugs)}
    return [themes[slug] for slug in slugs if slug in themes]


def _pages(model, slugs):
    pages = {page.slug: page for page in model.objects.filter(slug__in=slugs)}
    return [pages[slug] for slug in slugs if slug in pages]


def _builder_arguments(spec, **pages):
    """A content spec as builder arguments: the slugs it names become themes and, for
    each keyword (`labs=LabPage`), pages of that model."""
    arguments = dict(spec)
    arguments["themes"] = _themes(arguments["themes"])
    for name, model in pages.items():
        arguments[name] = _pages(model, arguments[name])
    return arguments


def load_site_settings():
    site = Site.objects.get(is_default_site=True)
    settings_obj = SiteSettings.for_site(site)
    changed = False
    for name, value in content.ADVICE_SETTINGS.items():
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
    home = get_home()
    log(
        "Lege die Angebote des KompetenzBereichs an (Fachberatung, Förderprogramme, "
        "Materialien, Partner*innen, Neuigkeiten) …"
    )
    load_site_settings()
    build_fachberatung(home, is_demo=True, **content.FACHBERATUNG)

    funding_index = build_funding_index(
        home, intro=content.INTROS["funding"], is_demo=True
    )
    for spec in content.PROGRAMMES:
        build_programme(
            funding_index,
            is_demo=True,
            **_builder_arguments(spec, labs=LabPage, experiments=ExperimentPage),
        )

    material_index = build_material_index(
        home, intro=content.INTROS["materials"], is_demo=True
    )
    for spec in content.MATERIALS:
        build_material(
            material_index, is_demo=True, **_builder_arguments(spec, labs=LabPage)
        )

    about = ContentPage.objects.child_of(home).filter(slug="ueber-das-projekt").first()
    build_partners_page(about or home, intro=content.PARTNERS_INTRO, is_demo=True)
    for order, spec in enumerate(content.PARTNERS):
        ensure_partner(
            spec["name"],
            logo=ensure_logo(spec["initials"], spec["name"], spec["colour"]),
            description=spec["description"],
            url=spec["url"],
            is_demo=True,
            sort_order=order,
        )

    news_index = build_news_index(home, intro=content.INTROS["news"], is_demo=True)
    for spec in content.NEWS:
        build_news(news_index, is_demo=True, **_builder_arguments(spec))


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
