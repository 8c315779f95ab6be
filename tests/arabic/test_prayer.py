"""Prayer times: against PyEphem all year, against published Survey Authority minutes, DST, rules, bad input.

Plain pytest, no Django: ``python -m pytest tests/arabic/test_prayer.py -q --noconftest``.
PyEphem (``ephem``) is a test-only dependency; the comparisons skip without it.

The PyEphem reference (``ephem_events``) uses the same definitions as the
calculator and nothing of its code: airless (pressure 0) topocentric positions
of the sun's centre (``use_center=True``); Fajr/Isha when the centre is the
method's angle below the horizon; sunrise/sunset at −0:50 (−0.8333°); Dhuhr
at the upper transit; Asr when the altitude is arccot(k + cot(noon altitude)).
"""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from nashra.arabic.prayer import (
    EVENTS,
    METHODS,
    City,
    UnknownCity,
    city,
    load_cities,
    next_prayer,
    prayer_times,
)

TOLERANCE_S = 60.0


def ephem_events(lat, lon, tz, day, method, asr_factor=1.0, ramadan=False):
    """Exact UTC datetimes of the six events by PyEphem (None where the sun never gets there)."""
    import ephem

    obs = ephem.Observer()
    obs.lat, obs.lon = math.radians(lat), math.radians(lon)
    obs.elevation = 0
    obs.pressure = 0  # no refraction: the −0.833° convention already includes it
    sun = ephem.Sun()

    def to_dt(d):
        return d.datetime().replace(tzinfo=UTC)

    noon = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo(tz)).astimezone(UTC)
    transit = obs.next_transit(sun, start=ephem.Date(noon.replace(tzinfo=None) - timedelta(hours=12)))
    # Upper transit nearest local noon (the previous one if it is closer).
    prev = obs.previous_transit(sun, start=transit)
    noon_e = ephem.Date(noon.replace(tzinfo=None))
    if abs(prev - noon_e) < abs(transit - noon_e):
        transit = prev

    def event(alt_deg, rising):
        obs.horizon = math.radians(alt_deg)
        try:
            if rising:
                return to_dt(obs.previous_rising(sun, start=transit, use_center=True))
            return to_dt(obs.next_setting(sun, start=transit, use_center=True))
        except (ephem.AlwaysUpError, ephem.NeverUpError):
            return None

    obs.date = transit
    sun.compute(obs)
    noon_alt = float(sun.alt)
    asr_alt = math.degrees(math.atan(1.0 / (asr_factor + 1.0 / math.tan(noon_alt))))
    sunset = event(-0.8333, rising=False)
    if method.isha_angle is not None:
        isha = event(-method.isha_angle, rising=False)
    else:
        minutes = method.isha_interval
        if ramadan and method.isha_interval_ramadan:
            minutes = method.isha_interval_ramadan
        isha = sunset + timedelta(minutes=minutes)
    return {
        "fajr": event(-method.fajr_angle, rising=True),
        "sunrise": event(-0.8333, rising=True),
        "dhuhr": to_dt(transit),
        "asr": event(asr_alt, rising=False),
        "maghrib": sunset,
        "isha": isha,
    }


def deviations(c: City, day: date, method=None, asr="standard"):
    """Seconds between the calculator (no minute offsets) and PyEphem, per event."""
    m = METHODS[method or c.method]
    ours = prayer_times(c, day, method=m, asr=asr, adjust=False, ramadan=False).times()
    ref = ephem_events(c.lat, c.lon, c.tz, day, m, 2.0 if asr == "hanafi" else 1.0)
    return {name: abs((ours[name] - ref[name]).total_seconds()) for name in EVENTS}


def year(y):
    d = date(y, 1, 1)
    while d.year == y:
        yield d
        d += timedelta(days=1)


# Egypt's summer time: last Friday of April to the last Thursday of October (law 24/2023).
EGYPT_DST_DAYS = [
    date(2024, 4, 25), date(2024, 4, 26), date(2024, 10, 31), date(2024, 11, 1),
    date(2025, 4, 24), date(2025, 4, 25), date(2025, 10, 30), date(2025, 10, 31),
]


