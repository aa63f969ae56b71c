"""Checks of uploaded documents (WAGTAILDOCS_DOCUMENT_FORM_BASE): the type from the
allowlist WAGTAILDOCS_EXTENSIONS, judged by the last extension only (so
`bericht.pdf.html` is an HTML file and refused), and the content must match that
type (an HTML page renamed to `.pdf` is refused). The size limit is Wagtail's
WAGTAILDOCS_MAX_UPLOAD_SIZE. Used by every upload form of the admin (single,
multiple and in the chooser)."""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from wagtail.documents.forms import BaseDocumentForm

SNIFF_BYTES = 64 * 1024
OOXML = {"docx", "xlsx", "pptx"}
OPENDOCUMENT = {
    "odt": b"application/vnd.oasis.opendocument.text",
    "ods": b"application/vnd.oasis.opendocument.spreadsheet",
    "odp": b"application/vnd.oasis.opendocument.presentation",
}
MAGIC = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpg": (b"\xff\xd8\xff",),
    "jpeg": (b"\xff\xd8\xff",),
}
MARKUP = (b"<script", b"<html", b"<!doctype", b"<svg", b"<iframe", b"<?xml", b"<body")


def extension_of(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def _zip_names(f):
    f.seek(0)
    try:
        with zipfile.ZipFile(f) as archive:
            names = set(archive.namelist())
            mimetype = b""
            if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
                mimetype = archive.read("mimetype").strip()
            return names, mimetype
    except (zipfile.BadZipFile, OSError, ValueError):
        return None, b""
    finally:
        f.seek(0)


def content_matches(f, extension):
    """Whether the bytes of the upload are a file of the type its extension says."""
    f.seek(0)
    head = f.read(SNIFF_BYTES)
    f.seek(0)
    if extension == "pdf":
        return b"%PDF-" in head[:1024]
    if extension in MAGIC:
        return head.startswith(MAGIC[extension])
    if extension in OOXML or extension in OPENDOCUMENT:
        if not head.startswith(b"PK\x03\x04"):
            return False
        names, mimetype = _zip_names(f)
        if names is None:
            return False
        if extension in OOXML:
            return "[Content_Types].xml" in names
        return mimetype == OPENDOCUMENT[extension]
    if extension == "csv":
        if b"\x00" in head:
            return False
        lowered = head.lower()
        if any(marker in lowered for marker in MARKUP):
            return False
        for encoding in ("utf-8-sig", "cp1252"):
            try:
                head.decode(encoding)
            except UnicodeDecodeError:
                continue
            return True
        return False
    return False


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        f = self.cleaned_data.get("file")
        if not f or "file" not in self.changed_data:
            return f
        allowed = [e.lower() for e in getattr(settings, "WAGTAILDOCS_EXTENSIONS", [])]
        extension = extension_of(f.name)
        if extension not in allowed:
            raise ValidationError(
                _(
                    "Dateien vom Typ „%(extension)s“ können nicht hochgeladen werden. "
                    "Erlaubt sind: %(allowed)s."
                )
                % {"extension": extension or "?", "allowed": ", ".join(allowed)},
                code="file_type",
            )
        if not content_matches(f, extension):
            raise ValidationError(
                _(
                    "Der Inhalt der Datei passt nicht zu ihrer Endung „.%(extension)s“. "
                    "Bitte laden Sie die Originaldatei hoch."
                )
                % {"extension": extension},
                code="file_content",
            )
        return f
