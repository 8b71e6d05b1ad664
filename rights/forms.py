"""The letter helper's form. Its values are used once to compose the letter and never stored."""

from __future__ import annotations

import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _

from platforms.models import Platform

from .letters import Letter, Situation, Writer, compose_letter

OTHER_PLATFORM = "other"
NAME_MAX_LENGTH = 60


def single_line(value: str) -> str:
    """Spaces and line breaks collapsed, invisible control characters dropped: what a one-line name should be."""
    text = " ".join(str(value or "").split())
    return "".join(char for char in text if unicodedata.category(char) not in {"Cc", "Cf", "Cs", "Co"})


class SingleLineField(forms.CharField):
    def to_python(self, value):
        return single_line(super().to_python(value))


class LetterForm(forms.Form):
    platform = forms.ChoiceField(
        label=_("The lending platform"),
        help_text=_("The letter is addressed to this platform's customer service and collection team."),
        error_messages={
            "required": _("Choose the platform, or “Another platform” and type its name."),
            "invalid_choice": _("Choose a platform from the list, or “Another platform” and type its name."),
        },
    )
    other_platform = SingleLineField(
        label=_("Name of the other platform"),
        required=False,
        max_length=NAME_MAX_LENGTH,
        help_text=_("Only if you chose “Another platform”."),
        error_messages={"max_length": _("That name is too long. Type only the platform's name.")},
    )
    writer = forms.ChoiceField(
        label=_("Who is writing?"),
        choices=Writer.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Say whether you are the emergency contact or the borrower."),
            "invalid_choice": _("Say whether you are the emergency contact or the borrower."),
        },
    )
    situation = forms.ChoiceField(
        label=_("What is happening?"),
        choices=Situation.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what is happening."),
            "invalid_choice": _("Choose one of the situations listed."),
        },
    )
    signature = SingleLineField(
        label=_("Your name, to sign the letter (optional)"),
        required=False,
        max_length=NAME_MAX_LENGTH,
        help_text=_("Leave it empty to sign without a name. We do not keep it."),
        error_messages={"max_length": _("That is too long for a name. Type at most 60 characters.")},
    )
    language = forms.ChoiceField(
        label=_("Language of the letter"),
        choices=settings.LANGUAGES,
        error_messages={"invalid_choice": _("Choose one of the languages listed.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.platforms = {platform.slug: platform for platform in Platform.objects.listed()}
        self.fields["platform"].choices = [
            ("", _("Choose…")),
            *((slug, platform.name) for slug, platform in self.platforms.items()),
            (OTHER_PLATFORM, _("Another platform")),
        ]
        self.fields["language"].initial = get_language() or settings.LANGUAGE_CODE

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("platform") == OTHER_PLATFORM and not cleaned.get("other_platform"):
            self.add_error("other_platform", _("Type the name of the platform."))
        return cleaned

    def platform_name(self, language: str) -> str:
        slug = self.cleaned_data["platform"]
        if slug == OTHER_PLATFORM:
            return self.cleaned_data["other_platform"]
        with override(language):
            return str(self.platforms[slug].name)

    def letter(self) -> Letter:
        """The composed letter; call only after is_valid()."""
        language = self.cleaned_data["language"]
        return compose_letter(
            platform_name=self.platform_name(language),
            situation=self.cleaned_data["situation"],
            writer=self.cleaned_data["writer"],
            signature=self.cleaned_data["signature"],
            language=language,
        )
