from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from babel.dates import get_month_names

from nashra.arabic.dates import (
    BOTH,
    DIGIT_STYLES,
    EGYPTIAN,
    LEVANTINE,
    MAGHREBI,
    MONTH_STYLES,
    MOROCCAN,
    DateStyle,
    clock,
    gmt_stamp,
    iso_local,
    local_stamp,
    long_date,
    month_name,
    relative,
    weekday_name,
)
from nashra.arabic.digits import ARABIC_INDIC, LATIN

SEED = datetime(2025, 12, 9, 4, 47, tzinfo=UTC)
CAIRO = DateStyle(month_style=BOTH, digits=LATIN, time_zone="Africa/Cairo")
CAIRO_INDIC = DateStyle(month_style=BOTH, digits=ARABIC_INDIC, time_zone="Africa/Cairo")


# --- the seed page's stamps -------------------------------------------------


def test_seed_gmt_stamp_exact():
    assert gmt_stamp(SEED, CAIRO) == "الثلاثاء ,09 كانون الأول / ديسمبر 2025 04:47 GMT"


def test_seed_gmt_stamp_arabic_indic():
    assert gmt_stamp(SEED, CAIRO_INDIC) == "الثلاثاء ,٠٩ كانون الأول / ديسمبر ٢٠٢٥ ٠٤:٤٧ GMT"


def test_gmt_stamp_converts_non_utc_input_to_utc():
    cairo_moment = datetime(2025, 12, 9, 6, 47, tzinfo=ZoneInfo("Africa/Cairo"))
    assert gmt_stamp(cairo_moment, CAIRO) == "الثلاثاء ,09 كانون الأول / ديسمبر 2025 04:47 GMT"


def test_default_style_is_both_latin_cairo():
    assert DateStyle() == CAIRO


def test_naive_datetime_rejected_everywhere():
    naive = datetime(2025, 12, 9, 4, 47)
    for fn in (gmt_stamp, local_stamp, long_date, clock, iso_local):
        with pytest.raises(ValueError):
            fn(naive, CAIRO)
    with pytest.raises(ValueError):
        relative(naive, SEED)
    with pytest.raises(ValueError):
        relative(SEED, naive)


def test_local_stamp_cairo_winter():
    assert local_stamp(SEED, CAIRO) == "الثلاثاء ,09 كانون الأول / ديسمبر 2025 06:47"
    assert local_stamp(SEED, CAIRO_INDIC) == "الثلاثاء ,٠٩ كانون الأول / ديسمبر ٢٠٢٥ ٠٦:٤٧"


def test_gmt_and_local_dates_differ_across_midnight():
    late = datetime(2025, 12, 9, 23, 30, tzinfo=UTC)
    assert gmt_stamp(late, CAIRO) == "الثلاثاء ,09 كانون الأول / ديسمبر 2025 23:30 GMT"
    assert local_stamp(late, CAIRO) == "الأربعاء ,10 كانون الأول / ديسمبر 2025 01:30"


def test_local_stamp_across_egypt_dst_start_2024():
    # Egypt's clocks jumped from 2024-04-26 00:00 to 01:00 (UTC+2 -> UTC+3).
    before = datetime(2024, 4, 25, 21, 59, tzinfo=UTC)
    after = datetime(2024, 4, 25, 22, 0, tzinfo=UTC)
    assert local_stamp(before, CAIRO) == "الخميس ,25 نيسان / أبريل 2024 23:59"
    assert local_stamp(after, CAIRO) == "الجمعة ,26 نيسان / أبريل 2024 01:00"
    assert iso_local(before, CAIRO) == "2024-04-25T23:59:00+02:00"
    assert iso_local(after, CAIRO) == "2024-04-26T01:00:00+03:00"


def test_local_stamp_across_egypt_dst_end_2024():
    before = datetime(2024, 10, 31, 20, 59, tzinfo=UTC)
    after = datetime(2024, 10, 31, 21, 0, tzinfo=UTC)
    assert iso_local(before, CAIRO) == "2024-10-31T23:59:00+03:00"
    assert iso_local(after, CAIRO) == "2024-10-31T23:00:00+02:00"


