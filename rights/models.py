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


class CollectionRuleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class CollectionRule(TraditionalConversionMixin, models.Model):
    """One rule about debt collection (a clause of a law, regulation, standard or industry guideline), with how much
    it weighs and how sure we are of its wording. The call checker (rights/checker.py) cites rules by slug."""

    translation_check_field = "title"

    class Weight(models.TextChoices):
        LAW = "law", _("Law")
        REGULATION = "regulation", _("Regulation")
        RECOMMENDED_STANDARD = "recommended_standard", _("Recommended national standard (not mandatory)")
        SELF_REGULATION = "self_regulation", _("Industry self-regulation")

    class Confirmation(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed from the text")
        REPORTED = "reported", _("Reported, not confirmed from the text")

    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Short ASCII name; the call checker finds the rule by it, so change it only with the code."),
    )
    title = models.CharField(_("title"), max_length=200, help_text=_("What the rule is about, in a few words."))
    says = models.TextField(_("what it says"))
    weight = models.CharField(_("weight"), max_length=30, choices=Weight.choices)
    instrument = models.CharField(
        _("instrument"), max_length=200, help_text=_("The law, regulation, standard or guideline, by its full name.")
    )
    issuer = models.CharField(_("issued by"), max_length=200)
    instrument_date = models.DateField(
        _("date of the instrument"), null=True, blank=True, help_text=_("When it was issued or took effect.")
    )
    clause = models.CharField(
        _("article or clause"),
        max_length=100,
        blank=True,
        help_text=_("Only when confirmed; leave empty when the article or clause number is not known."),
    )
    confirmation = models.CharField(
        _("confirmation"), max_length=20, choices=Confirmation.choices, default=Confirmation.REPORTED
    )
    confirmation_note = models.TextField(
        _("note on the sources"), blank=True, help_text=_("What the wording rests on, and what is not confirmed.")
    )
    last_reviewed = models.DateField(_("last reviewed"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_published = models.BooleanField(_("published"), default=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CollectionRuleQuerySet.as_manager()

    class Meta:
        verbose_name = _("collection rule")
        verbose_name_plural = _("collection rules")
        ordering = ["order", "slug"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return f"{reverse('rights:rules')}#{self.slug}"

    @property
    def is_binding_law(self) -> bool:
        return self.weight in (self.Weight.LAW, self.Weight.REGULATION)


class RuleSource(models.Model):
    """A named, dated source behind a rule: the text itself or a report about it."""

    rule = models.ForeignKey(CollectionRule, on_delete=models.CASCADE, related_name="sources", verbose_name=_("rule"))
    title = models.CharField(_("title"), max_length=300)
    publisher = models.CharField(_("publisher"), max_length=200)
    published_on = models.DateField(_("date of the source"), null=True, blank=True)
    url = models.URLField(_("web address"), blank=True)
    is_primary_text = models.BooleanField(
        _("primary text"), default=False, help_text=_("Tick when this is the text of the rule itself, not a report.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("rule source")
        verbose_name_plural = _("rule sources")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.title


class RuleChangeNote(TraditionalConversionMixin, models.Model):
    """A public, dated note of what changed in a rule's entry; shown with the rule and in the open-data changelog."""

    translation_check_field = "note"

    rule = models.ForeignKey(
        CollectionRule, on_delete=models.CASCADE, related_name="change_notes", verbose_name=_("rule")
    )
    changed_on = models.DateField(_("date of the change"))
    note = models.TextField(_("what changed"))

    class Meta:
        verbose_name = _("rule change note")
        verbose_name_plural = _("rule change notes")
        ordering = ["-changed_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.changed_on}: {self.note[:60]}"
