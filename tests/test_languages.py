"""Every public page and the API speak the reader's language (issue: three languages for real).

A Traditional page must not contain Simplified-only characters from the interface catalogue, and an English page's
interface text must be English. Content in these tests is written in each language, so any stray character comes
from the interface. Elements marked with another `lang` (the language switcher) are skipped, as a reader's
browser would treat them.
"""

from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings

from articles.models import Article
from overdue_site.traditional import to_traditional
from tests.factories import make_article, make_category, make_platform

CJK = range(0x3400, 0xA000)
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """Text and attribute values a reader meets, skipping <script>/<style> and elements in another language."""

    def __init__(self, page_lang: str):
        super().__init__(convert_charrefs=True)
        self.page_lang = page_lang
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []

    def skipping(self) -> bool:
        return any(skip for _tag, skip in self.stack)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        other_lang = tag != "html" and attributes.get("lang") not in (None, self.page_lang)
        if tag not in VOID_TAGS:
            self.stack.append((tag, other_lang or tag in ("script", "style")))
        if not self.skipping() and not other_lang:
            self.parts.extend(attributes.get(name) or "" for name in ("title", "alt", "placeholder", "aria-label"))
            if tag == "meta" and attributes.get("name") == "description":
                self.parts.append(attributes.get("content") or "")

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _skip = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self.skipping():
            self.parts.append(data)

    @classmethod
    def of(cls, html: str, page_lang: str) -> str:
        parser = cls(page_lang)
        parser.feed(html)
        return " ".join(parser.parts)


def simplified_only_characters() -> set[str]:
    catalogue = polib.pofile(str(Path(settings.BASE_DIR) / "locale/zh_Hans/LC_MESSAGES/django.po"))
    text = "".join(entry.msgstr + "".join(entry.msgstr_plural.values()) for entry in catalogue)
    return {char for char in set(text) if ord(char) in CJK and to_traditional(char) != char}


@pytest.fixture
def content_in_three_languages(db):
    category = make_category("rights", "权益保护", "Your rights")
    category.name_zh_hant = "權益保護"
    category.save()
    platform = make_platform(
        "jiebei",
        "借呗",
        "借唄",
        "Jiebei",
        stages=[(1, 3, False), (4, 7, True), (8, None, True)],
        sources=[(4, 7)],
    )
    platform.summary_zh_hant = "螞蟻集團的消費信貸"
    platform.summary_en = "Consumer credit from Ant Group"
    platform.save()
    for stage in platform.stages.all():
        stage.description_zh_hant = "催收說明"
        stage.save()
    article = make_article(
        "紧急联系人要还钱吗",
        "Does an emergency contact have to repay?",
        title_hant="緊急聯繫人要還錢嗎",
        kind=Article.Kind.RIGHTS,
        category=category,
        platforms=[platform],
        questions=[("问", "答")],
    )
    article.questions.update(question_zh_hant="問", answer_zh_hant="答")
    return {"platform": platform, "article": article, "category": category}


def public_paths(content) -> list[str]:
    article = content["article"]
    return [
        "/{lang}/",
        "/{lang}/platforms/",
        "/{lang}/platforms/jiebei/",
        f"/{{lang}}/articles/{article.pk}-{article.slug}/",
        "/{lang}/faq/",
        "/{lang}/rights/",
        "/{lang}/guides/",
        "/{lang}/categories/rights/",
        "/{lang}/lookup/",
        "/{lang}/lookup/?platform=jiebei&days_overdue=5",
        "/{lang}/lookup/?platform=jiebei&days_overdue=abc",
        "/{lang}/no-such-page/",
    ]


@pytest.mark.django_db
def test_traditional_pages_have_no_simplified_interface_text(client, content_in_three_languages):
    forbidden = simplified_only_characters()
    assert len(forbidden) > 50, "the Simplified catalogue should be translated"
    for path in public_paths(content_in_three_languages):
        response = client.get(path.format(lang="zh-hant"))
        assert response.status_code in (200, 404)
        text = VisibleText.of(response.content.decode(), "zh-Hant")
        found = sorted({char for char in text if char in forbidden})
        assert not found, f"{path}: Simplified characters {found} in {text[:300]!r}"


@pytest.mark.django_db
def test_english_pages_have_english_interface_text(client, content_in_three_languages):
    for path in public_paths(content_in_three_languages):
        response = client.get(path.format(lang="en"))
        assert response.status_code in (200, 404)
        text = VisibleText.of(response.content.decode(), "en")
        chinese = sorted({char for char in text if ord(char) in CJK})
        assert not chinese, f"{path}: Chinese characters {chinese} in an English page: {text[:300]!r}"