@pytest.fixture(scope="module")
def ephem_module():
    return pytest.importorskip("ephem")


@pytest.mark.parametrize("slug", ["cairo", "alexandria", "aswan", "beirut", "riyadh"])
def test_every_day_of_2025_within_a_minute_of_pyephem(ephem_module, slug):
    c = city(slug)
    worst = dict.fromkeys(EVENTS, 0.0)
    days = list(year(2025)) + [d for d in EGYPT_DST_DAYS if d.year == 2024]
    for day in days:
        for name, seconds in deviations(c, day).items():
            worst[name] = max(worst[name], seconds)
            assert seconds <= TOLERANCE_S, (slug, day, name, seconds)
    # The calculator is far better than the bar: keep it that way.
    assert max(worst.values()) < 10.0, worst


@pytest.mark.parametrize("slug", ["cairo", "beirut"])
def test_hanafi_asr_against_pyephem(ephem_module, slug):
    c = city(slug)
    for day in list(year(2025))[::5]:
        assert deviations(c, day, asr="hanafi")["asr"] <= TOLERANCE_S, day


@pytest.mark.parametrize("method", sorted(METHODS))
def test_every_method_against_pyephem_at_cairo(ephem_module, method):
    c = city("cairo")
    for day in list(year(2025))[::7]:
        for name, seconds in deviations(c, day, method=method).items():
            assert seconds <= TOLERANCE_S, (method, day, name, seconds)


def test_dst_days_match_pyephem_in_local_time(ephem_module):
    c = city("cairo")
    for day in EGYPT_DST_DAYS:
        assert max(deviations(c, day).values()) <= TOLERANCE_S, day


# --- Published Egyptian General Authority of Survey minutes -------------------------------------------------
# We could not obtain the Survey Authority's own printed table. These are its daily figures for Cairo as
# republished (with attribution to «الهيئة المصرية العامة للمساحة») by Egyptian news sites on the dates given,
# copied from the articles. Times are local (EET/EEST), 12-hour in the sources, written here as 24-hour.
PUBLISHED_CAIRO = [
    # day, "fajr sunrise dhuhr asr maghrib isha" ("-" = not given by the source)
    # radar2.net/24980 — «مواقيت الصلاة ليوم الجمعة 21 مارس 2025»
    (date(2025, 3, 21), "04:31 05:57 12:02 15:30 18:07 19:25"),
    # ae.misr-post.com/?p=409837 — «مواقيت الصلاة في القاهرة اليوم 12 مايو 2025»
    (date(2025, 5, 12), "04:25 06:03 12:51 16:28 19:40 21:07"),
    # press.egypt140.com/4591737 — «مواقيت الصلاة اليوم 21_6_2025 في القاهرة»
    (date(2025, 6, 21), "04:08 - 12:57 16:32 19:59 21:33"),
    # radar2.net/?p=326604 — «مواقيت الصلاة اليوم 23_6_2025 في القاهرة»
    (date(2025, 6, 23), "04:09 - 12:57 16:33 20:00 21:33"),
    # sports-leb.com/?p=87799 — «مواقيت الصلاة في مصر اليوم الأحد 10 أغسطس 2025»
    (date(2025, 8, 10), "04:44 06:19 13:00 16:37 19:41 21:05"),
    # sports-leb.com/113213 — «مواقيت الصلاة اليوم السبت 16 أغسطس 2025»
    (date(2025, 8, 16), "04:49 - 12:59 16:36 19:35 20:58"),
    # elmogaz.com/834876 — «الخميس 13 نوفمبر 2025 … بعد تطبيق التوقيت الشتوي»
    (date(2025, 11, 13), "04:48 - 11:40 14:40 17:01 18:21"),
]
# Left out on purpose: elmogaz.com/834555 (24 Oct 2025) and elmogaz.com/835520 (28 Dec 2025). Their Cairo
# rows cannot belong to one date: the 28 Dec row has Dhuhr 12:03 while the sun transits Cairo between 11:39
# and 12:09 EET all year, and the 24 Oct row's Dhuhr (12:42 EEST) and Fajr (05:39) point to dates ~3 weeks
# apart. Every other published minute above is matched to ±1 min; the assertion allows ±2.


