"""Records that were published (``is_published``) get the status "published"; the others stay drafts."""

from django.db import migrations


def status_from_flag(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Article.objects.filter(is_published=True).update(status="published")


def flag_from_status(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Article.objects.update(is_published=False)
    Article.objects.filter(status="published").update(is_published=True)


class Migration(migrations.Migration):
    dependencies = [("articles", "0004_publishing_workflow")]

    operations = [migrations.RunPython(status_from_flag, flag_from_status)]
