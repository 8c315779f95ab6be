"""The tsvector text the index writes on PostgreSQL (nashra.search.pg_vectors) is exactly what the server's own
``to_tsvector('simple', stems)`` made before: the same stems, positions, caps — so a phrase search and ranking
are unchanged by writing it in Python."""

import json
from pathlib import Path

import pytest
from django.db import connection

from nashra.arabic.index_stems import index_stems
from nashra.arabic.stemmer import default_stemmer
from nashra.search.pg_vectors import MAX_POSITION, MAX_POSITIONS, tsvector_text

SETS = Path(__file__).resolve().parents[1] / "search_eval"


def test_each_stem_once_with_its_positions_in_order():
    assert tsvector_text("حكوم قرار حكوم") == "'حكوم':1,3 'قرار':2"
    assert tsvector_text("") == ""


def test_positions_are_capped_as_postgresql_caps_them():
    many = tsvector_text(" ".join(["حكوم"] * 300))
    assert many.count(",") == MAX_POSITIONS - 1 and many.endswith(f",{MAX_POSITIONS}")
    long = tsvector_text(" ".join(f"w{n}" for n in range(MAX_POSITION + 5)))
    assert long.endswith(f"'w{MAX_POSITION + 4}':{MAX_POSITION}")


def _texts() -> list[str]:
    texts = [doc["text"] for name in ("arabic-search-c.json", "arabic-search-e.json")
             for doc in json.loads((SETS / name).read_text(encoding="utf-8"))["docs"]]
    return texts + ["حكومة " * 300, " ".join(f"w{n} كلمة" for n in range(9000)),
                    "Café COVID-19 ١٢٣ 2024 e-mail a.b@c.d http://x.y/z طالب يطالب الـحكومة"]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's to_tsvector")
def test_the_server_reads_what_its_own_parser_made():
    stems = [index_stems(default_stemmer, text) for text in _texts()]
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM unnest(%s::text[], %s::text[]) AS r (s, v) "
                       "WHERE to_tsvector('simple', s)::text <> v::tsvector::text",
                       [stems, [tsvector_text(s) for s in stems]])
        assert cursor.fetchone()[0] == 0
