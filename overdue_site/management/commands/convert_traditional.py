from django.apps import apps
from django.core.management.base import BaseCommand

from overdue_site.traditional import TraditionalConversionMixin, fill_traditional


class Command(BaseCommand):
    help = (
        "Fill empty Traditional Chinese fields of all content from the Simplified text (OpenCC). With --redo, also "
        "reconvert records whose Traditional text is machine-made and not yet reviewed. Reviewed text is never touched."
    )

    def add_arguments(self, parser):
        parser.add_argument("--redo", action="store_true", help="reconvert unreviewed machine-converted records")

    def handle(self, *args, redo, **options):
        total = 0
        for model in apps.get_models():
            if not issubclass(model, TraditionalConversionMixin):
                continue
            changed = 0
            for obj in model.objects.all().iterator():
                overwrite = redo and obj.traditional_machine_converted
                if fill_traditional(obj, overwrite=overwrite):
                    obj.traditional_machine_converted = True
                    obj.save()
                    changed += 1
            total += changed
            self.stdout.write(f"{model._meta.label}: {changed} converted")
        self.stdout.write(self.style.SUCCESS(f"{total} records converted to Traditional Chinese."))
