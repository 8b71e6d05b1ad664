"""The demo content and its loader: complete, idempotent, safe for editors' changes, and accurate in form."""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path

import opencc
import pytest
from django.apps import apps
from django.core.management import call_command
from django.db.models import Q
from modeltranslation.translator import translator

from articles.models import Article, Category, Question, SiteText
from demo_content.data.articles import ARTICLES, CATEGORIES
from demo_content.data.collection_rules import COLLECTION_RULES
from demo_content.data.complaint_channels import COMPLAINT_CHANNELS
from demo_content.data.platforms import PLATFORMS, SOURCE_ARTICLE_E
from demo_content.data.site_texts import SITE_TEXTS
from demo_content.management.commands import load_demo_content
from platforms.models import Platform, Source, Stage
from platforms.timeline import stage_set_errors
from rights.models import CollectionRule, ComplaintChannel, RuleChangeNote

pytestmark = pytest.mark.django_db

LANGS = ("zh_hans", "zh_hant", "en")
TRANSLATED_MODELS = (Platform, Stage, Source, Category, Article, Question, SiteText)
REVIEWED = datetime.date(2026, 11, 23)

# Stages exactly as the research notes give them: (first_day, last_day, contacts_called).
EXPECTED_STAGES = {
    "zhihuixing": [(1, 3, False), (4, 7, True), (8, None, True)],
    "xingtu-renxingdai": [(1, 6, False), (7, 14, True), (15, 30, True), (31, None, True)],
    "ant-jiebei": [(1, 14, False), (15, 30, True), (31, None, True)],
    "haofenqi": [(1, 7, False), (8, 30, False), (31, None, False)],
    "alipay": [(1, 6, False), (7, 13, False), (14, None, True)],
    "general": [(1, 3, False), (4, 30, True), (31, None, True)],
}
# Contact windows the sources claim, per platform: {(claimed_first_day, claimed_last_day), ...}.
EXPECTED_CLAIMS = {
    "zhihuixing": {(4, 7)},
    "xingtu-renxingdai": {(7, 14)},
    "ant-jiebei": {(15, 30), (14, 14)},
    "haofenqi": {(None, None)},
    "alipay": {(14, 14), (15, 30)},
    "general": {(4, 7), (7, 14), (15, 30), (14, 14), (None, None)},
}
PLATFORM_NAMES = {
    "zhihuixing": ("智汇星", "智匯星"),
    "xingtu-renxingdai": ("星图金融·任性贷", "星圖金融·任性貸"),
    "ant-jiebei": ("蚂蚁借呗", "螞蟻借唄"),
    "haofenqi": ("好分期", "好分期"),
    "alipay": ("支付宝", "支付寶"),
}
OFFICIAL_HOTLINES = {"12378", "12363", "12321", "12345"}


def load(*args) -> str:
    out = io.StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


def full_dump() -> dict[str, list[dict]]:
    """Every row and field of every model (including many-to-many tables), by primary key."""
    return {
        model._meta.label: list(model.objects.order_by("pk").values())
        for model in apps.get_models(include_auto_created=True)
    }


def content_snapshot() -> dict[str, list]:
    """The demo content by natural keys, without primary keys or timestamps, for comparing across reloads."""

    def rows(queryset, *related):
        skip = {"id", "created_at", "updated_at", "platform_id", "article_id", "category_id", "view_count"}
        result = []
        for row in queryset.values(*[f.attname for f in queryset.model._meta.concrete_fields], *related):
            result.append(repr(sorted((k, v) for k, v in row.items() if k not in skip)))
        return sorted(result)

    snapshot = {
        "platforms": rows(Platform.objects.all()),
        "stages": rows(Stage.objects.all(), "platform__slug"),
        "sources": rows(Source.objects.all(), "platform__slug"),
        "categories": rows(Category.objects.all()),
        "articles": rows(Article.objects.all(), "category__slug"),
        "questions": rows(Question.objects.all(), "article__slug"),
        "site_texts": rows(SiteText.objects.all()),
        "links": sorted(Article.platforms.through.objects.values_list("article__slug", "platform__slug")),
    }
    return snapshot


