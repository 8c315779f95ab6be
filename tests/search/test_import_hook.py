"""The line proposed for ``nashra.importing.bulk.after_import`` indexes imported articles."""

import json

import pytest

from nashra.importing import bulk
from nashra.importing.services import import_lines
from nashra.search import services

pytestmark = pytest.mark.django_db


def test_after_import_indexes_the_batch(editions, monkeypatch):
    def after_import(edition, article_ids, hints=None):
        from nashra.search.services import index_articles

        index_articles(article_ids)

    monkeypatch.setattr(bulk, "after_import", after_import)
    line = {"external_id": "w-1", "section": "politics", "title": "الحكومة تقر الموازنة",
            "body": "<p>أقرت الحكومه موازنة المدارس.</p>", "published_at": "2025-12-01T10:00:00+02:00"}
    report = import_lines([json.dumps(line, ensure_ascii=False)], editions["eg"])
    assert report.created == 1
    (hit,) = services.search(editions["eg"], "مدرسة").hits
    assert hit.article.external_id == "w-1"
    line["title"] = "البرلمان يقر الموازنة"
    import_lines([json.dumps(line, ensure_ascii=False)], editions["eg"])
    assert services.search(editions["eg"], "البرلمان").hits
