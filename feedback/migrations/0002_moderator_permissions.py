"""Give the moderator group every permission on reader feedback (the group may not exist yet: get_or_create)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def grant_moderator_permissions(apps, schema_editor):
    app_config = apps.get_app_config("feedback")
    # Permissions are normally created after all migrations have run; create them now so they can be granted.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0, using=schema_editor.connection.alias)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.using(schema_editor.connection.alias).get_or_create(name="moderator")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="feedback"))


def revoke_moderator_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="moderator"):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="feedback"))


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_moderator_permissions, revoke_moderator_permissions)]