def translated_texts():
    """(model label, pk, field, {lang: value}) for every translated field of every loaded record."""
    for model in TRANSLATED_MODELS:
        fields = translator.get_options_for_model(model).fields
        for obj in model.objects.all():
            for field in fields:
                yield model._meta.label, obj.pk, field, {lang: getattr(obj, f"{field}_{lang}") or "" for lang in LANGS}


# Loading ------------------------------------------------------------------------------------------------------------


def test_loads_and_reports_counts():
    output = load()
    assert "platforms: 6 created, 0 already present" in output
    assert Platform.objects.count() == 6
    assert Article.objects.count() >= 14
    assert SiteText.objects.count() == 3


def test_second_run_changes_nothing():
    load()
    before = full_dump()
    output = load()
    assert full_dump() == before
    created = re.findall(r"(\d+) created", output)
    assert created and set(created) == {"0"}
    assert not re.search(r"\d+ (reset|removed|skipped)", output)


def test_reset_on_untouched_content_changes_nothing():
    load()
    before = full_dump()
    load("--reset")
    assert full_dump() == before


def test_runs_in_one_transaction(monkeypatch):
    def fail(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(load_demo_content.Loader, "load_site_texts", fail)
    with pytest.raises(RuntimeError):
        load()
    assert not Platform.objects.exists()
    assert not Article.objects.exists()


# Editors' changes ---------------------------------------------------------------------------------------------------


def edit_demo_records():
    platform = Platform.objects.get(slug="zhihuixing")
    platform.body_zh_hans = "编辑改写的正文"
    platform.save()
    # Move the contacts stage one day later: the shipped stage from day 4 is now "missing" but would overlap.
    Stage.objects.filter(platform=platform, first_day=4).update(first_day=5)
    stage = Stage.objects.get(platform__slug="alipay", first_day=14)
    stage.title_en = "Edited by an editor"
    stage.save()
    Source.objects.filter(platform__slug="haofenqi").update(note_en="Editor's note")
    article = Article.objects.get(slug="two-days-overdue")
    article.title_en = "Edited title"
    article.save()
    article.platforms.set(Platform.objects.filter(slug="alipay"))
    Question.objects.filter(article=article, order=0).update(answer_zh_hans="编辑改写的回答")
    Category.objects.filter(slug="rights").update(name_en="Rights (edited)")
    SiteText.objects.filter(key="disclaimer").update(body_en="Edited disclaimer")


def test_does_not_overwrite_editors_changes():
    load()
    edit_demo_records()
    before = full_dump()
    output = load()
    assert full_dump() == before
    assert Platform.objects.get(slug="zhihuixing").body_zh_hans == "编辑改写的正文"
    assert Stage.objects.get(platform__slug="alipay", first_day=14).title_en == "Edited by an editor"
    assert Source.objects.get(platform__slug="haofenqi").note_en == "Editor's note"
    assert Article.objects.get(slug="two-days-overdue").title_en == "Edited title"
    assert SiteText.objects.get(key="disclaimer").body_en == "Edited disclaimer"
    # The shipped day-4 stage was not forced in beside the editor's day-5 stage.
    assert "skipped" in output
    stages = Stage.objects.filter(platform__slug="zhihuixing")
    assert sorted(s.first_day for s in stages) == [1, 5, 8]
    assert stage_set_errors(stages) == []


def test_creates_only_what_is_missing():
    load()
    Question.objects.filter(article__slug="two-days-overdue", order=1).delete()
    SiteText.objects.filter(key="complaints").delete()
    output = load()
    assert "FAQ entries: 1 created" in output
    assert "site texts: 1 created" in output
    assert Question.objects.filter(article__slug="two-days-overdue", order=1).exists()


def test_reset_restores_shipped_text():
    load()
    shipped = content_snapshot()
    edit_demo_records()
    extra = Platform.objects.create(slug="editor-platform", name_zh_hans="编辑加的平台", status="published")
    load()  # an ordinary run in between changes nothing
    output = load("--reset")
    assert re.search(r"[1-9]\d* reset", output)
    assert Platform.objects.filter(pk=extra.pk, name_zh_hans="编辑加的平台").exists()
    Platform.objects.filter(pk=extra.pk).delete()  # not demo content: left alone by --reset, removed for comparing
    assert content_snapshot() == shipped


def test_reset_replaces_an_edited_stage_set():
    load()
    shipped = content_snapshot()
    platform = Platform.objects.get(slug="xingtu-renxingdai")
    Stage.objects.filter(platform=platform, first_day=31).delete()
    Stage.objects.filter(platform=platform, first_day=15).update(last_day=None)
    Stage.objects.create(platform=platform, first_day=3, last_day=6, title_zh_hans="编辑", channels=["sms"])
    Stage.objects.filter(platform=platform, first_day=1).update(last_day=2)
    load("--reset")
    assert content_snapshot() == shipped
    assert stage_set_errors(platform.stages.all()) == []


# What the content must contain --------------------------------------------------------------------------------------


def test_platforms_stages_and_sources_as_researched():
    load()
    for slug, expected in EXPECTED_STAGES.items():
        platform = Platform.objects.get(slug=slug)
        assert platform.is_live
        assert platform.last_reviewed == REVIEWED
        stages = list(platform.stages.order_by("first_day"))
        assert [(s.first_day, s.last_day, s.contacts_called) for s in stages] == expected, slug
        for stage in stages:
            assert set(stage.channels) <= set(Stage.Channel.values)
            assert stage.intensity in (1, 2, 3)
        claims = {(s.claimed_first_day, s.claimed_last_day) for s in platform.sources.all()}
        assert claims == EXPECTED_CLAIMS[slug], slug
        for source in platform.sources.all():
            assert source.reliability == Source.Reliability.LOW
            assert source.url == ""
            assert source.note_zh_hans and source.note_en
    dated = {s.title_en: s.published_on for s in Source.objects.filter(platform__slug="general")}
    assert dated["Simplified-Chinese web article on Ant Jiebei's collection timeline"] == datetime.date(2025, 2, 7)
    assert dated["Simplified-Chinese web article on what happens when Haofenqi payments are overdue"] == datetime.date(
        2025, 1, 8
    )
    assert sum(1 for date in dated.values() if date is None) == 3


def test_sources_are_named_by_topic_and_language_and_undated_ones_say_so():
    """Titles describe the article (the date is a field of its own, shown beside the title); an undated source is
    shown by its title alone, so the title says it is undated."""
    load()
    for source in Source.objects.all():
        titles = (source.title_zh_hans, source.title_zh_hant, source.title_en)
        assert "网络文章" in titles[0] and "網絡文章" in titles[1] and "web article" in titles[2], titles
        assert ("繁体中文" in titles[0]) == ("繁體中文" in titles[1]) == titles[2].startswith("Traditional-Chinese")
        assert ("简体中文" in titles[0]) == ("簡體中文" in titles[1]) == titles[2].startswith("Simplified-Chinese")
        undated = source.published_on is None
        assert ("未注明日期" in titles[0]) == ("未註明日期" in titles[1]) == ("(undated)" in titles[2]) == undated
        assert not any(re.search(r"20\d\d|《|》", title) for title in titles), titles


def test_general_profile():
    load()
    general = Platform.objects.get(is_general_profile=True)
    assert general.slug == "general"
    assert general.is_live
    assert "可靠性低" in general.body_zh_hans
    assert list(Platform.objects.listed().values_list("slug", flat=True)) == sorted(PLATFORM_NAMES)


def test_haofenqi_says_the_data_is_thin():
    load()
    platform = Platform.objects.get(slug="haofenqi")
    assert not platform.stages.filter(contacts_called=True).exists()
    assert "数据很薄" in platform.body_zh_hans
    assert "thin" in platform.body_en


@pytest.mark.parametrize(("slug", "names"), PLATFORM_NAMES.items())
def test_platforms_findable_by_name(slug, names):
    load()
    hans, hant = names
    assert Platform.objects.published().get(name_zh_hans=hans).slug == slug
    assert Platform.objects.published().get(name_zh_hant=hant).slug == slug


@pytest.mark.parametrize("text", ["星图金融任性贷", "星图金融·任性贷", "任性贷", "星圖金融任性貸", "星圖金融·任性貸"])
def test_xingtu_findable_with_and_without_dot(text):
    load()
    query = Q()
    for lang in ("zh_hans", "zh_hant"):
        query |= Q(**{f"name_{lang}__contains": text}) | Q(**{f"aliases_{lang}__contains": text})
    assert list(Platform.objects.published().filter(query).values_list("slug", flat=True)) == ["xingtu-renxingdai"]


def test_aliases():
    load()
    assert Platform.objects.get(slug="ant-jiebei").alias_list == ["借呗", "蚂蚁借呗"]
    assert Platform.objects.get(slug="alipay").alias_list == ["借呗", "花呗"]
    assert "任性贷" in Platform.objects.get(slug="xingtu-renxingdai").alias_list


def test_articles():
    load()
    articles = Article.objects.all()
    assert articles.count() >= 14
    for article in articles:
        assert article.is_live
        assert article.last_reviewed == REVIEWED
        assert datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC) <= article.published_at
        assert article.published_at <= datetime.datetime(2026, 11, 21, tzinfo=datetime.UTC)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", article.slug)
        assert article.byline_zh_hans == "编辑部" and article.byline_en == "Editorial team"
        assert article.platforms.exists()
        assert 2 <= article.questions.count() <= 5, article.slug
        assert "## " in article.body_zh_hans and "\n- " in article.body_zh_hans
        assert "## " in article.body_en and "\n- " in article.body_en
        chinese = len(re.findall(r"[\u4e00-\u9fff]", article.body_zh_hans))
        assert 300 <= chinese <= 900, (article.slug, chinese)
        assert article.intro_zh_hans.startswith("小编导语")
        assert article.summary_zh_hans.startswith("小编总结")
        # Information, not legal advice: said in every language.
        assert "不是法律意见" in article.summary_zh_hans + article.body_zh_hans
        assert "不是法律意見" in article.summary_zh_hant + article.body_zh_hant
        assert "not legal advice" in article.summary_en + article.body_en
    assert Article.objects.filter(kind=Article.Kind.RIGHTS).count() >= 4
    platform_faqs = Article.objects.filter(kind=Article.Kind.FAQ, category__slug="platform-timelines")
    assert platform_faqs.count() == 5
    for slug in PLATFORM_NAMES:
        assert platform_faqs.filter(platforms__slug=slug).exists()
    assert set(Category.objects.values_list("slug", flat=True)) == {
        "platform-timelines",
        "rights",
        "credit-report",
        "dealing-with-debt",
    }


