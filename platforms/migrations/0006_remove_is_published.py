from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("platforms", "0005_status_from_is_published")]

    operations = [migrations.RemoveField(model_name="platform", name="is_published")]
