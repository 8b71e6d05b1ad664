from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from overdue_site.traditional import TraditionalConversionMixin


class ComplaintChannelQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class ComplaintChannel(TraditionalConversionMixin, models.Model):
    """Somewhere readers can complain (a hotline, a reporting platform, the courts), with what it handles."""

    translation_check_field = "name"

    class Confidence(models.TextChoices):
        HIGH = "high", _("High")
        MEDIUM_HIGH = "medium_high", _("Medium to high")
        MEDIUM = "medium", _("Medium")
        LOW_MEDIUM = "low_medium", _("Low to medium")
        NOT_RATED = "not_rated", _("Not rated")

    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Short ASCII name, used in the page address of this channel (…/complaint-channels/#slug)."),
    )
    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(
        _("phone"), max_length=60, blank=True, help_text=_("As readers dial it, e.g. 12378. Leave empty if none.")
    )
    website = models.CharField(
        _("website"),
        max_length=300,
        blank=True,
        help_text=_("Shown as written; only addresses starting with https:// or http:// become links."),
    )
    handles = models.TextField(_("what it handles"))
    when_to_use = models.TextField(_("when to use it"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    confidence = models.CharField(
        _("confidence"),
        max_length=20,
        choices=Confidence.choices,
        default=Confidence.NOT_RATED,
        help_text=_("How sure we are of what this entry says, as rated in our research notes."),
    )
    source_note = models.TextField(
        _("source note"), blank=True, help_text=_("What the entry rests on: the law, rule or reports behind it.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ComplaintChannelQuerySet.as_manager()

    class Meta:
        verbose_name = _("complaint channel")
        verbose_name_plural = _("complaint channels")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return f"{reverse('rights:complaint_channels')}#{self.slug}"