@pytest.mark.parametrize(("day", "published"), PUBLISHED_CAIRO, ids=[str(d) for d, _ in PUBLISHED_CAIRO])
def test_cairo_matches_published_survey_minutes(day, published):
    ours = prayer_times("cairo", day).rounded()
    for name, hhmm in zip(EVENTS, published.split(), strict=True):
        if hhmm == "-":
            continue
        h, m = map(int, hhmm.split(":"))
        expected = ours[name].replace(hour=h, minute=m, second=0, microsecond=0)
        assert abs((ours[name] - expected).total_seconds()) <= 120, (day, name, ours[name], hhmm)


def test_egypt_dhuhr_is_the_transit_rounded_to_the_nearest_minute():
    # 21 Mar 2025: transit 12:02:10, published 12:02 (a +1 min Dhuhr offset would print 12:03);
    # 10 Aug 2025: transit 13:00:24, published 13:00 (offset +1 → 13:01).
    assert prayer_times("cairo", date(2025, 3, 21)).as_hhmm()["dhuhr"] == "12:02"
    assert prayer_times("cairo", date(2025, 8, 10)).as_hhmm()["dhuhr"] == "13:00"


# --- Summer time --------------------------------------------------------------------------------------------

def test_egypt_summer_time_start_2025_shifts_local_times_by_an_hour():
    before = prayer_times("cairo", date(2025, 4, 24))  # Thursday, EET (UTC+2)
    after = prayer_times("cairo", date(2025, 4, 25))  # last Friday of April, EEST (UTC+3) from 00:00
    assert before.dhuhr.utcoffset() == timedelta(hours=2)
    assert after.dhuhr.utcoffset() == timedelta(hours=3)
    for name in EVENTS:
        local_shift = (
            datetime.combine(date.min, after[name].time()) - datetime.combine(date.min, before[name].time())
        )
        # The sun moves by at most ~1 min a day; the clock by exactly one hour.
        assert timedelta(minutes=58) <= local_shift <= timedelta(minutes=62), (name, local_shift)
        # Elapsed (UTC) time is one day give or take the sun's drift. (Subtracting two datetimes that share
        # a tzinfo compares wall clocks in Python, hence the timestamps.)
        elapsed = after[name].timestamp() - before[name].timestamp()
        assert abs(elapsed - 86400) < 120, name
    assert before.as_hhmm()["dhuhr"] == "11:53" and after.as_hhmm()["dhuhr"] == "12:53"


def test_egypt_summer_time_end_2025():
    before = prayer_times("cairo", date(2025, 10, 30))  # last Thursday of October, still EEST
    after = prayer_times("cairo", date(2025, 10, 31))
    assert before.maghrib.utcoffset() == timedelta(hours=3)
    assert after.fajr.utcoffset() == timedelta(hours=2)
    assert before.as_hhmm()["dhuhr"] == "12:39" and after.as_hhmm()["dhuhr"] == "11:39"


def test_beirut_summer_time():
    # Lebanon: last Sunday of March 2025 (30 March) at 00:00.
    assert prayer_times("beirut", date(2025, 3, 29)).dhuhr.utcoffset() == timedelta(hours=2)
    assert prayer_times("beirut", date(2025, 3, 30)).dhuhr.utcoffset() == timedelta(hours=3)


# --- Methods, Asr, adjustments, rounding --------------------------------------------------------------------

