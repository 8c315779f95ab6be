"""The index finds every spelling, ranks sensibly and follows publishing."""

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from nashra.articles.models import ArticlePage
from nashra.search import services
from nashra.search.models import PluralEntry, SearchDocument

pytestmark = pytest.mark.django_db


def ids(results):
    return [h.article.pk for h in results.hits]


def find(editions, query, **kwargs):
    return ids(services.search(editions["eg"], query, **kwargs))


@pytest.mark.parametrize(("text", "query"), [
    ("أحمد يلتقي الوزير", "احمد"),
    ("احمد يلتقي الوزير", "أحمد"),
    ("الحكومة الجديدة", "حكومه"),
    ("الحكومة الجديدة", "حكومة"),
    ("الحُكُومَة الجديدة", "الحكومة"),
    ("الحكـــومة الجديدة", "حكومة"),
    ("موازنة عام ٢٠٢٥", "2025"),
    ("موازنة عام 2025", "٢٠٢٥"),
    ("والانتخابات المقبلة", "انتخابات"),
    ("بالمدارس الحكومية", "مدرسة"),
    ("دعم للحكومة", "حكومة"),
    ("افتتاح المدارس", "مدرسة"),
    ("لقاء الوزراء", "وزير"),
    ("مدرسة جديدة", "مدارس"),
    ("المستشفى", "مستشفى"),
    ("مصطفى", "مصطفي"),
])
def test_folding_variants_find_the_article(article_factory, editions, text, query):
    article = article_factory(title=text)
    other = article_factory(title="خبر رياضي عن كرة القدم")
    found = find(editions, query)
    assert article.pk in found
    assert other.pk not in found


def test_preposition_ala_does_not_match_the_name_ali(article_factory, editions):
    ali = article_factory(title="علي يفوز بالجائزة")
    on = article_factory(title="الحديث على الهاتف")
    assert find(editions, "علي") == [ali.pk]
    assert on.pk not in find(editions, "على علي")
    assert services.search(editions["eg"], "على").problem == "nothing_searchable"


def test_title_outranks_body(article_factory, editions):
    body = article_factory(title="خبر أول", body="<p>نص عن الاقتصاد والاقتصاد في البلاد</p>",
                           published_at=timezone.now())
    title = article_factory(title="الاقتصاد ينمو", published_at=timezone.now() - timedelta(hours=1))
    assert find(editions, "اقتصاد") == [title.pk, body.pk]


def test_newest_first_and_recency_boost(article_factory, editions):
    now = timezone.now()
    old = article_factory(title="انتخابات البلدية", published_at=now - timedelta(days=700))
    new = article_factory(title="انتخابات البلدية", published_at=now - timedelta(days=1))
    middle = article_factory(title="انتخابات البلدية", published_at=now - timedelta(days=90))
    # Equal relevance: the recency boost decides.
    assert find(editions, "الانتخابات") == [new.pk, middle.pk, old.pk]
    assert find(editions, "الانتخابات", order="newest") == [new.pk, middle.pk, old.pk]


def test_relevance_beats_a_small_age_difference(article_factory, editions):
    now = timezone.now()
    strong = article_factory(title="الكهرباء تنقطع", published_at=now - timedelta(days=20))
    weak = article_factory(title="خبر اليوم", body="<p>الكهرباء</p>" + "<p>كلام كثير</p>" * 30,
                           published_at=now)
    assert find(editions, "كهرباء") == [strong.pk, weak.pk]
    assert find(editions, "كهرباء", order="newest") == [weak.pk, strong.pk]


def test_phrase_query(article_factory, editions):
    phrase = article_factory(title="اجتماع مجلس الأمن الدولي")
    apart = article_factory(title="الأمن في المدينة ومجلس البلدية")
    assert set(find(editions, "مجلس الأمن")) == {phrase.pk, apart.pk}
    assert find(editions, '"مجلس الأمن"') == [phrase.pk]
    assert find(editions, "«مجلس الأمن»") == [phrase.pk]


def test_filters(article_factory, editions):
    sport = article_factory(section="sports", title="المنتخب يفوز", authors=["سارة علي"],
                            published_at=datetime(2025, 3, 1, 12, tzinfo=UTC))
    politics = article_factory(title="المنتخب والبرلمان", published_at=datetime(2025, 6, 1, 12, tzinfo=UTC))
    lebanon = article_factory(edition="lb", title="المنتخب اللبناني")
    eg = editions["eg"]
    assert set(find(editions, "منتخب")) == {sport.pk, politics.pk}
    assert lebanon.pk not in find(editions, "منتخب")
    assert find(editions, "منتخب", section=editions["sections"]["eg"]["sports"]) == [sport.pk]
    assert find(editions, "منتخب", author=sport.authors.get()) == [sport.pk]
    assert find(editions, "منتخب", date_from=date(2025, 5, 1)) == [politics.pk]
    assert find(editions, "منتخب", date_to=date(2025, 3, 1)) == [sport.pk]
    assert find(editions, "منتخب", date_from=date(9999, 12, 31)) == []
    assert find(editions, "منتخب", date_to=date(9999, 12, 31), order="newest") == [politics.pk, sport.pk]
    assert ids(services.search(editions["lb"], "منتخب")) == [lebanon.pk]
    assert eg.pk != editions["lb"].pk


