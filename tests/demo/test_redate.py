"""The demo's moved stories keep their words in step with their stamps (#19: «titles no longer
contradict their stamps after `nashra demo` moves the dates»)."""

import re
from datetime import date, datetime, timedelta

import pytest

from nashra.arabic.dates import EGYPTIAN, LEVANTINE, month_name, weekday_name
from nashra.demo.management.commands.demo import demo_records
from nashra.demo.redate import redate_record, redate_text

TUESDAY_9_DEC_2025 = date(2025, 12, 9)


def test_a_written_date_moves_with_its_weekday_and_year():
    text = "حظك اليوم برج الأسد الثلاثاء 9 ديسمبر 2025: فرص جديدة"
    assert redate_text(text, TUESDAY_9_DEC_2025, 360) == "حظك اليوم برج الأسد الجمعة 4 ديسمبر 2026: فرص جديدة"


def test_levantine_month_names_stay_levantine_across_a_month_change():
    text = "مواقيت الصلاة في بيروت اليوم الثلاثاء 9 كانون الأول 2025"
    moved = redate_text(text, TUESDAY_9_DEC_2025, 30)
    assert moved == "مواقيت الصلاة في بيروت اليوم الخميس 8 كانون الثاني 2026"


def test_a_date_without_a_year_moves_across_the_new_year():
    assert redate_text("في 30 ديسمبر", date(2025, 12, 28), 3) == "في 2 يناير"


def test_a_lone_weekday_keeps_its_distance_from_the_story():
    # Written on Tuesday about «صباح السبت» (three days earlier); moved by 360 days the story is
    # dated Friday, so the same morning is a Tuesday.
    assert redate_text("تفقد الوزير، صباح السبت، الأعمال", TUESDAY_9_DEC_2025, 360) == (
        "تفقد الوزير، صباح الثلاثاء، الأعمال")
    assert redate_text("قبل ظهر الإثنين", TUESDAY_9_DEC_2025, 1) == "قبل ظهر الثلاثاء"


def test_words_that_contain_a_weekday_and_impossible_dates_are_left_alone():
    assert redate_text("والسبت 31 فبراير", TUESDAY_9_DEC_2025, 2) == "والسبت 31 فبراير"
    assert redate_text("لا شيء", TUESDAY_9_DEC_2025, 0) == "لا شيء"


def test_only_prose_is_moved_never_ids_paths_or_stamps():
    record = {"external_id": "eg-9-السبت", "title": "صباح السبت", "published_at": "2025-12-09T06:47:00+02:00",
              "image": {"path": "السبت.png", "caption": "صباح السبت"}}
    moved = redate_record(record, TUESDAY_9_DEC_2025, 1)
    assert moved["title"] == moved["image"]["caption"] == "صباح الأحد"
    assert moved["external_id"] == record["external_id"] and moved["image"]["path"] == "السبت.png"
    assert moved["published_at"] == record["published_at"]


_DATED = re.compile(r"اليوم (\S+) (\d{1,2}) (\S+(?: الأول| الثاني)?) (\d{4})")


@pytest.mark.parametrize("slug", ["eg", "lb"])
@pytest.mark.parametrize("days", [0, 1, 360, 365 + 5])
def test_every_dated_demo_title_names_its_own_stamp(slug, days):
    """The horoscope and prayer stories say «اليوم <weekday> <date>»: after the move it is the
    local date of the story's own stamp, whatever the shift."""
    months = {month_name(m, style): m for style in (EGYPTIAN, LEVANTINE) for m in range(1, 13)}
    checked = 0
    for _line, record in demo_records(slug, timedelta(days=days)):
        stamp = datetime.fromisoformat(record["published_at"]).date()
        for text in (record.get("title", ""), record.get("body", "")):
            for weekday, day, month, year in _DATED.findall(text):
                named = date(int(year), months[month], int(day))
                assert named == stamp, (record["external_id"], text[:80])
                assert weekday == weekday_name(stamp)
                checked += 1
    assert checked >= 5  # the demo has such stories in both editions
