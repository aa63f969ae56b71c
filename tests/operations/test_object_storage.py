"""Media on an S3-compatible bucket (moto's server on 127.0.0.1): an editor uploads an
image and a document in the Wagtail admin, a lab page shows a rendition served from
the bucket, documents are downloaded through Django, and a document of a restricted
collection is refused to a visitor. Each test switches the storage for itself."""

import io
import os
import re
import subprocess
import sys
import uuid
from html import unescape
from pathlib import Path
from urllib.error import HTTPError
from urllib.request import urlopen

import boto3
import pytest
from django.urls import reverse
from moto.server import ThreadedMotoServer
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from home import demo
from stadtlabore.media_storage import media_origins, s3_storage

Document = get_document_model()
Image = get_image_model()

REGION = "eu-central-1"
KEYS = {"access_key": "test-key", "secret_key": "test-secret"}
ROOT = Path(__file__).resolve().parents[2]
PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _png(size=(64, 48)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (0, 67, 122)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def s3_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings):
    """A fresh private bucket, the site's default storage for this test only."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"stadtlabore-{worker}-{uuid.uuid4().hex[:8]}"
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name=REGION,
        aws_access_key_id=KEYS["access_key"],
        aws_secret_access_key=KEYS["secret_key"],
    )
    client.create_bucket(
        Bucket=name, CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    settings.STORAGES = {
        **settings.STORAGES,
        "default": s3_storage(name, endpoint_url=s3_endpoint, region=REGION, **KEYS),
    }
    yield client, name
    for item in client.list_objects_v2(Bucket=name).get("Contents", []):
        client.delete_object(Bucket=name, Key=item["Key"])
    client.delete_bucket(Bucket=name)


def _keys(bucket):
    client, name = bucket
    return {item["Key"] for item in client.list_objects_v2(Bucket=name)["Contents"]}


def _fetch(url):
    with urlopen(url, timeout=10) as response:  # noqa: S310 (our local S3 server)
        return response.status, response.read()


@pytest.fixture
def editor_client(client, superuser):
    client.force_login(superuser)
    return client


def _upload_image(client, title="Marktplatz"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": title,
            "file": SimpleUploadedFile("marktplatz.png", _png(), "image/png"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 302, response.content[:2000]
    return Image.objects.get(title=title)


def _upload_document(client, collection, title="Protokoll"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = client.post(
        reverse("wagtaildocs:add"),
        {
            "title": title,
            "file": SimpleUploadedFile("protokoll.pdf", PDF, "application/pdf"),
            "collection": collection.pk,
        },
    )
    assert response.status_code == 302, response.content[:2000]
    return Document.objects.get(title=title)


def test_uploaded_image_and_rendition_come_from_the_bucket(
    bucket, editor_client, lab_index, city, themes
):
    image = _upload_image(editor_client)
    assert image.file.name in _keys(bucket)
    lab = demo.build_lab(
        lab_index,
        title="Marktplatz im Wandel",
        city=city,
        primary_theme=themes[0],
        hero_image=image,
        hero_image_alt="Der Marktplatz am Morgen",
    )

    visitor = editor_client.__class__()
    response = visitor.get(lab.url)
    assert response.status_code == 200
    rendition = image.get_rendition("width-960")
    assert rendition.file.name in _keys(bucket)
    # The page's <img> points at the rendition in the bucket (a signed URL).
    sources = re.findall(r'<img[^>]* src="([^"]+)"', response.content.decode())
    src = unescape(next(s for s in sources if rendition.file.name in s))
    assert src.startswith(f"{bucket[0].meta.endpoint_url}/{bucket[1]}/")
    assert "X-Amz-Signature=" in src
    status, data = _fetch(src)
    assert status == 200
    assert PILImage.open(io.BytesIO(data)).format == "PNG"


def test_objects_are_private(bucket, editor_client):
    document = _upload_document(editor_client, Collection.get_first_root_node())
    client, name = bucket
    grants = client.get_object_acl(Bucket=name, Key=document.file.name)["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]
    assert "URI" not in grants[0]["Grantee"]  # no AllUsers / AuthenticatedUsers
    unsigned = f"{client.meta.endpoint_url}/{name}/{document.file.name}"
    with pytest.raises(HTTPError) as refused:
        _fetch(unsigned)
    assert refused.value.code == 403


def test_document_is_streamed_through_django(bucket, editor_client):
    document = _upload_document(editor_client, Collection.get_first_root_node())
    assert document.file.name in _keys(bucket)
    response = editor_client.__class__().get(document.url)
    assert response.status_code == 200  # no redirect to the bucket
    assert b"".join(response.streaming_content) == PDF


def test_restricted_document_is_refused_to_visitors(bucket, editor_client, member):
    private = Collection.get_first_root_node().add_child(name="Nur Mitglieder")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = _upload_document(editor_client, private, title="Internes Protokoll")
    assert document.file.name in _keys(bucket)

    visitor = editor_client.__class__()
    response = visitor.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/konto/anmelden/?next=")
    assert "amazonaws" not in response["Location"]
    assert b"%PDF" not in response.content

    visitor.force_login(member)
    response = visitor.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_media_backup_of_the_bucket_restores_into_it(bucket, editor_client, tmp_path):
    """`mediabackup`/`mediarestore` (docs/operations.md) read and write the bucket
    that the S3_* variables name. They run as the operator runs them, in a process of
    their own (django-dbbackup's commands close the database connection)."""
    _upload_image(editor_client)
    document = _upload_document(editor_client, Collection.get_first_root_node())
    stored = _keys(bucket)
    client, name = bucket
    env = {
        **{key: value for key, value in os.environ.items() if key != "REDIS_URL"},
        "DJANGO_SETTINGS_MODULE": "stadtlabore.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        "S3_BUCKET": name,
        "S3_ENDPOINT_URL": client.meta.endpoint_url,
        "S3_REGION": REGION,
        "S3_ACCESS_KEY_ID": KEYS["access_key"],
        "S3_SECRET_ACCESS_KEY": KEYS["secret_key"],
        "BACKUP_DIR": str(tmp_path),
    }

    def manage(*args):
        result = subprocess.run(  # noqa: S603
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]

    manage("mediabackup", "--verbosity=0")
    for key in stored:
        client.delete_object(Bucket=name, Key=key)
    assert "Contents" not in client.list_objects_v2(Bucket=name)

    manage("mediarestore", "--noinput", "--verbosity=0")
    assert _keys(bucket) == stored
    response = editor_client.__class__().get(document.url)
    assert b"".join(response.streaming_content) == PDF


def test_pages_may_load_images_from_the_bucket():
    """The Content-Security-Policy names where images come from."""
    assert (
        media_origins({"BACKEND": "django.core.files.storage.FileSystemStorage"}) == []
    )
    assert media_origins(s3_storage("b", endpoint_url="https://s3.example.org/x")) == [
        "https://s3.example.org"
    ]
    assert media_origins(s3_storage("b", custom_domain="bilder.example.org")) == [
        "https://bilder.example.org"
    ]
    assert media_origins(s3_storage("b", region="eu-central-1")) == [
        "https://b.s3.eu-central-1.amazonaws.com",
        "https://s3.eu-central-1.amazonaws.com",
    ]