def test_meta_fields_are_searchable(article_factory, editions):
    article = article_factory(title="خبر", subtitle="تفاصيل الميزانية", dateline="طرابلس",
                              authors=["منى حداد"])
    for query in ("الميزانية", "طرابلس", "حداد", "سياسة"):
        assert article.pk in find(editions, query), query


def test_highlight_keeps_original_spelling(article_factory, editions):
    article_factory(title="الحُكومة <الجديدة>", body="<p>قالت الحكومة إن المدارس ستفتح &amp; تعمل.</p>")
    hit = services.search(editions["eg"], "حكومه مدرسة").hits[0]
    assert str(hit.title_html) == "<mark>الحُكومة</mark> &lt;الجديدة&gt;"
    assert "<mark>الحكومة</mark>" in hit.snippet_html
    assert "<mark>المدارس</mark>" in hit.snippet_html
    assert "&amp;" in hit.snippet_html


def test_index_follows_publish_unpublish_edit_delete(article_factory, editions):
    draft = article_factory(title="مسودة الموازنة", publish=False)
    assert find(editions, "موازنة") == []
    draft.save_revision().publish()
    assert find(editions, "موازنة") == [draft.pk]
    draft = type(draft).objects.get(pk=draft.pk)
    draft.title = "مسودة الضرائب"
    draft.save_revision()  # a draft edit changes nothing for readers yet
    assert find(editions, "موازنة") == [draft.pk]
    draft.get_latest_revision().publish()
    assert find(editions, "موازنة") == []
    assert find(editions, "ضرائب") == [draft.pk]
    draft.unpublish()
    assert find(editions, "ضرائب") == []
    draft.save_revision().publish()
    assert find(editions, "ضرائب") == [draft.pk]
    pk = draft.pk
    draft.delete()
    assert find(editions, "ضرائب") == []
    assert not SearchDocument.objects.filter(article_id=pk).exists()


def test_index_follows_move_to_another_section(article_factory, editions):
    article = article_factory(title="المباراة النهائية")
    sports = editions["sections"]["eg"]["sports"]
    article.move(sports, pos="last-child")
    assert find(editions, "مباراة", section=sports) == [article.pk]


def test_reindex_command_and_editor_lexicon(article_factory, editions):
    article = article_factory(title="افتتاح المستشفيات")
    SearchDocument.objects.all().delete()
    services.backends.clear()
    assert find(editions, "مستشفيات") == []
    call_command("reindex")
    assert find(editions, "مستشفيات") == [article.pk]
    # An editor teaches the lexicon a plural; old articles need a reindex.
    article_factory(title="أسود الأطلس في الملعب")  # أسود is «black» far more often than «lions»
    assert find(editions, "أسد") == []
    PluralEntry.objects.create(plural="أسود", singular="أسد")
    # Queries use the new entry at once; articles indexed before it need a reindex.
    assert find(editions, "أسد") == []
    call_command("reindex", edition="eg")
    assert len(find(editions, "أسد")) == 1
    assert len(find(editions, "الأسود")) == 1


