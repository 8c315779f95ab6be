"""Where the sun is, and when it reaches a given altitude.

The solar position is the "low accuracy" method of Jean Meeus, *Astronomical
Algorithms* (2nd ed., 1998), chapter 25 — the same series as NOAA's solar
calculator (gml.noaa.gov/grad/solcalc/calcdetails.html). It gives the sun's
apparent right ascension and declination to about 0.01°, with aberration and
the main term of nutation, from 1900 to 2100. The hour angle comes from the
apparent sidereal time (Meeus eq. 12.4 plus the equation of the equinoxes),
so the equation of time is implicit and exact for that position: no separate
truncated equation-of-time series.

Approximations, each worth less than a second of prayer time at the latitudes
Nashra serves (|φ| < 40°; measured against PyEphem by ``bench/prayer_accuracy.py``):

* Times are treated as UT. TT − UT (≈ 69 s in 2025) moves the sun by ~3″.
* Positions are geocentric. Solar parallax (≤ 8.8″) is ignored.
* Altitudes are geometric (airless). Refraction is not modelled; it is folded
  into the conventional −0.833° rising/setting altitude (34′ of refraction at
  the horizon plus 16′ for the sun's semi-diameter), as in every published
  prayer timetable.

All times here are Julian Days (UT) as floats; 1 µs ≈ 1.2e-11 day, far below
the 5e-10 day resolution of a double at JD ≈ 2.46e6 (≈ 40 µs), which is fine.
"""

from __future__ import annotations

from math import acos, asin, atan2, cos, degrees, radians, sin, sqrt, tan

J2000 = 2451545.0
UNIX_EPOCH_JD = 2440587.5

#: Standard altitude of the sun's centre at sunrise/sunset (degrees): −50′.
SUNRISE_ALTITUDE = -0.8333
#: Dip of the horizon per √metre of observer height (degrees), as used by
#: PrayTimes.org and most calculators: 0.0347° × √h (≈ 2.08′ × √h).
DIP_PER_SQRT_METRE = 0.0347

# Convergence of the event search: 0.005 s.
_TOLERANCE_DAYS = 0.005 / 86400
_MAX_ITERATIONS = 12


def jd_from_unix(seconds: float) -> float:
    return seconds / 86400.0 + UNIX_EPOCH_JD


def unix_from_jd(jd: float) -> float:
    return (jd - UNIX_EPOCH_JD) * 86400.0


def horizon_altitude(elevation_m: float = 0.0) -> float:
    """Altitude of the sun's centre at sunrise/sunset for an observer ``elevation_m`` above the horizon."""
    if elevation_m <= 0:
        return SUNRISE_ALTITUDE
    return SUNRISE_ALTITUDE - DIP_PER_SQRT_METRE * sqrt(elevation_m)


def sun_position(jd: float) -> tuple[float, float]:
    """Apparent declination and Greenwich hour angle of the sun, in degrees, at ``jd`` (UT).

    The hour angle is apparent sidereal time minus apparent right ascension,
    reduced to (−180°, 180°]; add the east longitude to get the local hour angle.
    """
    d = jd - J2000
    t = d / 36525.0
    l0 = 280.46646 + t * (36000.76983 + t * 0.0003032)
    m = radians(357.52911 + t * (35999.05029 - t * 0.0001537))
    c = (
        sin(m) * (1.914602 - t * (0.004817 + t * 0.000014))
        + sin(2 * m) * (0.019993 - t * 0.000101)
        + sin(3 * m) * 0.000289
    )
    omega = radians(125.04 - 1934.136 * t)
    # Apparent longitude: true longitude − aberration (20.5″) − nutation (main term).
    lam = radians(l0 + c - 0.00569 - 0.00478 * sin(omega))
    eps0 = 23.0 + (26.0 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60.0) / 60.0
    eps = radians(eps0 + 0.00256 * cos(omega))
    ra = degrees(atan2(cos(eps) * sin(lam), cos(lam)))
    dec = degrees(asin(sin(eps) * sin(lam)))
    # Greenwich mean sidereal time (Meeus 12.4) + equation of the equinoxes
    # (nutation in longitude × cos ε; main terms of Meeus ch. 22, in degrees).
    gmst = 280.46061837 + 360.98564736629 * d + t * t * (0.000387933 - t / 38710000.0)
    l_sun = radians(280.4665 + 36000.7698 * t)
    l_moon = radians(218.3165 + 481267.8813 * t)
    dpsi = (
        -17.20 * sin(omega) - 1.32 * sin(2 * l_sun) - 0.23 * sin(2 * l_moon) + 0.21 * sin(2 * omega)
    ) / 3600.0
    gast = gmst + dpsi * cos(eps)
    return dec, _wrap180(gast - ra)


def _wrap180(x: float) -> float:
    x = x % 360.0
    return x - 360.0 if x > 180.0 else x


def hour_angle_at(altitude: float, lat: float, dec: float) -> float | None:
    """Unsigned hour angle (degrees) at which the sun's centre is at ``altitude``; None if never."""
    phi, delta = radians(lat), radians(dec)
    cos_h = (sin(radians(altitude)) - sin(phi) * sin(delta)) / (cos(phi) * cos(delta))
    if cos_h < -1.0 or cos_h > 1.0:
        return None
    return degrees(acos(cos_h))


def transit(jd_guess: float, lon: float) -> tuple[float, float]:
    """Upper transit of the sun nearest ``jd_guess``; returns (jd, declination at transit)."""
    jd = jd_guess
    for _ in range(_MAX_ITERATIONS):
        dec, gha = sun_position(jd)
        step = -_wrap180(gha + lon) / 360.0
        jd += step
        if abs(step) < _TOLERANCE_DAYS:
            break
    return jd, dec


def altitude_event(jd_guess: float, lat: float, lon: float, altitude: float, rising: bool) -> float | None:
    """When the sun's centre reaches ``altitude`` rising (morning) or setting (evening).

    Newton-like iteration on the hour angle, starting from ``jd_guess`` (the
    day's transit works): the solar hour angle grows by ~360° a day, so each
    step is exact up to the slow change of declination and converges in 2–4
    iterations. Returns None when the sun does not reach that altitude that
    day (polar day/night, or twilight that never gets that deep).
    """
    jd = jd_guess
    for _ in range(_MAX_ITERATIONS):
        dec, gha = sun_position(jd)
        h0 = hour_angle_at(altitude, lat, dec)
        if h0 is None:
            return None
        target = -h0 if rising else h0
        step = _wrap180(target - (gha + lon)) / 360.0
        jd += step
        if abs(step) < _TOLERANCE_DAYS:
            return jd
    return jd


def asr_altitude(lat: float, dec_noon: float, shadow_factor: float) -> float:
    """Altitude of the sun when an object's shadow is ``shadow_factor`` × its height plus its noon shadow.

    Noon shadow / height = tan|φ − δ| (δ at transit); Asr altitude
    a = arccot(k + tan|φ − δ|) with k = 1 (standard: Shafi'i, Maliki, Hanbali)
    or 2 (Hanafi).
    """
    return degrees(atan2(1.0, shadow_factor + tan(radians(abs(lat - dec_noon)))))
