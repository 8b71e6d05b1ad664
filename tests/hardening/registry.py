"""Every form and API endpoint a visitor can send input to, with the names of the fields it reads.

The fuzz tests (test_fuzz_*.py) run over this list, so a new form or endpoint belongs here. Addresses that need an
object (an article, a platform) take one from the demo content. An entry whose address does not exist yet (an app
still being built) is skipped with its reason (``pytest -rs`` lists them).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.urls import NoReverseMatch, reverse
from django.utils import translation

from articles.models import Article
from platforms.models import Platform

PAGE_LANGUAGES = ("zh-hans", "en")


@dataclass(frozen=True)
class Endpoint:
    name: str
    view_name: str  # the URL name; the address is reverse()d in the page's language
    fields: tuple[str, ...]
    # URL arguments: (name, "article") takes a published article's id, (name, "platform") a published platform's
    # slug; anything else is a value, with {lang} replaced by the language.
    url_kwargs: tuple[tuple[str, str], ...] = ()
    language_prefixed: bool = True  # the address starts with /<language>/
    method: str = "GET"
    kind: str = "page"  # "page": HTML in the language of the address; "json": the API; "redirect"; "admin"
    languages: tuple[str, ...] = PAGE_LANGUAGES
    form_context: str | None = None  # the template variable holding the bound form, to check its messages
    creates: str | None = None  # the model a valid submission adds a row to (as pending), e.g. "feedback.Comment"
    valid: dict[str, str] = field(default_factory=dict)  # a submission the form accepts (POST forms)
    owner: str = ""  # who builds it, for the skip message while it does not exist yet

    def __str__(self) -> str:
        return self.name

    def address(self, language: str = "en") -> str:
        """The concrete path in the language; pytest.skip() if the view does not exist (yet)."""
        import pytest

        kwargs = {}
        for name, source in self.url_kwargs:
            if source == "article":
                article = Article.objects.published().order_by("pk").first()
                if article is None:
                    pytest.skip(f"{self.name}: no published article in the demo content")
                kwargs[name] = article.pk
            elif source == "platform":
                platform = Platform.objects.published().filter(is_general_profile=False).order_by("slug").first()
                if platform is None:
                    pytest.skip(f"{self.name}: no published platform in the demo content")
                kwargs[name] = platform.slug
            else:
                kwargs[name] = source.format(lang=language)
        try:
            with translation.override(language):
                return reverse(self.view_name, kwargs=kwargs)
        except NoReverseMatch:
            pytest.skip(f"{self.name} ({self.view_name}) does not exist yet; {self.owner} adds it")


ARTICLE = (("pk", "article"),)
PLATFORM = (("slug", "platform"),)

GET_ENDPOINTS = [
    Endpoint("lookup page", "platforms:lookup", ("platform", "days_overdue", "due_date"), form_context="lookup_form"),
    Endpoint(
        "lookup API",
        "api:lookup",
        ("platform", "days_overdue", "due_date", "lang"),
        kind="json",
        language_prefixed=False,
        languages=PAGE_LANGUAGES,
    ),
    Endpoint(
        "platforms API", "api:platforms", ("lang",), kind="json", language_prefixed=False, languages=PAGE_LANGUAGES
    ),
    Endpoint(
        "language switch",
        "switch_language",
        ("next",),
        url_kwargs=(("language", "{lang}"),),
        kind="redirect",
        language_prefixed=False,
    ),
    Endpoint("search", "search:results", ("q", "page"), owner="the search app"),
    Endpoint("letter helper, preselected platform", "rights:letters", ("platform",), owner="the rights app"),
    Endpoint("call checker, empty log", "rights:call_checker", ("platform",), owner="the rights app"),
    Endpoint("open data API, platforms", "opendata_api:platforms", ("lang",), kind="json", language_prefixed=False),
    Endpoint("open data API, rules", "opendata_api:rules", ("lang",), kind="json", language_prefixed=False),
    Endpoint(
        "calendar of coming stages",
        "opendata_api:calendar",
        ("platform", "days_overdue", "due_date", "lang"),
        kind="file",
        language_prefixed=False,
        owner="the opendata app",
    ),
]

CALL_CHECKER_ROW = tuple(
    f"calls-0-{name}" for name in ("date", "time", "party", "kind", "said", "asked_to_stop", "unanswered_attempts")
)
CALL_CHECKER_MANAGEMENT = {
    "calls-TOTAL_FORMS": "5",
    "calls-INITIAL_FORMS": "0",
    "calls-MIN_NUM_FORMS": "0",
    "calls-MAX_NUM_FORMS": "40",
}

FEEDBACK = {"method": "POST", "languages": PAGE_LANGUAGES, "form_context": "form", "owner": "the feedback app"}
COMMENT = {"display_name": "Reader", "body": "Thank you, this page explained the stages clearly."}
PROBLEM = {"reason": "wrong", "details": "The customer service number given here has changed."}

POST_FORMS = [
    Endpoint(
        "admin login",
        "admin:login",
        ("username", "password", "next"),
        method="POST",
        kind="admin",
        language_prefixed=False,
        languages=("zh-hans",),
        form_context="form",
    ),
    Endpoint(
        "comment on an article",
        "feedback:comment_article",
        ("display_name", "body", "website"),
        url_kwargs=ARTICLE,
        creates="feedback.Comment",
        valid=COMMENT,
        **FEEDBACK,
    ),
    Endpoint(
        "comment on a platform",
        "feedback:comment_platform",
        ("display_name", "body", "website"),
        url_kwargs=PLATFORM,
        creates="feedback.Comment",
        valid=COMMENT,
        **FEEDBACK,
    ),
    Endpoint(
        "report a problem with an article",
        "feedback:report_article",
        ("reason", "details", "contact_email", "website"),
        url_kwargs=ARTICLE,
        creates="feedback.ProblemReport",
        valid=PROBLEM,
        **FEEDBACK,
    ),
    Endpoint(
        "report a problem with a platform",
        "feedback:report_platform",
        ("reason", "details", "contact_email", "website"),
        url_kwargs=PLATFORM,
        creates="feedback.ProblemReport",
        valid=PROBLEM,
        **FEEDBACK,
    ),
    Endpoint(
        "contact-day report",
        "feedback:contact_day",
        ("first_contact_day", "channel", "borrower_reachable", "website"),
        url_kwargs=PLATFORM,
        creates="feedback.ContactDayReport",
        valid={"first_contact_day": "5", "channel": "phone", "borrower_reachable": "no"},
        **FEEDBACK,
    ),
    Endpoint(
        "letter helper",
        "rights:letters",
        ("platform", "other_platform", "writer", "situation", "signature", "language"),
        method="POST",
        languages=PAGE_LANGUAGES,
        form_context="form",
        valid={
            "platform": "other",
            "other_platform": "Example Loans",
            "writer": "contact",
            "situation": "stop_contact_calls",
            "language": "zh-hans",
        },
        owner="the rights app",
    ),
]

POST_FORMS.append(
    Endpoint(
        "call checker",
        "rights:call_checker",
        (
            "reader",
            "platform",
            "other_platform",
            "borrower_reachable",
            "consented",
            "add_rows",
            "calls-TOTAL_FORMS",
            "calls-INITIAL_FORMS",
            *CALL_CHECKER_ROW,
        ),
        method="POST",
        languages=PAGE_LANGUAGES,
        form_context="form",
        valid={
            "reader": "contact",
            "borrower_reachable": "yes",
            "consented": "no",
            **CALL_CHECKER_MANAGEMENT,
            "calls-0-date": "2026-01-15",
            "calls-0-time": "22:00",
            "calls-0-party": "contact",
            "calls-0-kind": "call",
            "calls-0-said": "debt",
            "calls-0-asked_to_stop": "yes",
            "calls-0-unanswered_attempts": "7",
        },
        owner="the rights app",
    )
)

ALL_ENDPOINTS = GET_ENDPOINTS + POST_FORMS
