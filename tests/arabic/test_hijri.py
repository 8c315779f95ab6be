from datetime import date, datetime, timedelta

import pytest

from nashra.arabic.digits import ARABIC_INDIC, LATIN
from nashra.arabic.hijri import HIJRI_MONTHS, HijriDate, format_hijri, to_hijri, validate_overrides

# Umm al-Qura 1446-1447 (checked against hijridate 2.6.0):
# Sha'ban 1446 = 2025-01-31 (29 days), Ramadan 1446 = 2025-03-01 (29 days),
# Shawwal 1446 = 2025-03-30 (30 days), Dhu al-Qa'da 1446 = 2025-04-29 (29 days),
# Dhu al-Hijja 1446 = 2025-05-28 (29 days), Muharram 1447 = 2025-06-26.
RAMADAN_LATE = {(1446, 9): date(2025, 3, 2)}


def walk(start, end, overrides):
    """Hijri dates for every day from start to end inclusive."""
    days = (end - start).days
    return [to_hijri(start + timedelta(days=i), overrides) for i in range(days + 1)]


def assert_continuous(dates):
    """No skipped or repeated day, and every fully walked month has 29 or 30 days."""
    lengths = []
    saw_month_start = dates[0].day == 1
    for prev, cur in zip(dates, dates[1:], strict=False):
        if (cur.year, cur.month) == (prev.year, prev.month):
            assert cur.day == prev.day + 1, (prev, cur)
        else:
            assert cur.day == 1, (prev, cur)
            assert (cur.year * 12 + cur.month) - (prev.year * 12 + prev.month) == 1, (prev, cur)
            if saw_month_start:
                lengths.append(prev.day)
            saw_month_start = True
    assert lengths
    assert all(n in (29, 30) for n in lengths), lengths


def test_month_names():
    assert len(HIJRI_MONTHS) == 12
    assert HIJRI_MONTHS[0] == "محرم"
    assert HIJRI_MONTHS[5] == "جمادى الآخرة"
    assert HIJRI_MONTHS[8] == "رمضان"
    assert HIJRI_MONTHS[11] == "ذو الحجة"


@pytest.mark.parametrize(
    ("gregorian", "hijri"),
    [
        (date(2025, 3, 1), HijriDate(1446, 9, 1)),
        (date(2025, 2, 28), HijriDate(1446, 8, 29)),
        (date(2025, 3, 30), HijriDate(1446, 10, 1)),
        (date(2025, 12, 9), HijriDate(1447, 6, 18)),
        (date(1924, 8, 1), HijriDate(1343, 1, 1)),
        (date(2077, 11, 16), HijriDate(1500, 12, 30)),
    ],
)
def test_umm_al_qura(gregorian, hijri):
    assert to_hijri(gregorian) == hijri
    assert to_hijri(gregorian, {}) == hijri


def test_override_moves_first_days_of_ramadan():
    assert to_hijri(date(2025, 3, 1), RAMADAN_LATE) == HijriDate(1446, 8, 30)
    assert to_hijri(date(2025, 3, 2), RAMADAN_LATE) == HijriDate(1446, 9, 1)
    assert to_hijri(date(2025, 3, 3), RAMADAN_LATE) == HijriDate(1446, 9, 2)
    assert to_hijri(date(2025, 3, 10), RAMADAN_LATE) == HijriDate(1446, 9, 9)


def test_override_does_not_touch_previous_month():
    for d in (date(2025, 1, 31), date(2025, 2, 15), date(2025, 2, 28)):
        assert to_hijri(d, RAMADAN_LATE) == to_hijri(d)
    assert to_hijri(date(2025, 2, 15), RAMADAN_LATE) == HijriDate(1446, 8, 16)


def test_overridden_month_keeps_umm_al_qura_length_then_shawwal_rejoins():
    # Ramadan keeps 29 days, so Eid (1 Shawwal) is one day after Umm al-Qura's.
    assert to_hijri(date(2025, 3, 30), RAMADAN_LATE) == HijriDate(1446, 9, 29)
    assert to_hijri(date(2025, 3, 31), RAMADAN_LATE) == HijriDate(1446, 10, 1)
    # Umm al-Qura's Shawwal has 30 days, so dropping to 29 realigns Dhu al-Qa'da.
    assert to_hijri(date(2025, 4, 28), RAMADAN_LATE) == HijriDate(1446, 10, 29)
    assert to_hijri(date(2025, 4, 29), RAMADAN_LATE) == HijriDate(1446, 11, 1)
    assert to_hijri(date(2025, 12, 9), RAMADAN_LATE) == HijriDate(1447, 6, 18)


