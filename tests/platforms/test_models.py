from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.utils import translation

from platforms.models import Platform, Source, Stage
from platforms.timeline import stage_gaps, stage_set_errors
from tests.factories import make_platform, trilingual


@pytest.fixture(autouse=True)
def english_messages():
    # Messages are asserted in English; the Chinese catalogues are checked in tests/test_languages.py.
    with translation.override("en"):
        yield


def stage(first, last):
    return SimpleNamespace(first_day=first, last_day=last)


@pytest.mark.parametrize(
    "stages",
    [
        [],
        [stage(1, 3)],
        [stage(1, 3), stage(4, 7), stage(8, None)],
        [stage(1, 1), stage(2, 2), stage(3, None)],
        [stage(1, 3), stage(10, 20)],  # a gap is allowed
        [stage(8, None), stage(1, 7)],  # order of input does not matter
    ],
)
def test_valid_stage_sets(stages):
    assert stage_set_errors(stages) == []


@pytest.mark.parametrize(
    ("stages", "expected"),
    [
        ([stage(1, 5), stage(4, 7)], "days 1–5"),
        ([stage(1, 5), stage(5, 7)], "days 5–7"),
        ([stage(1, None), stage(5, 7)], "must come last"),
        ([stage(1, 3), stage(4, None), stage(9, None)], "Only one stage may be open-ended"),
        ([stage(3, 3), stage(3, 3)], "day 3"),
    ],
)
def test_invalid_stage_sets_name_the_stages(stages, expected):
    errors = stage_set_errors(stages)
    assert errors
    assert any(expected in message for message in errors)


def test_gaps_are_found():
    assert [str(gap) for gap in stage_gaps([stage(2, 3), stage(6, 9), stage(10, None)])] == ["day 1", "days 4–5"]
    assert stage_gaps([stage(1, 3), stage(4, None)]) == []


def new_stage(platform, first, last, **extra):
    return Stage(
        platform=platform,
        first_day=first,
        last_day=last,
        **trilingual("title", "阶段", "階段", "Stage"),
        **extra,
    )


@pytest.mark.django_db
class TestStageValidation:
    @pytest.mark.parametrize(
        ("first", "last", "field"),
        [(0, 3, "first_day"), (5, 4, "last_day"), (1, 3651, "last_day"), (3651, None, "first_day")],
    )
    def test_own_days_are_checked(self, first, last, field):
        platform = make_platform()
        with pytest.raises(ValidationError) as error:
            new_stage(platform, first, last).full_clean()
        assert field in error.value.message_dict

    @pytest.mark.parametrize(("first", "last"), [(1, 1), (1, 3650), (7, None), (3650, 3650)])
    def test_accepted_days(self, first, last):
        new_stage(make_platform(), first, last).full_clean()

    def test_overlap_with_a_saved_stage_is_rejected_with_both_named(self):
        platform = make_platform(stages=[(1, 3, False), (4, 7, True)])
        with pytest.raises(ValidationError) as error:
            new_stage(platform, 6, 9).full_clean()
        assert "days 4–7" in str(error.value) and "days 6–9" in str(error.value)

    def test_second_open_ended_stage_is_rejected(self):
        platform = make_platform(stages=[(1, 3, False), (4, None, True)])
        with pytest.raises(ValidationError):
            new_stage(platform, 10, None).full_clean()

    def test_stage_before_an_open_ended_one_is_fine_only_if_it_ends_before(self):
        platform = make_platform(stages=[(8, None, True)])
        new_stage(platform, 1, 7).full_clean()
        with pytest.raises(ValidationError):
            new_stage(platform, 1, 8).full_clean()

    def test_editing_a_stage_does_not_compare_it_with_itself(self):
        platform = make_platform(stages=[(1, 3, False), (4, 7, True)])
        existing = platform.stages.get(first_day=4)
        existing.last_day = 9
        existing.full_clean()

    def test_unknown_channel_is_rejected(self):
        with pytest.raises(ValidationError) as error:
            new_stage(make_platform(), 1, 3, channels=["sms", "carrier-pigeon"]).full_clean()
        assert "channels" in error.value.message_dict

    def test_channel_labels_follow_the_language(self):
        item = new_stage(make_platform(), 1, 3, channels=["sms", "phone"])
        with translation.override("en"):
            assert item.channel_labels == ["SMS", "Phone calls"]


@pytest.mark.django_db(transaction=True)
class TestDatabaseConstraints:
    def test_first_day_zero_is_refused_by_the_database(self):
        platform = make_platform()
        with pytest.raises(IntegrityError), transaction.atomic():
            new_stage(platform, 0, 3).save()

    def test_last_before_first_is_refused_by_the_database(self):
        platform = make_platform()
        with pytest.raises(IntegrityError), transaction.atomic():
            new_stage(platform, 5, 2).save()

    def test_two_open_ended_stages_are_refused_by_the_database(self):
        platform = make_platform(stages=[(5, None, True)])
        with pytest.raises(IntegrityError), transaction.atomic():
            new_stage(platform, 9, None).save()

    @pytest.mark.skipif(connection.vendor != "postgresql", reason="overlap exclusion constraint is PostgreSQL-only")
    def test_overlapping_stages_are_refused_by_postgresql(self):
        platform = make_platform(stages=[(1, 5, False)])
        with pytest.raises(IntegrityError), transaction.atomic():
            new_stage(platform, 4, 9).save()

    def test_only_one_general_profile(self):
        make_platform(general=True)
        with pytest.raises(IntegrityError), transaction.atomic():
            make_platform(general=True)

    def test_source_claim_must_be_a_range(self):
        platform = make_platform()
        with pytest.raises(IntegrityError), transaction.atomic():
            Source.objects.create(platform=platform, claimed_first_day=9, claimed_last_day=3, title_zh_hans="来源")


@pytest.mark.django_db
def test_source_validation():
    platform = make_platform()
    with pytest.raises(ValidationError):
        Source(platform=platform, title_zh_hans="来源", claimed_last_day=3).full_clean()
    with pytest.raises(ValidationError):
        Source(platform=platform, title_zh_hans="来源", claimed_first_day=9, claimed_last_day=3).full_clean()
    Source(platform=platform, title_zh_hans="来源", claimed_first_day=14, claimed_last_day=14).full_clean()


@pytest.mark.django_db
def test_published_queryset_hides_drafts():
    visible = make_platform(published=True)
    make_platform(published=False)
    general = make_platform(published=True, general=True)
    assert set(Platform.objects.published()) == {visible, general}
    assert list(Platform.objects.listed()) == [visible]


@pytest.mark.django_db
def test_aliases_are_split_by_line():
    platform = make_platform(aliases="借呗\n 蚂蚁借呗 \n\n")
    assert platform.alias_list == ["借呗", "蚂蚁借呗"]
