from django import template

from nashra.arabic import dates, digits
from nashra.core import scopes
from nashra.horoscopes import services
from nashra.horoscopes.signs import sign_of_the_day

register = template.Library()


@register.simple_tag
def birth_months(edition):
    """(number, name) for the «find your sign» form, in the edition's month style."""
    style = edition.month_style if edition is not None else dates.DateStyle().month_style
    return [(m, dates.month_name(m, style)) for m in range(1, 13)]


@register.simple_tag
def horoscope_of_the_day(edition):
    """(sign, today's entry or None) for the home slot; None without an edition.

    Kept with the edition's fragments for the edition's day (saving a day purges them).
    """
    if edition is None:
        return None
    today = services.edition_today(edition)

    def build():
        sign = sign_of_the_day(today)
        return {"sign": sign, "entry": services.day_entries(edition, today).get(sign.slug), "today": today}

    return scopes.for_edition(edition, f"horoscope:{today.isoformat()}", build)


@register.filter
def sign_dates(sign, edition=None) -> str:
    """«21 مارس – 19 أبريل»: the sign's birthdays in the edition's month names and digits."""
    style = edition.date_style if edition is not None else dates.DateStyle()
    (start_month, start_day), (end_month, end_day) = sign.start, sign.end
    text = (f"{start_day} {dates.month_name(start_month, style.month_style)} – "
            f"{end_day} {dates.month_name(end_month, style.month_style)}")
    return digits.to_digits(text, style.digits)
