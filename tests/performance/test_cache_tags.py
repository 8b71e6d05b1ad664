"""A change retires the cached pages that show what changed, and nothing else (overdue_site.page_cache tags)."""

import datetime
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.cache import caches
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone

from feedback.models import Comment, ContactDayReport, ProblemReport
from overdue_site import page_cache
from search import index
from search.models import SearchDocument
from tests.factories import make_article, make_category, make_platform
from workflow.models import Status

from .support import admin_form_data, site_caches, warm

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def cache_states(client, urls) -> dict[str, str]:
    return {url: client.get(url)["X-Cache"] for url in urls}


def in_languages(url: str) -> list[str]:
    return [url.replace("/zh-hans/", f"/{code}/") for code in LANGUAGES]


@pytest.fixture
def site():
    """An article linked to one platform, and another platform with nothing to do with it."""
    platform = make_platform(slug="linked", name_en="Linked platform", stages=[(1, None, True)])
    unrelated = make_platform(slug="unrelated", name_en="Unrelated platform", stages=[(1, None, True)])
    article = make_article(title="带评论的文章", title_en="Commented article", platforms=[platform])
    return article, platform, unrelated


def comment(article=None, platform=None, status=Comment.Status.PENDING) -> Comment:
    return Comment.objects.create(
        article=article,
        platform=platform,
        display_name="读者",
        body="读者的评论文字",
        language="zh-hans",
        status=status,
    )


def test_what_no_reader_sees_leaves_cached_pages_hits(client, site):
    article, platform, unrelated = site
    urls = [*in_languages(article.get_absolute_url()), platform.get_absolute_url(), "/zh-hans/platforms/"]
    warm(client, urls)

    comment(article=article)
    comment(platform=platform, status=Comment.Status.REJECTED)
    ProblemReport.objects.create(article=article, reason="wrong", details="这里的信息过时了", language="zh-hans")
    ContactDayReport.objects.create(
        platform=platform, first_contact_day=10, channel="phone", borrower_reachable="no", language="zh-hans"
    )
    index.update_record(SearchDocument.Kind.ARTICLE, article)
    SearchDocument.objects.filter(object_id=article.pk).delete()

    assert set(cache_states(client, urls).values()) == {"hit"}


def test_approving_a_comment_retires_only_its_articles_pages(client, site):
    article, platform, unrelated = site
    article_urls = in_languages(article.get_absolute_url())
    other_urls = [unrelated.get_absolute_url(), "/en/platforms/", "/en/"]
    warm(client, article_urls + other_urls)
    pending = comment(article=article)

    pending.status = Comment.Status.APPROVED
    pending.save()

    assert set(cache_states(client, other_urls).values()) == {"hit"}
    for url in article_urls:
        response = client.get(url)
        assert response["X-Cache"] == "miss", url
        assert "读者的评论文字" in response.content.decode(), url


def test_a_comment_that_stops_being_shown_retires_its_page(client, site):
    article, platform, unrelated = site
    shown = comment(platform=platform, status=Comment.Status.APPROVED)
    url = platform.get_absolute_url()
    warm(client, [url])
    shown.status = Comment.Status.SPAM
    shown.save()
    response = client.get(url)
    assert response["X-Cache"] == "miss"
    assert "读者的评论文字" not in response.content.decode()


def test_moderating_in_bulk_in_the_admin_retires_the_targets_pages(client, site):
    article, platform, unrelated = site
    pending = comment(platform=platform)
    urls = [platform.get_absolute_url(), unrelated.get_absolute_url()]
    warm(client, urls)
    moderator = client.__class__()
    moderator.force_login(User.objects.create_superuser("mod", "mod@example.invalid", "a-long-test-password"))
    response = moderator.post(
        f"/{settings.ADMIN_URL}feedback/comment/",
        {"action": "mark_approved_plain", "_selected_action": [pending.pk]},
    )
    assert response.status_code == 302
    assert Comment.objects.get(pk=pending.pk).status == Comment.Status.APPROVED
    assert cache_states(client, urls) == {urls[0]: "miss", urls[1]: "hit"}


