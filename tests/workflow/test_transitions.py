"""Every transition of draft → in review → published, and who may make it (no HTTP involved)."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from articles.models import Article
from platforms.models import Platform
from tests.factories import make_article, make_platform
from workflow import transitions
from workflow.models import State, Status

NOW = datetime.datetime(2026, 11, 23, 4, 0, tzinfo=datetime.UTC)


def draft(model):
    if model is Article:
        return make_article(published=False)
    return make_platform(published=False)


@pytest.fixture(params=[Article, Platform], ids=["article", "platform"])
def model(request):
    return request.param


@pytest.mark.django_db
def test_editor_sends_a_draft_for_review_and_gets_it_back(model, editor):
    obj = draft(model)
    transitions.submit_for_review(obj, editor)
    obj.refresh_from_db()
    assert obj.status == Status.REVIEW
    transitions.return_to_draft(obj, editor)
    obj.refresh_from_db()
    assert obj.status == Status.DRAFT
    assert not model.objects.published().filter(pk=obj.pk).exists()


@pytest.mark.django_db
def test_editor_cannot_publish_schedule_or_unpublish(model, editor):
    obj = draft(model)
    with pytest.raises(PermissionDenied):
        transitions.publish(obj, editor)
    with pytest.raises(PermissionDenied):
        transitions.schedule(obj, editor, timezone.now() + datetime.timedelta(days=1))
    obj.refresh_from_db()
    assert obj.status == Status.DRAFT
    obj.status = Status.PUBLISHED
    obj.save()
    with pytest.raises(PermissionDenied):
        transitions.unpublish(obj, editor)
    obj.refresh_from_db()
    assert obj.status == Status.PUBLISHED


@pytest.mark.django_db
def test_users_without_change_permission_cannot_move_anything(model, moderator):
    obj = draft(model)
    with pytest.raises(PermissionDenied):
        transitions.submit_for_review(obj, moderator)
    with pytest.raises(PermissionDenied):
        transitions.mark_reviewed(obj, moderator)


@pytest.mark.django_db
def test_publisher_publishes_from_review_and_the_publish_date_is_now(model, publisher):
    obj = draft(model)
    obj.published_at = NOW - datetime.timedelta(days=30)  # created as a draft a month ago
    obj.status = Status.REVIEW
    obj.save()
    transitions.publish(obj, publisher, now=NOW)
    obj.refresh_from_db()
    assert obj.status == Status.PUBLISHED
    assert obj.published_at == NOW
    assert obj.state(NOW) == State.LIVE
    assert model.objects.published(NOW).filter(pk=obj.pk).exists()


@pytest.mark.django_db
def test_publishing_again_keeps_the_original_date(model, publisher):
    obj = draft(model)
    transitions.publish(obj, publisher, now=NOW)
    transitions.publish(obj, publisher, now=NOW + datetime.timedelta(days=3))
    obj.refresh_from_db()
    assert obj.published_at == NOW


@pytest.mark.django_db
def test_publishing_clears_an_unpublish_time_that_has_passed(model, publisher):
    obj = draft(model)
    transitions.schedule(obj, publisher, NOW - datetime.timedelta(days=5), NOW - datetime.timedelta(days=1))
    assert obj.state(NOW) == State.EXPIRED
    transitions.publish(obj, publisher, now=NOW)
    obj.refresh_from_db()
    assert obj.unpublish_at is None
    assert obj.state(NOW) == State.LIVE


@pytest.mark.django_db
def test_publisher_schedules_publish_and_unpublish_times(model, publisher):
    obj = draft(model)
    start, end = NOW + datetime.timedelta(days=1), NOW + datetime.timedelta(days=8)
    transitions.schedule(obj, publisher, start, end)
    obj.refresh_from_db()
    assert (obj.status, obj.published_at, obj.unpublish_at) == (Status.PUBLISHED, start, end)
    assert obj.state(NOW) == State.SCHEDULED
    assert obj.state(start) == State.LIVE
    assert obj.state(end) == State.EXPIRED


@pytest.mark.django_db
def test_unpublish_time_must_follow_the_publish_time(model, publisher):
    obj = draft(model)
    with pytest.raises(ValidationError):
        transitions.schedule(obj, publisher, NOW, NOW)
    obj.refresh_from_db()
    assert obj.status == Status.DRAFT
    obj.published_at, obj.unpublish_at = NOW, NOW - datetime.timedelta(hours=1)
    with pytest.raises(ValidationError) as error:
        obj.clean()
    assert "unpublish_at" in error.value.message_dict


@pytest.mark.django_db
def test_publisher_unpublishes_and_the_record_is_a_draft_again(model, publisher):
    obj = draft(model)
    transitions.schedule(obj, publisher, NOW - datetime.timedelta(days=1), NOW + datetime.timedelta(days=1))
    transitions.unpublish(obj, publisher)
    obj.refresh_from_db()
    assert obj.status == Status.DRAFT
    assert obj.unpublish_at is None
    assert not model.objects.published(NOW).filter(pk=obj.pk).exists()


@pytest.mark.django_db
def test_transitions_from_the_wrong_state_are_refused_with_a_reason(model, publisher):
    obj = draft(model)
    with pytest.raises(transitions.TransitionError):
        transitions.unpublish(obj, publisher)
    with pytest.raises(transitions.TransitionError):
        transitions.return_to_draft(obj, publisher)
    transitions.publish(obj, publisher)
    with translation.override("en"), pytest.raises(transitions.TransitionError, match="drafts"):
        transitions.submit_for_review(obj, publisher)


@pytest.mark.django_db
def test_mark_reviewed_records_the_date_and_the_reviewer(model, editor):
    obj = draft(model)
    transitions.mark_reviewed(obj, editor, today=datetime.date(2026, 11, 20))
    obj.refresh_from_db()
    assert obj.last_reviewed == datetime.date(2026, 11, 20)
    assert obj.last_reviewed_by == editor


@pytest.mark.django_db
def test_published_means_status_and_time_window(model, publisher):
    live = draft(model)
    transitions.publish(live, publisher, now=NOW - datetime.timedelta(days=1))
    review = draft(model)
    review.status = Status.REVIEW
    review.save()
    scheduled = draft(model)
    transitions.schedule(scheduled, publisher, NOW + datetime.timedelta(minutes=1))
    expired = draft(model)
    transitions.schedule(expired, publisher, NOW - datetime.timedelta(days=2), NOW)
    assert list(model.objects.published(NOW).filter(pk__in=[o.pk for o in (live, review, scheduled, expired)])) == [
        live
    ]
    for obj, state in [
        (live, State.LIVE),
        (review, State.REVIEW),
        (scheduled, State.SCHEDULED),
        (expired, State.EXPIRED),
    ]:
        assert list(model.objects.in_state(state, NOW).filter(pk=obj.pk)) == [obj]
