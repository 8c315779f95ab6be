"""JSON API v1: shapes, edition choice, visibility, pagination, errors, query count."""

import io
import json
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from PIL import Image as PILImage
from wagtail.images import get_image_model

from nashra.articles.models import ArticlePage
from tests.factories import make_section

JSON_TYPE = "application/json; charset=utf-8"
SUMMARY_FIELDS = {
    "id", "external_id", "title", "subtitle", "url", "section", "published_at", "updated_at", "dateline",
    "byline", "authors", "tags", "image", "breaking",
}
DETAIL_FIELDS = SUMMARY_FIELDS | {"body", "edition", "blocks"}
BASE_TIME = datetime(2025, 12, 9, 4, 47, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def eg_client():
    return Client(HTTP_HOST="eg.localhost")


@pytest.fixture
def lb_client():
    return Client(HTTP_HOST="lb.localhost")


def get_json(client, url, status=200, **extra):
    response = client.get(url, **extra)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"] == JSON_TYPE
    data = json.loads(response.content.decode("utf-8"))
    if status == 200:
        assert response["Cache-Control"] == "public, max-age=60"
    else:
        assert set(data) == {"error", "code"}
        assert any("\u0600" <= ch <= "\u06ff" for ch in data["error"]), "error message must be Arabic"
    return data


def make_image(title="صورة", size=(1600, 900)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (180, 40, 40)).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name="lead.png"), width=size[0], height=size[1]
    )


def republish_with_tags(article, *tags):
    article.tags.add(*tags)
    article.save_revision().publish()
    article.refresh_from_db()
    return article


def ids(data):
    return [item["id"] for item in data["results"]]


# --- Shapes ------------------------------------------------------------------------


@pytest.fixture
def full_article(article_factory):
    article = article_factory(
        title="الجيش الليبي يؤكد سيطرته على درنة",
        subtitle="عناصر من قوات الجيش عند مدخل المدينة",
        dateline="طرابلس",
        external_id="misr-2025-0001",
        authors=["فاطمة السعداوي", "John Smith"],
        lead_image=make_image(),
        lead_image_caption="عناصر من قوات الجيش الليبي عند مدخل مدينة درنة",
        lead_image_credit="رويترز",
        is_breaking=True,
        body='<p>نص <a href="https://example.com/">الخبر</a>.</p>',
    )
    return republish_with_tags(article, "ليبيا", "درنة")


def test_article_item_has_every_field_with_its_type(eg_client, full_article):
    data = get_json(eg_client, "/api/v1/articles/")
    assert set(data) == {"results", "next"}
    assert data["next"] is None
    [item] = data["results"]
    assert set(item) == SUMMARY_FIELDS

    assert item["id"] == full_article.pk
    assert item["external_id"] == "misr-2025-0001"
    assert item["title"] == "الجيش الليبي يؤكد سيطرته على درنة"
    assert item["subtitle"] == "عناصر من قوات الجيش عند مدخل المدينة"
    assert item["dateline"] == "طرابلس"
    assert item["url"] == full_article.get_full_url()
    assert item["url"].startswith("http://eg.localhost/politics/")
    assert item["section"] == {"slug": "politics", "name": "سياسة"}
    assert item["breaking"] is True

    published = datetime.fromisoformat(item["published_at"])
    assert published == full_article.published_at
    assert published.utcoffset() == timedelta(hours=2), "Cairo time in December, offset included"
    updated = datetime.fromisoformat(item["updated_at"])
    assert updated.utcoffset() is not None
    assert updated >= published

    assert item["byline"] == full_article.byline
    assert set(item["byline"].split(" و")) == {"فاطمة السعداوي", "John Smith"}
    assert [a["name"] for a in item["authors"]] == [a.name for a in full_article.authors.all()]
    for author in item["authors"]:
        assert set(author) == {"name", "slug", "url"}
        assert all(isinstance(author[key], str) for key in author)
        assert unquote(author["url"]) == f"http://eg.localhost/authors/{author['slug']}/"
    assert item["tags"] == ["ليبيا", "درنة"]

    image = item["image"]
    assert set(image) == {"url", "width", "height", "caption", "credit"}
    assert image["url"].startswith("http://eg.localhost/media/images/")
    assert (image["width"], image["height"]) == (1200, 675)
    assert image["caption"] == "عناصر من قوات الجيش الليبي عند مدخل مدينة درنة"
    assert image["credit"] == "رويترز"