@pytest.mark.django_db
def test_simplified_pages_are_in_chinese(client, content_in_three_languages):
    for path in public_paths(content_in_three_languages):
        html = client.get(path.format(lang="zh-hans")).content.decode()
        text = VisibleText.of(html, "zh-Hans")
        assert "Information, not legal advice" not in text
        assert "仅供参考" in text, path


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lang", "expected", "unexpected"),
    [("zh-hans", "借呗", "借唄"), ("zh-hant", "借唄", "借呗"), ("en", "Jiebei", "借")],
)
def test_api_answers_in_the_requested_language(client, content_in_three_languages, lang, expected, unexpected):
    body = client.get(f"/api/lookup/?platform=jiebei&days_overdue=5&lang={lang}").content.decode()
    assert expected in body and unexpected not in body
    errors = client.get(f"/api/lookup/?platform=jiebei&days_overdue=abc&lang={lang}").json()["errors"]
    message = " ".join(errors["days_overdue"])
    if lang == "en":
        assert not any(ord(char) in CJK for char in message)
    else:
        assert any(ord(char) in CJK for char in message)


POLITE_YOU = "您"


@pytest.mark.parametrize("language", ["zh_Hans", "zh_Hant"])
def test_chinese_catalogues_say_ni_never_nin(language):
    """The site speaks to readers with 你 (like the demo content); the compiled catalogue is what pages use."""
    catalogue = polib.mofile(str(Path(settings.BASE_DIR) / f"locale/{language}/LC_MESSAGES/django.mo"))
    assert len(catalogue) > 500
    texts = [entry.msgstr + "".join(entry.msgstr_plural.values()) for entry in catalogue]
    assert any("你" in text for text in texts)
    assert [text for text in texts if POLITE_YOU in text] == []


def test_demo_content_says_ni_never_nin():
    for path in sorted((Path(settings.BASE_DIR) / "demo_content" / "data").glob("*.py")):
        assert POLITE_YOU not in path.read_text(encoding="utf-8"), path.name


def register_paths(platform_slug: str, article_pk: int) -> list[str]:
    return [
        "/{lang}/",
        "/{lang}/platforms/",
        f"/{{lang}}/platforms/{platform_slug}/",
        f"/{{lang}}/lookup/?platform={platform_slug}&days_overdue=5",
        "/{lang}/lookup/?platform=nosuch&days_overdue=abc",
        "/{lang}/faq/",
        "/{lang}/rights/",
        "/{lang}/search/?q=借呗",
        "/{lang}/search/?q=完全找不到的词语组合",
        "/{lang}/complaint-channels/",
        "/{lang}/letters/",
        "/{lang}/privacy/",
        f"/{{lang}}/feedback/platforms/{platform_slug}/comment/",
        f"/{{lang}}/feedback/platforms/{platform_slug}/report/",
        f"/{{lang}}/feedback/platforms/{platform_slug}/contact-day/",
        f"/{{lang}}/feedback/articles/{article_pk}/comment/",
        "/{lang}/no-such-page/",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["zh-hans", "zh-hant"])
def test_chinese_pages_say_ni_never_nin(client, lang):
    from django.core.management import call_command
    from django.test import Client

    from platforms.models import Platform

    call_command("load_demo_content", verbosity=0)
    platform = Platform.objects.published().filter(is_general_profile=False).first()
    article = Article.objects.published().first()
    pages = {}
    for path in register_paths(platform.slug, article.pk):
        response = client.get(path.format(lang=lang))
        assert response.status_code in (200, 404), path
        pages[path] = response.content.decode()
    comment_path = f"/{lang}/feedback/platforms/{platform.slug}/comment/"
    pages["comment with errors"] = client.post(comment_path, {"display_name": "", "body": "13912345678"}).content
    pages["csrf failure"] = Client(enforce_csrf_checks=True).post(comment_path, {"body": "x"}).content
    for name, html in pages.items():
        html = html.decode() if isinstance(html, bytes) else html
        assert POLITE_YOU not in html, name
    for name in ("csrf failure", "comment with errors", "/{lang}/search/?q=完全找不到的词语组合"):
        assert "你" in (pages[name].decode() if isinstance(pages[name], bytes) else pages[name]), name
