"""The call checker's forms: the log's circumstances and one row per call or message. Used once, never stored."""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforms.models import Platform

from .checker import Answer, Circumstances, Entry, Kind, Party, Said
from .forms import NAME_MAX_LENGTH, OTHER_PLATFORM, SingleLineField

BLANK_ROWS = 5
ADD_ROWS = 5
MAX_ROWS = 40
MAX_ATTEMPTS = 500
OLDEST_YEARS = 10
PREFIX = "calls"


class CircumstancesForm(forms.Form):
    reader = forms.ChoiceField(
        label=_("Who are you?"),
        choices=[("borrower", _("I am the borrower")), ("contact", _("I am an emergency contact or another person"))],
        widget=forms.RadioSelect,
        initial="borrower",
        error_messages={"required": _("Say whether you are the borrower or someone else.")},
    )
    platform = forms.ChoiceField(
        label=_("The lending platform (optional)"),
        required=False,
        help_text=_("Only used to address the letter to the platform."),
        error_messages={"invalid_choice": _("Choose a platform from the list, or “Another platform”.")},
    )
    other_platform = SingleLineField(
        label=_("Name of the other platform"),
        required=False,
        max_length=NAME_MAX_LENGTH,
        error_messages={"max_length": _("That name is too long. Type only the platform's name.")},
    )
    borrower_reachable = forms.ChoiceField(
        label=_("Could the borrower be reached by phone at the time?"),
        choices=Answer.choices,
        initial=Answer.UNKNOWN,
        help_text=_("The rules allow calls to other people only when the borrower cannot be reached."),
        error_messages={"invalid_choice": _("Choose one of the answers listed.")},
    )
    consented = forms.ChoiceField(
        label=_("Had anyone agreed to collection calls at night or to more calls?"),
        choices=Answer.choices,
        initial=Answer.NO,
        help_text=_("An agreement lifts the rules on hours and on the number of calls."),
        error_messages={"invalid_choice": _("Choose one of the answers listed.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.platforms = {platform.slug: platform for platform in Platform.objects.listed()}
        self.fields["platform"].choices = [
            ("", _("Not given")),
            *((slug, platform.name) for slug, platform in self.platforms.items()),
            (OTHER_PLATFORM, _("Another platform")),
        ]

    def circumstances(self) -> Circumstances:
        return Circumstances(
            borrower_reachable=self.cleaned_data.get("borrower_reachable") or Answer.UNKNOWN,
            consented=self.cleaned_data.get("consented") or Answer.NO,
        )


class EntryForm(forms.Form):
    """One call or message. A row left entirely empty is skipped."""

    date = forms.DateField(
        label=_("Date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        input_formats=["%Y-%m-%d", "%Y/%m/%d"],
        error_messages={
            "required": _("Give the date of this call or message."),
            "invalid": _("Give the date as year-month-day, e.g. 2026-03-15."),
        },
    )
    time = forms.TimeField(
        label=_("Time (China time)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        input_formats=["%H:%M", "%H:%M:%S"],
        error_messages={"invalid": _("Give the time as hours:minutes, e.g. 22:15.")},
    )
    party = forms.ChoiceField(
        label=_("Who was called"),
        choices=[("", _("Choose…")), *Party.choices],
        error_messages={
            "required": _("Say who was called or messaged."),
            "invalid_choice": _("Choose one of the people listed."),
        },
    )
    kind = forms.ChoiceField(
        label=_("Call or message"),
        choices=[("", _("Choose…")), *Kind.choices],
        error_messages={
            "required": _("Say whether it was a call or a message."),
            "invalid_choice": _("Choose a call or a message."),
        },
    )
    said = forms.MultipleChoiceField(
        label=_("What was said"),
        choices=Said.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Choose from the list of what was said.")},
    )
    asked_to_stop = forms.ChoiceField(
        label=_("Had this person already asked them to stop?"),
        choices=[("", _("Not said")), *Answer.choices],
        required=False,
        error_messages={"invalid_choice": _("Choose one of the answers listed.")},
    )
    unanswered_attempts = forms.IntegerField(
        label=_("Unanswered calls to this number that day"),
        required=False,
        min_value=0,
        max_value=MAX_ATTEMPTS,
        help_text=_("Missed or rejected calls that day, this one included, if you know."),
        error_messages={
            "invalid": _("Give the number of calls as a whole number."),
            "min_value": _("The number of calls cannot be negative."),
            "max_value": _("That is more calls than we can count; give at most 500."),
        },
    )

    def clean_date(self):
        date = self.cleaned_data["date"]
        today = timezone.localdate()
        if date > today:
            raise forms.ValidationError(_("That date is in the future."))
        if date < today - datetime.timedelta(days=366 * OLDEST_YEARS):
            raise forms.ValidationError(_("That date is more than ten years ago."))
        return date

    def entry(self) -> Entry:
        data = self.cleaned_data
        return Entry(
            date=data["date"],
            time=data.get("time"),
            party=data["party"],
            kind=data["kind"],
            said=frozenset(data.get("said") or ()),
            asked_to_stop=data.get("asked_to_stop") or Answer.UNKNOWN,
            unanswered_attempts=data.get("unanswered_attempts"),
        )


class BaseEntryFormSet(forms.BaseFormSet):
    def clean(self):
        super().clean()
        if not any(form.has_changed() for form in self.forms if form not in self.deleted_forms):
            raise forms.ValidationError(_("Fill in at least one call or message."))

    def entries(self) -> list[Entry]:
        return [form.entry() for form in self.forms if form.has_changed()]


EntryFormSet = forms.formset_factory(
    EntryForm,
    formset=BaseEntryFormSet,
    extra=BLANK_ROWS,
    max_num=MAX_ROWS,
    absolute_max=MAX_ROWS,
    validate_max=True,
)


def entry_formset(data=None) -> BaseEntryFormSet:
    return EntryFormSet(data, prefix=PREFIX)


def with_more_rows(data) -> BaseEntryFormSet:
    """The same log with ADD_ROWS more blank rows (up to MAX_ROWS), for the "add rows" button without JavaScript."""
    data = data.copy()
    key = f"{PREFIX}-TOTAL_FORMS"
    try:
        total = int(data.get(key, BLANK_ROWS))
    except (TypeError, ValueError):
        total = BLANK_ROWS
    data[key] = str(max(BLANK_ROWS, min(MAX_ROWS, total + ADD_ROWS)))
    return EntryFormSet(data, prefix=PREFIX)
