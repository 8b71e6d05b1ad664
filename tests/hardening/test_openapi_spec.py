"""openapi/openapi.yaml is a valid OpenAPI document, covers every API address, and is served at /api/openapi.yaml."""

from __future__ import annotations

import pytest
import yaml
from django.conf import settings
from django.urls import URLPattern, get_resolver
from openapi_spec_validator import validate

from platforms import api_urls

SPEC_FILE = settings.BASE_DIR / "openapi" / "openapi.yaml"


def spec() -> dict:
    return yaml.safe_load(SPEC_FILE.read_text())


def test_the_description_is_valid_openapi():
    validate(spec())  # raises on any violation of the OpenAPI 3.1 schema


def test_validation_would_catch_a_broken_description():
    broken = spec()
    broken["paths"]["/api/lookup/"]["get"]["responses"]["200"] = {"content": {}}  # a response needs a description
    with pytest.raises(Exception, match="description"):
        validate(broken)


def api_paths() -> set[str]:
    prefix = next(
        str(pattern.pattern)
        for pattern in get_resolver().url_patterns
        if getattr(pattern, "urlconf_name", None) is api_urls or getattr(pattern, "urlconf_module", None) is api_urls
    )
    return {
        "/" + prefix + str(pattern.pattern)
        for pattern in api_urls.urlpatterns
        if isinstance(pattern, URLPattern) and pattern.name != "openapi"
    }


def test_every_api_address_is_described():
    paths = api_paths()
    assert paths >= {"/api/lookup/", "/api/platforms/"}
    assert paths <= set(spec()["paths"])


def test_lookup_answer_fields_are_all_described():
    fields = set(spec()["components"]["schemas"]["LookupResult"]["properties"])
    assert fields >= {
        "platform",
        "days_overdue",
        "current_stage",
        "next_stage",
        "contacts",
        "sources",
        "reader_reports",
    }


@pytest.mark.django_db
def test_description_is_served(client):
    response = client.get("/api/openapi.yaml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/yaml")
    assert yaml.safe_load(response.content) == spec()
