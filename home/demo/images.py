"""Abstract "aerial views" for the demo labs, drawn locally with Pillow.

No downloads and no photos of real places: each picture is a simple, reproducible
graphic (fields, streets, buildings, water) generated from a fixed seed, stored as a
Wagtail image in the collection "Beispielbilder".
"""

from __future__ import annotations

import random
from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

from .builders import make_slug

COLLECTION_NAME = "Beispielbilder"
TITLE_PREFIX = "Beispielbild: "
SIZE = (1200, 800)

GREEN = (196, 218, 170)
MEADOW = (214, 226, 180)
FIELD = (232, 222, 176)
FOREST = (126, 160, 110)
ROAD = (250, 250, 246)
ROAD_EDGE = (186, 186, 178)
WATER = (142, 190, 222)
ROOFS = [
    (200, 106, 86),
    (178, 92, 78),
    (214, 140, 110),
    (160, 160, 170),
    (190, 190, 198),
]
FLAT_ROOFS = [(170, 172, 180), (196, 198, 204), (150, 154, 164)]
SITE = (206, 178, 140)
SQUARE = (236, 226, 206)
RAIL = (120, 110, 100)


def _rng(seed: str) -> random.Random:
    # Reproducible decoration, not security: the same seed draws the same picture.
    return random.Random(seed)  # noqa: S311


def _road(draw, points, width=22):
    draw.line(points, fill=ROAD_EDGE, width=width + 6, joint="curve")
    draw.line(points, fill=ROAD, width=width, joint="curve")


def _block(draw, rng, box, colours):
    draw.rectangle(box, fill=rng.choice(colours), outline=(110, 100, 96), width=2)


def _trees(draw, rng, area, count):
    x0, y0, x1, y1 = area
    for _ in range(count):
        x, y, r = rng.randint(x0, x1), rng.randint(y0, y1), rng.randint(8, 16)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=FOREST)


def draw_estate_rows(seed: str, with_creek: bool = True) -> PILImage.Image:
    """1970s estate: long parallel rows (Zeilenbau) between lawns, a creek."""
    rng = _rng(seed)
    img = PILImage.new("RGB", SIZE, GREEN)
    draw = ImageDraw.Draw(img)
    if with_creek:
        points = [(0, 690), (260, 640), (520, 700), (800, 650), (1200, 700)]
        draw.line(points, fill=WATER, width=34, joint="curve")
    _road(draw, [(0, 110), (1200, 130)], 30)
    _road(draw, [(600, 0), (610, 800)], 26)
    for column, x0 in enumerate((60, 660)):
        for row in range(6):
            y = 180 + row * 78
            length = rng.randint(380, 470)
            offset = rng.randint(0, 40)
            _block(
                draw, rng, (x0 + offset, y, x0 + offset + length, y + 34), FLAT_ROOFS
            )
        _trees(draw, rng, (x0, 170, x0 + 480, 620), 18 + column * 4)
    return img


def draw_village_centre(seed: str) -> PILImage.Image:
    """Historic centre: small irregular houses around a square, a railway line."""
    rng = _rng(seed)
    img = PILImage.new("RGB", SIZE, MEADOW)
    draw = ImageDraw.Draw(img)
    draw.line([(0, 660), (1200, 600)], fill=RAIL, width=10)
    draw.line([(0, 672), (1200, 612)], fill=RAIL, width=4)
    draw.rectangle((760, 560, 980, 610), fill=(210, 200, 190), outline=(110, 100, 96))
    _road(draw, [(0, 380), (420, 360), (780, 400), (1200, 380)], 24)
    _road(draw, [(560, 0), (540, 360)], 20)
    _road(draw, [(600, 400), (640, 800)], 20)
    draw.rectangle((470, 250, 700, 350), fill=SQUARE, outline=ROAD_EDGE, width=3)
    for _ in range(70):
        x, y = rng.randint(40, 1140), rng.randint(60, 560)
        if 450 < x < 720 and 230 < y < 420:
            continue
        w, h = rng.randint(34, 70), rng.randint(28, 56)
        _block(draw, rng, (x, y, x + w, y + h), ROOFS)
    _trees(draw, rng, (30, 700, 1170, 780), 30)
    return img


def draw_new_quarter(seed: str) -> PILImage.Image:
    """New quarter on a former brickworks: a grid of new buildings, building sites."""
    rng = _rng(seed)
    img = PILImage.new("RGB", SIZE, GREEN)
    draw = ImageDraw.Draw(img)
    for x in (300, 600, 900):
        _road(draw, [(x, 0), (x, 800)], 20)
    for y in (260, 530):
        _road(draw, [(0, y), (1200, y)], 20)
    for cx in range(4):
        for cy in range(3):
            x0, y0 = cx * 300 + 30, cy * 270 + 30
            if (cx, cy) == (2, 2):
                draw.ellipse((x0, y0, x0 + 240, y0 + 200), fill=FOREST)
                continue
            if rng.random() < 0.3:
                draw.rectangle((x0, y0, x0 + 240, y0 + 200), fill=SITE)
                continue
            for i in range(2):
                for j in range(2):
                    bx, by = x0 + 20 + i * 120, y0 + 20 + j * 95
                    _block(draw, rng, (bx, by, bx + 90, by + 62), FLAT_ROOFS)
    return img


