"""The lookup form, shared by the lookup page and the JSON API so both apply the same rules and messages."""

from __future__ import annotations

import datetime
import re
import unicodedata
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from overdue_site import page_cache

from .cache_tags import PLATFORM_LIST
from .lookup import LookupResult, days_overdue_from_due_date, lookup
from .models import Platform
from .names import OTHER, PlatformMatch, resolve_platform
from .selectors import platform_with_timeline, published_platform
from .timeline import MAX_DAY

NOT_LISTED_LABEL = _("My platform is not listed")

_DAYS = re.compile(r"^\+?(\d{1,6})\s*(?:天|日|days?)?$")
_NEGATIVE = re.compile(r"^-\s*\d")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")


def _normalize(value) -> str:
    """Full-width digits and punctuation to ASCII (NFKC), surrounding spaces removed."""
    return unicodedata.normalize("NFKC", str(value or "")).strip()


class DaysOverdueField(forms.Field):
    """Whole days overdue, 0 to MAX_DAY. Accepts full-width digits and a trailing 天/日/days ("５天")."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off", "size": 6})
    default_error_messages = {
        "invalid": _("Enter the number of days as a whole number, for example 5."),
        "negative": _("The number of days overdue cannot be negative. Enter 0 if today is the due date."),
        "too_large": _(
            "Enter at most %(max)s days (about ten years). For older debts the stages on this site no longer apply."
        ),
    }

    def to_python(self, value):
        text = _normalize(value).casefold()
        if not text:
            return None
        if _NEGATIVE.match(text):
            raise forms.ValidationError(self.error_messages["negative"], code="negative")
        if re.fullmatch(r"\+?\d+", text) and len(text.lstrip("+")) > 6:
            raise forms.ValidationError(self.error_messages["too_large"], code="too_large", params={"max": MAX_DAY})
        match = _DAYS.match(text)
        if not match:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        days = int(match.group(1))
        if days > MAX_DAY:
            raise forms.ValidationError(self.error_messages["too_large"], code="too_large", params={"max": MAX_DAY})
        return days


class DueDateField(forms.Field):
    """The missed due date, as year-month-day (2026-03-15, 2026/3/15, 2026年3月15日; full-width digits too)."""

    widget = forms.DateInput(attrs={"type": "date", "autocomplete": "off"}, format="%Y-%m-%d")
    default_error_messages = {
        "invalid": _("Enter the date as year-month-day, for example 2026-03-15."),
        "nonexistent": _("There is no such date as %(date)s. Check the day and the month."),
    }

    def to_python(self, value):
        if isinstance(value, datetime.date):
            return value
        text = _normalize(value)
        if not text:
            return None
        match = _DATE.match(text)
        if not match:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        year, month, day = (int(part) for part in match.groups())
        try:
            return datetime.date(year, month, day)
        except ValueError:
            raise forms.ValidationError(
                self.error_messages["nonexistent"],
                code="nonexistent",
                params={"date": f"{year:04d}-{month:02d}-{day:02d}"},
            ) from None


def choosable_platforms() -> list[Platform]:
    """Published platforms with only what choosing one needs (slug, names, aliases): one light query."""
    languages = [code.replace("-", "_") for code, _name in settings.LANGUAGES]
    fields = [f"{field}_{language}" for field in ("name", "aliases") for language in languages]
    return list(Platform.objects.published().only("pk", "slug", "is_general_profile", *fields))


class LookupForm(forms.Form):
    """Platform plus either days overdue or the missed due date.

    After is_valid(): cleaned_data["platform"] is the published Platform (the general profile for "not listed"),
    cleaned_data["days"] the whole days overdue used, cleaned_data["days_source"] "days_overdue" or "due_date".
    ``redirect_url()`` gives the canonical address when the reader typed a name or alias instead of the slug;
    ``platform_choices`` lists the platforms to pick from when a name matched several.
    """

    platform = forms.CharField(
        label=_("Your lending platform"),
        max_length=100,
        help_text=_(
            "Type the platform's name or another name for it. If it is not in the list, choose “My platform is not "
            "listed” or type other."
        ),
        widget=forms.TextInput(attrs={"list": "lookup-platforms", "autocomplete": "off", "spellcheck": "false"}),
        error_messages={
            "required": _("Choose your platform, or “My platform is not listed”."),
            "max_length": _("That name is too long. Type only the platform's name."),
        },
    )
    days_overdue = DaysOverdueField(
        label=_("Days overdue"),
        required=False,
        help_text=_("Whole days since the missed due date; the due date itself is day 0."),
    )
    due_date = DueDateField(
        label=_("Or: the due date you missed"),
        required=False,
        help_text=_("We count the days for you, by the calendar in mainland China."),
    )

    def __init__(self, data=None, *args, platforms=None, today: datetime.date | None = None, **kwargs):
        super().__init__(data, *args, **kwargs)
        if platforms is not None:
            self.platforms = list(platforms)
        self.today = today
        self.match: PlatformMatch | None = None
        self.with_timeline: Platform | None = None  # the chosen platform when read by slug, stages and sources loaded

    @cached_property
    def platforms(self) -> list[Platform]:
        """Every platform a reader may choose (drafts can be neither chosen nor named): loaded only when needed, as
        a lookup by slug reads its one platform (see clean_platform) and the datalist comes from its fragment."""
        return choosable_platforms()

    # Choices for the page ---------------------------------------------------------------------------------------------

    @property
    def datalist_html(self) -> SafeString:
        """The <option>s of the platform box's <datalist>: the same on every page with the lookup box, so kept as a
        fragment per language until a platform changes (tag ``platform-list``, see platforms.cache_tags)."""
        return mark_safe(page_cache.fragment("lookup-datalist", [PLATFORM_LIST], self._datalist_html))  # noqa: S308

    def _datalist_html(self) -> SafeString:
        options = format_html_join("", '<option value="{}"></option>', ((text,) for text in self.datalist_options))
        return options + format_html('<option value="{}"></option>', NOT_LISTED_LABEL)

    @property
    def platform_display_value(self) -> str:
        """What the platform box shows: the reader's own text, or the platform's name when the address carries its
        slug (readers never see slugs)."""
        value = _normalize(self.data.get("platform", "")) if self.is_bound else ""
        if not value:
            return ""
        if value == OTHER:
            return str(NOT_LISTED_LABEL)
        match = self.match
        if match is not None and match.by_slug and match.platform is not None and match.platform.slug == value:
            return match.platform.name
        platform = next((p for p in self.platforms if p.slug == value), None)
        return platform.name if platform is not None else value

    @property
    def datalist_options(self) -> list[str]:
        """Names and aliases of the listed platforms in the active language, for the <datalist> of the platform box."""
        seen: dict[str, None] = {}
        for platform in self.platforms:
            if platform.is_general_profile:
                continue
            for text in (platform.name, *platform.alias_list):
                if text and text != OTHER:
                    seen.setdefault(text, None)
        return list(seen)

    # Validation -----------------------------------------------------------------------------------------------------

    def clean_platform(self) -> Platform:
        text = self.cleaned_data["platform"]
        if "platforms" not in self.__dict__:
            # The address carries a slug (links, the canonical address): read that one platform, ready for result(),
            # instead of every platform. resolve_platform below would answer the same (a slug comes first there).
            slug = unicodedata.normalize("NFKC", text or "").strip()
            platform = platform_with_timeline(slug)
            if platform is not None:
                self.match = PlatformMatch(platform=platform, by_slug=True)
                self.with_timeline = platform
                return platform
        languages = [code for code, _name in settings.LANGUAGES]
        labels = []
        for code in languages:
            with translation.override(code):
                labels.append(str(NOT_LISTED_LABEL))
        self.match = match = resolve_platform(text, self.platforms, languages=languages, other_labels=labels)
        if match.platform is not None:
            return match.platform
        if match.is_other:
            raise forms.ValidationError(
                _("We have no general profile for unlisted platforms yet. Please choose a platform from the list."),
                code="no_general_profile",
            )
        if match.ambiguous:
            raise forms.ValidationError(
                _("Several platforms go by “%(name)s”: %(choices)s. Choose yours."),
                code="ambiguous",
                params={"name": text, "choices": ", ".join(p.name for p in match.candidates)},
            )
        raise forms.ValidationError(
            _(
                "We could not find a platform called “%(name)s”. Check the spelling, pick a name from the list, "
                "or choose “My platform is not listed”."
            ),
            code="unknown",
            params={"name": text},
        )

    def clean(self):
        cleaned = super().clean()
        if self.has_error("days_overdue") or self.has_error("due_date"):
            return cleaned
        days = cleaned.get("days_overdue")
        due_date = cleaned.get("due_date")
        if days is None and due_date is None:
            self.add_error(
                "days_overdue",
                forms.ValidationError(
                    _("Enter how many days overdue you are, or the due date you missed."), code="required"
                ),
            )
            return cleaned
        if due_date is not None:
            from_date = days_overdue_from_due_date(due_date, self.today)
            if from_date < 0:
                self.add_error(
                    "due_date",
                    forms.ValidationError(
                        _("The due date is in the future, so you are not overdue yet. Check the date."),
                        code="future",
                    ),
                )
                return cleaned
            if from_date > MAX_DAY:
                self.add_error(
                    "due_date",
                    forms.ValidationError(
                        _("That due date is more than %(max)s days ago. Enter a date within the last ten years."),
                        code="too_old",
                        params={"max": MAX_DAY},
                    ),
                )
                return cleaned
            if days is not None and days != from_date:
                message = ngettext(
                    "You entered %(days)s days overdue, but your due date makes it %(count)s day. "
                    "Clear one of the two fields.",
                    "You entered %(days)s days overdue, but your due date makes it %(count)s days. "
                    "Clear one of the two fields.",
                    from_date,
                ) % {"days": days, "count": from_date}
                self.add_error(
                    "days_overdue",
                    forms.ValidationError(message, code="conflict", params={"days": days, "count": from_date}),
                )
                return cleaned
            cleaned["days"] = from_date
            cleaned["days_source"] = "due_date"
        else:
            cleaned["days"] = days
            cleaned["days_source"] = "days_overdue"
        return cleaned

    # After validation -----------------------------------------------------------------------------------------------

    def _query(self, platform_value: str, also: tuple = ()) -> str:
        params = {"platform": platform_value}
        for name in ("days_overdue", "due_date"):
            value = _normalize(self.data.get(name, "")) if self.is_bound else ""
            if value:
                params[name] = value
        if also:
            params["also"] = ",".join(p.slug for p in also)
        return urlencode(params)

    def canonical_value(self, platform: Platform) -> str:
        return OTHER if platform.is_general_profile else platform.slug

    def redirect_url(self) -> str | None:
        """The canonical lookup address when the platform was given by name or alias (so the URL is shareable)."""
        if self.match is None or self.match.platform is None or self.match.by_slug:
            return None
        platform = self.match.platform
        return reverse("platforms:lookup") + "?" + self._query(self.canonical_value(platform), self.match.alternatives)

    def alternative_choices(self, also: str) -> list[dict]:
        """[{"platform", "url"}] for the other platforms the reader's words also fitted (the ``also`` parameter of the
        canonical address, slugs): offered as "did you mean …?" beside the result."""
        if not self.is_valid():
            return []
        chosen = self.cleaned_data["platform"]
        wanted = [slug for slug in (also or "").split(",")[:5] if slug]
        if not wanted:
            return []
        by_slug = {p.slug: p for p in self.platforms if not p.is_general_profile and p.pk != chosen.pk}
        base = reverse("platforms:lookup")
        return [{"platform": by_slug[s], "url": base + "?" + self._query(s)} for s in wanted if s in by_slug]

    @property
    def platform_choices(self) -> list[dict]:
        """[{"platform", "url"}] for each platform a name matched, when it matched several."""
        if self.match is None or not self.match.ambiguous:
            return []
        base = reverse("platforms:lookup")
        return [{"platform": p, "url": base + "?" + self._query(p.slug)} for p in self.match.candidates]

    def result(self) -> LookupResult:
        """Run the lookup for the valid form, on the chosen platform's stages and sources (see published_platform)."""
        platform = self.cleaned_data["platform"]
        if platform is not self.with_timeline:  # chosen from the light list of every platform
            platform = published_platform(platform.slug)
        return lookup(platform, self.cleaned_data["days"])

    def error_messages_by_field(self) -> dict[str, list[str]]:
        """Errors as {field: [message, ...]} in the active language (for the API)."""
        return {name: [str(message) for message in messages] for name, messages in self.errors.items()}