def test_methods_table():
    assert set(METHODS) == {
        "egypt", "umm_al_qura", "mwl", "karachi", "isna", "dubai", "qatar", "kuwait", "jordan", "morocco"
    }
    assert (METHODS["egypt"].fajr_angle, METHODS["egypt"].isha_angle) == (19.5, 17.5)
    assert (METHODS["umm_al_qura"].fajr_angle, METHODS["umm_al_qura"].isha_interval) == (18.5, 90)
    assert METHODS["umm_al_qura"].isha_interval_ramadan == 120
    assert (METHODS["mwl"].fajr_angle, METHODS["mwl"].isha_angle) == (18.0, 17.0)
    assert (METHODS["karachi"].fajr_angle, METHODS["karachi"].isha_angle) == (18.0, 18.0)
    assert (METHODS["isna"].fajr_angle, METHODS["isna"].isha_angle) == (15.0, 15.0)
    assert (METHODS["dubai"].fajr_angle, METHODS["dubai"].isha_angle) == (18.2, 18.2)
    assert (METHODS["qatar"].fajr_angle, METHODS["qatar"].isha_interval) == (18.0, 90)
    assert (METHODS["kuwait"].fajr_angle, METHODS["kuwait"].isha_angle) == (18.0, 17.5)
    assert (METHODS["jordan"].fajr_angle, METHODS["jordan"].isha_angle) == (18.0, 18.0)
    assert (METHODS["morocco"].fajr_angle, METHODS["morocco"].isha_angle) == (19.0, 17.0)


def test_hanafi_asr_is_later():
    for day in (date(2025, 1, 15), date(2025, 6, 15)):
        std = prayer_times("cairo", day)
        hanafi = prayer_times("cairo", day, asr="hanafi")
        assert timedelta(minutes=30) < hanafi.asr - std.asr < timedelta(minutes=90)
        assert hanafi.dhuhr == std.dhuhr and hanafi.asr_school == "hanafi"


def test_umm_al_qura_isha_is_90_min_after_maghrib_and_120_in_ramadan():
    normal = prayer_times("riyadh", date(2025, 2, 15))
    assert normal.isha - normal.maghrib == timedelta(minutes=90)
    ramadan = prayer_times("riyadh", date(2025, 3, 15))  # 15 Ramadan 1446 (Umm al-Qura)
    assert ramadan.isha - ramadan.maghrib == timedelta(minutes=120)
    not_ramadan = prayer_times("riyadh", date(2025, 3, 15), ramadan=False)
    assert not_ramadan.isha - ramadan.maghrib == timedelta(minutes=90)


def test_method_and_city_adjustments():
    day = date(2025, 7, 1)
    raw = prayer_times("amman", day, adjust=False)
    adjusted = prayer_times("amman", day)
    assert adjusted.maghrib - raw.maghrib == timedelta(minutes=5)  # Jordan: Maghrib 5 min after sunset
    assert adjusted.fajr == raw.fajr
    c = City("test", "اختبار", "Test", "EG", 30.0444, 31.2357, tz="Africa/Cairo", method="egypt",
             adjustments={"fajr": 2, "isha": -1})
    base = prayer_times(c, day, adjust=False)
    tuned = prayer_times(c, day)
    assert tuned.fajr - base.fajr == timedelta(minutes=2)
    assert tuned.isha - base.isha == timedelta(minutes=-1)
    assert tuned.dhuhr == base.dhuhr
    egypt_plus_one = METHODS["egypt"].replace(adjustments={"dhuhr": 1})
    assert prayer_times("cairo", day, method=egypt_plus_one).dhuhr - prayer_times("cairo", day).dhuhr == (
        timedelta(minutes=1)
    )


def test_hhmm_rounds_to_the_nearest_minute():
    pt = prayer_times("cairo", date(2025, 3, 21))
    assert pt.dhuhr.strftime("%H:%M:%S") == "12:02:10"
    hhmm = pt.as_hhmm()
    assert hhmm["dhuhr"] == "12:02"
    for name, dt in pt.times().items():
        rounded = pt.rounded()[name]
        assert abs((rounded - dt).total_seconds()) <= 30
        assert rounded.second == 0 and rounded.tzinfo is dt.tzinfo
        assert hhmm[name] == rounded.strftime("%H:%M")
    assert list(hhmm) == ["fajr", "sunrise", "dhuhr", "asr", "maghrib", "isha"]


