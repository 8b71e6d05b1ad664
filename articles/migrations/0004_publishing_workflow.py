import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_related_pins"),
        ("platforms", "0004_publishing_workflow"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="article",
            options={
                "ordering": ["-published_at", "-pk"],
                "permissions": [("publish_article", "Can publish, schedule and unpublish articles")],
                "verbose_name": "article",
                "verbose_name_plural": "articles",
            },
        ),
        migrations.AddField(
            model_name="article",
            name="status",
            field=models.CharField(
                choices=[("draft", "Draft"), ("review", "In review"), ("published", "Published")],
                default="draft",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="unpublish_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Optional: readers no longer see the page from this time on.",
                null=True,
                verbose_name="unpublish at",
            ),
        ),
        migrations.AddField(
            model_name="article",
            name="last_reviewed_by",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="last reviewed by",
            ),
        ),
        migrations.AlterField(
            model_name="article",
            name="published_at",
            field=models.DateTimeField(
                blank=True,
                default=django.utils.timezone.now,
                help_text="Readers see the page from this time on; a time in the future schedules it. Empty means now.",
                verbose_name="publish date",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["status", "published_at"], name="article_status_published_idx"),
        ),
    ]