def draw_high_rise_estate(seed: str) -> PILImage.Image:
    """1960s estate: point blocks and slabs along curved streets, a meeting place."""
    rng = _rng(seed)
    img = PILImage.new("RGB", SIZE, GREEN)
    draw = ImageDraw.Draw(img)
    _road(draw, [(0, 220), (300, 180), (700, 260), (1200, 200)], 24)
    _road(draw, [(0, 560), (400, 620), (800, 540), (1200, 600)], 24)
    _road(draw, [(520, 220), (560, 580)], 18)
    for _ in range(9):
        x, y = rng.randint(40, 1100), rng.randint(280, 480)
        _block(draw, rng, (x, y, x + 70, y + 70), FLAT_ROOFS)
    for x in (80, 700):
        for i in range(3):
            y = 30 + i * 45
            _block(draw, rng, (x, y, x + 360, y + 28), FLAT_ROOFS)
    draw.rectangle((560, 640, 720, 740), fill=(226, 170, 90), outline=(110, 100, 96))
    _trees(draw, rng, (40, 280, 1160, 500), 26)
    return img


def draw_village(seed: str) -> PILImage.Image:
    """Rural Teilort: houses along a winding road between fields and forest."""
    rng = _rng(seed)
    img = PILImage.new("RGB", SIZE, FIELD)
    draw = ImageDraw.Draw(img)
    for _ in range(14):
        x, y = rng.randint(0, 1100), rng.randint(0, 700)
        draw.rectangle(
            (x, y, x + rng.randint(120, 260), y + rng.randint(80, 180)),
            fill=rng.choice([MEADOW, GREEN, FIELD, (220, 208, 150)]),
        )
    draw.polygon([(0, 0), (380, 0), (260, 180), (0, 240)], fill=FOREST)
    points = [(0, 520), (220, 470), (420, 430), (640, 460), (860, 380), (1200, 340)]
    _road(draw, points, 20)
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        for t in range(4):
            x = x0 + (x1 - x0) * t // 4 + rng.randint(-10, 10)
            y = y0 + (y1 - y0) * t // 4
            side = rng.choice((-1, 1))
            top = y + side * rng.randint(30, 60) - 22
            _block(draw, rng, (x, top, x + 48, top + 40), ROOFS)
    return img


def draw_route_sketch(seed: str) -> PILImage.Image:
    """A walking route with numbered stops (as dots) across a small centre."""
    rng = _rng(seed)
    img = draw_village_centre(seed)
    draw = ImageDraw.Draw(img)
    route = [(120, 420), (330, 370), (500, 300), (640, 320), (660, 520), (860, 580)]
    draw.line(route, fill=(30, 80, 160), width=10, joint="curve")
    for x, y in route:
        draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=(30, 80, 160))
        draw.ellipse((x - 8, y - 8, x + 8, y + 8), fill=(255, 255, 255))
    for x, y in rng.sample(route, 3):
        draw.rectangle((x + 22, y - 12, x + 46, y + 12), fill=(200, 40, 40))
    return img


DRAWINGS = {
    "estate_rows": draw_estate_rows,
    "village_centre": draw_village_centre,
    "new_quarter": draw_new_quarter,
    "high_rise_estate": draw_high_rise_estate,
    "village": draw_village,
    "route_sketch": draw_route_sketch,
}


def get_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    if existing:
        return existing
    return root.add_child(instance=Collection(name=COLLECTION_NAME))


def demo_images():
    """Queryset of the generated demo images (for --reset and counts)."""
    return get_image_model().objects.filter(
        collection__name=COLLECTION_NAME, title__startswith=TITLE_PREFIX
    )


def ensure_image(title: str, drawing: str, description: str):
    """The Wagtail image titled `TITLE_PREFIX + title`, drawn and stored if missing.
    Existing images are reused as they are (their files never change)."""
    image_model = get_image_model()
    collection = get_collection()
    full_title = TITLE_PREFIX + title
    image = image_model.objects.filter(collection=collection, title=full_title).first()
    if image is not None:
        if image.description != description:
            image.description = description
            image.save(update_fields=["description"])
        return image
    picture = DRAWINGS[drawing](seed=title)
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    image = image_model(
        title=full_title, collection=collection, description=description
    )
    image.file.save(
        f"{make_slug(title, 60)}.jpg", ContentFile(buffer.getvalue()), save=False
    )
    image.width, image.height = picture.size
    image._set_image_file_metadata()
    image.save()
    return image