def test_bare_article_has_null_and_empty_values_not_missing_keys(eg_client, article_factory):
    article = article_factory(title="خبر بلا صورة")
    [item] = get_json(eg_client, "/api/v1/articles/")["results"]
    assert set(item) == SUMMARY_FIELDS
    assert item["id"] == article.pk
    assert item["external_id"] is None
    assert item["subtitle"] == "" and item["dateline"] == "" and item["byline"] == ""
    assert item["authors"] == [] and item["tags"] == []
    assert item["image"] is None
    assert item["breaking"] is False


def test_lead_image_whose_file_is_missing_gives_null_not_an_error(eg_client, article_factory):
    image = make_image()
    image.file.storage.delete(image.file.name)  # an archive imported without its pictures
    article_factory(lead_image=image, lead_image_caption="تعليق")
    [item] = get_json(eg_client, "/api/v1/articles/")["results"]
    assert item["image"] is None


def test_breaking_flag_expires_with_breaking_until(eg_client, article_factory):
    article_factory(title="انتهى", is_breaking=True, breaking_until=datetime.now(UTC) - timedelta(minutes=1))
    article_factory(title="مستمر", is_breaking=True, breaking_until=datetime.now(UTC) + timedelta(hours=1))
    items = get_json(eg_client, "/api/v1/articles/")["results"]
    assert {i["title"]: i["breaking"] for i in items} == {"انتهى": False, "مستمر": True}


def test_detail_is_the_summary_plus_body_and_edition(eg_client, full_article):
    [summary] = get_json(eg_client, "/api/v1/articles/")["results"]
    detail = get_json(eg_client, f"/api/v1/articles/{full_article.pk}/")
    assert set(detail) == DETAIL_FIELDS
    assert {key: detail[key] for key in SUMMARY_FIELDS} == summary
    assert detail["edition"] == {"slug": "eg", "name": "مصر اليوم"}
    assert isinstance(detail["body"], str)
    assert detail["body"].startswith("<p>نص <a href=\"https://example.com/\"")
    assert "الخبر" in detail["body"]


def test_detail_body_expands_internal_links_to_absolute_urls(eg_client, article_factory):
    target = article_factory(title="خبر سابق")
    article = article_factory(body=f'<p>اقرأ <a linktype="page" id="{target.pk}">الخبر السابق</a>.</p>')
    body = get_json(eg_client, f"/api/v1/articles/{article.pk}/")["body"]
    assert f'href="{target.get_full_url()}"' in body
    assert "linktype" not in body


def test_sections_in_nav_order_with_their_fields(eg_client, editions):
    hidden = make_section(editions["eg"], "archive", "أرشيف", 0)
    hidden.show_in_nav = False
    hidden.save_revision().publish()
    draft = make_section(editions["eg"], "draft-section", "قسم مسودة", 5)
    draft.unpublish()

    data = get_json(eg_client, "/api/v1/sections/")
    assert set(data) == {"results"}
    results = data["results"]
    assert [s["slug"] for s in results] == ["archive", "politics", "sports"]
    politics = editions["sections"]["eg"]["politics"]
    assert results[1] == {
        "id": politics.pk, "slug": "politics", "name": "سياسة",
        "url": "http://eg.localhost/politics/", "nav_order": 1,
    }
    for section in results:
        assert isinstance(section["id"], int) and isinstance(section["nav_order"], int)


# --- Editions ----------------------------------------------------------------------


def test_edition_is_chosen_by_host(eg_client, lb_client, article_factory):
    eg = article_factory(edition="eg")
    lb = article_factory(edition="lb")
    assert ids(get_json(eg_client, "/api/v1/articles/")) == [eg.pk]
    assert ids(get_json(lb_client, "/api/v1/articles/")) == [lb.pk]
    assert [s["slug"] for s in get_json(lb_client, "/api/v1/sections/")["results"]] == ["politics"]


def test_edition_query_parameter_overrides_the_host(eg_client, article_factory):
    article_factory(edition="eg")
    lb = article_factory(edition="lb")
    data = get_json(eg_client, "/api/v1/articles/?edition=lb")
    assert ids(data) == [lb.pk]
    assert data["results"][0]["url"].startswith("http://lb.localhost/")
    assert datetime.fromisoformat(data["results"][0]["published_at"]).utcoffset() == timedelta(hours=2)
    detail = get_json(eg_client, f"/api/v1/articles/{lb.pk}/?edition=lb")
    assert detail["edition"] == {"slug": "lb", "name": "لبنان اليوم"}
    sections = get_json(eg_client, "/api/v1/sections/?edition=lb")["results"]
    assert [s["url"] for s in sections] == ["http://lb.localhost/politics/"]


