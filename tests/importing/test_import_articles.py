"""``import-articles``: JSON Lines in, Wagtail pages out (BRIEF §4.3).

The bulk path writes tree rows itself, so besides the behaviour an operator
sees (counts, line-numbered errors, updates instead of duplicates) these tests
check that Wagtail and treebeard still recognise the tree as their own.
"""

import io
import json
import sys
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from nashra.articles.models import ArticlePage, Author, SectionPage
from nashra.importing import bulk
from nashra.importing.services import UnknownEdition, find_edition, import_file, import_lines

BASE_MOMENT = datetime(2025, 12, 9, 4, 47, tzinfo=UTC)


def article(n, **fields):
    """One valid line's object; ``n`` orders publication (higher = newer)."""
    record = {
        "external_id": f"old-{n}",
        "section": "politics",
        "title": f"الجيش الليبي يؤكد سيطرته على المدينة رقم {n}",
        "published_at": (BASE_MOMENT + timedelta(minutes=n)).isoformat(),
        "body": f"<p>الفقرة الأولى من الخبر {n}.</p><p>الفقرة الثانية.</p>",
        "byline": "فاطمة السعداوي",
        "dateline": "طرابلس",
    }
    record.update(fields)
    return record


def lines(*records):
    return [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]


def write_jsonl(path, *records):
    path.write_text("\n".join(lines(*records)) + "\n", encoding="utf-8")
    return path


def imported(external_id, edition="eg"):
    return ArticlePage.objects.get(edition__slug=edition, external_id=external_id)


def tree_problems():
    return [ids for ids in Page.find_problems() if ids]


# --- the basic contract -------------------------------------------------------------


def test_import_creates_live_articles_under_their_section(editions):
    report = import_lines(lines(article(1), article(2, section="sports")), editions["eg"])

    assert (report.created, report.updated, report.skipped, report.errors) == (2, 0, 0, [])
    first, second = imported("old-1"), imported("old-2")
    assert first.live and first.get_parent().pk == editions["sections"]["eg"]["politics"].pk
    assert second.get_parent().pk == editions["sections"]["eg"]["sports"].pk
    assert first.section_id == editions["sections"]["eg"]["politics"].pk
    assert first.edition_id == editions["eg"].pk
    assert first.published_at == BASE_MOMENT + timedelta(minutes=1)
    assert first.first_published_at == first.published_at
    assert first.dateline == "طرابلس"
    assert first.url_path == f"{editions['sections']['eg']['politics'].url_path}{first.slug}/"
    assert first.slug.startswith("الجيش-الليبي-يؤكد")
    assert first.draft_title == first.title
    assert first.locale_id == editions["sections"]["eg"]["politics"].locale_id
    assert tree_problems() == []


def test_reimport_updates_in_place_and_never_duplicates(editions):
    import_lines(lines(article(1), article(2)), editions["eg"])
    page_id = imported("old-1").pk

    edited = article(1, title="عنوان مصحَّح", subtitle="عنوان فرعي", tags=["ليبيا"], breaking=True)
    report = import_lines(lines(edited, article(2)), editions["eg"])

    assert (report.created, report.updated, report.errors) == (0, 2, [])
    assert ArticlePage.objects.filter(edition=editions["eg"]).count() == 2
    page = imported("old-1")
    assert page.pk == page_id
    assert (page.title, page.draft_title, page.subtitle, page.is_breaking) == (
        "عنوان مصحَّح", "عنوان مصحَّح", "عنوان فرعي", True)
    assert [t.name for t in page.tags.all()] == ["ليبيا"]
    assert tree_problems() == []


def test_the_edition_last_update_follows_the_newest_imported_article(editions):
    type(editions["eg"]).objects.filter(pk=editions["eg"].pk).update(last_published_at=None)
    import_lines(lines(article(5), article(9), article(2)), editions["eg"])

    editions["eg"].refresh_from_db()
    assert editions["eg"].last_published_at == BASE_MOMENT + timedelta(minutes=9)


def test_missing_published_at_defaults_to_now_with_a_warning(editions):
    record = {k: v for k, v in article(1).items() if k != "published_at"}
    report = import_lines(lines(record), editions["eg"])

    assert report.created == 1
    assert [n for n, _m in report.warnings] == [1]
    assert imported("old-1").published_at is not None


def test_same_external_id_in_another_edition_is_another_article(editions):
    import_lines(lines(article(1)), editions["eg"])
    report = import_lines(lines(article(1)), editions["lb"])

    assert report.created == 1
    assert imported("old-1", "eg").pk != imported("old-1", "lb").pk


