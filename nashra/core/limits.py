"""Bounds every door applies (the importer, the newsroom, the API): pure Python, no Django.

Dates outside EARLIEST_YEAR..LATEST_YEAR are typos or test values; years 1 and 9999 with a far
UTC offset become 1 BC / 10000 in UTC, which PostgreSQL stores and psycopg cannot read back (the
section page and the API then failed until the row was fixed by hand). A body longer than
MAX_BODY_CHARACTERS is a mistake (an archive pasted in), not a story: 5 MB made a 15.7 MB page.
"""

EARLIEST_YEAR = 1900
LATEST_YEAR = 2200
MAX_BODY_CHARACTERS = 200_000


def year_in_range(moment) -> bool:
    return moment is None or EARLIEST_YEAR <= moment.year <= LATEST_YEAR
