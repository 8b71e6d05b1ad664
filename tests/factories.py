"""Small builders for test data, shared by all test modules. Every text is given in all three languages."""

from __future__ import annotations

import datetime
import itertools

from django.utils import timezone

from articles.models import Article, Category, Question, SiteText
from platforms.models import Platform, Source, Stage
from workflow.models import Status

_counter = itertools.count(1)


def _status(published: bool, extra: dict) -> str:
    """``status=`` wins; ``published=`` and the older ``is_published=`` map True to published, False to draft."""
    if "status" in extra:
        return extra.pop("status")
    published = extra.pop("is_published", published)
    return Status.PUBLISHED if published else Status.DRAFT


def trilingual(field: str, zh_hans: str, zh_hant: str | None = None, en: str | None = None) -> dict[str, str]:
    return {
        f"{field}_zh_hans": zh_hans,
        f"{field}_zh_hant": zh_hant if zh_hant is not None else zh_hans,
        f"{field}_en": en if en is not None else "",
    }


def make_platform(
    slug: str | None = None,
    name: str = "测试平台",
    name_hant: str | None = None,
    name_en: str = "Test platform",
    *,
    published: bool = True,
    stages: list[tuple] | None = None,
    sources: list[tuple] | None = None,
    general: bool = False,
    aliases: str = "",
    **extra,
) -> Platform:
    """stages: (first_day, last_day or None, contacts_called[, channels]); sources: (claimed_first, claimed_last)."""
    number = next(_counter)
    platform = Platform.objects.create(
        slug=slug or f"platform-{number}",
        status=_status(published, extra),
        # Published long ago, so tests that travel back in time still find the platform.
        published_at=extra.pop("published_at", datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)),
        is_general_profile=general,
        last_reviewed=extra.pop("last_reviewed", datetime.date(2026, 11, 1)),
        **trilingual("name", name, name_hant, name_en),
        **trilingual("aliases", aliases, None, ""),
        **trilingual("summary", "简介", "簡介", "Summary"),
        **extra,
    )
    for index, spec in enumerate(stages or []):
        first, last, contacts, *rest = spec
        Stage.objects.create(
            platform=platform,
            first_day=first,
            last_day=last,
            contacts_called=contacts,
            channels=rest[0] if rest else ["sms"],
            **trilingual("title", f"阶段{index + 1}", f"階段{index + 1}", f"Stage {index + 1}"),
            **trilingual("description", "说明", "說明", "What happens"),
        )
    for index, (claimed_first, claimed_last) in enumerate(sources or []):
        Source.objects.create(
            platform=platform,
            claimed_first_day=claimed_first,
            claimed_last_day=claimed_last,
            published_on=datetime.date(2025, 1, 1 + index),
            **trilingual("title", f"来源{index + 1}", f"來源{index + 1}", f"Source {index + 1}"),
        )
    return platform


def make_category(slug: str | None = None, name: str = "逾期问题", name_en: str = "Overdue questions") -> Category:
    number = next(_counter)
    return Category.objects.create(slug=slug or f"category-{number}", **trilingual("name", name, None, name_en))


def make_article(
    title: str = "逾期后会怎样",
    title_en: str = "What happens when you are overdue",
    *,
    kind: str = Article.Kind.FAQ,
    category: Category | None = None,
    published: bool = True,
    published_at: datetime.datetime | None = None,
    platforms: list[Platform] | None = None,
    questions: list[tuple[str, str]] | None = None,
    title_hant: str | None = None,
    **extra,
) -> Article:
    article = Article.objects.create(
        kind=kind,
        category=category or make_category(),
        status=_status(published, extra),
        published_at=published_at or timezone.now() - datetime.timedelta(days=1),
        last_reviewed=extra.pop("last_reviewed", datetime.date(2026, 11, 1)),
        **trilingual("title", title, title_hant, title_en),
        **trilingual("intro", "导语", "導語", "Introduction" if title_en else ""),
        **trilingual("body", "## 小标题\n\n正文", "## 小標題\n\n正文", "## Heading\n\nBody text" if title_en else ""),
        **trilingual("summary", "总结", "總結", "Summary" if title_en else ""),
        **extra,
    )
    if platforms:
        article.platforms.set(platforms)
    for order, (question, answer) in enumerate(questions or []):
        Question.objects.create(
            article=article,
            order=order,
            **trilingual("question", question, None, f"Question {order + 1}"),
            **trilingual("answer", answer, None, f"Answer {order + 1}"),
        )
    return article


def make_site_text(key: str, body: str = "规则", body_en: str = "Rules") -> SiteText:
    return SiteText.objects.create(
        key=key, **trilingual("title", "标题", "標題", "Title"), **trilingual("body", body, None, body_en)
    )
