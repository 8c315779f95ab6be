import json

import pytest

from nashra.syndication.openapi import openapi_document


@pytest.fixture
def schema(eg_client, editions):
    response = eg_client.get("/api/v1/schema/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(response.content)


@pytest.fixture
def validate(schema):
    """``validate(data, "ArticlePage")``: JSON Schema 2020-12 validation against a component."""
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev dependency (see tests/syndication)")

    def check(data, component):
        root = {"$ref": f"#/components/schemas/{component}", "components": schema["components"]}
        validator = jsonschema.Draft202012Validator(root, format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(data), key=str)
        assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])

    return check


@pytest.fixture
def published(article_factory, make_image):
    article = article_factory(
        title="خبر كامل", subtitle="فرعي", dateline="القاهرة", authors=["كاتب"], lead_image=make_image(),
        external_id="x-1",
    )
    article.tags.add("وسم")
    article.save_revision().publish()
    article_factory(title="خبر عار")
    return article


def test_schema_is_a_valid_openapi_3_1_document(schema):
    validator = pytest.importorskip("openapi_spec_validator", reason="openapi-spec-validator is a dev dependency")
    assert schema["openapi"] == "3.1.0"
    validator.validate(schema)
    assert set(schema["paths"]) == {"/articles/", "/articles/{id}/", "/sections/", "/search/", "/prayer-times/"}
    assert schema["servers"] == [{"url": "http://eg.localhost/api/v1"}]


def test_document_builds_without_a_request():
    assert openapi_document()["servers"] == [{"url": "/api/v1"}]


def test_real_article_list_detail_and_sections_match_the_schema(eg_client, published, validate):
    page = json.loads(eg_client.get("/api/v1/articles/?limit=1").content)
    assert page["next"]
    validate(page, "ArticlePage")
    validate(json.loads(eg_client.get(page["next"]).content), "ArticlePage")
    validate(json.loads(eg_client.get(f"/api/v1/articles/{published.pk}/").content), "ArticleDetail")
    validate(json.loads(eg_client.get("/api/v1/sections/").content), "SectionList")
    validate(json.loads(eg_client.get("/api/v1/articles/999999/").content), "Error")
    validate(json.loads(eg_client.get("/api/v1/articles/?cursor=bad").content), "Error")


def test_schema_fields_are_exactly_the_serializers_fields(eg_client, published, schema):
    """Without jsonschema too: a field added to the API but not documented fails here."""
    components = schema["components"]["schemas"]
    item = json.loads(eg_client.get("/api/v1/articles/").content)["results"][0]
    detail = json.loads(eg_client.get(f"/api/v1/articles/{published.pk}/").content)
    section = json.loads(eg_client.get("/api/v1/sections/").content)["results"][0]
    assert set(item) == set(components["ArticleSummary"]["properties"]) == set(components["ArticleSummary"]["required"])
    assert set(detail) == set(components["ArticleDetail"]["properties"])
    assert set(detail["image"]) == set(components["Image"]["properties"])
    assert set(detail["authors"][0]) == set(components["Author"]["properties"])
    assert set(section) == set(components["Section"]["properties"])


def test_search_and_prayer_contracts_require_what_the_brief_promises(schema):
    components = schema["components"]["schemas"]
    assert set(components["SearchResult"]["required"]) == {"id", "external_id", "title", "url", "published_at"}
    assert set(components["PrayerTimes"]["required"]) == {"fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha"}


def test_example_prayer_and_search_payloads_validate(validate):
    validate({"date": "2025-12-09", "fajr": "05:01", "sunrise": "06:31", "dhuhr": "11:49", "asr": "14:38",
              "maghrib": "17:00", "isha": "18:21"}, "PrayerTimes")
    validate({"results": [{"id": 1, "external_id": None, "title": "خبر", "url": "http://eg.localhost/a/",
                           "published_at": "2025-12-09T06:47:00+02:00"}], "next": None}, "SearchPage")
    with pytest.raises(AssertionError):
        validate({"fajr": "5:1"}, "PrayerTimes")
