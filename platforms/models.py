from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from overdue_site.markup import RenderedMarkdownMixin, StoredHTML, StoredHTMLField
from overdue_site.reversing import cached_reverse
from overdue_site.traditional import TraditionalConversionMixin
from workflow.models import Publishable, PublishableQuerySet

from .timeline import MAX_DAY, stage_field_errors, stage_set_errors


class PlatformQuerySet(PublishableQuerySet):
    def listed(self):
        """Published platforms that readers pick from (the general industry profile is offered separately)."""
        return self.published().filter(is_general_profile=False)

    def with_timeline(self):
        return self.prefetch_related(
            models.Prefetch("stages", queryset=Stage.objects.order_by("first_day")),
            models.Prefetch("sources", queryset=Source.objects.order_by("-published_on", "pk")),
        )


class Platform(TraditionalConversionMixin, RenderedMarkdownMixin, Publishable):
    class Kind(models.TextChoices):
        CONSUMER_LOAN = "consumer_loan", _("Consumer loan")
        INSTALMENT = "instalment", _("Instalment shopping")
        CREDIT_CARD = "credit_card", _("Credit card")
        BANK = "bank", _("Bank")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=100)
    aliases = models.TextField(
        _("other names"),
        blank=True,
        help_text=_("Other names readers search for, one per line (for example 借呗 for 蚂蚁借呗)."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=60,
        unique=True,
        help_text=_("Short ASCII name used in web addresses and the API, the same in every language."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.CONSUMER_LOAN)
    operator = models.CharField(_("operator company"), max_length=200, blank=True)
    summary = models.CharField(_("short description"), max_length=300, blank=True)
    body = models.TextField(
        _("body"), blank=True, help_text=_("Formatted text: **bold**, *italic*, lists with -, headings with ##.")
    )
    body_html_zh_hans = StoredHTMLField()
    body_html_zh_hant = StoredHTMLField()
    body_html_en = StoredHTMLField()
    body_html = StoredHTML()
    rendered_markdown = {"body": "body_html"}
    customer_service = models.CharField(_("official customer service"), max_length=200, blank=True)
    is_general_profile = models.BooleanField(
        _("general industry profile"),
        default=False,
        help_text=_("Used when a reader's platform is not listed. Only one platform can be the general profile."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PlatformQuerySet.as_manager()

    translation_check_field = "name"

    class Meta:
        verbose_name = _("platform")
        verbose_name_plural = _("platforms")
        ordering = ["is_general_profile", "slug"]
        permissions = [("publish_platform", _("Can publish, schedule and unpublish platforms"))]
        constraints = [
            models.UniqueConstraint(
                fields=["is_general_profile"],
                condition=Q(is_general_profile=True),
                name="one_general_profile",
                violation_error_message=_("Another platform is already the general industry profile."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return cached_reverse("platforms:detail", slug=self.slug)

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in (self.aliases or "").splitlines() if line.strip()]


class Stage(TraditionalConversionMixin, models.Model):
    class Channel(models.TextChoices):
        SMS = "sms", _("SMS")
        PHONE = "phone", _("Phone calls")
        APP = "app", _("In-app messages")
        EMAIL = "email", _("E-mail")
        ROBOCALL = "robocall", _("Automated voice calls")
        SOCIAL = "social", _("Social and chat apps")
        HOME_VISIT = "home_visit", _("Home visits")
        AGENCY = "agency", _("Outside collection agency")
        LAWYER_LETTER = "lawyer_letter", _("Lawyer's letter")
        LAWSUIT = "lawsuit", _("Lawsuit")
        CREDIT_REPORT = "credit_report", _("Credit report")

    class Intensity(models.IntegerChoices):
        LOW = 1, _("Low")
        MEDIUM = 2, _("Medium")
        HIGH = 3, _("High")

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="stages", verbose_name=_("platform"))
    first_day = models.PositiveIntegerField(
        _("first day"), validators=[MinValueValidator(1), MaxValueValidator(MAX_DAY)]
    )
    last_day = models.PositiveIntegerField(
        _("last day"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_DAY)],
        help_text=_("Leave empty for an open-ended last stage."),
    )
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("what happens"), blank=True)
    channels = models.JSONField(_("channels"), default=list, blank=True)
    contacts_called = models.BooleanField(_("emergency contacts may be called"), default=False)
    intensity = models.PositiveSmallIntegerField(_("intensity"), choices=Intensity.choices, default=Intensity.LOW)

    # Set by the admin's stage formset, which checks the whole set of stages at once (several may move together).
    skip_sibling_validation = False

    class Meta:
        verbose_name = _("collection stage")
        verbose_name_plural = _("collection stages")
        ordering = ["platform", "first_day"]
        constraints = [
            models.CheckConstraint(condition=Q(first_day__gte=1), name="stage_first_day_at_least_1"),
            models.CheckConstraint(
                condition=Q(last_day__isnull=True) | Q(last_day__gte=models.F("first_day")),
                name="stage_last_day_not_before_first_day",
            ),
            models.UniqueConstraint(
                fields=["platform"],
                condition=Q(last_day__isnull=True),
                name="one_open_ended_stage_per_platform",
                violation_error_message=_("Only one stage of a platform may be open-ended."),
            ),
            models.UniqueConstraint(
                fields=["platform", "first_day"],
                name="one_stage_per_first_day",
                violation_error_message=_("Another stage of this platform starts on the same day."),
            ),
        ]

    def __str__(self) -> str:
        from .timeline import describe_days

        return f"{self.title} ({describe_days(self)})"

    @property
    def channel_labels(self) -> list[str]:
        labels = dict(self.Channel.choices)
        return [str(labels[code]) for code in self.channels if code in labels]

    def clean(self) -> None:
        errors = stage_field_errors(self.first_day, self.last_day)
        unknown = [code for code in self.channels or [] if code not in self.Channel.values]
        if unknown:
            errors["channels"] = _("Unknown channel: %(codes)s.") % {"codes": ", ".join(map(str, unknown))}
        if errors:
            raise ValidationError(errors)
        if self.skip_sibling_validation or self.platform_id is None or self.first_day is None:
            return
        siblings = list(Stage.objects.filter(platform_id=self.platform_id).exclude(pk=self.pk))
        problems = stage_set_errors([*siblings, self])
        if problems:
            raise ValidationError(problems)


class Source(TraditionalConversionMixin, models.Model):
    class Reliability(models.TextChoices):
        LOW = "low", _("Low: unsourced web article")
        MEDIUM = "medium", _("Medium: consistent reports")
        HIGH = "high", _("High: official or primary text")

    platform = models.ForeignKey(Platform, on_delete=models.CASCADE, related_name="sources", verbose_name=_("platform"))
    title = models.CharField(_("title"), max_length=200)
    url = models.URLField(_("web address"), blank=True)
    published_on = models.DateField(_("date of the source"), null=True, blank=True)
    reliability = models.CharField(
        _("reliability"), max_length=10, choices=Reliability.choices, default=Reliability.LOW
    )
    note = models.TextField(_("reliability note"), blank=True)
    claimed_first_day = models.PositiveIntegerField(
        _("contacts called from day"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_DAY)],
        help_text=_("The first day on which this source says emergency contacts are called, if it says so."),
    )
    claimed_last_day = models.PositiveIntegerField(
        _("contacts called by day"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(MAX_DAY)],
        help_text=_("The latest day this source gives; the same as the first day for a single day."),
    )

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["platform", "-published_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(claimed_last_day__isnull=True)
                | (Q(claimed_first_day__isnull=False) & Q(claimed_last_day__gte=models.F("claimed_first_day"))),
                name="source_claim_is_a_range",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def claims_window(self) -> bool:
        return self.claimed_first_day is not None

    def clean(self) -> None:
        if self.claimed_last_day is not None and self.claimed_first_day is None:
            raise ValidationError({"claimed_first_day": _("Give the first day too, or leave both empty.")})
        if (
            self.claimed_last_day is not None
            and self.claimed_first_day is not None
            and self.claimed_last_day < self.claimed_first_day
        ):
            raise ValidationError({"claimed_last_day": _("The last day must not be before the first day.")})
