"""The demo content is indexed as it is loaded (model saves), and a rebuild gives the same documents."""

import io

import pytest
from django.core.management import call_command

from search import engine
from search.models import SearchDocument

pytestmark = pytest.mark.django_db


def test_demo_content_is_searchable_after_loading_and_after_a_rebuild():
    call_command("load_demo_content", stdout=io.StringIO())
    loaded = sorted(SearchDocument.objects.values_list("kind", "object_id", "language"))
    for query, language in (("借呗", "zh-hans"), ("征信", "zh-hans"), ("紧急联系人", "zh-hans"), ("借唄", "zh-hant")):
        assert engine.search(query, language).total > 0, query
    assert engine.search("emergency contacts", "en").total > 0
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert sorted(SearchDocument.objects.values_list("kind", "object_id", "language")) == loaded
    assert engine.search("紧急联系人", "zh-hant").results[0].title.count("<mark>緊急聯繫人</mark>") == 1
