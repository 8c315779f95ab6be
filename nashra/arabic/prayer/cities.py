"""Cities as data: ``nashra/arabic/data/cities.json``.

Each city has a lowercase English slug (``cairo``, ``port-said`` …), Arabic and
English names, an ISO 3166-1 country code, coordinates (4 decimals ≈ 10 m),
an approximate elevation, its IANA time zone, the slug of the calculation
method its country's authority publishes with, and optional per-prayer minute
adjustments. The JSON file documents the choices (which city stands for
Palestine, which method for which country).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .methods import METHODS, _frozen

#: Latitudes beyond this are refused: near the polar circles the sun may not
#: rise or set, and no high-latitude rule can make a timetable from that.
MAX_LATITUDE = 65.0


class UnknownCity(KeyError, ValueError):
    """An unknown city slug. A KeyError (lookup) that is also a ValueError (bad input)."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else "unknown city"


def check_coordinates(lat, lon) -> tuple[float, float]:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise ValueError(f"latitude/longitude must be numbers, got {lat!r}, {lon!r}") from None
    if not -MAX_LATITUDE <= lat <= MAX_LATITUDE:
        raise ValueError(
            f"latitude {lat} is outside the supported range ±{MAX_LATITUDE}°: "
            "the sun may not rise or set there, so prayer times cannot be computed"
        )
    if not -180.0 <= lon <= 180.0:
        raise ValueError(f"longitude {lon} is outside −180°…180°")
    return lat, lon


def check_timezone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise ValueError(f"unknown IANA time zone {tz!r}") from None


@dataclass(frozen=True)
class City:
    slug: str
    name_ar: str
    name_en: str
    country: str
    lat: float
    lon: float
    #: Metres above sea level of the city centre (approximate). Used only with
    #: ``prayer_times(..., use_elevation=True)``.
    elevation: float = 0.0
    tz: str = "UTC"
    method: str = "mwl"
    adjustments: Mapping[str, int] = field(default_factory=dict)
    #: Egyptian governorate, or the country for the Arab League capitals.
    region_ar: str = ""
    region_en: str = ""

    def __post_init__(self):
        check_coordinates(self.lat, self.lon)
        check_timezone(self.tz)
        if self.method not in METHODS:
            raise ValueError(f"city {self.slug!r}: unknown method {self.method!r}")
        object.__setattr__(self, "adjustments", _frozen(self.adjustments))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)


def _data_text() -> str:
    return resources.files("nashra.arabic").joinpath("data", "cities.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _load() -> Mapping[str, City]:
    raw = json.loads(_data_text())
    cities: dict[str, City] = {}
    for row in raw["cities"]:
        c = City(
            slug=row["slug"], name_ar=row["name_ar"], name_en=row["name_en"], country=row["country"],
            lat=row["lat"], lon=row["lon"], elevation=row.get("elevation") or 0.0, tz=row["tz"],
            method=row["method"], adjustments=row.get("adjustments") or {},
            region_ar=row.get("region_ar", ""), region_en=row.get("region_en", ""),
        )
        if c.slug in cities:
            raise ValueError(f"duplicate city slug {c.slug!r} in cities.json")
        cities[c.slug] = c
    return MappingProxyType(cities)


def load_cities() -> dict[str, City]:
    """All cities keyed by slug, in file order (Egypt's governorate capitals first)."""
    return dict(_load())


def city(slug: str) -> City:
    """The city with this slug; :class:`UnknownCity` (a KeyError and a ValueError) otherwise."""
    cities = _load()
    try:
        return cities[slug]
    except (KeyError, TypeError):
        raise UnknownCity(
            f"unknown city {slug!r}; use a lowercase English slug such as 'cairo', 'alexandria' or 'riyadh' "
            f"({len(cities)} cities in nashra/arabic/data/cities.json)"
        ) from None