def test_a_later_line_for_the_same_article_updates_it(editions):
    report = import_lines(lines(article(1), article(1, title="النسخة الأخيرة")), editions["eg"])

    assert (report.created, report.updated) == (1, 1)
    assert imported("old-1").title == "النسخة الأخيرة"


def test_keys_absent_from_a_reimport_are_left_as_they_are(editions):
    import_lines(lines(article(1, subtitle="يبقى", tags=["أ", "ب"])), editions["eg"])
    slim = {"external_id": "old-1", "section": "politics", "title": "عنوان جديد"}
    import_lines(lines(slim), editions["eg"])

    page = imported("old-1")
    assert page.subtitle == "يبقى"
    assert sorted(t.name for t in page.tags.all()) == ["أ", "ب"]
    assert page.published_at == BASE_MOMENT + timedelta(minutes=1)
    assert page.title == "عنوان جديد"

    import_lines(lines({**slim, "tags": []}), editions["eg"])
    assert list(imported("old-1").tags.all()) == []


# --- bad lines ------------------------------------------------------------------------


def test_bad_lines_are_reported_with_their_line_numbers_and_the_rest_goes_in(editions):
    source = lines(
        article(1),                                              # 1 ok
        '{"external_id": "x", "title": ',                        # 2 malformed JSON
        '["not", "an", "object"]',                               # 3 not an object
        article(4, external_id=""),                              # 4 external_id missing
        {k: v for k, v in article(5).items() if k != "title"},   # 5 title missing
        article(6, published_at="2025-12-09T04:47:00"),          # 6 naive time
        article(7, section="سياسة واقتصاد/محلي"),                # 7 not a slug
        "",                                                      # 8 blank: ignored
        article(9),                                              # 9 ok
        article(10, published_at="أمس"),                         # 10 not ISO 8601
        article(11, tags="ليبيا، مصر", breaking="yes"),          # 11 bad breaking
        article(12, external_id="x" * 201),                      # 12 external_id too long
    )
    report = import_lines(source, editions["eg"])

    assert report.created == 2
    assert report.skipped == 9
    by_line = dict(report.errors)
    assert sorted(by_line) == [2, 3, 4, 5, 6, 7, 10, 11, 12]
    assert "JSON" in by_line[2]
    assert "JSON" in by_line[3]
    assert "external_id" in by_line[4]
    assert "title" in by_line[5]
    assert "published_at" in by_line[6]
    assert "section" in by_line[7]
    assert "published_at" in by_line[10]
    assert "breaking" in by_line[11]
    assert "external_id" in by_line[12]
    assert set(ArticlePage.objects.values_list("external_id", flat=True)) == {"old-1", "old-9"}


def test_invalid_utf8_line_is_reported_and_the_rest_goes_in(editions):
    good = json.dumps(article(2), ensure_ascii=False).encode()
    report = import_lines([b'{"title": "\xff\xfe"}\n', good + b"\n"], editions["eg"])

    assert report.created == 1
    assert [n for n, _m in report.errors] == [1]
    assert "UTF-8" in report.errors[0][1]


def test_a_batch_the_database_refuses_is_retried_row_by_row(editions, monkeypatch):
    real_insert = bulk.insert_sections

    def insert_refusing_poison(groups):
        if any(a.external_id == "poison" for _section, articles in groups for a in articles):
            raise IntegrityError("simulated constraint failure")
        return real_insert(groups)

    monkeypatch.setattr(bulk, "insert_sections", insert_refusing_poison)
    source = lines(article(1), article(2), article(3, external_id="poison"), article(4), article(5))
    report = import_lines(source, editions["eg"], batch_size=10)

    assert report.created == 4
    assert report.errors and report.errors[0][0] == 3
    assert "simulated constraint failure" in report.errors[0][1]
    assert ArticlePage.objects.count() == 4
    assert tree_problems() == []


def test_batches_before_an_interruption_are_kept(editions, monkeypatch):
    def stream():
        yield from lines(article(1), article(2), article(3))
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_lines(stream(), editions["eg"], batch_size=2)
    assert set(ArticlePage.objects.values_list("external_id", flat=True)) == {"old-1", "old-2"}


# --- body, authors, tags, sections ---------------------------------------------------


