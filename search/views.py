from django.shortcuts import render

from articles.models import Article
from platforms.forms import LookupForm

from . import engine

POPULAR_FAQ_LIMIT = 5


def popular_faqs(limit: int = POPULAR_FAQ_LIMIT) -> list[Article]:
    """The most-viewed published FAQ articles in the reader's language, suggested when nothing is found."""
    return list(
        Article.objects.published()
        .in_language()
        .for_listing()
        .filter(kind=Article.Kind.FAQ)
        .order_by("-view_count", "-published_at", "-pk")[:limit]
    )


def results(request):
    query = request.GET.get("q", "")[: engine.MAX_QUERY_DISPLAY].replace("\x00", "")
    page = engine.search(query, page=request.GET.get("page"))
    context = {"page": page, "search_query": query.strip()}
    if not page.results:
        context["lookup_form"] = LookupForm()
        context["popular_faqs"] = popular_faqs()
    return render(request, "search/results.html", context)
