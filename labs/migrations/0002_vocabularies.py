"""The seven kommunale Handlungsfelder of Quartier 2030 (verbatim) and the
Zielgruppen of the platform taxonomy: a fixed vocabulary every site needs."""

from django.db import migrations

THEMES = [
    ("beteiligung-engagement-teilhabe", "Beteiligung, Engagement & Teilhabe"),
    ("pflege-gesundheit", "Pflege & Gesundheit"),
    ("wohnen-mobilitaet-klima", "Wohnen, Mobilität & Klima"),
    ("familie-generationen-lebensgemeinschaften",
     "Familie, Generationen & Lebensgemeinschaften"),
    ("wirtschaft-nahversorgung", "Wirtschaft & Nahversorgung"),
    ("inklusion-integration-vielfalt", "Inklusion, Integration & Vielfalt"),
    ("digitalisierung", "Digitalisierung"),
]

TARGET_GROUPS = [
    "Ältere Menschen / Hochaltrige",
    "Pflegende Angehörige",
    "Menschen mit Behinderungen",
    "Kinder & Jugendliche",
    "Familien / Alleinerziehende",
    "Menschen mit Migrationsgeschichte / Geflüchtete",
    "Menschen in Armutslagen",
    "Neuzugezogene",
    "„Stille Gruppen“ / schwer Erreichbare",
    "Alle Bewohner*innen",
    "Verwaltung intern",
    "Zivilgesellschaftliche Akteur*innen",
]


def seed(apps, schema_editor):
    Theme = apps.get_model("labs", "Theme")
    TargetGroup = apps.get_model("labs", "TargetGroup")
    for order, (slug, name) in enumerate(THEMES, start=1):
        Theme.objects.update_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
    for order, name in enumerate(TARGET_GROUPS, start=1):
        TargetGroup.objects.update_or_create(name=name, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("labs", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