def test_script_event_handlers_and_javascript_links_are_stripped_with_a_warning(editions):
    body = (
        '<p onclick="steal()">نص <b>مهم</b><script>alert("x")</script></p>'
        '<img src="x.png" onerror="alert(1)">'
        '<p><a href="javascript:alert(1)">رابط</a> <a href="https://example.org/a">مصدر</a></p>'
    )
    report = import_lines(lines(article(1, body=body)), editions["eg"])

    stored = imported("old-1").body
    assert report.created == 1
    for bad in ("script", "alert", "onclick", "onerror", "javascript:", "<img"):
        assert bad not in stored
    assert "<b>مهم</b>" in stored
    assert 'href="https://example.org/a"' in stored
    assert [n for n, _m in report.warnings] == [1]


def test_plain_text_body_becomes_paragraphs(editions):
    text = "الفقرة الأولى\nتكملتها.\n\nالفقرة الثانية & <تنبيه\n\n\nالثالثة"
    import_lines(lines(article(1, body=text)), editions["eg"])

    assert imported("old-1").body == (
        "<p>الفقرة الأولى<br>تكملتها.</p><p>الفقرة الثانية &amp; &lt;تنبيه</p><p>الثالثة</p>"
    )


def test_byline_with_several_names_gives_several_authors_matched_by_name(editions):
    existing = Author.objects.create(name="فاطمة السعداوي")
    import_lines(lines(
        article(1, byline="فاطمة السعداوي و أحمد علي، وليد منصور"),
        article(2, byline="أحمد علي"),
    ), editions["eg"])

    first = imported("old-1")
    assert sorted(a.name for a in first.authors.all()) == ["أحمد علي", "فاطمة السعداوي", "وليد منصور"]
    assert existing in first.authors.all()
    assert Author.objects.filter(name="أحمد علي").count() == 1
    assert list(imported("old-2").authors.all()) == [Author.objects.get(name="أحمد علي")]
    assert Author.objects.get(name="وليد منصور").slug


def test_tags_are_attached_and_shared(editions):
    import_lines(lines(article(1, tags=["ليبيا", "درنة"]), article(2, tags=["ليبيا"])), editions["eg"])

    assert sorted(t.name for t in imported("old-1").tags.all()) == ["درنة", "ليبيا"]
    assert ArticlePage.objects.filter(tags__name="ليبيا").count() == 2


def test_missing_section_is_created_live_under_the_edition_home(editions):
    report = import_lines(lines(article(1, section="culture", section_name="ثقافة")), editions["eg"])

    section = SectionPage.objects.get(slug="culture")
    assert report.created == 1
    assert section.live and section.title == "ثقافة"
    assert section.get_parent().pk == editions["eg"].site.root_page_id
    assert section.edition_id == editions["eg"].pk
    assert imported("old-1").section_id == section.pk
    assert tree_problems() == []


def test_changing_section_on_reimport_moves_the_page(editions):
    import_lines(lines(article(1), article(2)), editions["eg"])
    import_lines(lines(article(1, section="sports")), editions["eg"])

    page = imported("old-1")
    sports = editions["sections"]["eg"]["sports"]
    assert page.get_parent().pk == sports.pk
    assert page.section_id == sports.pk
    assert page.url_path.startswith(sports.url_path)
    assert tree_problems() == []


def test_titles_that_give_the_same_slug_get_a_suffix(editions):
    same = "خبر بالعنوان نفسه"
    import_lines(lines(article(1, title=same), article(2, title=same)), editions["eg"])
    import_lines(lines(article(3, title=same)), editions["eg"])

    slugs = sorted(ArticlePage.objects.values_list("slug", flat=True))
    assert len(set(slugs)) == 3
    assert "خبر-بالعنوان-نفسه" in slugs and "خبر-بالعنوان-نفسه-2" in slugs