def test_reader_questions_are_covered():
    load()
    text = " ".join(a.title_zh_hans + a.body_zh_hans for a in Article.objects.all())
    for needle in ("2天", "11天", "失联", "家人打电话", "要替借款人还钱", "上征信", "延期或分期"):
        assert needle in text, needle
    for needle in ("第465条", "681", "685", "552", "1064", "第15条", "第16条", "第17条", "第25条", "第26条"):
        assert needle in text, needle
    for needle in ("2025年12月22日", "1万元", "2026年3月31日", "GB/T 45251—2025", "22点到早上8点", "3次", "6次"):
        assert needle in text, needle
    for needle in ("第293条之一", "第293条", "第238条", "第253条之一", "第42条", "失信被执行人"):
        assert needle in text, needle


def test_site_texts():
    load()
    assert set(SiteText.objects.values_list("key", flat=True)) == set(SiteText.Key.values)
    rules = SiteText.objects.get(key="contact_rules")
    for needle in ("GB/T 45251—2025", "推荐性", "22点", "没有还款义务", "不得告诉", "不得再联系"):
        assert needle in rules.body_zh_hans
    assert "not legal advice" in SiteText.objects.get(key="disclaimer").body_en
    complaints = SiteText.objects.get(key="complaints").body_zh_hans
    for hotline in ("12378", "12363", "12321", "110", "12345"):
        assert hotline in complaints