def test_an_approved_contact_day_report_retires_its_platforms_pages(client, site):
    article, platform, unrelated = site
    lookup = f"/en/lookup/?platform={platform.slug}&days_overdue=5"
    urls = [platform.get_absolute_url(), lookup, f"/api/lookup/?platform={platform.slug}&days_overdue=5"]
    warm(client, [*urls, unrelated.get_absolute_url()])
    report = ContactDayReport.objects.create(
        platform=platform, first_contact_day=10, channel="phone", borrower_reachable="no", language="zh-hans"
    )
    assert set(cache_states(client, urls).values()) == {"hit"}
    report.status = ContactDayReport.Status.APPROVED
    report.save()
    assert set(cache_states(client, urls).values()) == {"miss"}
    assert client.get(unrelated.get_absolute_url())["X-Cache"] == "hit"


def test_an_article_edit_retires_its_page_its_lists_and_its_platforms_page_not_other_platforms(client, site):
    article, platform, unrelated = site
    retired = [*in_languages(article.get_absolute_url()), platform.get_absolute_url(), "/en/faq/", "/en/"]
    kept = [unrelated.get_absolute_url(), f"/en/lookup/?platform={unrelated.slug}&days_overdue=5"]
    warm(client, retired + kept)
    article.title_en = "Retitled article"
    article.save()
    assert set(cache_states(client, kept).values()) == {"hit"}
    assert set(cache_states(client, retired).values()) == {"miss"}
    assert "Retitled article" in client.get("/en/platforms/linked/").content.decode()


def test_an_article_text_edit_leaves_the_lookups_of_its_platforms_cached(client, site):
    article, platform, _unrelated = site
    lookups = [url for url in platform_pages(platform) if "lookup" in url]
    shown = [*in_languages(platform.get_absolute_url())]
    warm(client, lookups + shown)
    article.title_en = "Retitled article"
    article.save()
    assert set(cache_states(client, lookups).values()) == {"hit"}
    assert set(cache_states(client, shown).values()) == {"miss"}
    assert "Retitled article" in client.get(shown[-1]).content.decode()


def test_an_article_that_joins_a_platform_retires_the_platforms_pages_and_its_other_articles_pages(client, site):
    article, platform, _unrelated = site
    newcomer = make_article(title="新加入的文章", title_en="Newcomer", category=make_category(slug="other-topic"))
    urls = [*platform_pages(platform), *in_languages(article.get_absolute_url())]
    warm(client, urls)
    newcomer.platforms.add(platform)
    assert set(cache_states(client, urls).values()) == {"miss"}
    assert "Newcomer" in client.get(article.get_absolute_url().replace("/zh-hans/", "/en/")).content.decode()


def test_an_article_that_leaves_retires_the_pages_of_its_platforms(client, site):
    article, platform, _unrelated = site
    urls = platform_pages(platform)
    warm(client, urls)
    article.delete()
    assert set(cache_states(client, urls).values()) == {"miss"}
    assert "Commented article" not in client.get(f"/en/platforms/{platform.slug}/").content.decode()


@pytest.mark.parametrize(
    ("field", "value", "lists_retired"),
    [
        ("body_en", "A new description of the platform.", False),
        ("customer_service_en", "Call 95000", False),
        ("name_en", "Renamed platform", True),
        ("aliases_en", "Another name", True),
        ("summary_en", "A new short description", True),
    ],
)
def test_a_platform_edit_retires_the_lists_of_platforms_only_when_it_changes_what_they_show(
    client, site, field, value, lists_retired
):
    _article, platform, unrelated = site
    own = [*in_languages(platform.get_absolute_url()), f"/en/lookup/?platform={platform.slug}&days_overdue=5"]
    # Lookups show the lookup box's choices of platforms (the list page itself carries CONTENT: any edit retires it).
    lists = in_languages(f"/zh-hans/lookup/?platform={unrelated.slug}&days_overdue=5")
    warm(client, own + lists)
    setattr(platform, field, value)
    platform.save()
    assert set(cache_states(client, own).values()) == {"miss"}
    assert set(cache_states(client, lists).values()) == ({"miss"} if lists_retired else {"hit"})


