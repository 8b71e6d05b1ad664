import pytest

from tests.factories import make_article, make_platform


@pytest.fixture
def platform(db):
    return make_platform(
        "jiebei", "借呗", "借唄", "Jiebei", stages=[(1, 3, False), (4, 7, True), (8, None, True)], sources=[(4, 7)]
    )


@pytest.fixture
def article(db, platform):
    return make_article("逾期后紧急联系人会被打电话吗", "Will my contacts be called?", platforms=[platform])
