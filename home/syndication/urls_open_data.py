"""Open data under /offene-daten/ (URL namespace `open_data`)."""

from django.urls import path, re_path

from . import open_data

app_name = "open_data"

DATASET = r"(?P<dataset>erkenntnisse|experimente)"

urlpatterns = [
    path("", open_data.index, name="index"),
    re_path(rf"^{DATASET}\.csv$", open_data.export_csv, name="csv"),
    re_path(rf"^{DATASET}\.json$", open_data.export_json, name="json"),
]
