"""Load the demo platforms, articles and site texts shipped in demo_content.data.

Records are matched by natural keys, never by primary key:

- platform: slug; stage: platform + first day; source: platform + Simplified title (the shipped one, or failing
  that one an earlier demo shipped, so a renamed source is renamed rather than duplicated);
- category: slug; article: slug; FAQ entry: article + order; site text: key; complaint channel: slug;
- collection rule: slug; rule source: rule + title; rule change note: rule + date.

Without ``--reset`` the command creates what is missing and never changes or deletes an editor's work; the only
text it changes is text a demo shipped earlier that nobody has edited since, which it brings up to date. Any record's
spec may declare the texts earlier demos shipped, ``"earlier_texts": {field: [{zh_hans, zh_hant, en}, ...]}``; a
field that in some language still holds one of them gets the shipped text in that language. A second run changes
nothing. A missing stage that would overlap the stages an editor has set up is skipped (and reported) rather than
forced in. With ``--reset`` every shipped record is overwritten with the shipped text, a demo platform's stages are
made exactly the shipped set again (stages an editor added to it are removed), and an article's related platforms
are set back to the shipped ones. Records the demo does not ship (other platforms, sources, articles, FAQ entries)
are never touched. Everything runs in one transaction.
"""

from __future__ import annotations

import datetime
from collections import Counter
from typing import Any

import reversion
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction

from articles.models import Article, Category, Question, SiteText
from demo_content.data.articles import ARTICLES, CATEGORIES
from demo_content.data.collection_rules import COLLECTION_RULES
from demo_content.data.complaint_channels import COMPLAINT_CHANNELS
from demo_content.data.platforms import PLATFORMS
from demo_content.data.site_texts import SITE_TEXTS
from platforms.models import Platform, Source, Stage
from platforms.timeline import stage_set_errors
from rights.models import CollectionRule, ComplaintChannel, RuleChangeNote, RuleSource

LANGUAGE_SUFFIXES = ("zh_hans", "zh_hant", "en")

PLATFORM_FIELDS = ("kind", "is_general_profile", "status", "last_reviewed")
PLATFORM_TEXTS = ("name", "aliases", "summary", "body")
STAGE_FIELDS = ("last_day", "contacts_called", "channels", "intensity")
STAGE_TEXTS = ("title", "description")
SOURCE_FIELDS = ("published_on", "reliability", "claimed_first_day", "claimed_last_day")
SOURCE_TEXTS = ("note",)
CATEGORY_FIELDS = ("order",)
CATEGORY_TEXTS = ("name", "description")
ARTICLE_FIELDS = ("kind", "status", "published_at", "last_reviewed")
ARTICLE_TEXTS = ("title", "intro", "body", "summary", "byline")
QUESTION_TEXTS = ("question", "answer")
SITE_TEXT_TEXTS = ("title", "body")
CHANNEL_FIELDS = ("phone", "confidence", "order")
CHANNEL_TEXTS = ("name", "handles", "when_to_use", "notes", "source_note")
RULE_FIELDS = ("weight", "confirmation", "instrument_date", "last_reviewed", "order")
RULE_TEXTS = ("title", "says", "instrument", "issuer", "confirmation_note")
RULE_OPTIONAL_TEXTS = ("clause",)  # empty in every language where the article or clause number is not confirmed
RULE_SOURCE_FIELDS = ("publisher", "published_on", "url", "is_primary_text")


def translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    """{"title": {...}} → {"title_zh_hans": ..., "title_zh_hant": ..., "title_en": ...}; all three must be given."""
    missing = [suffix for suffix in LANGUAGE_SUFFIXES if not texts.get(suffix)]
    if missing:
        raise CommandError(f"Demo text for {field!r} lacks {', '.join(missing)}.")
    return {f"{field}_{suffix}": texts[suffix] for suffix in LANGUAGE_SUFFIXES}


