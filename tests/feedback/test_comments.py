"""Comments: the form page, moderation states, what readers see, and what is refused."""

import re

import pytest
from django.utils import timezone

from feedback.models import COMMENT_MAX_LENGTH, Comment
from tests.pages import page, query_count

pytestmark = pytest.mark.django_db


def comment_on(target, status=Comment.Status.APPROVED, **extra) -> Comment:
    field = target._meta.model_name
    return Comment.objects.create(
        **{field: target},
        display_name=extra.pop("display_name", "小王"),
        body=extra.pop("body", "第5天就打给我妈了"),
        language="zh-hans",
        status=status,
        **extra,
    )


def csrf_free_post(client, url, data):
    """The test client skips CSRF checks; the form page must still carry the token (checked separately)."""
    return client.post(url, data)


def test_form_page_has_csrf_token_honeypot_and_is_not_cached(client, platform):
    response = client.get("/en/feedback/platforms/jiebei/comment/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'class="hp-field"' in html and 'name="website"' in html
    assert "style=" not in html
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_a_comment_waits_for_moderation(client, platform):
    response = client.post("/en/feedback/platforms/jiebei/comment/", {"display_name": "Wang", "body": "Day 5, mum."})
    assert response.status_code == 302
    assert response["Location"] == "/en/feedback/platforms/jiebei/comment/thanks/"
    comment = Comment.objects.get()
    assert (comment.platform, comment.article, comment.status) == (platform, None, Comment.Status.PENDING)
    assert comment.language == "en"
    assert "waiting for moderation" in page(client, response["Location"])
    assert "Day 5, mum." not in page(client, "/en/platforms/jiebei/")


def test_comment_on_an_article(client, article):
    response = client.post(f"/en/feedback/articles/{article.pk}/comment/", {"display_name": "Li", "body": "Useful."})
    assert response.status_code == 302
    assert Comment.objects.get().article == article
    assert page(client, response["Location"])


@pytest.mark.parametrize(
    ("status", "shown"),
    [
        (Comment.Status.PENDING, False),
        (Comment.Status.APPROVED, True),
        (Comment.Status.REJECTED, False),
        (Comment.Status.SPAM, False),
    ],
)
def test_only_approved_comments_are_visible(client, platform, article, status, shown):
    comment_on(platform, status, body="On the platform page")
    comment_on(article, status, body="On the article page")
    assert list(Comment.objects.visible().values_list("status", flat=True)) == ([status] * 2 if shown else [])
    assert ("On the platform page" in page(client, "/en/platforms/jiebei/")) is shown
    assert ("On the article page" in page(client, article.get_absolute_url().replace("/zh-hans/", "/en/"))) is shown


def test_featured_comments_come_first_highlighted_with_their_date(client, platform):
    comment_on(
        platform, body="Older, featured", is_featured=True, created_at=timezone.now() - timezone.timedelta(days=9)
    )
    comment_on(platform, body="Newest, plain")
    html = page(client, "/en/platforms/jiebei/")
    assert html.index("Older, featured") < html.index("Newest, plain")
    featured = re.search(r'<li class="comment comment-featured">(.*?)</li>', html, re.S).group(1)
    assert "Featured comment" in featured and "Older, featured" in featured
    assert re.search(r'<time class="date" datetime="\d{4}-\d{2}-\d{2}">', featured)


def test_pages_link_to_the_forms_and_embed_no_csrf_token(client, platform, article):
    for url in ["/en/platforms/jiebei/", article.get_absolute_url().replace("/zh-hans/", "/en/")]:
        html = page(client, url)
        assert "csrfmiddlewaretoken" not in html
        assert "/comment/" in html and "/report/" in html
    assert "/en/feedback/platforms/jiebei/contact-day/" in page(client, "/en/platforms/jiebei/")


def test_honeypot_saves_nothing_but_looks_like_success(client, platform):
    response = client.post(
        "/en/feedback/platforms/jiebei/comment/", {"display_name": "Bot", "body": "Buy now", "website": "http://spam"}
    )
    assert response.status_code == 302
    assert not Comment.objects.exists()


def test_too_long_comment_gets_a_clear_message_and_keeps_the_text(client, platform):
    body = "很长" * COMMENT_MAX_LENGTH
    response = client.post("/en/feedback/platforms/jiebei/comment/", {"display_name": "Wang", "body": body})
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Keep your comment to at most {COMMENT_MAX_LENGTH} characters (it has {len(body)})." in html
    assert body in html
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("body", "催收打我妈电话13912345678", "a mobile phone number"),
        ("body", "身份證 310115199202290047 被洩露", "a resident identity card number"),
        ("body", "card 6225 8801 2345 6783", "a bank card number"),
        ("body", "mail me: wang@example.com", "an e-mail address"),
        ("display_name", "王 021-6543 2100", "a landline telephone number"),
    ],
)
def test_personal_data_is_refused_with_the_reason(client, platform, field, text, message):
    data = {"display_name": "Wang", "body": "fine", field: text}
    response = client.post("/en/feedback/platforms/jiebei/comment/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Your text seems to contain {message}." in html
    assert "neither yours nor anyone else&#x27;s" in html
    assert not Comment.objects.exists()


def test_unpublished_or_unknown_targets_are_404(client, platform):
    assert client.get("/en/feedback/platforms/nope/comment/").status_code == 404
    assert client.post("/en/feedback/articles/999999/comment/", {"display_name": "a", "body": "b"}).status_code == 404


def test_comment_needs_exactly_one_target(platform, article):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.create(display_name="x", body="y", language="en")
    with pytest.raises(IntegrityError), transaction.atomic():
        Comment.objects.create(platform=platform, article=article, display_name="x", body="y", language="en")


def test_comments_do_not_add_queries_per_comment(client, platform, article, settings):
    settings.PAGE_CACHE_ENABLED = False  # count the view's own queries
    article_url = article.get_absolute_url().replace("/zh-hans/", "/en/")
    comment_on(platform)
    comment_on(article)
    before = {url: query_count(client, url) for url in ["/en/platforms/jiebei/", article_url]}
    for number in range(10):
        comment_on(platform, body=f"more {number}", is_featured=number % 2 == 0)
        comment_on(article, body=f"more {number}")
    for url, count in before.items():
        assert query_count(client, url) == count
        # The article page: with few articles about its platform, its related articles take three small queries.
        assert 0 < count <= 9, url


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh-hans", "我的身份证号440306198506123714被发到群里了"),
        ("zh-hant", "催收員打給我姐姐，她的電話是 186 2345 6789"),
        ("en", "Email me at chen.mei@example.com"),
    ],
)
def test_refusal_in_every_language_keeps_the_text(client, platform, language, text):
    response = client.post(f"/{language}/feedback/platforms/jiebei/comment/", {"display_name": "小陈", "body": text})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist"' in html and text in html
    assert not Comment.objects.exists()
