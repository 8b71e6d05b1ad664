"""Content that nobody has reviewed for a while: the admin's stale-content page and ``manage.py stale_content``."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.apps import apps
from django.urls import reverse

from .models import local_today, stale_after_days

# Models that carry review dates, as "app_label.ModelName".
REVIEWED_MODELS = ("platforms.Platform", "articles.Article")


@dataclass(frozen=True)
class StaleItem:
    obj: object
    last_reviewed: datetime.date | None
    days_since_review: int | None

    @property
    def model_name(self) -> str:
        return self.obj._meta.model_name

    @property
    def kind(self) -> str:
        return str(self.obj._meta.verbose_name)

    @property
    def admin_url(self) -> str:
        opts = self.obj._meta
        return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[self.obj.pk])


def reviewed_models(user=None) -> list:
    """The models with review dates; with a user, only those the user may view."""
    models = [apps.get_model(label) for label in REVIEWED_MODELS]
    if user is None:
        return models
    return [model for model in models if user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")]


def stale_content(
    days: int | None = None, *, today: datetime.date | None = None, models: list | None = None
) -> list[StaleItem]:
    """Published or scheduled records not reviewed for more than ``days`` days, never-reviewed ones first."""
    days = stale_after_days() if days is None else days
    today = today or local_today()
    items = []
    for model in models if models is not None else reviewed_models():
        queryset = model.objects.released().not_reviewed_since(days, today).oldest_review_first()
        for obj in queryset.select_related("last_reviewed_by"):
            since = (today - obj.last_reviewed).days if obj.last_reviewed else None
            items.append(StaleItem(obj, obj.last_reviewed, since))
    items.sort(key=lambda item: (item.last_reviewed is not None, item.last_reviewed or today, item.model_name))
    return items
