"""Wagtail's own first data, named in Arabic: its groups «Editors» / «Moderators», its «Moderators approval»
workflow and task, and its «Welcome to your new Wagtail site!» page are the only English a fresh network's
administrator meets. Renamed only where they still carry Wagtail's names (an operator's names are kept)."""

from django.db import migrations

GROUPS = {"Editors": "محررو الشبكة", "Moderators": "مشرفو الشبكة"}
APPROVAL = ("Moderators approval", "موافقة مشرفي الشبكة")
WELCOME = ("Welcome to your new Wagtail site!", "صفحة البداية")


def rename(apps, mapping):
    Group = apps.get_model("auth", "Group")
    for old, new in mapping["groups"].items():
        if not Group.objects.filter(name=new).exists():
            Group.objects.filter(name=old).update(name=new)
    old, new = mapping["approval"]
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=old).update(name=new)
    apps.get_model("wagtailcore", "Task").objects.filter(name=old).update(name=new)
    old, new = mapping["welcome"]
    apps.get_model("wagtailcore", "Page").objects.filter(depth=2, title=old).update(title=new, draft_title=new)


def forwards(apps, schema_editor):
    rename(apps, {"groups": GROUPS, "approval": APPROVAL, "welcome": WELCOME})


def backwards(apps, schema_editor):
    rename(apps, {"groups": {v: k for k, v in GROUPS.items()}, "approval": APPROVAL[::-1], "welcome": WELCOME[::-1]})


class Migration(migrations.Migration):
    dependencies = [("wagtailcore", "0048_add_default_workflows")]
    operations = [migrations.RunPython(forwards, backwards)]
