"""The search page's date filters are plain boxes labelled in Arabic (#19): no browser date picker
that speaks the browser's language («mm/dd/yyyy»), and a date typed in Hindi digits filters too."""

from datetime import UTC, datetime

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_the_date_filters_are_arabic_labelled_text_boxes(editions):
    html = Client(HTTP_HOST="eg.localhost").get("/search/?q=الحكومة").content.decode()
    assert 'type="date"' not in html
    for name in ("from", "to"):
        assert f'id="search-{name}" type="text" name="{name}" inputmode="numeric"' in html
    assert 'id="search-date-hint"' in html and "سنة-شهر-يوم" in html


def test_a_date_typed_in_hindi_digits_filters_the_results(editions, article_factory):
    article_factory(title="الحكومة تجتمع في الشتاء", published_at=datetime(2025, 12, 8, 9, tzinfo=UTC))
    article_factory(title="الحكومة تجتمع في الخريف", published_at=datetime(2025, 10, 8, 9, tzinfo=UTC))
    html = Client(HTTP_HOST="eg.localhost").get("/search/", {"q": "الحكومة", "from": "٢٠٢٥-١٢-٠١"}).content.decode()
    assert "في الشتاء" in html and "في الخريف" not in html
    assert 'value="2025-12-01"' in html  # the box keeps what was asked, in digits a box can edit
