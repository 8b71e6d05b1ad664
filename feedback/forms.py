"""The three reader forms. Each has a honeypot field that people never see (hidden with CSS) and bots fill in."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from platforms.forms import DaysOverdueField

from .models import (
    COMMENT_MAX_LENGTH,
    DETAILS_MAX_LENGTH,
    DISPLAY_NAME_MAX_LENGTH,
    Comment,
    ContactDayReport,
    ProblemReport,
)
from .personal_data import find_personal_data, refusal_messages

HONEYPOT_FIELD = "website"


def _too_long(what: str) -> dict:
    messages = {
        "name": _("Keep your name to at most %(limit_value)d characters (it has %(show_value)d)."),
        "comment": _("Keep your comment to at most %(limit_value)d characters (it has %(show_value)d)."),
        "details": _("Keep your description to at most %(limit_value)d characters (it has %(show_value)d)."),
    }
    return {"max_length": messages[what]}


class HoneypotForm(forms.Form):
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    @property
    def filled_by_bot(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD))


def refuse_personal_data(value: str) -> str:
    kinds = find_personal_data(value)
    if kinds:
        raise forms.ValidationError(refusal_messages(kinds), code="personal_data")
    return value


class CommentForm(HoneypotForm, forms.ModelForm):
    display_name = forms.CharField(
        label=_("Your name as it will be shown"),
        max_length=DISPLAY_NAME_MAX_LENGTH,
        help_text=_("Any name you like, for example a nickname. Do not use your real full name."),
        error_messages={"required": _("Give a name to show with your comment."), **_too_long("name")},
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX_LENGTH,
        help_text=_(
            "Do not include phone numbers, ID or bank card numbers or e-mail addresses, yours or anyone else's."
        ),
        error_messages={"required": _("Write your comment."), **_too_long("comment")},
        widget=forms.Textarea(attrs={"rows": 6}),
    )

    class Meta:
        model = Comment
        fields = ["display_name", "body"]

    def clean_display_name(self):
        return refuse_personal_data(self.cleaned_data["display_name"])

    def clean_body(self):
        return refuse_personal_data(self.cleaned_data["body"])


class ProblemReportForm(HoneypotForm, forms.ModelForm):
    reason = forms.ChoiceField(
        label=_("What is the problem?"),
        choices=ProblemReport.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what kind of problem it is."),
            "invalid_choice": _("Choose one of the reasons listed."),
        },
    )
    details = forms.CharField(
        label=_("What is wrong?"),
        max_length=DETAILS_MAX_LENGTH,
        help_text=_("Say what is wrong and, if you can, what is right and where that is written."),
        error_messages={"required": _("Describe the problem."), **_too_long("details")},
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    contact_email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        required=False,
        max_length=254,
        help_text=_("Only if you want to hear from us when the report is resolved. It is never published."),
        error_messages={"invalid": _("Enter a valid e-mail address, or leave the field empty.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta:
        model = ProblemReport
        fields = ["reason", "details", "contact_email"]


class ContactDayReportForm(HoneypotForm, forms.ModelForm):
    first_contact_day = DaysOverdueField(
        label=_("On which day overdue were your emergency contacts first called?"),
        help_text=_("Count the due date as day 0. If you are not sure of the exact day, give your best estimate."),
        error_messages={"required": _("Enter the day overdue, for example 9.")},
    )
    channel = forms.ChoiceField(
        label=_("How were they contacted first?"),
        choices=ContactDayReport.Channel.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how your contacts were contacted."),
            "invalid_choice": _("Choose one of the ways listed."),
        },
    )
    borrower_reachable = forms.ChoiceField(
        label=_("Could the platform reach the borrower at that time?"),
        choices=ContactDayReport.Reachable.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose one answer."), "invalid_choice": _("Choose one of the answers listed.")},
    )

    class Meta:
        model = ContactDayReport
        fields = ["first_contact_day", "channel", "borrower_reachable"]
