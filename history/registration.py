"""Registering content models with django-reversion.

Only the per-language columns (``title_zh_hans``, ``title_zh_hant``, ``title_en``) are stored, not the original
column that django-modeltranslation keeps beside them: reading that one gives the active language's text, so
restoring it would copy one language over another.
"""

from __future__ import annotations

import reversion
from django.db import models

from overdue_site.traditional import translated_fields

# Changes every save makes by itself; they are stored, but not shown as a change.
UNTRACKED_FIELDS = ("updated_at",)


def register(model: type[models.Model], *, follow: tuple[str, ...] = ()) -> None:
    if reversion.is_registered(model):
        return
    reversion.register(model, exclude=translated_fields(model), follow=follow)