def earlier_values(spec: dict[str, Any]) -> dict[str, list[str]]:
    """The spec's earlier_texts, {"body": [{...three languages...}]}, as {"body_zh_hans": [...], "body_zh_hant": [...],
    "body_en": [...]}."""
    earlier: dict[str, list[str]] = {}
    for field, versions in spec.get("earlier_texts", {}).items():
        for texts in versions:
            for name, value in translated(field, texts).items():
                earlier.setdefault(name, []).append(value)
    return earlier


def known_values(spec: dict[str, Any], field: str, language: str = "zh_hans") -> list[str]:
    """The shipped text of ``field`` in ``language``, then the earlier ones: what a record the demo loaded may hold."""
    return [spec[field][language], *earlier_values(spec).get(f"{field}_{language}", [])]


def values_from(spec: dict[str, Any], fields: tuple[str, ...], texts: tuple[str, ...]) -> dict[str, Any]:
    values = {field: spec[field] for field in fields if field in spec}
    for field in texts:
        if field in spec:
            values.update(translated(field, spec[field]))
    return values


def dated(values: dict[str, Any], *fields: str) -> dict[str, Any]:
    """The values with ISO date strings in ``fields`` turned into dates, so they compare equal to stored ones."""
    return {
        key: datetime.date.fromisoformat(value) if key in fields and isinstance(value, str) else value
        for key, value in values.items()
    }


