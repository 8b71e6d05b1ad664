from django.conf import settings
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import get_language, gettext, override

from heat import counting
from overdue_site import page_blocks, page_cache, structured_data
from platforms.cache_tags import platform_tag
from platforms.forms import LookupForm
from platforms.views import platform_links

from . import related, selectors
from . import structured_data as article_data
from .cache_tags import article_tag, category_tag
from .models import Article

CATEGORY_PAGE_SIZE = 20
# Languages the Chinese original is offered in when a page has no translation into the reader's language.
ORIGINAL_LANGUAGES = ("zh-hans", "zh-hant")


def _index_crumbs(kind: str) -> list[tuple[str, str]]:
    """Home and the index page an article of this kind is listed on, as (name, path) pairs."""
    index = {
        Article.Kind.RIGHTS: (gettext("Your rights"), reverse("articles:rights_index")),
        Article.Kind.GUIDE: (gettext("Guides"), reverse("articles:guide_index")),
    }.get(kind, (gettext("FAQ"), reverse("articles:faq_index")))
    return [(gettext("Home"), reverse("home")), index]


def _original_links(obj) -> list[dict[str, str]]:
    links = []
    for code in ORIGINAL_LANGUAGES:
        with override(code):
            links.append({"code": code, "url": obj.get_absolute_url()})
    return links


def article_detail(request, pk, slug=None):
    article = selectors.published_article(pk)
    canonical = article.get_absolute_url()
    if request.path != canonical:
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(f"{canonical}?{query}" if query else canonical)
    unwritten_views = counting.record_view(article.pk)
    response = article_page(request, article, view_count=article.view_count + unwritten_views)
    page_cache.tag(
        response,
        category_tag(article.category_id),
        *(platform_tag(platform.pk) for platform in article.published_platforms),
    )
    # Views served from the page cache count too.
    page_cache.run_on_hit(response, "heat.counting.record_view", article.pk)
    return response


def article_page(request, article, view_count: int | None = None):
    """The article's page: the public view passes published articles only, and the views it counted; the admin
    preview drafts too, and the views are looked up."""
    canonical = article.get_absolute_url()
    language = get_language() or settings.LANGUAGE_CODE
    untranslated = language != settings.LANGUAGE_CODE and not article.has_translation(language)
    questions = article.page_questions
    links = related.page_links(article, language=language)
    blocks, block_tags = page_blocks.context("article", article)
    crumbs = [
        *_index_crumbs(article.kind),
        (article.category.name, article.category.get_absolute_url()),
        (article.title, canonical),
    ]
    data = [article_data.article(request, article), structured_data.breadcrumb_list(request, crumbs)]
    if questions:
        data.append(article_data.faq_page(questions))
    context = {
        "article": article,
        "questions": questions,
        "structured_data": data,
        "platforms": article.published_platforms,
        "related": links.related,
        "neighbours": links.neighbours,
        "untranslated": untranslated,
        # Rights guidance never falls back quietly: its note is the prominent kind.
        "prominent_note": untranslated and article.kind == Article.Kind.RIGHTS,
        "original_links": _original_links(article) if untranslated else [],
        "view_count": counting.view_count(article) if view_count is None else view_count,
        **blocks,
    }
    response = render(request, "articles/article_detail.html", context)
    # The article and the articles it links to (see articles.cache_tags).
    page_cache.tag(response, *(article_tag(shown.pk) for shown in [article, *links.articles]), *block_tags)
    return response


def _index_data(request, kind: str) -> list[dict]:
    return [structured_data.breadcrumb_list(request, _index_crumbs(kind))]


def faq_index(request):
    page = selectors.index_page(selectors.faq_articles(), request.GET.get("page"), "faq")
    by_category, by_platform = selectors.faq_groups(list(page.object_list))
    context = {
        "page": page,
        "by_category": by_category,
        "by_platform": by_platform,
        "structured_data": _index_data(request, "faq"),
    }
    return render(request, "articles/faq_index.html", context)


def rights_index(request):
    page = selectors.index_page(selectors.articles_of_kind(Article.Kind.RIGHTS), request.GET.get("page"), "rights")
    context = {
        "page": page,
        "articles": list(page.object_list),
        "structured_data": _index_data(request, Article.Kind.RIGHTS),
    }
    return render(request, "articles/rights_index.html", context)


def guide_index(request):
    page = selectors.index_page(selectors.articles_of_kind(Article.Kind.GUIDE), request.GET.get("page"), "guide")
    context = {
        "page": page,
        "articles": list(page.object_list),
        "structured_data": _index_data(request, Article.Kind.GUIDE),
    }
    return render(request, "articles/guide_index.html", context)


def category_detail(request, slug):
    category = selectors.category_by_slug(slug)
    # A missing, malformed or non-positive number gives page 1, a number past the end the last page.
    page = selectors.index_page(
        selectors.category_articles(category),
        request.GET.get("page"),
        f"category:{category.pk}",
        per_page=CATEGORY_PAGE_SIZE,
    )
    return render(
        request,
        "articles/category_detail.html",
        {
            "category": category,
            "page": page,
            "articles": list(page.object_list),
            "structured_data": [
                structured_data.breadcrumb_list(
                    request, [*_index_crumbs(Article.Kind.FAQ), (category.name, category.get_absolute_url())]
                )
            ],
        },
    )


def home(request):
    # The lookup box's list of platforms and the links to them are fragments: a home page rendered afresh reads
    # only its two article lists.
    context = {
        "lookup_form": LookupForm(),
        "platform_links": platform_links(),
        "faqs": selectors.latest(Article.Kind.FAQ),
        "rights": selectors.latest(Article.Kind.RIGHTS),
    }
    return render(request, "home.html", context)