def test_elevation_option_moves_sunrise_and_sunset_only():
    day = date(2025, 6, 1)
    flat = prayer_times("sanaa", day)
    high = prayer_times("sanaa", day, use_elevation=True)  # ~2250 m: dip 1.65°
    assert timedelta(minutes=5) < flat.sunrise - high.sunrise < timedelta(minutes=10)
    assert timedelta(minutes=5) < high.maghrib - flat.maghrib < timedelta(minutes=10)
    assert high.fajr == flat.fajr and high.dhuhr == flat.dhuhr and high.asr == flat.asr


def test_coordinates_input():
    by_slug = prayer_times("cairo", date(2025, 1, 1))
    by_coords = prayer_times((30.0444, 31.2357, "Africa/Cairo"), date(2025, 1, 1), method="egypt")
    assert by_slug.times() == by_coords.times()
    assert by_coords.city is None and by_slug.city.slug == "cairo"


def test_order_of_the_day_everywhere():
    for c in load_cities().values():
        for day in (date(2025, 3, 20), date(2025, 6, 21), date(2025, 12, 21)):
            t = list(prayer_times(c, day).times().values())
            assert t == sorted(t), (c.slug, day)
            assert t[0].date() == day and t[2].date() == day, (c.slug, day)


# --- High latitudes -----------------------------------------------------------------------------------------

OSLO = (59.9139, 10.7522, "Europe/Oslo")


@pytest.mark.parametrize("rule", ["angle_based", "middle_of_the_night", "one_seventh"])
def test_high_latitude_rule_gives_times_in_oslo_in_june(rule):
    pt = prayer_times(OSLO, date(2025, 6, 21), method="mwl", high_latitude=rule)
    assert set(pt.high_latitude) == {"fajr", "isha"}
    assert pt.fajr < pt.sunrise < pt.dhuhr < pt.asr < pt.maghrib < pt.isha
    night = prayer_times(OSLO, date(2025, 6, 22), method="mwl").sunrise - pt.maghrib
    portion = {"angle_based": 17 / 60, "middle_of_the_night": 0.5, "one_seventh": 1 / 7}[rule]
    assert abs((pt.isha - pt.maghrib) - night * portion) < timedelta(minutes=2)


def test_high_latitude_rule_none_raises_a_clear_error():
    with pytest.raises(ValueError, match="Fajr does not occur"):
        prayer_times(OSLO, date(2025, 6, 21), method="mwl", high_latitude="none")


def test_no_rule_needed_in_the_arab_world():
    for c in load_cities().values():
        for day in (date(2025, 6, 21), date(2025, 12, 21)):
            assert prayer_times(c, day).high_latitude == (), c.slug


# --- Next prayer --------------------------------------------------------------------------------------------

def test_next_prayer_during_the_day_and_after_isha():
    cairo = ZoneInfo("Africa/Cairo")
    today = prayer_times("cairo", date(2025, 6, 21)).rounded()
    name, at = next_prayer("cairo", datetime(2025, 6, 21, 12, 0, tzinfo=cairo))
    assert (name, at) == ("dhuhr", today["dhuhr"])
    name, at = next_prayer("cairo", today["asr"])  # at the minute itself → the next one
    assert name == "maghrib"
    name, at = next_prayer("cairo", datetime(2025, 6, 21, 23, 30, tzinfo=cairo))
    assert name == "fajr" and at == prayer_times("cairo", date(2025, 6, 22)).rounded()["fajr"]
    name, at = next_prayer("cairo", datetime(2025, 6, 21, 1, 0, tzinfo=cairo))
    assert (name, at) == ("fajr", today["fajr"])
    # Any time zone for "now": 21:00 UTC is midnight in Cairo (EEST).
    assert next_prayer("cairo", datetime(2025, 6, 21, 21, 0, tzinfo=UTC))[0] == "fajr"


def test_next_prayer_requires_an_aware_datetime():
    with pytest.raises(ValueError, match="timezone-aware"):
        next_prayer("cairo", datetime(2025, 6, 21, 12, 0))