@pytest.mark.parametrize("url", ["/api/v1/articles/", "/api/v1/articles/1/", "/api/v1/sections/"])
def test_unknown_edition_is_a_json_404(eg_client, editions, url):
    data = get_json(eg_client, f"{url}?edition=xx", status=404)
    assert data["code"] == "unknown_edition"


@pytest.mark.parametrize("url", ["/api/v1/articles/", "/api/v1/sections/"])
def test_no_edition_at_all_is_a_json_404(db, url):
    data = get_json(Client(HTTP_HOST="localhost"), url, status=404)
    assert data["code"] == "no_edition"


def test_another_editions_article_is_not_found(eg_client, lb_client, article_factory):
    lb = article_factory(edition="lb")
    assert get_json(eg_client, f"/api/v1/articles/{lb.pk}/", status=404)["code"] == "article_not_found"
    assert get_json(lb_client, f"/api/v1/articles/{lb.pk}/")["id"] == lb.pk


# --- Visibility ----------------------------------------------------------------------


def test_drafts_and_unpublished_articles_are_invisible(eg_client, editions, article_factory):
    visible = article_factory(title="منشور")
    never_published = ArticlePage(title="مسودة", live=False, published_at=BASE_TIME, body="<p>نص</p>")
    editions["sections"]["eg"]["politics"].add_child(instance=never_published)
    never_published.save_revision()
    withdrawn = article_factory(title="مسحوب")
    withdrawn.unpublish()

    assert ids(get_json(eg_client, "/api/v1/articles/")) == [visible.pk]
    for article in (never_published, withdrawn):
        data = get_json(eg_client, f"/api/v1/articles/{article.pk}/", status=404)
        assert data["code"] == "article_not_found"


def test_a_pending_draft_revision_does_not_leak(eg_client, article_factory):
    article = article_factory(title="العنوان المنشور")
    article.title = "عنوان لم يُنشر بعد"
    article.save_revision()  # saved, not published
    assert get_json(eg_client, "/api/v1/articles/")["results"][0]["title"] == "العنوان المنشور"
    assert get_json(eg_client, f"/api/v1/articles/{article.pk}/")["title"] == "العنوان المنشور"


# --- Pagination ------------------------------------------------------------------------