def test_stage_sets_are_valid():
    load()
    for platform in Platform.objects.all():
        stages = list(platform.stages.all())
        assert stage_set_errors(stages) == [], platform.slug
        assert all(s.first_day >= 1 for s in stages)
        open_ended = [s for s in stages if s.last_day is None]
        assert len(open_ended) <= 1
        assert not open_ended or open_ended[0].first_day == max(s.first_day for s in stages)


# Form of the texts --------------------------------------------------------------------------------------------------


def test_every_filled_text_has_all_three_languages():
    load()
    for label, pk, field, values in translated_texts():
        if any(values.values()):
            assert all(v.strip() for v in values.values()), (label, pk, field, values)
    for model, fields in ((Platform, ("name", "summary", "body")), (Article, ("title", "intro", "body", "summary"))):
        for obj in model.objects.all():
            for field in fields:
                assert getattr(obj, f"{field}_en"), (obj, field)


def test_traditional_text_is_traditional():
    load()
    to_simplified = opencc.OpenCC("t2s")
    to_traditional = opencc.OpenCC("s2t")
    for label, pk, field, values in translated_texts():
        hans, hant = values["zh_hans"], values["zh_hant"]
        assert to_simplified.convert(hant) == hans, (label, pk, field)
        if to_traditional.convert(hans) != hans:
            assert hant != hans, (label, pk, field)
    names = " ".join(Platform.objects.values_list("name_zh_hant", flat=True))
    for name in ("智匯星", "星圖金融·任性貸", "螞蟻借唄", "支付寶", "好分期"):
        assert name in names


