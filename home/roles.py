"""Provisioning of the roles and the editorial workflow: creates the groups and gives
them their permissions. The group names and the questions "who is Redaktion / pilot
editor of" live in `labs.roles`.

* Group "Redaktion" (association editors): everything – pages anywhere (add, edit,
  publish, delete subtrees, lock, unlock), all images and documents, the snippets,
  access requests, pilot-city provisioning, site settings, redirects and comment
  moderation.
* Group "Pilotstadt <City>" per pilot city (see `home.pilot_cities`): add and edit in
  their own lab's subtree (publish only if the city publishes directly), images and
  documents in their own collection.
* Workflow "Redaktionsfreigabe": one GroupApprovalTask for Redaktion. Pages that a
  pilot-city editor submits go to Redaktion; editors with publish permission (Redaktion,
  trusted pilot cities) may still publish directly.

`setup_roles(apps)` and `ensure_editorial_workflow(apps)` take an app registry so that
migration home/0004 and the running site (demo content, `create_pilot_city`, tests)
use the same code. They may only use `apps.get_model` and fields that exist in that
migration's state (auth, contenttypes, wagtailcore).
"""

from __future__ import annotations

from labs.roles import REDAKTION

WORKFLOW_NAME = "Redaktionsfreigabe"

# Page permissions of Redaktion on the root page (and so on every page).
REDAKTION_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
# Image and document permissions of Redaktion on the root collection.
REDAKTION_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "change", "choose", "delete"]),
    ("wagtaildocs", "document", ["add", "change", "choose", "delete"]),
]
# Model permissions: (app_label, model, codenames). A codename without "_" gets the
# model name appended ("change" -> "change_city").
REDAKTION_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", ["access_admin"]),
    ("labs", "city", ["add", "change", "delete", "view"]),
    ("labs", "theme", ["add", "change", "delete", "view"]),
    ("labs", "targetgroup", ["add", "change", "delete", "view"]),
    ("labs", "membership", ["add", "change", "delete", "view"]),
    ("home", "accessrequest", ["view", "change", "delete", "provision_pilot_city"]),
    ("home", "sitesettings", ["change"]),
    # Offers of the KompetenzBereich: requests for advice and the partner list.
    ("home", "consultationrequest", ["view", "change", "delete"]),
    ("home", "partner", ["add", "change", "delete", "view"]),
    ("wagtailredirects", "redirect", ["add", "change", "delete"]),
    # Comment moderation (django-comments-xtd, moderated in the Wagtail admin).
    ("django_comments", "comment", ["can_moderate", "view", "change", "delete"]),
    ("django_comments_xtd", "xtdcomment", ["view", "change", "delete"]),
    ("django_comments", "commentflag", ["view", "change", "delete"]),
]

PILOT_PAGE_PERMISSIONS = ["add_page", "change_page"]
PILOT_PUBLISH_PERMISSION = "publish_page"
PILOT_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", ["add", "change", "choose"]),
    ("wagtaildocs", "document", ["add", "change", "choose"]),
]


def codename_for(action: str, model: str) -> str:
    return action if "_" in action else f"{action}_{model}"


def get_permission(apps, app_label: str, model: str, codename: str):
    """The auth Permission, created if missing: in a fresh database Django creates
    permissions only after all migrations (post_migrate), and this code runs in one."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _created = ContentType.objects.get_or_create(
        app_label=app_label, model=model
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename=codename,
        defaults={"name": codename.replace("_", " ").capitalize()},
    )
    return permission


def page_permission(apps, codename: str):
    return get_permission(apps, "wagtailcore", "page", codename)


def root_collection(apps):
    Collection = apps.get_model("wagtailcore", "Collection")
    return Collection.objects.get(depth=1)


def setup_roles(apps):
    """Create or complete the group Redaktion and the workflow. Idempotent; adds what
    is missing and removes nothing."""
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    Page = apps.get_model("wagtailcore", "Page")

    group, _created = Group.objects.get_or_create(name=REDAKTION)
    for app_label, model, actions in REDAKTION_MODEL_PERMISSIONS:
        for action in actions:
            group.permissions.add(
                get_permission(apps, app_label, model, codename_for(action, model))
            )
    root = Page.objects.get(depth=1)
    for codename in REDAKTION_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=page_permission(apps, codename)
        )
    collection = root_collection(apps)
    for app_label, model, actions in REDAKTION_COLLECTION_PERMISSIONS:
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=collection,
                permission=get_permission(
                    apps, app_label, model, codename_for(action, model)
                ),
            )
    ensure_editorial_workflow(apps)
    return group


def ensure_editorial_workflow(apps):
    """The workflow "Redaktionsfreigabe" (one approval task for Redaktion), assigned
    to the lab index (if it exists) and to the root page where the root still has no
    workflow. Returns the workflow."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Page = apps.get_model("wagtailcore", "Page")

    group, _created = Group.objects.get_or_create(name=REDAKTION)
    task = GroupApprovalTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task_type, _created = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(
            name=WORKFLOW_NAME, content_type=task_type, active=True
        )
    if not task.groups.filter(pk=group.pk).exists():
        task.groups.add(group)

    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    root = Page.objects.get(depth=1)
    if not WorkflowPage.objects.filter(page=root).exists():
        WorkflowPage.objects.create(page=root, workflow=workflow)
    lab_index_type = ContentType.objects.filter(
        app_label="labs", model="labindexpage"
    ).first()
    if lab_index_type is not None:
        for page in Page.objects.filter(content_type=lab_index_type):
            if not WorkflowPage.objects.filter(page=page).exists():
                WorkflowPage.objects.create(page=page, workflow=workflow)
    return workflow
