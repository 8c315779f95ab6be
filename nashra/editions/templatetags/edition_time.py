"""Template filters that render times the way the current edition speaks.

Usage: ``{% load edition_time %}{{ article.published_at|gmt_stamp:edition }}``.
A missing edition falls back to the network default style, never an error.
"""

from django import template

from nashra.arabic import dates, digits, hijri

register = template.Library()
DEFAULT_STYLE = dates.DateStyle()


def _style(edition) -> dates.DateStyle:
    return edition.date_style if edition is not None else DEFAULT_STYLE


@register.filter
def gmt_stamp(moment, edition=None) -> str:
    return dates.gmt_stamp(moment, _style(edition)) if moment else ""


@register.filter
def local_stamp(moment, edition=None) -> str:
    return dates.local_stamp(moment, _style(edition)) if moment else ""


@register.filter
def long_date(moment, edition=None) -> str:
    return dates.long_date(moment, _style(edition)) if moment else ""


@register.filter
def month_year(day, edition=None) -> str:
    return dates.month_year(day, _style(edition)) if day else ""


@register.filter
def clock(moment, edition=None) -> str:
    return dates.clock(moment, _style(edition)) if moment else ""


@register.filter
def iso_local(moment, edition=None) -> str:
    return dates.iso_local(moment, _style(edition)) if moment else ""


@register.filter
def hijri_date(moment, edition=None) -> str:
    if not moment:
        return ""
    style = _style(edition)
    local_day = moment.astimezone(style.tz).date() if hasattr(moment, "astimezone") else moment
    overrides = edition.hijri_overrides if edition is not None else None
    try:
        return hijri.format_hijri(hijri.to_hijri(local_day, overrides), digits=style.digits)
    except ValueError:
        return ""


@register.filter
def edition_digits(value, edition=None) -> str:
    return digits.to_digits(str(value), _style(edition).digits)