@pytest.fixture
def topic():
    """Eight English articles of one category, a day apart, oldest first: the oldest is linked from its newer
    neighbour's page (and from the related lists of the older ones, which show the newest of the category) but not
    from the newest article's page (its five related articles are the five newest others, its neighbour the second
    newest)."""
    category = make_category(slug="topic")
    start = timezone.now() - datetime.timedelta(days=30)
    return [
        make_article(
            title=f"话题{number}",
            title_en=f"Topic {number}",
            category=category,
            published_at=start + datetime.timedelta(days=number),
        )
        for number in range(8)
    ]


def test_an_article_text_edit_retires_the_pages_that_link_to_it_not_the_rest_of_its_category(client, topic):
    oldest, linking, newest = topic[0], topic[1], topic[-1]
    shown = [*in_languages(oldest.get_absolute_url()), *in_languages(linking.get_absolute_url())]
    unrelated = in_languages(newest.get_absolute_url())
    warm(client, shown + unrelated)
    assert "Topic 0" not in client.get(unrelated[-1]).content.decode()

    oldest.title_en = "Topic 0, retitled"
    oldest.save()
    assert set(cache_states(client, unrelated).values()) == {"hit"}
    assert set(cache_states(client, shown).values()) == {"miss"}
    assert "Topic 0, retitled" in client.get(linking.get_absolute_url().replace("/zh-hans/", "/en/")).content.decode()


@pytest.mark.parametrize("change", ["publish", "unpublish", "move", "redate", "translate"])
def test_an_article_that_arrives_leaves_or_moves_in_its_category_retires_the_categorys_article_pages(
    client, topic, change
):
    newest = topic[-1]
    urls = in_languages(newest.get_absolute_url())
    warm(client, urls)
    if change == "publish":
        make_article(title="新文章", title_en="A new article", category=newest.category)
    else:
        article = topic[0]
        if change == "unpublish":
            article.status = Status.DRAFT
        elif change == "move":
            article.category = make_category(slug="elsewhere")
        elif change == "redate":
            article.published_at = timezone.now() - datetime.timedelta(hours=1)
        else:
            article.title_en = ""
        article.save()
    assert set(cache_states(client, urls).values()) == {"miss"}


def test_renaming_a_category_retires_the_pages_of_its_articles(client, topic):
    urls = in_languages(topic[-1].get_absolute_url())
    warm(client, urls)
    category = topic[-1].category
    category.name_en = "Renamed topic"
    category.save()
    assert set(cache_states(client, urls).values()) == {"miss"}
    assert "Renamed topic" in client.get(urls[-1]).content.decode()


def platform_pages(platform) -> list[str]:
    """Where a platform shows: its page, the platform list and lookups of it (pages and API), in every language."""
    urls = []
    for code in LANGUAGES:
        urls += [
            f"/{code}/platforms/{platform.slug}/",
            f"/{code}/platforms/",
            f"/{code}/lookup/?platform={platform.slug}&days_overdue=5",
            f"/{code}/lookup/?platform={platform.slug}&days_overdue=40",
        ]
    return urls + [f"/api/lookup/?platform={platform.slug}&days_overdue=5&lang={code}" for code in LANGUAGES]


NEW_NAMES = {"zh-hans": "管理后台新名称", "zh-hant": "管理後臺新名稱", "en": "Renamed in the admin"}


