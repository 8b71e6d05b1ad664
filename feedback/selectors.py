"""What the platform, article and lookup pages show of reader feedback: one query each, no queries in templates."""

from __future__ import annotations

from django.urls import reverse

from overdue_site import page_cache
from platforms.cache_tags import platform_tag

from .aggregation import ReaderReports, min_reports, summarize
from .models import Comment, ContactDayReport

COMMENTS_ON_PAGE = 50


def visible_comments(*, article=None, platform=None, limit: int = COMMENTS_ON_PAGE) -> list[Comment]:
    target = {"article": article} if article is not None else {"platform": platform}
    comments = Comment.objects.visible().filter(**target).only("display_name", "body", "is_featured", "created_at")
    return list(comments[:limit])


def reader_reports(platform) -> ReaderReports | None:
    """The aggregated contact-day reports of a platform, or None below the minimum count.

    The days come from one query, kept until a report starts or stops counting (it bumps the platform's tag, see
    cache_tags): its page and its lookups on every day overdue share them.
    """

    def load():
        days = ContactDayReport.objects.counted().filter(platform=platform).values_list("first_contact_day", flat=True)
        return list(days), [platform_tag(platform.pk)]

    return summarize(page_cache.remember("counted-contact-days", platform.pk, load))


def platform_page(platform) -> dict:
    """Context for the platform page: approved comments and the readers' contact-day figures."""
    return {
        "comments": visible_comments(platform=platform),
        "reader_reports": reader_reports(platform),
        "reader_reports_minimum": min_reports(),
        "feedback_links": {
            "comment": reverse("feedback:comment_platform", kwargs={"slug": platform.slug}),
            "report": reverse("feedback:report_platform", kwargs={"slug": platform.slug}),
        },
        "contact_day_url": reverse("feedback:contact_day", kwargs={"slug": platform.slug}),
    }


def article_page(article) -> dict:
    return {
        "comments": visible_comments(article=article),
        "feedback_links": {
            "comment": reverse("feedback:comment_article", kwargs={"pk": article.pk}),
            "report": reverse("feedback:report_article", kwargs={"pk": article.pk}),
        },
    }


def api_lookup(platform) -> dict:
    """The lookup API's field of readers' contact-day figures (None below the minimum count)."""
    reports = reader_reports(platform)
    return {"reader_reports": reports.as_dict() if reports else None}


def lookup_result(platform) -> dict:
    """Context for a lookup result: the readers' contact-day figures and where to add one."""
    return {
        "reader_reports": reader_reports(platform),
        "reader_reports_minimum": min_reports(),
        "contact_day_url": reverse("feedback:contact_day", kwargs={"slug": platform.slug}),
    }