PHONE = re.compile(r"(?<![\d.])\+?\d(?:[ \-]?\d){6,}(?!\d)")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
HOTLINE_LIKE = re.compile(r"(?<!\d)1\d{4}(?!\d)")


def all_loaded_text() -> list[str]:
    texts = [value for *_rest, values in translated_texts() for value in values.values()]
    texts += list(Source.objects.values_list("url", flat=True))
    return texts


def test_no_personal_data():
    load()
    for text in all_loaded_text():
        assert not PHONE.search(text), PHONE.search(text).group()
        assert not EMAIL.search(text), EMAIL.search(text).group()
        for number in HOTLINE_LIKE.findall(text):
            assert number in OFFICIAL_HOTLINES, number


def test_personal_data_patterns_would_catch_examples():
    assert PHONE.search("请拨打 138 0013 8000")
    assert PHONE.search("call 021-12345678")
    assert EMAIL.search("write to someone@example.com")
    assert not PHONE.search("12378、12363、12321、110、12345")
    assert not PHONE.search("GB/T 45251—2025")


def test_project_does_not_read_the_research_notes():
    root = Path(load_demo_content.__file__).resolve().parents[2]
    for path in root.rglob("*.py"):
        assert "/work/shared" not in path.read_text(encoding="utf-8"), path


def test_brings_up_to_date_a_body_nobody_edited_and_leaves_an_edited_one():
    from demo_content.data.platforms import PLATFORMS, RULES_SECTION

    load()
    untouched = Platform.objects.get(slug="ant-jiebei")
    shipped = {field: getattr(untouched, field) for field in ("body_zh_hans", "body_zh_hant", "body_en")}
    # As the oldest demo loaded it: the body still ended with the rules the page now shows in its own panel.
    oldest = next(spec for spec in PLATFORMS if spec["slug"] == "ant-jiebei")["earlier_texts"]["body"][-1]
    assert all(oldest[language].endswith(RULES_SECTION[language]) for language in LANGS)
    Platform.objects.filter(pk=untouched.pk).update(**{f"body_{language}": oldest[language] for language in LANGS})
    Platform.objects.filter(slug="alipay").update(body_zh_hans="编辑改写的正文")
    output = load()
    assert "1 updated" in output
    untouched.refresh_from_db()
    assert {field: getattr(untouched, field) for field in shipped} == shipped
    assert "规则怎么说" not in untouched.body_zh_hans
    assert Platform.objects.get(slug="alipay").body_zh_hans == "编辑改写的正文"


def test_platform_bodies_do_not_repeat_the_rules_panel():
    load()
    for platform in Platform.objects.all():
        assert "规则怎么说" not in platform.body_zh_hans and "What the rules say" not in platform.body_en


# Sources named, not lettered --------------------------------------------------------------------------------------

# "文章C称", "**文章C**", "網絡文章A（", "Article B says", "article C's": a letter readers never see anywhere else.
LETTER_REFERENCE = re.compile(r"文章\s*[A-EＡ-Ｅ](?![A-Za-z])|\b[Aa]rticles?\s+[A-E]\b")


