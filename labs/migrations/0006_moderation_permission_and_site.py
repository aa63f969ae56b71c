"""The Redaktion (association editors) may moderate comments: the group gets the
change permission of labs.Comment. Django's Site (used by the comments) takes the
host and name of Wagtail's default Site; a signal keeps them in step afterwards."""

from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_GROUP = "Redaktion"


def grant_moderation(apps, schema_editor):
    app_config = apps.get_app_config("labs")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITOR_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="labs",
            codename__in=["change_comment", "view_comment"],
        )
    )
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access_admin is not None:
        group.permissions.add(access_admin)


def revoke_moderation(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITOR_GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="labs",
                codename__in=["change_comment", "view_comment"],
            )
        )


def sync_site(apps, schema_editor):
    WagtailSite = apps.get_model("wagtailcore", "Site")
    DjangoSite = apps.get_model("sites", "Site")
    site = WagtailSite.objects.filter(is_default_site=True).first()
    if site is None:
        return
    domain = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": domain[:100], "name": (site.site_name or domain)[:50]},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("labs", "0005_comments_reports_adoptions"),
        ("home", "0002_create_homepage"),
        ("sites", "0002_alter_domain_unique"),
        # After Wagtail's own permission migrations, which walk all groups.
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [
        migrations.RunPython(grant_moderation, revoke_moderation),
        migrations.RunPython(sync_site, migrations.RunPython.noop),
    ]
