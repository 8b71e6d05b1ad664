"""Which cached pages reader feedback retires (overdue_site.page_cache): only what readers see of it.

An approved comment shows on its article's or platform's page; an approved contact-day report (not an outlier) counts
in its platform's figures (its page, every lookup of it, the API). Pending, rejected or spam comments, problem reports,
contact-day reports not counted and rate-limit counters retire nothing. A comment or report that stops being shown
retires its pages through the tags of the row before the change.
"""

from articles.cache_tags import article_tag
from overdue_site import page_cache
from platforms.cache_tags import platform_tag

from .models import Comment, ContactDayReport


def target_tags(submission) -> set[str]:
    """The page a comment or report is about (contact-day reports are always about a platform)."""
    article_id = getattr(submission, "article_id", None)
    return {article_tag(article_id) if article_id else platform_tag(submission.platform_id)}


def _comment(comment: Comment) -> set[str]:
    return target_tags(comment) if comment.status == Comment.Status.APPROVED else set()


def _contact_day_report(report: ContactDayReport) -> set[str]:
    counted = report.status == ContactDayReport.Status.APPROVED and not report.is_outlier
    return {platform_tag(report.platform_id)} if counted else set()


def register() -> None:
    page_cache.register(Comment, _comment)
    page_cache.register(ContactDayReport, _contact_day_report)