def test_letter_reference_pattern_would_catch_examples():
    for text in (
        "文章C称",
        "按文章A的说法",
        "**文章C**（",
        "網絡文章E（",
        "Article B says",
        "article C's ranges",
        "文章 D",
    ):
        assert LETTER_REFERENCE.search(text), text
    for text in (
        "Article 465 of the Civil Code",
        "文章称",
        "那篇网络文章",
        "a web article. A reader",
        "an article About",
    ):
        assert not LETTER_REFERENCE.search(text), text


def test_no_text_refers_to_a_source_by_letter():
    load()
    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).fields
        for obj in model.objects.all():
            for field in fields:
                for language in LANGS:
                    text = getattr(obj, f"{field}_{language}") or ""
                    match = LETTER_REFERENCE.search(text)
                    assert not match, (model._meta.label, obj.pk, f"{field}_{language}", match and match.group())
    root = Path(load_demo_content.__file__).resolve().parents[3]
    catalogues = list(root.glob("locale/*/LC_MESSAGES/django.po"))
    assert len(catalogues) == 3
    for catalogue in catalogues:
        assert not LETTER_REFERENCE.search(catalogue.read_text(encoding="utf-8")), catalogue


# Text earlier demos shipped ---------------------------------------------------------------------------------------


def shipped_records():
    """(the record a spec loads, as a queryset, and the spec) for every shipped record with translated texts."""
    for platform in PLATFORMS:
        slug = platform["slug"]
        yield Platform.objects.filter(slug=slug), platform
        for stage in platform["stages"]:
            yield Stage.objects.filter(platform__slug=slug, first_day=stage["first_day"]), stage
        for source in platform["sources"]:
            yield Source.objects.filter(platform__slug=slug, title_zh_hans=source["title"]["zh_hans"]), source
    for category in CATEGORIES:
        yield Category.objects.filter(slug=category["slug"]), category
    for article in ARTICLES:
        yield Article.objects.filter(slug=article["slug"]), article
        for question in article["questions"]:
            yield Question.objects.filter(article__slug=article["slug"], order=question["order"]), question
    for text in SITE_TEXTS:
        yield SiteText.objects.filter(key=text["key"]), text
    for channel in COMPLAINT_CHANNELS:
        yield ComplaintChannel.objects.filter(slug=channel["slug"]), channel
    for rule in COLLECTION_RULES:
        yield CollectionRule.objects.filter(slug=rule["slug"]), rule
        for note in rule["change_notes"]:
            yield RuleChangeNote.objects.filter(rule__slug=rule["slug"], changed_on=note["changed_on"]), note


def as_an_earlier_demo_left_it(version: int) -> int:
    """Give every record that declares earlier texts one of them (0: the previous demo's, -1: the oldest) in every
    language, as a database loaded by that demo holds them; returns how many records were changed."""
    changed = 0
    for records, spec in shipped_records():
        earlier = spec.get("earlier_texts", {})
        if earlier:
            values = {f"{field}_{lang}": texts[version][lang] for field, texts in earlier.items() for lang in LANGS}
            assert records.update(**values) == 1, (spec, values)
            changed += 1
    return changed


def holds_shipped_text(records, spec) -> bool:
    obj = records.get()
    return all(
        getattr(obj, f"{field}_{lang}") == spec[field][lang] for field in spec["earlier_texts"] for lang in LANGS
    )


def test_earlier_texts_are_declared_in_all_three_languages_and_differ_from_the_shipped_text():
    declared = [spec for _records, spec in shipped_records() if spec.get("earlier_texts")]
    assert len(declared) >= 30
    for spec in declared:
        for field, versions in spec["earlier_texts"].items():
            assert versions, field
            for texts in versions:
                assert set(texts) == set(LANGS) and all(texts.values()), (field, texts)
                assert all(texts[lang] != spec[field][lang] for lang in LANGS), (field, texts)