def test_reindex_unknown_edition(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("reindex", edition="nope")


def test_pagination(article_factory, editions):
    made = [article_factory(title=f"تقرير الطقس {n}") for n in range(5)]
    first = services.search(editions["eg"], "الطقس", page=1, limit=2, order="newest")
    second = services.search(editions["eg"], "الطقس", page=2, limit=2, order="newest")
    third = services.search(editions["eg"], "الطقس", page=3, limit=2, order="newest")
    assert first.has_next and second.has_next and not third.has_next
    assert ids(first) + ids(second) + ids(third) == [a.pk for a in made]


def test_bulk_index_articles(article_factory, editions):
    articles = [article_factory(title=f"السياحة {n}") for n in range(3)]
    services.remove_articles([a.pk for a in articles])
    assert find(editions, "سياحة") == []
    assert services.index_articles([a.pk for a in articles] + [999999]) == 3
    assert len(find(editions, "سياحة")) == 3


def test_snippet_of_a_long_body_finds_a_late_match(article_factory, editions):
    body = "<p>" + "كلام عام " * 400 + "ثم افتتحت الحكومة الجسر الجديد. " + "كلام عام " * 400 + "</p>"
    article_factory(title="خبر طويل", body=body)
    snippet = str(services.search(editions["eg"], "الجسر").hits[0].snippet_html)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "<mark>الجسر</mark>" in snippet and len(snippet) < 400
    early = str(services.search(editions["eg"], "كلام").hits[0].snippet_html)
    assert early.startswith("<mark>كلام</mark>") and early.endswith("…")


def test_relevance_ranks_the_newest_candidates_on_both_databases(article_factory, editions, monkeypatch):
    """Relevance order ranks the newest RANK_CANDIDATES matches; «newest» order still reaches every match."""
    from nashra.search import backends

    now = timezone.now()
    oldest_strong = article_factory(title="الزلزال الزلزال", published_at=now - timedelta(days=300))
    weak = article_factory(title="خبر محلي", body="<p>ذكر الزلزال مرة</p>" + "<p>كلام</p>" * 20,
                           published_at=now - timedelta(days=2))
    strong = article_factory(title="الزلزال يضرب", published_at=now - timedelta(days=3))
    # Uncapped, the old title match outranks the newer body-only mention.
    assert find(editions, "زلزال")[1:] == [oldest_strong.pk, weak.pk]
    monkeypatch.setattr(backends, "RANK_CANDIDATES", 2)
    # The two newest matches are ranked by relevance (the older one has the title match) …
    assert find(editions, "زلزال") == [strong.pk, weak.pk]
    # … and the old story is still found newest-first or with a date range.
    assert find(editions, "زلزال", order="newest") == [weak.pk, strong.pk, oldest_strong.pk]
    assert find(editions, "زلزال", date_to=(now - timedelta(days=100)).date()) == [oldest_strong.pk]


def test_edit_that_changes_the_publication_time_keeps_one_index_entry(article_factory, editions):
    article = article_factory(title="افتتاح الميناء", published_at=timezone.now() - timedelta(days=5))
    article = type(article).objects.get(pk=article.pk)
    article.published_at = timezone.now() - timedelta(days=1)
    article.save_revision().publish()
    assert find(editions, "ميناء") == [article.pk]
    assert find(editions, "ميناء", date_to=(timezone.now() - timedelta(days=3)).date()) == []
    assert SearchDocument.objects.filter(article_id=article.pk).count() == 1


def test_author_filter_follows_an_author_change(article_factory, editions):
    article = article_factory(title="تقرير الميزانية", authors=["منى حداد"])
    first = article.authors.get()
    article = type(article).objects.get(pk=article.pk)
    other = type(first).objects.create(name="سعيد منصور", slug="saeed-mansour")
    article.authors.set([other])
    article.save_revision().publish()
    assert find(editions, "ميزانية", author=other) == [article.pk]
    assert find(editions, "ميزانية", author=first) == []


def test_renaming_a_section_or_an_author_reindexes_their_stories(
    article_factory, editions, django_capture_on_commit_callbacks,
):
    article = article_factory(section="sports", title="خبر الأسبوع", authors=["منى حداد"])
    assert article.pk not in find(editions, "ملاعب")
    section = editions["sections"]["eg"]["sports"]
    section = type(section).objects.get(pk=section.pk)
    section.title = "الملاعب"
    with django_capture_on_commit_callbacks(execute=True):
        section.save_revision().publish()
    assert article.pk in find(editions, "ملاعب")
    author = article.authors.get()
    with django_capture_on_commit_callbacks(execute=True):
        author.name = "منى الفرماوي"
        author.save()
    assert find(editions, "الفرماوي") == [article.pk]
    assert find(editions, "حداد") == []


def test_imported_stories_are_found_by_their_tags_and_each_of_their_writers(editions):
    from nashra.importing.services import import_lines

    lines = [json.dumps({
        "external_id": f"wire-{n}", "section": "economy", "title": f"تقرير السوق رقم {n}",
        "body": "<p>نص التقرير.</p>", "published_at": f"2025-12-0{n}T08:00:00+02:00",
        "byline": "سارة الخطيب و عمر النجار" if n == 1 else "ليلى منصور",
        "tags": ["الطاقة المتجددة", "الهيدروجين الأخضر"] if n == 1 else ["الذهب"],
    }, ensure_ascii=False) for n in (1, 2)]
    report = import_lines(lines, editions["eg"])
    assert (report.created, report.errors) == (2, [])
    first, second = (ArticlePage.objects.get(external_id=f"wire-{n}").pk for n in (1, 2))
    assert find(editions, "الهيدروجين") == [first]  # a tag's word, in neither title nor body
    assert find(editions, "المتجددة") == [first]
    assert find(editions, "الذهب") == [second]
    assert find(editions, "النجار") == [first]  # the second of two writers
    assert find(editions, "الخطيب") == [first]
    assert find(editions, "منصور") == [second]


@pytest.mark.parametrize("query", ["هجوم علي غزة", "هجوم الي غزة", "هجوم حتي غزة", "متي هجوم غزة"])
def test_a_function_word_typed_with_ya_is_optional(article_factory, editions, query):
    attack = article_factory(title="هجوم على غزة يوقع ضحايا")
    other = article_factory(title="هجوم على الضفة")
    found = find(editions, query)
    assert attack.pk in found and other.pk not in found


def test_an_optional_word_still_ranks_and_alone_is_searched(article_factory, editions):
    with_ali = article_factory(title="زيارة الوزير", body="<p>استقبل علي حسن الوزير.</p>",
                               published_at=timezone.now() - timedelta(hours=2))
    without = article_factory(title="زيارة الوزير", body="<p>استقبل الرئيس الوزير.</p>",
                              published_at=timezone.now() - timedelta(hours=1))
    assert find(editions, "زيارة علي") == [with_ali.pk, without.pk]
    assert find(editions, "علي") == [with_ali.pk]


def test_a_final_ha_is_read_both_ways_in_a_query_but_as_his_in_an_article(article_factory, editions):
    school = article_factory(title="افتتاح مدرسة جديدة في الحي")
    teacher = article_factory(title="قال مدرسه إن الطالب متفوق")  # «his teacher said»
    assert school.pk in find(editions, "مدرسه") and teacher.pk in find(editions, "مدرسه")
    assert find(editions, "مدرسة") == [school.pk]
    assert teacher.pk in find(editions, "مدرس")


@pytest.mark.parametrize(("text", "query", "found"), [
    ("الرئيس يعلنون عن خطة", "أعلن", True),
    ("الوزارة أعلنت النتائج", "يعلن", True),
    ("حفر الخنادق على الحدود", "خندق", True),
    ("مسؤولو الوزارة في الاجتماع", "المسؤولين", True),
    ("نشاط سياحيّاً متزايد", "سياحي", True),
    ("زيارة إلى أميركا", "أمريكا", True),
    ("بطريق في حديقة الحيوان", "طريق", False),
    ("ماكرون يزور القاهرة", "ماكر", False),
    ("انفجار الألغام", "غام", False),
])
def test_search_keys_version_2_find_what_readers_mean(article_factory, editions, text, query, found):
    article = article_factory(title=text)
    assert (article.pk in find(editions, query)) is found


def test_a_masdar_written_with_kasra_hamza_is_not_the_plural_written_with_fatha(article_factory, editions):
    """Search keys v14: «الإعلام» (the media) is no «الأعلام» (flags, of علم) — a hamza the writer wrote tells them
    apart; a reader who types no hamza («الاعلام») finds both."""
    media = article_factory(title="حرية الإعلام في المنطقة")
    flags = article_factory(title="رفع الأعلام في الساحة")
    science = article_factory(title="العلم والمعرفة")
    assert find(editions, "الإعلام") == [media.pk]
    assert set(find(editions, "الاعلام")) >= {media.pk, flags.pk}
    assert media.pk not in find(editions, "العلم") and science.pk in find(editions, "العلم")


def test_a_present_tense_verb_also_finds_the_form_four_verb_it_may_be(article_factory, editions):
    produced = article_factory(title="المصنع أنتج مليون سيارة هذا العام")
    resulted = article_factory(title="نتج عن الحادث ضرر كبير")
    latest = article_factory(title="أحدث هاتف في السوق")
    assert {produced.pk, resulted.pk} <= set(find(editions, "ينتج"))
    assert find(editions, "يحدث") == []  # «أحدث» is also «the latest»: not a reading of «يحدث»
    assert latest.pk in find(editions, "أحدث")


def test_the_student_is_not_she_demanded_nor_the_fighters_the_killings(article_factory, editions):
    """Search keys v18: a form III verb (طالبت، يطالبون) is not the noun its perfect is spelt as (الطالب), and a
    participle with a sound plural ending (المقاتلين) no broken plural of another word (مقتل)."""
    demanded = article_factory(title="طالبت النائبة بمساءلة وزير النقل")
    demand = article_factory(title="يطالبون بزيادة الأجور")
    student = article_factory(title="الطالب المتفوق يفوز بالجائزة")
    fighters = article_factory(title="اشتباكات بين المقاتلين في الشمال")
    killed = article_factory(title="مقتل ثلاثة في حادث سير")
    assert find(editions, "الطالب") == [student.pk]
    assert set(find(editions, "طالبت")) == set(find(editions, "يطالب")) == {demanded.pk, demand.pk}
    assert set(find(editions, "طالب")) == {demanded.pk, demand.pk, student.pk}  # no article: either word
    assert find(editions, "مقتل") == [killed.pk]
    assert find(editions, "المقاتلين") == [fighters.pk]
    assert fighters.pk in find(editions, "المقاتل")  # the fighter, or the killings (plural of مقتل): one spelling
