"""The group "Redaktion" with its permissions and the workflow "Redaktionsfreigabe".

Wagtail's migrations create two generic groups ("Editors", "Moderators", both with
page permissions on the whole tree) and a workflow "Moderators approval" on the root
page. This site has its own roles (Redaktion, one group per pilot city), so the
generic groups are removed while nobody belongs to them, and the root page gets the
workflow Redaktionsfreigabe instead of "Moderators approval".
"""

from django.db import migrations

from home.roles import setup_roles

WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def retire_wagtail_defaults(apps):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")

    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW):
        if WorkflowState.objects.filter(workflow=workflow).exists():
            continue
        WorkflowPage.objects.filter(workflow=workflow, page__depth=1).delete()
        if not WorkflowPage.objects.filter(workflow=workflow).exists():
            workflow.active = False
            workflow.save(update_fields=["active"])
            for workflow_task in workflow.workflow_tasks.all():
                task = workflow_task.task
                if not task.workflow_tasks.exclude(workflow=workflow).exists():
                    task.active = False
                    task.save(update_fields=["active"])
    for group in Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS):
        if not group.user_set.exists():
            group.delete()


def create_roles(apps, schema_editor):
    retire_wagtail_defaults(apps)
    setup_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_access_request"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        # After Wagtail's own data migrations for image and document permissions.
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("django_comments_xtd", "0008_auto_20200920_2037"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