def test_letters_are_what_earlier_demos_shipped():
    """The earlier texts are the lettered ones, so an old database is recognised and brought up to date."""
    zhihuixing = next(spec for spec in PLATFORMS if spec["slug"] == "zhihuixing")
    titles = [source["earlier_texts"]["title"][0]["zh_hans"] for source in zhihuixing["sources"]]
    assert titles == ["网络文章A（繁体中文，未注明日期）：智汇星逾期后的催收时间"]
    lettered = [
        spec
        for _records, spec in shipped_records()
        for versions in spec.get("earlier_texts", {}).values()
        if any(LETTER_REFERENCE.search(text) for texts in versions for text in texts.values())
    ]
    assert len(lettered) >= 30


@pytest.mark.parametrize("version", [0, -1], ids=["previous demo", "oldest demo"])
def test_brings_an_old_database_up_to_date_and_renames_its_sources(version):
    load()
    shipped = content_snapshot()
    source_count = Source.objects.count()
    changed = as_an_earlier_demo_left_it(version)
    assert changed >= 30
    assert content_snapshot() != shipped
    assert Source.objects.filter(title_zh_hans__regex=r"^网络文章[A-E]（").count() == source_count
    output = load()
    assert f"sources: 0 created, 0 already present, {source_count} updated" in output
    assert re.search(r"stages: 0 created, \d+ already present, 16 updated", output)
    assert Source.objects.count() == source_count
    assert not Source.objects.filter(title_zh_hans__contains="网络文章A").exists()
    assert content_snapshot() == shipped
    for records, spec in shipped_records():
        if spec.get("earlier_texts"):
            assert holds_shipped_text(records, spec), spec
    before = full_dump()
    load()
    assert full_dump() == before


def test_reset_renames_the_sources_of_an_old_database_without_duplicating_them():
    load()
    shipped = content_snapshot()
    source_count = Source.objects.count()
    as_an_earlier_demo_left_it(0)
    load("--reset")
    assert Source.objects.count() == source_count
    assert content_snapshot() == shipped


def test_an_editors_change_in_an_old_database_is_left_alone():
    load()
    as_an_earlier_demo_left_it(0)
    # After the old demo was loaded, an editor changed some of its texts: in one language, or in another field.
    Stage.objects.filter(platform__slug="ant-jiebei", first_day=15).update(description_en="Edited by an editor")
    alipay_e = Source.objects.filter(platform__slug="alipay", claimed_first_day=14)
    alipay_e.update(title_en="Editor's title", note_zh_hans="编辑改写的说明")
    Platform.objects.filter(slug="haofenqi").update(body_zh_hant="編輯改寫的正文")
    Article.objects.filter(slug="alipay-emergency-contacts").update(body_en="Edited body")
    Question.objects.filter(article__slug="ant-jiebei-emergency-contacts", order=0).update(
        answer_zh_hans="编辑改写的回答"
    )
    sources = Source.objects.count()

    load()

    assert Source.objects.count() == sources
    stage = Stage.objects.get(platform__slug="ant-jiebei", first_day=15)
    assert stage.description_en == "Edited by an editor"
    assert "2025年2月7日那篇讲借呗的文章" in stage.description_zh_hans
    assert "2025年2月7日那篇講借唄的文章" in stage.description_zh_hant
    source = alipay_e.get()  # found by its earlier Simplified title, renamed, not duplicated
    assert source.title_zh_hans == SOURCE_ARTICLE_E["title"]["zh_hans"]
    assert source.title_zh_hant == SOURCE_ARTICLE_E["title"]["zh_hant"]
    assert source.title_en == "Editor's title"
    assert source.note_zh_hans == "编辑改写的说明"
    assert source.note_en == SOURCE_ARTICLE_E["note"]["en"]
    haofenqi = Platform.objects.get(slug="haofenqi")
    assert haofenqi.body_zh_hant == "編輯改寫的正文"
    assert not LETTER_REFERENCE.search(haofenqi.body_zh_hans + haofenqi.body_en)
    article = Article.objects.get(slug="alipay-emergency-contacts")
    assert article.body_en == "Edited body"
    assert not LETTER_REFERENCE.search(article.body_zh_hans + article.body_zh_hant)
    question = Question.objects.get(article__slug="ant-jiebei-emergency-contacts", order=0)
    assert question.answer_zh_hans == "编辑改写的回答"
    assert not LETTER_REFERENCE.search(question.answer_zh_hant + question.answer_en)
