"""Simplified → Traditional help for editors.

When a record is saved with Traditional fields left empty, they are filled from the Simplified text by OpenCC, a
phrase-aware converter (借呗 → 借唄, 联系 → 聯繫), and the record is flagged as machine-converted until an editor
reviews it. Text an editor typed is never overwritten, except by the explicit "convert to Traditional" action.
The conversion profile is the OPENCC_PROFILE setting (default ``s2t``, which keeps names and legal titles as
written apart from the script).
"""

from __future__ import annotations

from functools import lru_cache

import opencc
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

SIMPLIFIED = "zh_hans"
TRADITIONAL = "zh_hant"


@lru_cache(maxsize=4)
def _converter(profile: str) -> opencc.OpenCC:
    return opencc.OpenCC(profile)


def to_traditional(text: str) -> str:
    return _converter(settings.OPENCC_PROFILE).convert(text) if text else text


@lru_cache(maxsize=1)
def _to_simplified_converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _to_simplified_converter().convert(text) if text else text


def translated_fields(model: type[models.Model]) -> tuple[str, ...]:
    try:
        return tuple(translator.get_options_for_model(model).get_field_names())
    except NotRegistered:
        return ()


def fill_traditional(instance: models.Model, *, overwrite: bool = False) -> list[str]:
    """Fill the Traditional columns from the Simplified ones; returns the names of the fields it wrote."""
    written = []
    for field in translated_fields(type(instance)):
        simplified = getattr(instance, f"{field}_{SIMPLIFIED}", None)
        current = getattr(instance, f"{field}_{TRADITIONAL}", None)
        if not simplified or (current and not overwrite):
            continue
        converted = to_traditional(simplified)
        if converted != current:
            setattr(instance, f"{field}_{TRADITIONAL}", converted)
            written.append(field)
    return written


class TraditionalConversionMixin(models.Model):
    traditional_machine_converted = models.BooleanField(
        _("Traditional text machine-converted, not yet reviewed"),
        default=False,
        help_text=_("Untick once an editor has checked the Traditional Chinese text."),
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if fill_traditional(self):
            self.traditional_machine_converted = True
            update_fields = kwargs.get("update_fields")
            if update_fields is not None:
                kwargs["update_fields"] = {
                    *update_fields,
                    "traditional_machine_converted",
                    *(f"{f}_{TRADITIONAL}" for f in translated_fields(type(self))),
                }
        super().save(*args, **kwargs)

    def convert_to_traditional(self) -> bool:
        """Replace the Traditional text with a fresh conversion of the Simplified text (the admin action)."""
        if fill_traditional(self, overwrite=True) or not self.traditional_machine_converted:
            self.traditional_machine_converted = True
            super().save()
            return True
        return False