class Loader:
    def __init__(self, *, reset: bool) -> None:
        self.reset = reset
        self.counts: dict[str, Counter] = {}
        self.notes: list[str] = []

    def count(self, label: str, outcome: str) -> None:
        self.counts.setdefault(label, Counter())[outcome] += 1

    # Generic create-or-leave (or overwrite, with --reset) -----------------------------------------------------------

    def sync(
        self, model: type[models.Model], label: str, existing, lookup: dict, values: dict, earlier=None, **clean_options
    ):
        """Create, or with --reset overwrite; without it, a field still holding text an earlier demo shipped (earlier:
        {field: [old value, ...]}) gets the current text, since no editor has changed it."""
        if existing is None:
            obj = model(**lookup, **values)
            self.save(obj, label, **clean_options)
            self.count(label, "created")
            return obj
        if self.reset:
            changed = {field: value for field, value in values.items() if getattr(existing, field) != value}
            if changed:
                for field, value in changed.items():
                    setattr(existing, field, value)
                self.save(existing, label, **clean_options)
                self.count(label, "reset")
                return existing
        outdated = {
            field: values[field]
            for field, old_values in (earlier or {}).items()
            if field in values and getattr(existing, field) in old_values and getattr(existing, field) != values[field]
        }
        if outdated:
            for field, value in outdated.items():
                setattr(existing, field, value)
            self.save(existing, label, **clean_options)
            self.count(label, "updated")
            return existing
        self.count(label, "already present")
        return existing

    @staticmethod
    def save(obj: models.Model, label: str, **clean_options) -> None:
        try:
            obj.full_clean(**clean_options)
        except ValidationError as error:
            raise CommandError(f"Demo {label} {obj!r} is not valid: {error.messages}") from error
        obj.save()

    # Platforms ------------------------------------------------------------------------------------------------------

    def load_platforms(self) -> None:
        for spec in PLATFORMS:
            slug = spec["slug"]
            existing = Platform.objects.filter(slug=slug).first()
            if existing is None and spec.get("is_general_profile"):
                other = Platform.objects.filter(is_general_profile=True).first()
                if other is not None:
                    self.count("platforms", "skipped")
                    self.notes.append(f"Platform {slug!r} skipped: {other.slug!r} is already the general profile.")
                    continue
            platform = self.sync(
                Platform,
                "platforms",
                existing,
                {"slug": slug},
                values_from(spec, PLATFORM_FIELDS, PLATFORM_TEXTS),
                earlier=earlier_values(spec),
            )
            self.load_stages(platform, spec["stages"])
            self.load_sources(platform, spec["sources"])

    def load_stages(self, platform: Platform, specs: list[dict]) -> None:
        shipped = {spec["first_day"]: values_from(spec, STAGE_FIELDS, STAGE_TEXTS) for spec in specs}
        earlier = {spec["first_day"]: earlier_values(spec) for spec in specs}
        current = {stage.first_day: stage for stage in platform.stages.all()}
        if self.reset:
            for first_day, stage in list(current.items()):
                if first_day not in shipped:
                    stage.delete()
                    del current[first_day]
                    self.count("stages", "removed")
            # Shrink every stage that will change to its first day, so no intermediate state overlaps or has two
            # open-ended stages; then give each its shipped values.
            changing = [
                stage
                for first_day, stage in current.items()
                if any(getattr(stage, field) != value for field, value in shipped[first_day].items())
            ]
            for stage in changing:
                stage.last_day = stage.first_day
                stage.save(update_fields=["last_day"])
        for first_day, values in shipped.items():
            existing = current.get(first_day)
            if existing is None and not self.reset:
                candidate = Stage(platform=platform, first_day=first_day, **values)
                if stage_set_errors([*current.values(), candidate]):
                    self.count("stages", "skipped")
                    self.notes.append(
                        f"Stage from day {first_day} of {platform.slug!r} skipped: it would overlap the stages "
                        "an editor has set up."
                    )
                    continue
            if existing is not None:
                existing.skip_sibling_validation = True
            stage = self.sync(
                Stage,
                "stages",
                existing,
                {"platform": platform, "first_day": first_day},
                values,
                earlier=earlier[first_day],
                exclude=["platform"],
            )
            current[first_day] = stage
        problems = stage_set_errors(current.values())
        if problems:
            raise CommandError(f"Stages of {platform.slug!r} do not fit together: {' '.join(problems)}")

    def load_sources(self, platform: Platform, specs: list[dict]) -> None:
        for spec in specs:
            titles = known_values(spec, "title")
            found = Source.objects.filter(platform=platform, title_zh_hans__in=titles)
            # Should both exist, the source with the shipped title is the demo's one; the other is left alone.
            existing = min(found, key=lambda source: (titles.index(source.title_zh_hans), source.pk), default=None)
            values = values_from(spec, SOURCE_FIELDS, ("title", *SOURCE_TEXTS))
            self.sync(
                Source,
                "sources",
                existing,
                {"platform": platform},
                values,
                earlier=earlier_values(spec),
                exclude=["platform"],
            )

    # Articles -------------------------------------------------------------------------------------------------------

    def load_categories(self) -> dict[str, Category]:
        categories = {}
        for spec in CATEGORIES:
            existing = Category.objects.filter(slug=spec["slug"]).first()
            values = values_from(spec, CATEGORY_FIELDS, CATEGORY_TEXTS)
            categories[spec["slug"]] = self.sync(
                Category, "categories", existing, {"slug": spec["slug"]}, values, earlier=earlier_values(spec)
            )
        return categories

    def load_articles(self, categories: dict[str, Category]) -> None:
        for spec in ARTICLES:
            slug = spec["slug"]
            existing = Article.objects.filter(slug=slug).order_by("pk").first()
            values = values_from(spec, ARTICLE_FIELDS, ARTICLE_TEXTS)
            values["category"] = categories[spec["category"]]
            article = self.sync(Article, "articles", existing, {"slug": slug}, values, earlier=earlier_values(spec))
            platforms = list(Platform.objects.filter(slug__in=spec["platforms"]).order_by("pk"))
            if existing is None:
                article.platforms.set(platforms)
            elif self.reset and set(article.platforms.all()) != set(platforms):
                article.platforms.set(platforms)
                self.count("article platform links", "reset")
            for question in spec["questions"]:
                found = Question.objects.filter(article=article, order=question["order"]).order_by("pk").first()
                self.sync(
                    Question,
                    "FAQ entries",
                    found,
                    {"article": article, "order": question["order"]},
                    values_from(question, (), QUESTION_TEXTS),
                    earlier=earlier_values(question),
                    exclude=["article"],
                )

    def load_site_texts(self) -> None:
        for spec in SITE_TEXTS:
            existing = SiteText.objects.filter(key=spec["key"]).first()
            values = values_from(spec, (), SITE_TEXT_TEXTS)
            self.sync(SiteText, "site texts", existing, {"key": spec["key"]}, values, earlier=earlier_values(spec))

    def load_complaint_channels(self) -> None:
        for spec in COMPLAINT_CHANNELS:
            existing = ComplaintChannel.objects.filter(slug=spec["slug"]).first()
            values = values_from(spec, CHANNEL_FIELDS, CHANNEL_TEXTS)
            self.sync(
                ComplaintChannel,
                "complaint channels",
                existing,
                {"slug": spec["slug"]},
                values,
                earlier=earlier_values(spec),
            )

    def load_collection_rules(self) -> None:
        for spec in COLLECTION_RULES:
            existing = CollectionRule.objects.filter(slug=spec["slug"]).first()
            values = dated(values_from(spec, RULE_FIELDS, RULE_TEXTS), "instrument_date", "last_reviewed")
            for field in RULE_OPTIONAL_TEXTS:
                values.update({f"{field}_{suffix}": spec[field][suffix] for suffix in LANGUAGE_SUFFIXES})
            rule = self.sync(
                CollectionRule,
                "collection rules",
                existing,
                {"slug": spec["slug"]},
                values,
                earlier=earlier_values(spec),
            )
            for order, source in enumerate(spec["sources"]):
                found = RuleSource.objects.filter(rule=rule, title=source["title"]).order_by("pk").first()
                source_values = dated({field: source[field] for field in RULE_SOURCE_FIELDS}, "published_on")
                source_values["order"] = order
                self.sync(
                    RuleSource,
                    "rule sources",
                    found,
                    {"rule": rule, "title": source["title"]},
                    source_values,
                    exclude=["rule"],
                )
            for note in spec["change_notes"]:
                note = dated(note, "changed_on")
                found = RuleChangeNote.objects.filter(rule=rule, changed_on=note["changed_on"]).order_by("pk").first()
                self.sync(
                    RuleChangeNote,
                    "rule change notes",
                    found,
                    {"rule": rule, "changed_on": note["changed_on"]},
                    values_from(note, (), ("note",)),
                    earlier=earlier_values(note),
                    exclude=["rule"],
                )

    def load(self) -> None:
        self.load_platforms()
        self.load_articles(self.load_categories())
        self.load_site_texts()
        self.load_complaint_channels()
        self.load_collection_rules()

    def summary(self) -> list[str]:
        outcomes = ("created", "already present", "updated", "reset", "removed", "skipped")
        lines = []
        for label, counter in self.counts.items():
            parts = [
                f"{counter[outcome]} {outcome}" for outcome in outcomes if counter[outcome] or outcome in outcomes[:2]
            ]
            lines.append(f"  {label}: {', '.join(parts)}")
        return lines


class Command(BaseCommand):
    help = (
        "Load the demo platforms, stages, sources, categories, articles, FAQ entries and site texts. Creates only "
        "what is missing; never changes what an editor has edited unless --reset is given."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help=(
                "Overwrite the shipped demo records with the shipped text, and make each demo platform's stages "
                "exactly the shipped set again."
            ),
        )

    def handle(self, *args, reset: bool = False, **options):
        loader = Loader(reset=reset)
        # One revision in the content history (django-reversion) for everything the command saves.
        with transaction.atomic(), reversion.create_revision(atomic=False):
            reversion.set_comment("Demo content reset by load_demo_content." if reset else "Demo content loaded.")
            loader.load()
        self.stdout.write(f"Demo content{' reset' if reset else ''}:")
        for line in loader.summary():
            self.stdout.write(line)
        for note in loader.notes:
            self.stdout.write(self.style.WARNING(note))