def test_local_stamp_other_zone_and_style():
    rabat = DateStyle(month_style=MOROCCAN, time_zone="Africa/Casablanca")
    beirut = DateStyle(month_style=LEVANTINE, digits=ARABIC_INDIC, time_zone="Asia/Beirut")
    assert local_stamp(SEED, rabat) == "الثلاثاء ,09 دجنبر 2025 05:47"
    assert local_stamp(SEED, beirut) == "الثلاثاء ,٠٩ كانون الأول ٢٠٢٥ ٠٦:٤٧"


def test_long_date():
    assert long_date(date(2025, 12, 9), CAIRO) == "الثلاثاء 9 كانون الأول / ديسمبر 2025"
    assert long_date(date(2025, 12, 9), CAIRO_INDIC) == "الثلاثاء ٩ كانون الأول / ديسمبر ٢٠٢٥"


def test_long_date_converts_datetime_to_local_day():
    # 22:30 UTC on the 9th is already the 10th in Cairo.
    assert long_date(datetime(2025, 12, 9, 22, 30, tzinfo=UTC), CAIRO) == (
        "الأربعاء 10 كانون الأول / ديسمبر 2025"
    )


def test_clock_matches_seed_header():
    moment = datetime(2025, 12, 9, 4, 58, 0, tzinfo=UTC)
    assert clock(moment, CAIRO) == "06:58:00"
    assert clock(moment.replace(second=7), CAIRO_INDIC) == "٠٦:٥٨:٠٧"
    assert clock(datetime(2025, 12, 9, 13, 5, 9, tzinfo=UTC), CAIRO) == "15:05:09"


def test_iso_local_keeps_latin_digits_and_drops_microseconds():
    moment = SEED.replace(microsecond=123456)
    assert iso_local(moment, CAIRO_INDIC) == "2025-12-09T06:47:00+02:00"


# --- month and weekday names (from Babel) -------------------------------------


@pytest.mark.parametrize(
    ("month", "style", "expected"),
    [
        (12, EGYPTIAN, "ديسمبر"),
        (1, EGYPTIAN, "يناير"),
        (8, EGYPTIAN, "أغسطس"),
        (12, LEVANTINE, "كانون الأول"),
        (1, LEVANTINE, "كانون الثاني"),
        (5, LEVANTINE, "أيار"),
        (12, BOTH, "كانون الأول / ديسمبر"),
        (4, BOTH, "نيسان / أبريل"),
        (1, MAGHREBI, "جانفي"),
        (7, MAGHREBI, "جويلية"),
        (8, MAGHREBI, "أوت"),
        (12, MAGHREBI, "ديسمبر"),
        (12, MOROCCAN, "دجنبر"),
        (7, MOROCCAN, "يوليوز"),
        (8, MOROCCAN, "غشت"),
        (9, MOROCCAN, "شتنبر"),
    ],
)
def test_month_names(month, style, expected):
    assert month_name(month, style) == expected


@pytest.mark.parametrize(
    ("style", "locales"),
    [
        (EGYPTIAN, ["ar_EG"]),
        (LEVANTINE, ["ar_SY", "ar_LB"]),
        (MAGHREBI, ["ar_DZ", "ar_TN"]),
        (MOROCCAN, ["ar_MA"]),
    ],
)
def test_every_month_matches_babel_locale(style, locales):
    for locale in locales:
        babel = get_month_names("wide", "format", locale)
        assert [month_name(m, style) for m in range(1, 13)] == [babel[m] for m in range(1, 13)]


def test_both_is_levantine_then_egyptian_for_every_month():
    for m in range(1, 13):
        assert month_name(m, BOTH) == f"{month_name(m, LEVANTINE)} / {month_name(m, EGYPTIAN)}"
    assert len({month_name(m, BOTH) for m in range(1, 13)}) == 12


