"""The OpenAPI 3.1 description of ``/api/v1/`` (served at ``/api/v1/schema/``).

Shapes follow :mod:`nashra.api.serializers` field for field; the tests validate
real responses against these component schemas, so a field added there without
being described here fails a test. ``search/`` and ``prayer-times/`` follow
BRIEF §4.4: the fields it promises are required, anything further is allowed.
"""

from __future__ import annotations

from copy import deepcopy

from nashra.api.serializers import ERROR_MESSAGES

VERSION = "1.0.0"


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: dict) -> dict:
    if "$ref" in schema:
        return {"oneOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


def _object(properties: dict, required=None, additional=False) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties) if required is None else required,
        "additionalProperties": additional,
    }


STRING = {"type": "string"}
URL = {"type": "string", "format": "uri"}
DATETIME = {"type": "string", "format": "date-time", "description": "ISO 8601 with the edition's UTC offset"}
HHMM = {"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "description": "local time, HH:MM"}

ARTICLE_SUMMARY = _object({
    "id": {"type": "integer", "minimum": 1},
    "external_id": _nullable(STRING),
    "title": STRING,
    "subtitle": STRING,
    "url": _nullable(URL),
    "section": _nullable(_ref("SectionRef")),
    "published_at": _nullable(DATETIME),
    "updated_at": _nullable(DATETIME),
    "dateline": STRING,
    "byline": STRING,
    "authors": {"type": "array", "items": _ref("Author")},
    "tags": {"type": "array", "items": STRING},
    "image": _nullable(_ref("Image")),
    "breaking": {"type": "boolean"},
})

ARTICLE_DETAIL = deepcopy(ARTICLE_SUMMARY)
ARTICLE_DETAIL["properties"].update({
    "body": {"type": "string", "description": "cleaned HTML, internal links made absolute"},
    "edition": _nullable(_ref("Edition")),
})
ARTICLE_DETAIL["properties"]["blocks"] = {
    "type": "array", "items": _ref("ArticleBlock"),
    "description": "galleries, videos, embeds, pull quotes and related stories, in the article's order",
}
ARTICLE_DETAIL["required"] += ["body", "edition"]

_PLACED = _nullable({"type": "integer", "minimum": 0, "description": "after this paragraph of body; null: after it"})
ARTICLE_BLOCK = {
    "type": "object",
    "required": ["type", "after_paragraph"],
    "properties": {
        "type": {"type": "string", "enum": ["gallery", "video", "embed", "pull_quote", "related"]},
        "after_paragraph": _PLACED,
        "title": STRING,
        "caption": STRING,
        "images": {"type": "array", "items": _ref("Image")},
        "poster": _nullable(_ref("Image")),
        "content_url": _nullable(URL),
        "mime_type": _nullable(STRING),
        "captions_url": _nullable(URL),
        "platform": {"type": ["string", "null"], "enum": ["youtube", "facebook", "x", "tiktok", None]},
        "watch_url": _nullable(URL),
        "embed_url": _nullable(URL),
        "quote": STRING,
        "attribution": STRING,
        "articles": {"type": "array", "items": _object({"id": {"type": "integer"}, "title": STRING, "url": URL})},
    },
    "additionalProperties": False,
}

SCHEMAS = {
    "Error": _object({
        "error": {"type": "string", "description": "Arabic message for people"},
        "code": {"type": "string", "description": "stable code for programs: " + ", ".join(ERROR_MESSAGES)},
    }),
    "Edition": _object({"slug": STRING, "name": STRING}),
    "SectionRef": _object({"slug": STRING, "name": STRING}),
    "Author": _object({"name": STRING, "slug": STRING, "url": _nullable(URL)}),
    "Image": _object({
        "url": URL, "width": {"type": "integer"}, "height": {"type": "integer"},
        "caption": STRING, "credit": STRING,
    }),
    "ArticleSummary": ARTICLE_SUMMARY,
    "ArticleDetail": ARTICLE_DETAIL,
    "ArticleBlock": ARTICLE_BLOCK,
    "ArticlePage": _object({
        "results": {"type": "array", "items": _ref("ArticleSummary")},
        "next": {**_nullable(URL), "description": "URL of the next page (keyset cursor); null on the last"},
    }),
    "Section": _object({
        "id": {"type": "integer", "minimum": 1}, "slug": STRING, "name": STRING, "url": _nullable(URL),
        "nav_order": {"type": "integer", "minimum": 0},
    }),
    "SectionList": _object({"results": {"type": "array", "items": _ref("Section")}}),
    "SearchResult": _object(
        {
            "id": {"type": "integer", "minimum": 1}, "external_id": _nullable(STRING), "title": STRING,
            "url": _nullable(URL), "published_at": _nullable(DATETIME),
        },
        additional=True,
    ),
    "SearchPage": _object(
        {"results": {"type": "array", "items": _ref("SearchResult")}, "next": _nullable(URL)},
        required=["results"], additional=True,
    ),
    "PrayerTimes": _object(
        {
            "city": {"type": "object", "description": "the city: slug, Arabic name, country, time zone"},
            "date": {"type": "string", "format": "date"},
            **{name: HHMM for name in ("fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha")},
        },
        required=["fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha"], additional=True,
    ),
}

PARAMETERS = {
    "edition": {
        "name": "edition", "in": "query", "required": False, "schema": STRING,
        "description": "edition slug (eg, lb …); default: the edition serving the host",
    },
    "limit": {
        "name": "limit", "in": "query", "required": False,
        "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20},
    },
    "cursor": {
        "name": "cursor", "in": "query", "required": False, "schema": STRING,
        "description": "opaque; follow the `next` URL of the previous page",
    },
}


def _json(schema: str, description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


def _operation(operation_id, summary, ok_schema, errors, parameters=()) -> dict:
    responses = {"200": _json(ok_schema, "OK")}
    for status, description in errors.items():
        responses[status] = _json("Error", description)
    responses["405"] = _json("Error", "only GET and HEAD are allowed")
    responses["503"] = _json("Error", "temporarily unavailable")
    return {"get": {
        "operationId": operation_id, "summary": summary, "responses": responses,
        "parameters": [_param_ref("edition"), *parameters],
    }}


def _param_ref(name: str) -> dict:
    return {"$ref": f"#/components/parameters/{name}"}


PATHS = {
    "/articles/": _operation(
        "listArticles", "Live articles, newest first, keyset-paginated", "ArticlePage",
        {"400": "bad limit or cursor", "404": "unknown edition or section"},
        [
            {"name": "section", "in": "query", "required": False, "schema": STRING, "description": "section slug"},
            _param_ref("limit"), _param_ref("cursor"),
        ],
    ),
    "/articles/{id}/": _operation(
        "getArticle", "One live article with its body", "ArticleDetail",
        {"404": "no live article with this id in the edition"},
        [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}],
    ),
    "/sections/": _operation("listSections", "The edition's sections in menu order", "SectionList",
                             {"404": "unknown edition"}),
    "/search/": _operation(
        "search", "Arabic search (hamza, ta marbuta, clitics … folded)", "SearchPage",
        {"400": "missing or bad query", "404": "unknown edition"},
        [{"name": "q", "in": "query", "required": True, "schema": STRING}, _param_ref("limit"), _param_ref("cursor")],
    ),
    "/prayer-times/": _operation(
        "prayerTimes", "Prayer times of one city and day, local HH:MM", "PrayerTimes",
        {"400": "bad date", "404": "unknown city or edition"},
        [
            {"name": "city", "in": "query", "required": False, "schema": STRING,
             "description": "city slug; default: the edition's city"},
            {"name": "date", "in": "query", "required": False, "schema": {"type": "string", "format": "date"},
             "description": "YYYY-MM-DD; default: today in the city"},
        ],
    ),
}


def openapi_document(request=None) -> dict:
    server = request.build_absolute_uri("/api/v1") if request is not None else "/api/v1"
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
        "info": {
            "title": "Nashra API",
            "version": VERSION,
            "description": "Read-only JSON of a Nashra edition. The edition is chosen by host or `?edition=`. "
            "Errors are `{error, code}` with an Arabic message.",
        },
        "servers": [{"url": server}],
        "paths": deepcopy(PATHS),
        "components": {"schemas": deepcopy(SCHEMAS), "parameters": deepcopy(PARAMETERS)},
    }
