"""The search page, the header form, the API and the newsroom's archive search."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

pytestmark = [pytest.mark.django_db]

BAD_QUERIES = [
    "", "   ", "في على من", "!!! ؟؟؟ ... ،،،", "ب" * 10_000, "الحكومة " * 1500, '"', '"الحكومة', "الحكومة\"",
    "*", "حكوم*", "NEAR", "NEAR(الحكومة مدرسة)", "الحكومة NEAR مدرسة", ":", "title:الحكومة", "'",
    "' OR 1=1 --", "'; DROP TABLE wagtailcore_page; --", "«الحكومة", "الحكومة»", "(", ")", "^الحكومة", "-الحكومة",
    "AND OR NOT", "الحكومة government Правительство 政府", "🇪🇬🔥 الحكومة 😀", "😀", "\u200f\u200e",
    "{}[]<>\\/&|!", "<script>alert(1)</script>",
]


@pytest.fixture
def client_eg():
    return Client(HTTP_HOST="eg.localhost")


@pytest.fixture
def story(article_factory):
    return article_factory(title="الحكومة تفتتح المدارس", body="<p>قالت الحكومة إن المدارس الجديدة جاهزة.</p>")


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_input_never_fails_on_page_or_api(client_eg, story, query):
    page = client_eg.get("/search/", {"q": query})
    assert page.status_code == 200
    assert "<script>alert" not in page.content.decode()
    api = client_eg.get("/api/v1/search/", {"q": query})
    assert api.status_code == 200
    data = api.json()
    assert isinstance(data["results"], list)
    assert data["results"] or data["message"]


@pytest.mark.parametrize("query", ["\x00", "الحكومة\x00", "\x1b[31m"])
def test_control_characters_in_a_query_are_refused_in_arabic(client_eg, story, query):
    """Refused at the edge for every URL (PostgreSQL cannot hold NUL in text): 400, never a 500."""
    page = client_eg.get("/search/", {"q": query})
    assert page.status_code == 400 and "طلب غير صالح" in page.content.decode()
    api = client_eg.get("/api/v1/search/", {"q": query})
    assert api.status_code == 400 and api.json()["error"]


def test_search_page_shows_highlighted_results(client_eg, story):
    response = client_eg.get("/search/", {"q": "حكومه"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'dir="rtl"' in html and 'role="search"' in html
    assert "<mark>الحكومة</mark>" in html
    assert story.get_url_parts()[2] in html


def test_empty_and_no_result_states_offer_suggestions(client_eg, story):
    empty = client_eg.get("/search/").content.decode()
    assert "اكتب كلمة" in empty and 'class="suggestions"' in empty
    none = client_eg.get("/search/", {"q": "وزراء"}).content.decode()
    assert "لا نتائج" in none
    assert "وزير" in none.split("لا نتائج")[1]  # the lexicon's singular
    stop = client_eg.get("/search/", {"q": "على في"}).content.decode()
    assert "حروف الجر" in stop


def test_page_filters_order_and_pagination(client_eg, article_factory):
    for n in range(22):
        article_factory(title=f"أخبار الطقس {n}")
    article_factory(section="sports", title="الطقس والمباراة")
    first = client_eg.get("/search/", {"q": "طقس", "order": "newest"}).content.decode()
    assert 'rel="next"' in first and first.count('class="result"') == 20
    second = client_eg.get("/search/", {"q": "طقس", "order": "newest", "page": "٢"}).content.decode()
    assert second.count('class="result"') == 3 and 'rel="prev"' in second
    sports = client_eg.get("/search/", {"q": "طقس", "section": "sports"}).content.decode()
    assert sports.count('class="result"') == 1
    bad = client_eg.get("/search/", {"q": "طقس", "from": "yesterday"})
    assert bad.status_code == 400 and "سنة-شهر-يوم" in bad.content.decode()


def test_header_form_is_in_every_page(client_eg, story):
    html = client_eg.get(story.get_url()).content.decode()
    assert 'role="search"' in html and 'for="header-search-q"' in html and 'action="/search/"' in html


def test_search_page_needs_an_edition(editions):
    assert Client(HTTP_HOST="unknown.example").get("/search/", {"q": "x"}).status_code in (400, 404)


def test_api_shape(client_eg, article_factory):
    article = article_factory(title="الحكومة تجتمع", external_id="wire-42")
    data = client_eg.get("/api/v1/search/", {"q": "حكومة"}).json()
    assert data["next"] is None and data["message"] is None
    (item,) = data["results"]
    assert item["id"] == article.pk
    assert item["external_id"] == "wire-42"
    assert item["title"] == "الحكومة تجتمع"
    assert item["url"].startswith("http://eg.localhost")
    assert item["published_at"]
    assert "<mark>الحكومة</mark>" in item["title_html"]
    assert "snippet" in item


def test_api_parameters_and_errors(client_eg, article_factory):
    for n in range(3):
        article_factory(title=f"الطقس {n}")
    data = client_eg.get("/api/v1/search/", {"q": "طقس", "limit": "2"}).json()
    assert len(data["results"]) == 2 and "page=2" in data["next"]
    assert len(client_eg.get(data["next"]).json()["results"]) == 1
    for params, code in [({"from": "x"}, "bad_date"), ({"section": "nope"}, "unknown_section"),
                         ({"order": "sideways"}, "bad_order"), ({"page": "0"}, "bad_page"),
                         ({"author": "nobody"}, "unknown_author")]:
        response = client_eg.get("/api/v1/search/", {"q": "طقس", **params})
        assert response.status_code == 400
        assert response.json()["code"] == code
    assert client_eg.get("/api/v1/search/", {"q": "طقس", "limit": "500"}).status_code == 400
    assert client_eg.post("/api/v1/search/").status_code == 405
    assert client_eg.get("/api/v1/search/", {"q": "a", "edition": "nope"}).status_code == 404


def test_admin_archive_search(client, article_factory):
    article = article_factory(title="الحكومة تجتمع")
    other = article_factory(edition="lb", title="حكومة لبنان")
    admin = get_user_model().objects.create_superuser("root", "root@example.invalid", "correct horse battery")
    client.force_login(admin)
    url = reverse("nashra_archive_search")
    html = client.get(url, {"q": "الحكومه"}).content.decode()
    assert f"/pages/{article.pk}/edit/" in html and f"/pages/{other.pk}/edit/" in html
    html = client.get(url, {"q": "الحكومه", "edition": "eg"}).content.decode()
    assert f"/pages/{other.pk}/edit/" not in html
    for query in BAD_QUERIES[:12]:
        assert client.get(url, {"q": query}).status_code == 200
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url in menu


def test_admin_lexicon_snippet(client, editions):
    from nashra.search.models import PluralEntry

    admin = get_user_model().objects.create_superuser("root", "root@example.invalid", "correct horse battery")
    client.force_login(admin)
    PluralEntry.objects.create(plural="قناديل", singular="قنديل")
    html = client.get(reverse("wagtailsnippets_nashra_search_pluralentry:list")).content.decode()
    assert "قناديل" in html
    add = client.get(reverse("wagtailsnippets_nashra_search_pluralentry:add")).content.decode()
    assert "nashra reindex" in add


def test_author_filter_lists_the_editions_writers(client_eg, article_factory):
    from django.core.cache import cache

    cache.clear()
    mona = article_factory(title="الحكومة والموازنة", authors=["منى حداد"])
    article_factory(title="الحكومة والبرلمان", authors=["سعيد منصور"])
    article_factory(edition="lb", title="الحكومة اللبنانية", authors=["ليلى الخطيب"])
    page = client_eg.get("/search/", {"q": "الحكومة"}).content.decode()
    assert '<select id="search-author" name="author">' in page
    assert "منى حداد" in page and "سعيد منصور" in page
    assert "ليلى الخطيب" not in page  # another edition's writer
    slug = mona.authors.get().slug
    filtered = client_eg.get("/search/", {"q": "الحكومة", "author": slug}).content.decode()
    assert f'<option value="{slug}" selected>' in filtered
    assert "والموازنة" in filtered and "والبرلمان" not in filtered


def test_a_misspelled_search_offers_the_word_the_headlines_use(client, article_factory, editions):
    from nashra.search.did_you_mean import forget_vocabularies

    forget_vocabularies()
    article_factory(title="نتائج الانتخابات البرلمانية في القاهرة")
    article_factory(title="خبر رياضي عن كرة القدم")
    response = client.get("/search/", {"q": "الانتخبات", "section": "politics"}, HTTP_HOST="eg.localhost")
    html = response.content.decode()
    assert response.status_code == 200
    assert "هل تقصد:" in html and ">الانتخابات</a>" in html
    assert "section=politics" in html.split('class="did-you-mean"')[1].split("</p>")[0]
    api = client.get("/api/v1/search/", {"q": "الانتخبات"}, HTTP_HOST="eg.localhost").json()
    assert api["results"] == [] and api["suggestion"] == "الانتخابات"
    found = client.get("/api/v1/search/", {"q": "الانتخابات"}, HTTP_HOST="eg.localhost").json()
    assert found["results"] and found["suggestion"] is None


def test_no_suggestion_when_nothing_near_or_it_would_find_nothing(client, article_factory, editions):
    from nashra.search.did_you_mean import forget_vocabularies

    forget_vocabularies()
    article_factory(title="نتائج الانتخابات البرلمانية")
    for query in ("زلزال", "qwerty"):
        html = client.get("/search/", {"q": query}, HTTP_HOST="eg.localhost").content.decode()
        assert "هل تقصد" not in html
    # near a headline word, but the filters leave nothing to find
    html = client.get("/search/", {"q": "الانتخبات", "section": "sports"}, HTTP_HOST="eg.localhost").content.decode()
    assert "هل تقصد" not in html
