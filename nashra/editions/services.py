"""An edition's newsroom: its groups, collection and workflow (its Site and home page are made by
:func:`nashra.articles.edition_setup.ensure_edition`, the app that owns the home page type).

Each edition gets four groups scoped to its own page tree, so a reporter of
one edition can neither see nor edit another edition's drafts:

- reporters (مراسلون): add and edit drafts, submit for approval; cannot publish;
- editors (محررون): everything reporters do, plus publish and approve;
- moderators (مشرفو التعليقات): admin access for the comment queue;
- edition admins (مديرو الإصدار): every page permission on the edition,
  its images and its settings.

A two-step workflow («اعتماد التحرير») is attached to the edition home: a
reporter submits, an editor of the same edition approves and publishes.
"""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Site,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import Edition, EditionGroup, EditionImages

ROLE_LABELS = {
    "reporter": "مراسلون",
    "editor": "محررون",
    "moderator": "مشرفو التعليقات",
    "admin": "مديرو الإصدار",
}
ROLE_PAGE_PERMISSIONS = {
    "reporter": ["add_page", "change_page"],
    "editor": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    "moderator": [],
    "admin": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "delete_page"],
}
ROLE_IMAGE_PERMISSIONS = {
    "reporter": ["add_image", "choose_image"],
    "editor": ["add_image", "change_image", "choose_image"],
    "moderator": [],
    "admin": ["add_image", "change_image", "delete_image", "choose_image"],
}


# Daily services the desk publishes (horoscopes, caricatures): the views scope
# them to the user's edition by group membership.
DESK_MODEL_PERMISSIONS = {
    "horoscopes": ["add_dailyhoroscope", "change_dailyhoroscope", "delete_dailyhoroscope"],
    "caricatures": ["add_caricature", "change_caricature", "publish_caricature", "add_artist", "change_artist"],
}
ADMIN_MODEL_PERMISSIONS = {
    "prayer": ["change_editionprayersettings", "view_editionprayersettings"],
    "nashra_comments": [
        "add_commentsettings", "change_commentsettings", "add_articlecommentsettings", "change_articlecommentsettings",
    ],
}


def _model_permissions(spec: dict[str, list[str]]):
    query = Permission.objects.none()
    for app_label, codenames in spec.items():
        query = query | Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    return list(query)


def group_name(edition: Edition, role: str) -> str:
    return f"{edition.name} — {ROLE_LABELS[role]}"


def make_default_site(site: Site) -> None:
    """One default site only; drop Wagtail's stock «localhost» welcome site.

    The stock site would otherwise win host matching for ``localhost`` and show
    Wagtail's welcome page instead of the edition.
    """
    from django.contrib.contenttypes.models import ContentType

    stock = Site.objects.filter(
        edition__isnull=True, root_page__content_type=ContentType.objects.get_for_model(Page)
    ).exclude(pk=site.pk)
    stock.delete()
    Site.objects.exclude(pk=site.pk).filter(is_default_site=True).update(is_default_site=False)
    if not site.is_default_site:
        site.is_default_site = True
        site.save()


def ensure_groups_and_workflow(edition: Edition) -> dict[str, Group]:
    home = edition.site.root_page
    collection = _edition_collection(edition)
    admin_access = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
    for role in ROLE_LABELS:
        group = _role_group(edition, role)
        group.permissions.add(admin_access)
        for codename in ROLE_PAGE_PERMISSIONS[role]:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)
        for codename in ROLE_IMAGE_PERMISSIONS[role]:
            permission = Permission.objects.get(content_type__app_label="wagtailimages", codename=codename)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=permission
            )
        groups[role] = group
    edition_admin_perm = Permission.objects.filter(
        content_type__app_label="editions", codename__in=["change_edition", "view_edition"]
    )
    groups["admin"].permissions.add(*edition_admin_perm)
    for role in ("editor", "admin"):
        groups[role].permissions.add(*_model_permissions(DESK_MODEL_PERMISSIONS))
    groups["admin"].permissions.add(*_model_permissions(ADMIN_MODEL_PERMISSIONS))

    workflow_name, task_name = f"اعتماد التحرير — {edition.name}", f"موافقة المحررين — {edition.name}"
    current = WorkflowPage.objects.filter(page=home).select_related("workflow").first()
    workflow = current.workflow if current else Workflow.objects.get_or_create(name=workflow_name)[0]
    if workflow.name != workflow_name:  # the edition was renamed: the same workflow, its new name
        Workflow.objects.filter(pk=workflow.pk).update(name=workflow_name)
    step = WorkflowTask.objects.filter(workflow=workflow).select_related("task").order_by("sort_order").first()
    task = step.task.specific if step else GroupApprovalTask.objects.filter(name=task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=task_name)
    elif task.name != task_name:
        type(task).objects.filter(pk=task.pk).update(name=task_name)
    task.groups.set([groups["editor"], groups["admin"]])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    return groups


def _role_group(edition: Edition, role: str) -> Group:
    """The edition's group for ``role``, found by key and named after the edition as it is now."""
    name = group_name(edition, role)
    link = EditionGroup.objects.filter(edition=edition, role=role).select_related("group").first()
    if link is None:
        group, _created = Group.objects.get_or_create(name=name)
        EditionGroup.objects.create(edition=edition, role=role, group=group)
        return group
    if link.group.name != name and not Group.objects.filter(name=name).exists():
        link.group.name = name
        link.group.save(update_fields=["name"])
    return link.group


def _edition_collection(edition: Edition) -> Collection:
    link = EditionImages.objects.filter(edition=edition).select_related("collection").first()
    if link is not None:
        if link.collection.name != edition.name:
            link.collection.name = edition.name
            link.collection.save(update_fields=["name"])
        return link.collection
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=edition.name).first() or root.add_child(name=edition.name)
    EditionImages.objects.create(edition=edition, collection=collection)
    return collection


def editions_for(user, roles=None):
    """Editions in which ``user`` holds one of ``roles`` (any role when None); superusers: all."""
    if not user.is_authenticated or not user.is_active:
        return Edition.objects.none()
    if user.is_superuser:
        return Edition.objects.all()
    links = EditionGroup.objects.filter(group__in=user.groups.all())
    if roles is not None:
        links = links.filter(role__in=list(roles))
    return Edition.objects.filter(pk__in=links.values("edition_id"))


def member_editions(user):
    """Editions ``user`` works for (any newsroom role); superusers: all of them."""
    return editions_for(user)


def within_user_editions(pages, user):
    """``pages`` limited to the trees of ``user``'s editions (and the tree's root above them, so a
    chooser can still be walked down from the top)."""
    if user.is_superuser:
        return pages
    from django.db.models import Q

    homes = [e.site.root_page for e in member_editions(user).select_related("site__root_page")]
    scope = Q(depth=1)
    for home in homes:
        scope |= Q(path__startswith=home.path)
    return pages.filter(scope)
