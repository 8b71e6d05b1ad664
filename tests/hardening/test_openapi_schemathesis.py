"""Schemathesis checks the JSON API against its OpenAPI description (openapi/openapi.yaml), in-process via WSGI."""

from __future__ import annotations

import pytest
import schemathesis
from django.apps import apps
from django.conf import settings
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from platforms.models import Platform
from tests.hardening.wsgi_app import application

schema = schemathesis.openapi.from_path(settings.BASE_DIR / "openapi" / "openapi.yaml")

EXAMPLE_PLATFORM = "zhihuixing"  # the slug in the spec's examples
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance, content_type_conformance]


@pytest.fixture
def api_content(demo_content):
    """The demo content, plus enough approved contact-day reports on the platform of the spec's examples that its
    lookup answer carries reader_reports (its other platforms answer with null)."""
    if not apps.is_installed("feedback"):
        return
    report = apps.get_model("feedback", "ContactDayReport")
    platform = Platform.objects.get(slug=EXAMPLE_PLATFORM)
    for day in (3, 4, 4, 5, 7, 9):
        report.objects.create(
            platform=platform,
            first_contact_day=day,
            channel="phone",
            borrower_reachable="no",
            language="zh-hans",
            status="approved",
        )


@schema.parametrize()
@hypothesis_settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_conforms_to_its_openapi_description(case, api_content):
    case.call_and_validate(app=application, checks=CHECKS)
