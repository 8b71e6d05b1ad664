"""Fills the reference tables (run with DJANGO_SETTINGS_MODULE=reference.settings); prints the item paths."""

import datetime

import django

django.setup()

from django.utils import timezone  # noqa: E402

from reference.models import Item, Note, Section  # noqa: E402

SECTIONS, ITEMS_PER_SECTION, NOTES_PER_ITEM = 10, 100, 5

Note.objects.all().delete()
Item.objects.all().delete()
Section.objects.all().delete()
sections = Section.objects.bulk_create(
    Section(name=f"Section {number}", slug=f"section-{number}") for number in range(SECTIONS)
)
now = timezone.now()
items = Item.objects.bulk_create(
    Item(
        section=section,
        title=f"Item {number} of {section.name}",
        summary="A sentence of plain text about this item, long enough to look like a summary. " * 3,
        published_at=now - datetime.timedelta(hours=number),
    )
    for section in sections
    for number in range(ITEMS_PER_SECTION)
)
Note.objects.bulk_create(
    Note(item=item, text=f"Note {number}: a paragraph of plain text that belongs to this item. " * 4)
    for item in items
    for number in range(NOTES_PER_ITEM)
)
print(" ".join(f"/items/{item.pk}/" for item in items))