def test_next_override_ends_the_month():
    overrides = {(1446, 9): date(2025, 3, 2), (1446, 10): date(2025, 4, 1)}
    assert to_hijri(date(2025, 3, 31), overrides) == HijriDate(1446, 9, 30)
    assert to_hijri(date(2025, 4, 1), overrides) == HijriDate(1446, 10, 1)


def test_negative_shift():
    # Dhu al-Qa'da announced a day before Umm al-Qura: Shawwal shrinks to 29 days.
    overrides = {(1446, 11): date(2025, 4, 28)}
    assert to_hijri(date(2025, 4, 27), overrides) == HijriDate(1446, 10, 29)
    assert to_hijri(date(2025, 4, 28), overrides) == HijriDate(1446, 11, 1)
    # Dhu al-Qa'da keeps 29 days; Dhu al-Hijja then starts a day early too.
    assert to_hijri(date(2025, 5, 27), overrides) == HijriDate(1446, 12, 1)
    # Umm al-Qura's Dhu al-Hijja has 29 days, so 30 absorbs the shift.
    assert to_hijri(date(2025, 6, 25), overrides) == HijriDate(1446, 12, 30)
    assert to_hijri(date(2025, 6, 26), overrides) == HijriDate(1447, 1, 1)


@pytest.mark.parametrize(
    "overrides",
    [
        RAMADAN_LATE,
        {(1446, 9): date(2025, 3, 2), (1446, 10): date(2025, 4, 1)},
        {(1446, 10): date(2025, 3, 31), (1446, 11): date(2025, 4, 30)},
        {(1446, 11): date(2025, 4, 28)},
        {(1446, 9): date(2025, 3, 1), (1447, 9): date(2026, 2, 19)},
    ],
)
def test_overrides_never_skip_or_repeat_days(overrides):
    dates = walk(date(2025, 1, 1), date(2026, 6, 30), overrides)
    assert_continuous(dates)
    assert dates[-1] == to_hijri(date(2026, 6, 30))  # back on Umm al-Qura


def test_override_that_would_make_a_31_day_month_is_rejected():
    # Umm al-Qura's Shawwal 1446 already has 30 days.
    bad = {(1446, 11): date(2025, 4, 30)}
    with pytest.raises(ValueError, match="31 days"):
        to_hijri(date(2025, 5, 1), bad)
    with pytest.raises(ValueError, match="شوال"):
        validate_overrides(bad)
    # Entering Shawwal's (late) start as well makes the data consistent.
    fixed = {**bad, (1446, 10): date(2025, 3, 31)}
    validate_overrides(fixed)
    assert to_hijri(date(2025, 4, 30), fixed) == HijriDate(1446, 11, 1)


def test_override_that_would_make_a_28_day_month_is_rejected():
    with pytest.raises(ValueError, match="28 days"):
        validate_overrides({(1446, 9): date(2025, 2, 28)})


def test_override_in_wrong_year_is_rejected():
    with pytest.raises(ValueError):
        validate_overrides({(1447, 9): date(2025, 3, 2)})


@pytest.mark.parametrize(
    "overrides",
    [
        {(1446, 13): date(2025, 3, 2)},
        {(1446,): date(2025, 3, 2)},
        {(1200, 9): date(2025, 3, 2)},
        {(1446, 9): datetime(2025, 3, 2)},
        {(1446, 9): "2025-03-02"},
    ],
)
def test_malformed_overrides(overrides):
    with pytest.raises(ValueError):
        to_hijri(date(2025, 3, 5), overrides)


@pytest.mark.parametrize("d", [date(1924, 7, 31), date(1900, 1, 1), date(2077, 11, 17), date(2100, 1, 1)])
def test_out_of_range(d):
    with pytest.raises(ValueError, match="outside"):
        to_hijri(d)


def test_override_pushing_date_before_range():
    with pytest.raises(ValueError):
        to_hijri(date(1924, 8, 1), {(1343, 1): date(1924, 8, 2)})


def test_datetime_rejected():
    with pytest.raises(TypeError):
        to_hijri(datetime(2025, 3, 1, 12, 0))


def test_format_hijri():
    h = to_hijri(date(2025, 12, 9))
    assert format_hijri(h) == "18 جمادى الآخرة 1447 هـ"
    assert format_hijri(h, LATIN) == "18 جمادى الآخرة 1447 هـ"
    assert format_hijri(h, ARABIC_INDIC) == "١٨ جمادى الآخرة ١٤٤٧ هـ"
    assert format_hijri(HijriDate(1446, 9, 1)) == "1 رمضان 1446 هـ"


def test_hijri_date_validates():
    with pytest.raises(ValueError):
        HijriDate(1446, 13, 1)
    with pytest.raises(ValueError):
        HijriDate(1446, 9, 31)
    assert HijriDate(1446, 9, 1).month_name == "رمضان"
