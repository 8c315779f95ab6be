"""Reader pages speak Arabic only, in the edition's own digits.

A reader of an edition set to Arabic-Indic digits (٠١٢…) must not meet a Latin number in the
comment count, the characters-left counter, the search page number, «آخر ٢٤ ساعة» or an error
message; and no reader page shows English or a machine form such as «2025-12» for a month.
"""

import re

import pytest

EG = {"HTTP_HOST": "eg.localhost"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def arabic_digits(editions):
    eg = editions["eg"]
    eg.digits = "arabic"
    eg.save()
    return eg


def _visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["order=biggest", "from=09/12/2025", "to=2025-13-45", "page=abc", "page=999",
                                   "from=2025-12-10&to=2025-12-01", "section=nope"])
def test_search_errors_are_arabic_with_the_editions_digits(client, arabic_digits, query):
    response = client.get(f"/search/?q=مدرسة&{query}", **EG)
    assert response.status_code == 400
    error = re.search(r'<p class="error" role="alert">(.*?)</p>', response.content.decode(), re.S).group(1)
    assert not LATIN_WORD.search(error), error
    assert not re.search(r"[0-9]", error), error


@pytest.mark.django_db
def test_the_prayer_month_page_names_its_month(client, editions):
    html = client.get("/prayer-times/cairo/month/?month=2025-12", **EG).content.decode()
    title = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert "كانون الأول / ديسمبر 2025" in title and ">2025-12<" not in title
    assert "كانون الأول / ديسمبر 2025" in re.search(r"<title>(.*?)</title>", html, re.S).group(1)


@pytest.mark.django_db
def test_the_prayer_month_page_in_arabic_digits(client, arabic_digits):
    html = client.get("/prayer-times/cairo/month/?month=2025-12", **EG).content.decode()
    assert "ديسمبر ٢٠٢٥" in re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    error = client.get("/prayer-times/cairo/month/?month=12-2025", **EG)
    assert error.status_code == 400 and "٢٠٢٥-٠٤" in error.content.decode()


@pytest.mark.django_db
def test_article_counts_follow_the_editions_digits(client, arabic_digits, article_factory):
    from nashra.comments.models import Comment

    article = article_factory(body="<p>نص الخبر.</p>")
    for i in range(12):
        Comment.objects.create(article=article, edition=arabic_digits, name="قارئ", email=f"r{i}@example.com",
                               title="رأي", text="تعليق مفيد", status=Comment.APPROVED)
    html = client.get(article.url, **EG).content.decode()
    assert "(١٢)" in html and "(12)" not in html
    counter = re.search(r"<p class=\"c-counter\"[^>]*>(.*?)</p>", html, re.S).group(1)
    assert not re.search(r"[0-9]", counter) and re.search(r"[٠-٩]", counter), counter


@pytest.mark.django_db
def test_reader_pages_show_no_english(client, article_factory, editions):
    article = article_factory(body="<p>نص الخبر.</p>")
    urls = ["/", article.url, "/politics/", "/search/?q=خبر", "/search/?q=", "/search/?q=خبر&page=0",
            "/search/?q=خبر&order=biggest", "/prayer-times/", "/prayer-times/cairo/", "/prayer-times/cairo/month/",
            "/prayer-times/cairo/month/?month=2025-13", "/horoscopes/", "/caricatures/",
            f"/comments/{article.pk}/new/", "/comments/terms/", "/comments/rules/", "/no-such-page/"]
    for url in urls:
        html = client.get(url, **EG).content.decode()
        words = set(LATIN_WORD.findall(_visible_text(html))) - {"GMT"}  # «GMT 09:20» is the stamp's own form
        labels = re.findall(r'(?:alt|title|aria-label|placeholder)="([^"]*)"', html)
        assert not words, (url, words)
        assert not [label for label in labels if LATIN_WORD.search(label)], url
