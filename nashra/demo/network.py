"""The demo network: two editions, their sections and newsroom accounts.

Everything here is idempotent so ``make run`` can call it on every start.
"""

from nashra.arabic import dates
from nashra.articles.edition_setup import EditionSpec

EDITIONS = [
    EditionSpec(
        slug="eg", name="مصر اليوم", hostname="eg.localhost", city_name="القاهرة",
        time_zone="Africa/Cairo", month_style=dates.BOTH, is_default_site=True,
        tagline="أخبار مصر والعالم لحظة بلحظة",
    ),
    EditionSpec(
        slug="lb", name="لبنان اليوم", hostname="lb.localhost", city_name="بيروت",
        time_zone="Asia/Beirut", month_style=dates.LEVANTINE,
        tagline="أخبار لبنان والمنطقة",
    ),
]

# (slug, Arabic name) in navigation order, as on the seed page.
SECTIONS = [
    ("politics", "سياسة"),
    ("arab", "أخبار عربية"),
    ("sports", "رياضة"),
    ("fashion", "موضة"),
    ("decor", "ديكور"),
    ("horoscope", "حظك اليوم"),
    ("prayer", "مواقيت الصلاة"),
    ("caricature", "كاريكاتير"),
]

# username → (edition slug or None for the network admin, role)
ACCOUNTS = {
    "admin": (None, "superuser"),
    "reporter-eg": ("eg", "reporter"),
    "editor-eg": ("eg", "editor"),
    "moderator-eg": ("eg", "moderator"),
    "reporter-lb": ("lb", "reporter"),
    "editor-lb": ("lb", "editor"),
}
