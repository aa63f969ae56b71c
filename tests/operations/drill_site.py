"""The site side of the restore drill (tests/operations/test_backup_restore.py), run as
its own process with the database and media folder of the drill:

- `build`: a lab page with a hero image and a document, then a snapshot;
- `backup`: `manage.py dbbackup` and `manage.py mediabackup`, as in operations;
- `restore`: `manage.py dbrestore --noinput` and `manage.py mediarestore --noinput`;
- `snapshot`: what a visitor sees: every live page's status and <title>, the lab's
  rendition and the document as served by the site.

Prints one JSON line (the snapshot, or the backup's sizes and times).
"""

import hashlib
import io
import json
import re
import sys
import time
from pathlib import Path

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from PIL import Image as PILImage  # noqa: E402
from wagtail.documents import get_document_model  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402
from wagtail.models import Page  # noqa: E402

from home import demo  # noqa: E402
from labs.models import LabPage, Theme  # noqa: E402

Document = get_document_model()
Image = get_image_model()
LAB = "Marktplatz im Wandel"
PDF = b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def build():
    indexes = demo.ensure_indexes(demo.get_home())
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 800), (0, 67, 122)).save(buffer, "PNG")
    image = Image.objects.create(
        title="Marktplatz", file=ContentFile(buffer.getvalue(), name="markt.png")
    )
    Document.objects.create(
        title="Protokoll", file=ContentFile(PDF, name="protokoll.pdf")
    )
    demo.build_lab(
        indexes[0],
        title=LAB,
        city=demo.ensure_city("Neckarweiler", population=48_000),
        primary_theme=Theme.objects.order_by("sort_order").first(),
        hero_image=image,
        hero_image_alt="Der Marktplatz am Morgen",
    )


def _sha(data):
    return hashlib.sha256(data).hexdigest()


def snapshot():
    client = Client()
    pages = {}
    for page in Page.objects.live().filter(depth__gt=1).order_by("path"):
        response = client.get(page.url)
        found = re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)
        pages[page.url] = [response.status_code, found and found.group(1).strip()]
    lab = LabPage.objects.get(title=LAB)
    rendition = lab.hero_image.get_rendition("width-960")
    shown = rendition.url in client.get(lab.url).content.decode()
    image = client.get(rendition.url)
    document = client.get(Document.objects.get(title="Protokoll").url)
    return {
        "pages": pages,
        "rendition_shown": shown,
        "image": [image.status_code, _sha(b"".join(image.streaming_content))],
        "document": [document.status_code, _sha(b"".join(document.streaming_content))],
    }


def backup():
    took = {}
    for command in ("dbbackup", "mediabackup"):
        start = time.perf_counter()
        call_command(command, verbosity=0)
        took[command] = round(time.perf_counter() - start, 2)
    location = Path(str(settings.STORAGES["dbbackup"]["OPTIONS"]["location"]))
    sizes = {path.name: path.stat().st_size for path in location.iterdir()}
    return {"seconds": took, "bytes": sizes}


def restore():
    call_command("dbrestore", interactive=False, verbosity=0)
    call_command("mediarestore", interactive=False, verbosity=0)
    return {}


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "build":
        build()
        result = snapshot()
    else:
        result = {"backup": backup, "restore": restore, "snapshot": snapshot}[mode]()
    sys.stdout.write(json.dumps(result) + "\n")