def test_cursor_pagination_walks_every_article_exactly_once_in_order(eg_client, article_factory):
    # Groups of three share a publication time, so the id tie-break is exercised.
    created = [article_factory(published_at=BASE_TIME - timedelta(minutes=n // 3)) for n in range(45)]
    article_factory(section="sports")  # filtered out below
    expected = [a.pk for a in sorted(created, key=lambda a: (a.published_at, a.pk), reverse=True)]
    assert len(expected) == 45

    seen, sizes = [], []
    url = "/api/v1/articles/?edition=eg&section=politics&limit=20"
    while url:
        assert len(sizes) < 5, "next must run out after the last page"
        data = get_json(eg_client, url)
        sizes.append(len(data["results"]))
        seen.extend(ids(data))
        url = data["next"]
        if url:
            parts = urlsplit(url)
            assert parts.netloc == "eg.localhost"
            query = parse_qs(parts.query)
            assert (query["limit"], query["section"], query["edition"]) == (["20"], ["politics"], ["eg"])
            url = f"{parts.path}?{parts.query}"
    assert sizes == [20, 20, 5]
    assert seen == expected


def test_default_page_size_is_20_and_limit_accepts_arabic_indic_digits(eg_client, article_factory):
    for _ in range(23):
        article_factory()
    assert len(get_json(eg_client, "/api/v1/articles/")["results"]) == 20
    assert len(get_json(eg_client, "/api/v1/articles/?limit=٣")["results"]) == 3
    assert len(get_json(eg_client, "/api/v1/articles/?limit=100")["results"]) == 23


@pytest.mark.parametrize("limit", ["0", "101", "abc", "-1", "1.5", " 5", "1e2", "99999999999999999999"])
def test_bad_limit_is_a_400(eg_client, editions, limit):
    data = get_json(eg_client, "/api/v1/articles/", status=400, data={"limit": limit})
    assert data["code"] == "bad_limit"


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "20251209T044700.000000Z_abc",
        "20251209T044700.000000Z_0",
        "20251209T044700.000000Z_99999999999999999999999",
        "2025-02-30T00:00:00_5",  # well-formed, impossible date
        "x" * 100,
    ],
)
def test_bad_cursor_is_a_400(eg_client, article_factory, cursor):
    article_factory()
    data = get_json(eg_client, "/api/v1/articles/", status=400, data={"cursor": cursor})
    assert data["code"] == "bad_cursor"


def test_section_filter(eg_client, article_factory):
    politics = article_factory(section="politics")
    sports = article_factory(section="sports")
    assert ids(get_json(eg_client, "/api/v1/articles/?section=sports")) == [sports.pk]
    assert ids(get_json(eg_client, "/api/v1/articles/?section=politics")) == [politics.pk]
    assert get_json(eg_client, "/api/v1/articles/?section=nope", status=404)["code"] == "unknown_section"
    # lb has no sports section: the filter is per edition.
    assert get_json(eg_client, "/api/v1/articles/?edition=lb&section=sports", status=404)["code"] == (
        "unknown_section"
    )


# --- Cost -------------------------------------------------------------------------------


def _add_rich_articles(article_factory, count):
    for n in range(count):
        article = article_factory(
            authors=[f"كاتب {n}", f"كاتبة {n}"],
            lead_image=make_image(f"صورة {n}", size=(1300, 700)),
            lead_image_caption="تعليق",
            section="politics" if n % 2 else "sports",
        )
        republish_with_tags(article, f"وسم {n}", "عام")


def _settle_host_resolution():
    """Clearing a shared Redis resets the network generation, which makes the next host lookup
    reload the Sites (one query, at most once a second): do it here, outside what is counted."""
    from nashra.editions import resolve

    resolve.invalidate()
    resolve.resolve_edition("eg.localhost", 80)


def _count_queries(client, url):
    get_json(client, url)  # the first view makes the image renditions
    cache.clear()  # renditions must come from the page's prefetch, not one cache read each
    _settle_host_resolution()
    with CaptureQueriesContext(connection) as queries:
        data = get_json(client, url)
    return len(queries), data


def test_query_count_does_not_grow_with_the_page_size(
    eg_client, article_factory, django_assert_max_num_queries
):
    url = "/api/v1/articles/?limit=100"
    _add_rich_articles(article_factory, 5)
    few, data = _count_queries(eg_client, url)
    assert len(data["results"]) == 5
    assert few <= 10
    _add_rich_articles(article_factory, 35)
    get_json(eg_client, url)
    cache.clear()
    _settle_host_resolution()
    with django_assert_max_num_queries(few):
        data = get_json(eg_client, url)
    assert len(data["results"]) == 40
    for item in data["results"]:
        assert item["image"] and len(item["authors"]) == 2 and len(item["tags"]) == 2
    detail_queries, _ = _count_queries(eg_client, f"/api/v1/articles/{data['results'][0]['id']}/")
    assert detail_queries <= 10


# --- HTTP ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", ["/api/v1/articles/", "/api/v1/articles/1/", "/api/v1/sections/"])
def test_other_methods_are_a_json_405(editions, method, url):
    client = Client(HTTP_HOST="eg.localhost", enforce_csrf_checks=True)  # no HTML 403 from CSRF first
    response = getattr(client, method)(url)
    assert response.status_code == 405
    assert response["Content-Type"] == JSON_TYPE
    assert response["Allow"] == "GET, HEAD"
    assert response.json()["code"] == "method_not_allowed"


def test_head_is_allowed(eg_client, editions):
    assert eg_client.head("/api/v1/sections/").status_code == 200


def test_arabic_is_sent_as_utf8_not_escaped(eg_client, article_factory):
    article_factory(title="مصر اليوم تنشر")
    response = eg_client.get("/api/v1/articles/")
    assert response["Content-Type"] == JSON_TYPE
    assert "مصر اليوم تنشر".encode() in response.content
    assert b"\\u06" not in response.content
    error = eg_client.get("/api/v1/articles/?limit=0")
    assert "عدد".encode() in error.content and b"\\u06" not in error.content


@pytest.mark.parametrize(
    "url", ["/api/v1/articles/abc/", "/api/v1/articles/-1/", "/api/v1/articles/0/", "/api/v1/articles/1.5/",
            "/api/v1/articles/99999999999999999999999/", "/api/v1/articles/999999/"],
)
def test_bad_or_unknown_article_id_is_a_json_404(eg_client, editions, url):
    assert get_json(eg_client, url, status=404)["code"] == "article_not_found"


@pytest.mark.parametrize("url", ["/api/v1/", "/api/v1/nope/", "/api/v1/articles/1/extra/"])
def test_unknown_endpoint_is_a_json_404(eg_client, editions, url):
    assert get_json(eg_client, url, status=404)["code"] == "not_found"


def test_missing_trailing_slash_redirects(eg_client, editions):
    response = eg_client.get("/api/v1/articles?limit=5")
    assert response.status_code == 301
    assert response["Location"].endswith("/api/v1/articles/?limit=5")
