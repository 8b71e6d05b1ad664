"""Creates the staff roles: editor, publisher and moderator (groups), with their permissions.

Permissions are normally created after migrations have run; create_permissions() makes them now, so the groups get
them on a fresh database too. Existing groups keep any extra permissions an administrator gave them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

VIEW_ADD_CHANGE = ("view", "add", "change")

EDITOR = {
    "platforms": {"platform": VIEW_ADD_CHANGE, "stage": (*VIEW_ADD_CHANGE, "delete"), "source": (*VIEW_ADD_CHANGE, "delete")},
    "articles": {
        "article": VIEW_ADD_CHANGE,
        "question": (*VIEW_ADD_CHANGE, "delete"),
        "category": VIEW_ADD_CHANGE,
        "sitetext": ("view",),
    },
}
PUBLISHER = {
    "platforms": {
        "platform": (*VIEW_ADD_CHANGE, "delete", "publish"),
        "stage": (*VIEW_ADD_CHANGE, "delete"),
        "source": (*VIEW_ADD_CHANGE, "delete"),
    },
    "articles": {
        "article": (*VIEW_ADD_CHANGE, "delete", "publish"),
        "question": (*VIEW_ADD_CHANGE, "delete"),
        "category": (*VIEW_ADD_CHANGE, "delete"),
        "sitetext": VIEW_ADD_CHANGE,
    },
}
# Moderators handle reader submissions (the feedback app adds those permissions); they may look at the content.
MODERATOR = {"platforms": {"platform": ("view",)}, "articles": {"article": ("view",)}}

ROLES = {"editor": EDITOR, "publisher": PUBLISHER, "moderator": MODERATOR}


def create_roles(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, grants in ROLES.items():
        group, _created = Group.objects.get_or_create(name=name)
        for app_label, models in grants.items():
            for model, actions in models.items():
                codenames = [f"{action}_{model}" for action in actions]
                permissions = Permission.objects.filter(
                    content_type__app_label=app_label, content_type__model=model, codename__in=codenames
                )
                found = {permission.codename for permission in permissions}
                missing = set(codenames) - found
                if missing:
                    raise RuntimeError(f"Permissions not found for role {name}: {sorted(missing)}")
                group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("platforms", "0006_remove_is_published"),
        ("articles", "0006_remove_is_published"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