def test_month_name_rejects_bad_input():
    with pytest.raises(ValueError):
        month_name(13, EGYPTIAN)
    with pytest.raises(ValueError):
        month_name(0, EGYPTIAN)
    with pytest.raises(ValueError):
        month_name(1, "gulf")


def test_weekday_names_monday_to_sunday():
    monday = date(2025, 12, 8)
    names = [weekday_name(monday + timedelta(days=i)) for i in range(7)]
    assert names == ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def test_choice_tuples():
    assert dict(MONTH_STYLES) == {
        EGYPTIAN: "مصري (ديسمبر)",
        LEVANTINE: "شامي (كانون الأول)",
        BOTH: "الاثنان معًا (كانون الأول / ديسمبر)",
        MAGHREBI: "مغاربي (جانفي)",
        MOROCCAN: "مغربي (دجنبر)",
    }
    assert dict(DIGIT_STYLES) == {LATIN: "أرقام لاتينية 0-9", ARABIC_INDIC: "أرقام عربية ٠-٩"}


# --- DateStyle validation -------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"month_style": "gulf"},
        {"digits": "roman"},
        {"time_zone": "Mars/Olympus_Mons"},
        {"time_zone": ""},
        {"time_zone": "../etc/passwd"},
    ],
)
def test_date_style_rejects_unknown_values(kwargs):
    with pytest.raises(ValueError):
        DateStyle(**kwargs)


def test_date_style_tz_property():
    assert DateStyle(time_zone="Asia/Riyadh").tz == ZoneInfo("Asia/Riyadh")


# --- relative time --------------------------------------------------------------


NOW = datetime(2025, 12, 9, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("ago", "expected"),
    [
        (timedelta(0), "الآن"),
        (timedelta(seconds=59), "الآن"),
        (timedelta(minutes=1), "منذ دقيقة"),
        (timedelta(seconds=119), "منذ دقيقة"),
        (timedelta(minutes=2), "منذ دقيقتين"),
        (timedelta(minutes=3), "منذ 3 دقائق"),
        (timedelta(minutes=10), "منذ 10 دقائق"),
        (timedelta(minutes=11), "منذ 11 دقيقة"),
        (timedelta(minutes=59), "منذ 59 دقيقة"),
        (timedelta(hours=1), "منذ ساعة"),
        (timedelta(hours=2), "منذ ساعتين"),
        (timedelta(hours=3), "منذ 3 ساعات"),
        (timedelta(hours=10), "منذ 10 ساعات"),
        (timedelta(hours=11), "منذ 11 ساعة"),
        (timedelta(hours=23, minutes=59), "منذ 23 ساعة"),
        (timedelta(days=1), "منذ يوم"),
        (timedelta(days=2), "منذ يومين"),
        (timedelta(days=3), "منذ 3 أيام"),
        (timedelta(days=7), "منذ 7 أيام"),
        (timedelta(days=7, seconds=1), None),
        (timedelta(days=10), None),
        (timedelta(days=11), None),
    ],
)
def test_relative(ago, expected):
    assert relative(NOW - ago, NOW) == expected


def test_relative_arabic_indic_digits():
    assert relative(NOW - timedelta(minutes=11), NOW, digits=ARABIC_INDIC) == "منذ ١١ دقيقة"
    assert relative(NOW - timedelta(hours=3), NOW, digits=ARABIC_INDIC) == "منذ ٣ ساعات"
    assert relative(NOW - timedelta(days=2), NOW, digits=ARABIC_INDIC) == "منذ يومين"


def test_relative_future_is_now():
    assert relative(NOW + timedelta(minutes=5), NOW) == "الآن"


def test_relative_mixed_zones():
    cairo_now = NOW.astimezone(ZoneInfo("Africa/Cairo"))
    assert relative(NOW - timedelta(hours=3), cairo_now) == "منذ 3 ساعات"


def test_relative_rejects_unknown_digits():
    with pytest.raises(ValueError):
        relative(NOW, NOW, digits="roman")