# --- Cities -------------------------------------------------------------------------------------------------

EGYPT_CAPITALS = {
    "cairo", "giza", "alexandria", "banha", "tanta", "mansoura", "zagazig", "kafr-el-sheikh", "damanhur",
    "shibin-el-kom", "damietta", "port-said", "ismailia", "suez", "faiyum", "beni-suef", "minya", "asyut",
    "sohag", "qena", "luxor", "aswan", "hurghada", "marsa-matruh", "el-arish", "el-tor", "kharga",
}
ARAB_CAPITALS = {
    "riyadh", "beirut", "amman", "damascus", "baghdad", "kuwait", "doha", "manama", "abu-dhabi", "muscat",
    "sanaa", "jerusalem", "ramallah", "khartoum", "tripoli", "tunis", "algiers", "rabat", "nouakchott",
    "mogadishu", "djibouti", "moroni",
}


def test_cities_data():
    cities = load_cities()
    assert len(EGYPT_CAPITALS) == 27
    assert set(cities) == EGYPT_CAPITALS | ARAB_CAPITALS
    for slug in EGYPT_CAPITALS:
        c = cities[slug]
        assert (c.country, c.tz, c.method) == ("EG", "Africa/Cairo", "egypt"), slug
        assert 22 < c.lat < 32 and 24.5 < c.lon < 35, slug
    expected = {"riyadh": "umm_al_qura", "abu-dhabi": "dubai", "doha": "qatar", "kuwait": "kuwait",
                "amman": "jordan", "rabat": "morocco"}
    for slug, method in expected.items():
        assert cities[slug].method == method
    for c in cities.values():
        assert c.slug == c.slug.lower() and " " not in c.slug
        assert c.name_ar and c.name_en and len(c.country) == 2
        assert c.method in METHODS
        ZoneInfo(c.tz)
    assert city("cairo").name_ar == "القاهرة"


def test_unknown_city():
    with pytest.raises(KeyError, match="unknown city 'atlantis'"):
        city("atlantis")
    with pytest.raises(ValueError, match="unknown city"):
        prayer_times("atlantis", date(2025, 1, 1))
    assert issubclass(UnknownCity, KeyError) and issubclass(UnknownCity, ValueError)


# --- Bad input ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"day": "2025-02-30"}, "invalid date"),
        ({"day": "2025-13-01"}, "invalid date"),
        ({"day": "yesterday"}, "invalid date"),
        ({"day": 20250101}, "invalid date"),
        ({"day": datetime(2025, 1, 1, 12)}, "not a datetime"),
        ({"day": date(1899, 12, 31)}, "outside the supported range"),
        ({"day": date(2101, 1, 1)}, "outside the supported range"),
        ({"method": "hanbali"}, "unknown calculation method"),
        ({"asr": "maliki"}, "unknown Asr school"),
        ({"high_latitude": "nearest"}, "unknown high-latitude rule"),
    ],
)
def test_bad_input_raises_value_error(kwargs, message):
    args = {"city_or_coords": "cairo", "day": date(2025, 1, 1)} | kwargs
    with pytest.raises(ValueError, match=message):
        prayer_times(**args)


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ((78.2232, 15.6267, "Arctic/Longyearbyen"), "outside the supported range"),
        ((-70.0, 0.0, "UTC"), "outside the supported range"),
        ((30.0, 200.0, "UTC"), "longitude"),
        ((30.0, 31.0, "Africa/Atlantis"), "unknown IANA time zone"),
        (("30", "x", "UTC"), "must be numbers"),
        ((30.0, 31.0), "expected a City"),
        (None, "expected a City"),
    ],
)
def test_bad_location_raises_value_error(where, message):
    with pytest.raises(ValueError, match=message):
        prayer_times(where, date(2025, 1, 1))


def test_supported_range_edges_work():
    assert prayer_times("cairo", date(1900, 1, 1)).as_hhmm()["dhuhr"]
    assert prayer_times("cairo", "2100-12-31").as_hhmm()["dhuhr"]
