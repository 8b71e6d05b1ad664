import pytest
from django.utils import translation

from articles.models import SiteText
from articles.site_texts import site_texts
from tests.factories import make_site_text


@pytest.mark.django_db
def test_site_texts_are_rendered_per_language_in_one_query(django_assert_num_queries):
    make_site_text("disclaimer", body="**仅供参考**", body_en="**Information only**")
    with translation.override("en"), django_assert_num_queries(1):
        assert site_texts()["disclaimer"]["html"] == "<p><strong>Information only</strong></p>"
    with translation.override("zh-hans"):
        assert "仅供参考" in site_texts()["disclaimer"]["html"]


@pytest.mark.django_db
def test_editing_a_site_text_shows_at_once():
    text = make_site_text("disclaimer", body="旧", body_en="Old")
    with translation.override("en"):
        assert "Old" in site_texts()["disclaimer"]["html"]
        text.body_en = "New"
        text.save()
        assert "New" in site_texts()["disclaimer"]["html"]
        SiteText.objects.all().delete()
        assert site_texts() == {}


@pytest.mark.django_db
def test_every_page_shows_the_disclaimer_staff_wrote(client):
    make_site_text("disclaimer", body="本站内容仅供参考，不构成法律意见。", body_en="Our own disclaimer text.")
    assert "Our own disclaimer text." in client.get("/en/faq/").content.decode()
    page = client.get("/zh-hans/faq/").content.decode()
    assert "<p>本站内容仅供参考，不构成法律意见。</p>" in page