def rename_in_the_admin(client, platform) -> None:
    editor = client.__class__()
    editor.force_login(User.objects.create_superuser("editor", "editor@example.invalid", "a-long-test-password"))
    change_url = f"/{settings.ADMIN_URL}platforms/platform/{platform.pk}/change/"
    names = {f"name_{code.replace('-', '_')}": name for code, name in NEW_NAMES.items()}
    response = editor.post(change_url, admin_form_data(editor.get(change_url).content.decode(), **names))
    assert response.status_code == 302, response.content.decode()[:3000]


def assert_shows_new_names(client, urls) -> None:
    for url in urls:
        html = client.get(url).content.decode()
        language = next((code for code in LANGUAGES if f"/{code}/" in url or url.endswith(f"lang={code}")), None)
        assert NEW_NAMES[language] in html, url


def worker(name: str):
    """The CACHES of one gunicorn worker without Redis: its own in-process pages, the tag versions in the database."""
    return override_settings(
        CACHES=site_caches({"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": name}})
    )


def test_an_admin_edit_of_a_platform_shows_at_once_everywhere_in_every_language_and_in_another_worker(client, site):
    article, platform, unrelated = site
    urls = platform_pages(platform)
    if "Redis" in settings.CACHES["default"]["BACKEND"]:
        # Workers share the Redis cache: one worker stands for all.
        warm(client, urls)
        rename_in_the_admin(client, platform)
        assert_shows_new_names(client, urls)
        return
    with worker("second"):
        warm(client, urls)
    with worker("first"):
        warm(client, urls)
        rename_in_the_admin(client, platform)
        assert_shows_new_names(client, urls)
    with worker("second"):
        assert_shows_new_names(client, urls)


@pytest.mark.django_db(transaction=True)
def test_a_bump_in_another_process_retires_pages_cached_in_this_one(client):
    """A real second process (``manage.py shell`` on the same database and tag store) bumps a platform's tag."""
    database = connection.settings_dict
    if database["ENGINE"].endswith("sqlite3"):
        pytest.skip("SQLite's test database lives in this process's memory: no second process can open it")
    platform = make_platform(slug="other-process", name_en="Other process platform", stages=[(1, None, True)])
    url = platform.get_absolute_url()
    warm(client, [url])
    user = database["USER"] or "postgres"
    host = f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    env = {**os.environ, "DATABASE_URL": f"postgres://{user}@{host}/{database['NAME']}"}
    code = f"from overdue_site import page_cache; page_cache.bump('platform:{platform.pk}')"
    subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code], check=True, cwd=settings.BASE_DIR, env=env, timeout=60
    )
    assert client.get(url)["X-Cache"] == "miss"


def test_a_page_rendered_while_a_change_commits_is_not_stored(client, site, monkeypatch):
    """A version newer than the start of rendering means the page may show rows from before the change."""
    article, platform, unrelated = site
    url = platform.get_absolute_url()
    render = page_cache.PageCacheMiddleware.__call__

    def bump_while_rendering(self, request):
        original = self.get_response

        def get_response(request):
            response = original(request)
            page_cache.bump(f"platform:{platform.pk}")
            return response

        self.get_response = get_response
        try:
            return render(self, request)
        finally:
            self.get_response = original

    with monkeypatch.context() as patch:
        patch.setattr(page_cache.PageCacheMiddleware, "__call__", bump_while_rendering)
        assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "miss"  # nothing was stored the first time
    assert client.get(url)["X-Cache"] == "hit"


def test_tags_bumped_in_a_transaction_are_bumped_again_when_it_commits(django_capture_on_commit_callbacks):
    tag = "platform:1"
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        page_cache.bump(tag)
        during = page_cache.versions([tag])
        page_cache.bump("platform-list")
    assert len(callbacks) == 1  # one write on commit for every tag bumped in the transaction
    after = page_cache.versions([tag, "platform-list"])
    assert after[0] > during[0]


def test_a_lost_tag_version_never_revives_old_pages(client, site):
    article, platform, unrelated = site
    url = platform.get_absolute_url()
    warm(client, [url])
    caches[page_cache.TAGS].delete(page_cache.TAG_KEY.format(tag=f"platform:{platform.pk}"))
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"
