from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render

from .models import Item, Note, Section

LIST_SIZE = 30


def healthz(request):
    """What the benchmark asks while it waits for the server to be idle."""
    return HttpResponse("ok", content_type="text/plain")


def item_page(request, pk):
    """Five queries: the item with its section, its notes, the section's newest items, a count, every section."""
    item = get_object_or_404(Item.objects.select_related("section"), pk=pk)
    context = {
        "item": item,
        "notes": list(Note.objects.filter(item=item).order_by("pk")),
        "newest": list(item.section.items.order_by("-published_at")[:LIST_SIZE]),
        "section_size": item.section.items.count(),
        "sections": list(Section.objects.order_by("name")),
    }
    return render(request, "reference/item.html", context)
