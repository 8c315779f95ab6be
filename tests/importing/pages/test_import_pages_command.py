"""``nashra import-pages``: saved pages in, articles out, through the shared importer."""

import io
import json
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from nashra.articles.models import ArticlePage, SectionPage

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = Path(__file__).resolve().parents[3].parent / "shared/seed/000_8f35bd65a0bcf6f9.txt"
BRIEF_KEYS = {"external_id", "section", "title", "subtitle", "body", "dateline", "byline", "published_at",
              "image", "tags"}
ARTICLE_FIXTURES = ["levant_capture.txt", "markup_article.html", "no_byline.htm", "old_site_cp1256.htm",
                    "wire_cairo.txt"]
SEED_MTIME = datetime(2018, 6, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def pages(tmp_path):
    """The fixture pages (and the seed capture, when present) in a folder with a sub-folder."""
    folder = tmp_path / "old-site"
    shutil.copytree(FIXTURES, folder / "pages")
    if SEED.exists():
        shutil.copy(SEED, folder / "seed.txt")
        os.utime(folder / "seed.txt", (SEED_MTIME.timestamp(), SEED_MTIME.timestamp()))
    return folder


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import-pages", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_imports_articles_and_reports_bad_pages(editions, pages):
    out, _err = run(pages, "--edition", "eg")
    expected = len(ARTICLE_FIXTURES) + SEED.exists()
    assert ArticlePage.objects.filter(edition__slug="eg").count() == expected
    for name, reason in (("empty.txt", "(empty)"), ("binary.html", "(binary)"),
                         ("section_index.html", "(not-article)")):
        line = next(line for line in out.splitlines() if line.startswith("skipped:") and name in line)
        assert reason in line
    archive = SectionPage.objects.get(slug="archive", edition__slug="eg")
    assert archive.title == "الأرشيف"
    assert set(ArticlePage.objects.values_list("section_id", flat=True)) == {archive.pk}


def test_seed_page_imports_exactly(editions, pages):
    if not SEED.exists():
        pytest.skip(f"seed capture not found at {SEED}")
    out, _err = run(pages / "seed.txt", "--edition", "eg")
    article = ArticlePage.objects.get(edition__slug="eg")
    assert article.title == 'مساندة "أفريكوم" في تأمين الانتخابات الرئاسية ودعم حكومة السراج "واردة"'
    assert article.lead_image_caption == "عناصر من قوات الجيش الليبي عند مدخل مدينة درنة"
    assert article.dateline == "طرابلس"
    assert [a.name for a in article.authors.all()] == ["فاطمة السعداوي"]
    assert article.body.count("<p>") == 7
    assert article.external_id.startswith("sha1:")
    assert article.published_at == SEED_MTIME  # no time on the page: the file's modification time
    assert "published_at=mtime" in out and "seed.txt" in out
    for junk in ("الإسم *", "شروط النشر", "حظك اليوم", "فورمولا", "جميع الحقوق محفوظة", "egypttoday"):
        assert junk not in article.body and junk not in article.title


def test_importing_the_same_pages_twice_gives_one_article_each(editions, pages):
    run(pages, "--edition", "eg")
    count = ArticlePage.objects.count()
    out, _err = run(pages, "--edition", "eg")
    assert ArticlePage.objects.count() == count
    assert f"جديدة 0، محدَّثة {count}" in out


def test_the_same_page_under_two_names_is_one_article(editions, tmp_path):
    shutil.copy(FIXTURES / "wire_cairo.txt", tmp_path / "a.txt")
    (tmp_path / "copy").mkdir()
    shutil.copy(FIXTURES / "wire_cairo.txt", tmp_path / "copy" / "b.txt")
    run(tmp_path, "--edition", "eg")
    assert ArticlePage.objects.count() == 1


def test_section_edition_and_time_zone(editions, pages):
    run(pages / "pages" / "levant_capture.txt", "--edition", "lb", "--section", "politics")
    article = ArticlePage.objects.get()
    assert article.section_id == editions["sections"]["lb"]["politics"].pk
    assert article.published_at == datetime(2025, 1, 12, 8, 15, tzinfo=UTC)  # 10:15 in Beirut
    assert [a.name for a in article.authors.all()] == ["رنا الحاج"]
    assert article.subtitle.startswith("دور نشر صغيرة")


def test_canonical_url_is_the_external_id(editions, pages):
    run(pages / "pages" / "markup_article.html", "--edition", "eg")
    article = ArticlePage.objects.get()
    assert article.external_id == "https://sada-elwadi.example/economy/2024/03/05/desalination-plant"
    assert "<h2>مراحل التنفيذ والتمويل</h2>" in article.body
    assert sorted(article.tags.names()) == ["الإسكندرية", "المياه"]
    assert article.lead_image_caption == "خزانات المياه المحلاة في المحطة الجديدة غرب الإسكندرية"


def test_windows_1256_page(editions, pages):
    run(pages / "pages" / "old_site_cp1256.htm", "--edition", "eg")
    article = ArticlePage.objects.get()
    assert article.title == "الأمم المتحدة تحذر من نقص حاد في مخزون القمح بالمنطقة"
    assert [a.name for a in article.authors.all()] == ["أ ف ب"]


def test_dry_run_prints_json_lines_and_writes_nothing(editions, pages, tmp_path):
    out, err = run(pages, "--edition", "eg", "--dry-run")
    assert ArticlePage.objects.count() == 0
    assert not SectionPage.objects.filter(slug="archive").exists()
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(ARTICLE_FIXTURES) + SEED.exists()
    for record in records:
        assert set(record) - {"section_name"} <= BRIEF_KEYS
        assert {"external_id", "section", "title", "body", "published_at"} <= set(record)
        assert datetime.fromisoformat(record["published_at"]).utcoffset() is not None
    assert "أ ش أ" in out  # ensure_ascii=False: Arabic as Arabic
    assert "skipped:" in err and "skipped:" not in out

    # What the dry run prints is what import-articles takes.
    jsonl = tmp_path / "review.jsonl"
    jsonl.write_text(out, encoding="utf-8")
    call_command("import-articles", str(jsonl), "--edition", "eg", stdout=io.StringIO())
    assert ArticlePage.objects.count() == len(records)
    run(pages, "--edition", "eg")
    assert ArticlePage.objects.count() == len(records)


def test_operator_errors_stop_before_anything_is_read(editions, pages):
    with pytest.raises(CommandError):
        run(pages, "--edition", "nowhere")
    with pytest.raises(CommandError):
        run(pages / "missing.html", "--edition", "eg")
    with pytest.raises(CommandError):
        run(pages, "--edition", "eg", "--section", "not a slug")
    assert ArticlePage.objects.count() == 0


def test_file_of_another_type_is_skipped(editions, tmp_path):
    (tmp_path / "notes.md").write_text("# ملاحظات", encoding="utf-8")
    out, _err = run(tmp_path / "notes.md", "--edition", "eg")
    assert "skipped:" in out and "notes.md" in out
