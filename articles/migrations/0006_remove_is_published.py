from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_status_from_is_published")]

    operations = [
        migrations.RemoveIndex(model_name="article", name="article_published_idx"),
        migrations.RemoveField(model_name="article", name="is_published"),
    ]
