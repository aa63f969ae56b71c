"""Uploads: documents only of the allowed types with matching content and within the
size limit, served as downloads where a browser could run them; images checked by
Wagtail and Pillow; documents in a private collection only for those allowed."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

Document = get_document_model()
Image = get_image_model()

PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
HTML = (
    b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
)


def _zip(entries):
    """The same bytes on every call (a fixed date): the tests' ids hold them, and
    every pytest-xdist process must collect the same ids."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(
                zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data
            )
    return buffer.getvalue()


def _png(size=(4, 4)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (0, 67, 122)).save(buffer, "PNG")
    return buffer.getvalue()


DOCX = _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>"})
ODT = _zip({"mimetype": "application/vnd.oasis.opendocument.text", "c.xml": "<x/>"})


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


def _upload(client, name, data, title="Anhang"):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bericht.pdf", PDF),
        ("protokoll.docx", DOCX),
        ("notizen.odt", ODT),
        ("liste.csv", b"Stadt;Einwohner\nNeckarweiler;48000\n"),
        ("luftbild.png", _png()),
    ],
)
def test_allowed_document_is_stored(admin_client, name, data):
    response = _upload(admin_client, name, data)
    assert response.status_code == 302
    assert Document.objects.filter(title="Anhang").count() == 1


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("seite.html", HTML, "Erlaubt sind"),
        ("bericht.pdf.html", HTML, "Erlaubt sind"),
        ("bild.svg", b"<svg onload='alert(1)'/>", "Erlaubt sind"),
        ("skript.js", b"alert(1)", "Erlaubt sind"),
        ("ohne-endung", PDF, "Erlaubt sind"),
        ("BERICHT.PDF.exe", b"MZ\x90\x00", "Erlaubt sind"),
        ("getarnt.pdf", HTML, "passt nicht zu ihrer Endung"),
        ("getarnt.docx", b"PK\x03\x04kaputt", "passt nicht zu ihrer Endung"),
        ("getarnt.odt", DOCX, "passt nicht zu ihrer Endung"),
        ("getarnt.csv", HTML, "passt nicht zu ihrer Endung"),
        ("getarnt.png", PDF, "passt nicht zu ihrer Endung"),
    ],
)
def test_forbidden_document_is_refused(admin_client, name, data, message):
    response = _upload(admin_client, name, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Document.objects.exists()


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_too_large_document_is_refused(admin_client):
    response = _upload(admin_client, "gross.pdf", PDF + b"0" * 2048)
    assert response.status_code == 200
    assert not Document.objects.exists()


def test_multiple_upload_checks_content_too(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add_multiple"),
        {"files[]": SimpleUploadedFile("getarnt.pdf", HTML)},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert not Document.objects.exists()


def _document(name, data, collection=None):
    document = Document(title=name, file=ContentFile(data, name=name))
    if collection is not None:
        document.collection = collection
    document.save()
    return document


@pytest.mark.parametrize(
    ("name", "data", "content_type", "disposition"),
    [
        ("liste.csv", b"a;b\n1;2\n", "text/csv", "attachment"),
        ("protokoll.docx", DOCX, "application/vnd.openxml", "attachment"),
        ("luftbild.png", _png(), "image/png", "attachment"),
        ("bericht.pdf", PDF, "application/pdf", "inline"),
    ],
)
def test_documents_are_downloads_except_pdf(
    client, db, name, data, content_type, disposition
):
    document = _document(name, data)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


def test_html_smuggled_past_the_form_is_still_a_download(client, db):
    """Even a file stored some other way (e.g. a script) never renders as a page."""
    document = _document("altlast.html", HTML)
    response = client.get(document.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert response["Content-Security-Policy"] == "default-src 'none'"


# --- Images ---------------------------------------------------------------------------


def _upload_image(client, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Bild",
            "file": SimpleUploadedFile(name, data),
            "collection": Collection.get_first_root_node().pk,
        },
    )


def test_valid_image_is_stored(admin_client):
    assert _upload_image(admin_client, "foto.png", _png()).status_code == 302
    assert Image.objects.count() == 1


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("foto.png", HTML),
        ("foto.svg", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
        ("foto.jpg", _png()),
        ("foto.png.html", _png()),
    ],
)
def test_bad_image_is_refused(admin_client, name, data):
    response = _upload_image(admin_client, name, data)
    assert response.status_code == 200
    assert not Image.objects.exists()


@override_settings(WAGTAILIMAGES_MAX_IMAGE_PIXELS=100)
def test_image_with_too_many_pixels_is_refused(admin_client):
    response = _upload_image(admin_client, "riesig.png", _png((20, 20)))
    assert response.status_code == 200
    assert not Image.objects.exists()


# --- Private collections ---------------------------------------------------------------


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Nur Mitglieder")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def test_document_in_private_collection_needs_login(client, private_collection):
    document = _document("intern.pdf", PDF, private_collection)
    response = client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/anmelden/?next=")
    assert b"%PDF" not in response.content


def test_member_gets_document_of_private_collection(client, member, private_collection):
    document = _document("intern.pdf", PDF, private_collection)
    client.force_login(member)
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_document_in_public_collection_is_public(client, db):
    document = _document("oeffentlich.pdf", PDF)
    assert client.get(document.url).status_code == 200
