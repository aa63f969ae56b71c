"""StreamField blocks shared by every page type (body text of labs, experiments,
learnings, discussions and content pages). They live in `labs`, the base app, so
that every other app may import them without circular imports."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Überschrift 2")), ("h3", _("Überschrift 3"))],
        default="h2",
        help_text=_("Ebene 2 für Abschnitte, Ebene 3 für Unterabschnitte."),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Überschrift")
        description = _("Zwischenüberschrift in der richtigen Gliederungsebene")
        preview_value = {"text": "Was wir erprobt haben", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Bild"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"),
        max_length=250,
        help_text=_(
            "Pflichtfeld: Beschreiben Sie, was auf dem Bild zu sehen ist, für "
            "Menschen, die es nicht sehen können."
        ),
    )
    caption = blocks.CharBlock(
        label=_("Bildunterschrift"), required=False, max_length=250
    )
    credit = blocks.CharBlock(label=_("Bildnachweis"), required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Bild")
        description = _("Bild mit Pflicht-Alternativtext und Bildunterschrift")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"))
    author = blocks.CharBlock(
        label=_("Quelle"),
        required=False,
        help_text=_("Funktion oder Rolle, z. B. „Sozialplanung, Stadt Neckarweiler“"),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Zitat")
        description = _("Ein Zitat mit Quellenangabe")
        preview_value = {
            "text": "Aus der Praxis für die Praxis.",
            "author": "KompetenzBereich",
        }


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Linktext"),
        required=False,
        help_text=_("Leer lassen, um den Titel des Dokuments zu verwenden."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_link_block.html"
        label = _("Dokument")
        description = _("Link auf ein Dokument mit Dateityp und -größe")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Art"),
        choices=[
            ("info", _("Hinweis")),
            ("tip", _("Tipp aus der Praxis")),
            ("warning", _("Stolperstein")),
        ],
        default="info",
    )
    title = blocks.CharBlock(label=_("Titel"), required=False, max_length=120)
    text = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ol", "ul"]
    )

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Hinweisbox")
        description = _("Hervorgehobener Kasten: Hinweis, Tipp oder Stolperstein")
        preview_value = {
            "kind": "tip",
            "title": "Tipp",
            "text": "<p>Früh den Gemeinderat informieren.</p>",
        }


RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "document-link"]


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Absatz"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        description=_("Fließtext mit Listen und Links"),
    )
    image = ImageBlock()
    quote = QuoteBlock()
    document = DocumentLinkBlock()
    callout = CalloutBlock()

    class Meta:
        label = _("Inhalt")