def test_repeated_titles_across_batches_get_the_next_free_suffix(editions):
    # the suffixed siblings of every repeated title are read together: a suffix in use
    # (-2 from an earlier run, -3 earlier in the batch) is never given twice, and a title
    # that starts like another («… نفسه الجديد») does not count as its repeat
    same, longer = "خبر بالعنوان نفسه", "خبر بالعنوان نفسه الجديد"
    import_lines(lines(article(1, title=same), article(2, title=same), article(3, title=longer)),
                 editions["eg"], batch_size=2)
    import_lines(lines(*(article(n, title=same if n % 2 else longer) for n in range(4, 10))),
                 editions["eg"], batch_size=4)

    slugs = list(ArticlePage.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 9
    base, other = "خبر-بالعنوان-نفسه", "خبر-بالعنوان-نفسه-الجديد"
    assert sorted(slugs) == sorted([base] + [f"{base}-{n}" for n in range(2, 6)]
                                   + [other] + [f"{other}-{n}" for n in range(2, 5)])
    assert tree_problems() == []


def test_a_title_repeated_past_the_first_window_of_suffixes_gets_the_next_free_one(editions):
    same = "بيان الحكومة اليومي"
    import_lines(lines(*(article(n, title=same) for n in range(1, 13))), editions["eg"])  # base, -2 … -12
    import_lines(lines(article(13, title=same)), editions["eg"])  # -2 … -10 all taken: asks again from -11

    base = "بيان-الحكومة-اليومي"
    assert imported("old-13").slug == f"{base}-13"
    slugs = list(ArticlePage.objects.values_list("slug", flat=True))
    assert len(slugs) == len(set(slugs)) == 13


def test_one_batch_over_several_sections_numbers_and_names_each_section_on_its_own(editions):
    same = "خبر بالعنوان نفسه"
    report = import_lines(lines(article(1, title=same), article(2, title=same, section="sports"),
                                article(3, title=same), article(4, title=same, section="sports"),
                                article(5)), editions["eg"])

    assert report.created == 5 and not report.errors
    base = "خبر-بالعنوان-نفسه"
    assert [imported(f"old-{n}").slug for n in (1, 3, 2, 4)] == [base, f"{base}-2", base, f"{base}-2"]
    politics = editions["sections"]["eg"]["politics"]
    children = Page.objects.get(pk=politics.pk).get_children().specific()
    assert [p.external_id for p in children] == ["old-1", "old-3", "old-5"]
    assert Page.objects.get(pk=politics.pk).numchild == 3
    assert Page.objects.get(pk=editions["sections"]["eg"]["sports"].pk).numchild == 2
    assert tree_problems() == []


def test_the_statements_of_a_batch_do_not_grow_with_its_articles_or_sections(editions, monkeypatch):
    # Every row of a batch goes in with one statement of each kind, whatever number of articles and
    # sections it holds; a statement per article or per section would show here. Only the writing is
    # counted: what follows a batch (index, purge) is its subscribers' business.
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    monkeypatch.setattr(bulk, "after_import", lambda edition, ids, hints=None: None)
    import_lines(lines(article(0, tags=["ليبيا"])), editions["eg"])  # the author and the tag exist from here on

    def statements(first, count, sections):
        batch = [article(n, section=sections[n % len(sections)], tags=["ليبيا"]) for n in range(first, first + count)]
        with CaptureQueriesContext(connection) as captured:
            report = import_lines(lines(*batch), editions["eg"], batch_size=1000)
        assert report.created == count and not report.errors
        return len(captured)

    one_section = statements(1, 3, ["politics"])
    assert statements(100, 40, ["politics"]) == one_section
    two_sections = statements(200, 4, ["politics", "sports"])
    assert statements(300, 40, ["politics", "sports"]) == two_sections
    assert two_sections == one_section + 2  # finding the second section (once a run), nothing per section written
    assert tree_problems() == []


# --- images ---------------------------------------------------------------------------


def _png(path, color=(200, 30, 30)):
    from PIL import Image as PILImage

    path.parent.mkdir(parents=True, exist_ok=True)
    PILImage.new("RGB", (32, 24), color).save(path, format="PNG")
    return path


def test_image_from_a_local_path_is_stored_once_in_the_edition_collection(editions, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    _png(tmp_path / "photos" / "derna.png")
    _png(tmp_path / "photos" / "copy.png")  # same bytes under another name
    source = write_jsonl(
        tmp_path / "articles.jsonl",
        article(1, image={"path": "photos/derna.png", "caption": "عناصر من قوات الجيش الليبي",
                          "credit": "رويترز"}),
        article(2, image={"path": "photos/copy.png", "caption": "صورة أخرى"}),
    )
    report = import_file(source, editions["eg"])

    assert (report.created, report.warnings) == (2, [])
    first, second = imported("old-1"), imported("old-2")
    assert first.lead_image is not None
    assert first.lead_image_id == second.lead_image_id
    assert first.lead_image_caption == "عناصر من قوات الجيش الليبي"
    assert first.lead_image_credit == "رويترز"
    assert (first.lead_image.width, first.lead_image.height) == (32, 24)
    assert first.lead_image.collection.name == editions["eg"].name
    assert get_image_model().objects.count() == 1
    assert ReferenceIndex.get_references_to(first.lead_image).count() == 2  # Wagtail's «usage» knows

    import_file(source, editions["eg"])  # a re-import reuses it too
    assert get_image_model().objects.count() == 1


def test_image_url_is_not_fetched_the_article_goes_in_with_its_caption(editions):
    record = article(1, image={"url": "https://cdn.example.org/a.jpg", "caption": "تعليق الصورة"})
    report = import_lines(lines(record), editions["eg"])

    page = imported("old-1")
    assert report.created == 1
    assert page.lead_image is None
    assert page.lead_image_caption == "تعليق الصورة"
    assert [n for n, _m in report.warnings] == [1]
    assert "https://cdn.example.org/a.jpg" in report.warnings[0][1]


def test_missing_or_outside_image_files_are_warnings(editions, tmp_path):
    outside = _png(tmp_path / "elsewhere" / "x.png")
    inside = tmp_path / "import"
    inside.mkdir()
    report = import_lines(
        lines(article(1, image={"path": "nope.png"}), article(2, image={"path": str(outside)})),
        editions["eg"], base_dir=inside,
    )

    assert report.created == 2
    assert [n for n, _m in report.warnings] == [1, 2]
    assert get_image_model().objects.count() == 0


# --- the tree stays Wagtail's -----------------------------------------------------------


def test_tree_is_consistent_after_a_bulk_import_next_to_existing_pages(editions, article_factory):
    article_factory(title="خبر من المحرر")
    report = import_lines(lines(*(article(n) for n in range(1, 121))), editions["eg"], batch_size=50)

    politics = Page.objects.get(pk=editions["sections"]["eg"]["politics"].pk)
    assert report.created == 120
    assert politics.numchild == 121
    assert politics.get_children().count() == 121
    assert tree_problems() == []
    paths = list(politics.get_children().values_list("path", flat=True))
    assert paths == sorted(paths) and len(set(paths)) == 121


def test_wagtail_can_add_children_and_publish_edits_after_a_bulk_import(editions, admin_client):
    import_lines(lines(*(article(n) for n in range(1, 6))), editions["eg"])
    section = SectionPage.objects.get(pk=editions["sections"]["eg"]["politics"].pk)

    by_hand = ArticlePage(title="خبر أضافه محرر", body="<p>نص</p>")
    section.add_child(instance=by_hand)
    by_hand.save_revision().publish()

    page = imported("old-3")
    page.full_clean()  # what Wagtail validates before every live save
    page.title = "تعديل المحرر"
    page.save_revision().publish()

    page.refresh_from_db()
    assert page.title == "تعديل المحرر" and page.live and page.latest_revision_id
    assert by_hand.section_id == section.pk
    assert tree_problems() == []
    assert admin_client.get(f"/newsroom/pages/{imported('old-2').pk}/edit/").status_code == 200

    import_lines(lines(article(6)), editions["eg"])  # and import again after Wagtail's writes
    section.refresh_from_db()
    assert section.numchild == 7
    assert tree_problems() == []


def test_reimport_of_a_page_an_editor_revised_goes_through_a_revision(editions):
    import_lines(lines(article(1)), editions["eg"])
    page = imported("old-1")
    page.subtitle = "من المحرر"
    page.save_revision().publish()
    revisions = page.revisions.count()

    import_lines(lines(article(1, title="عنوان من الأرشيف")), editions["eg"])
    page = imported("old-1")
    assert page.title == "عنوان من الأرشيف"
    assert page.get_latest_revision_as_object().title == "عنوان من الأرشيف"
    assert page.revisions.count() == revisions + 1

    import_lines(lines(article(1, title="عنوان من الأرشيف")), editions["eg"])  # unchanged: no new revision
    assert page.revisions.count() == revisions + 1


def test_reimport_over_an_editors_pending_draft_publishes_the_import_and_says_so(editions):
    import_lines(lines(article(1)), editions["eg"])
    page = imported("old-1")
    page.subtitle = "مسودة لم تُنشر"
    page.save_revision()  # a draft, not published

    report = import_lines(lines(article(1, subtitle="من الأرشيف")), editions["eg"])

    page = imported("old-1")
    assert report.updated == 1
    assert page.subtitle == "من الأرشيف" and not page.has_unpublished_changes
    assert [n for n, _m in report.warnings] == [1]
    assert page.revisions.filter(content__subtitle="مسودة لم تُنشر").exists()


def test_imported_articles_appear_on_the_section_page_newest_first(editions):
    import_lines(lines(article(1), article(3), article(2)), editions["eg"])
    section = editions["sections"]["eg"]["politics"]

    response = Client().get(f"/{section.slug}/", HTTP_HOST="eg.localhost")

    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(imported(f"old-{n}").title) for n in (3, 2, 1)]
    assert positions == sorted(positions)


# --- editions and the command -------------------------------------------------------------


def test_find_edition_defaults_to_the_default_site_and_lists_known_slugs(editions):
    assert find_edition().slug == "eg"
    assert find_edition("lb").slug == "lb"
    with pytest.raises(UnknownEdition) as info:
        find_edition("xx")
    assert info.value.known == ["eg", "lb"]


def test_command_imports_a_file_end_to_end(editions, tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", article(1), "{broken", article(3, tags=["مصر"]))
    out = io.StringIO()

    call_command("import-articles", str(source), edition="eg", stdout=out, quiet=True)

    text = out.getvalue()
    assert ArticlePage.objects.filter(edition__slug="eg").count() == 2
    assert "line 2:" in text
    assert "جديدة 2" in text and "متروكة 1" in text

    out = io.StringIO()
    call_command("import-articles", str(source), stdout=out, quiet=True)  # default site's edition: eg
    assert "محدَّثة 2" in out.getvalue()
    assert ArticlePage.objects.count() == 2


def test_command_reads_standard_input(editions, monkeypatch):
    data = "\n".join(lines(article(1), article(2))).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))

    call_command("import-articles", "-", edition="lb", stdout=io.StringIO(), quiet=True)

    assert ArticlePage.objects.filter(edition__slug="lb").count() == 2


def test_command_refuses_an_unknown_edition_listing_the_known_ones(editions, tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", article(1))
    with pytest.raises(CommandError) as info:
        call_command("import-articles", str(source), edition="xx", stdout=io.StringIO())
    assert "xx" in str(info.value) and "eg" in str(info.value) and "lb" in str(info.value)
    assert ArticlePage.objects.count() == 0


def test_command_refuses_an_unreadable_file(editions, tmp_path):
    with pytest.raises(CommandError):
        call_command("import-articles", str(tmp_path / "missing.jsonl"), stdout=io.StringIO())


def test_progress_counts_every_line(editions):
    seen = []
    import_lines(lines(article(1), "oops", article(3), article(4)), editions["eg"], progress=seen.append,
                 batch_size=2)
    assert sum(seen) == 4


def test_extreme_dates_nul_bytes_and_huge_bodies_are_refused_per_line(editions, client):
    from nashra.importing.records import MAX_BODY

    source = lines(
        article(1),                                                      # 1 ok
        article(2, published_at="0001-01-01T00:00:00+14:00"),            # 2 1 BC in UTC
        article(3, published_at="9999-12-31T23:59:59-12:00"),            # 3 year 10000 in UTC
        article(4, breaking_until="1850-01-01T00:00:00Z"),               # 4 before 1900
        article(5, title="عنوان\x00فيه صفر", body="<p>نص\x00الخبر</p>"),  # 5 NUL characters dropped
        article(6, body="<p>" + "ن" * MAX_BODY + "</p>"),                # 6 body too long
        article(7),                                                      # 7 ok
    )
    report = import_lines(source, editions["eg"])
    assert report.created == 3
    assert [n for n, _m in report.errors] == [2, 3, 4, 6]
    assert all("خارج المدى" in m for n, m in report.errors if n in (2, 3, 4))
    assert "body" in dict(report.errors)[6]
    cleaned = imported("old-5")
    assert "\x00" not in cleaned.title and "\x00" not in cleaned.body
    assert client.get("/politics/", HTTP_HOST="eg.localhost").status_code == 200
    assert client.get("/api/v1/articles/", HTTP_HOST="eg.localhost").status_code == 200


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_on_postgresql_an_import_commits_without_waiting_for_the_disk_and_then_restores_the_setting(
        editions, monkeypatch):
    """nashra.importing.pg_session: the batches, and the index written beside them on its own connection, are
    committed with ``synchronous_commit = off``; the importing connection has the server's setting after."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL settings")
    seen = []
    real = bulk.after_import

    def spy(edition, ids, hints=None):
        with connection.cursor() as cursor:  # (the thread's own connection when it runs beside the writes)
            cursor.execute("SHOW synchronous_commit")
            seen.append(cursor.fetchone()[0])
        return real(edition, ids, hints)

    monkeypatch.setattr(bulk, "after_import", spy)
    report = import_lines(lines(article(1), article(2), article(3)), editions["eg"], batch_size=2)
    assert report.created == 3 and seen == ["off", "off"]
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on"
