"""Raw ``INSERT`` / ``UPDATE`` of many rows with one ``executemany`` each.

Separate from the tree logic in :mod:`.bulk` and :mod:`.updates` because it
knows nothing about pages or articles: it turns dicts keyed by attname into
SQL for any model's own table. Django's ``bulk_create`` compiles every value of
every row into SQL and cannot write multi-table children at all, which is why
the importer writes rows this way (see :mod:`.bulk`). :func:`chunks` lives here
too: every ``IN (…)`` lookup of the importer is cut with it to stay under the
database's parameter limit.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection


def insert_rows(model, rows: Sequence[dict]) -> None:
    """``executemany`` one ``INSERT`` for ``rows`` (dicts by attname) into ``model``'s own table.

    Values go through ``get_db_prep_save`` only for the fields whose database
    form differs from the Python value (dates, UUIDs …), so this stays a thin
    loop; quoting comes from ``connection.ops`` and works on SQLite and PostgreSQL.
    """
    if not rows:
        return
    fields = [f for f in model._meta.local_concrete_fields if f.attname in rows[0]]
    qn = connection.ops.quote_name
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        qn(model._meta.db_table),
        ", ".join(qn(f.column) for f in fields),
        ", ".join(["%s"] * len(fields)),
    )
    prep = [f.get_db_prep_save if f.get_internal_type() in _CONVERTED_TYPES else None for f in fields]
    names = [f.attname for f in fields]
    params = [
        [value if conv is None or value is None else conv(value, connection)
         for conv, value in zip(prep, (row[n] for n in names), strict=True)]
        for row in rows
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def update_rows(model, key: str, rows: Sequence[dict]) -> None:
    """``UPDATE`` ``model``'s own table from dicts by attname, one ``executemany`` per set of columns."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row in rows:
        columns = tuple(sorted(name for name in row if name != key))
        if columns:
            groups.setdefault(columns, []).append(row)
    qn = connection.ops.quote_name
    by_attname = {f.attname: f for f in model._meta.local_concrete_fields}
    for columns, group in groups.items():
        fields = [by_attname[name] for name in columns]
        sql = "UPDATE {} SET {} WHERE {} = %s".format(
            qn(model._meta.db_table),
            ", ".join(f"{qn(f.column)} = %s" for f in fields),
            qn(by_attname[key].column),
        )
        params = [[_db_value(f, row[f.attname]) for f in fields] + [row[key]] for row in group]
        with connection.cursor() as cursor:
            cursor.executemany(sql, params)


def _db_value(field, value):
    if value is None or field.get_internal_type() not in _CONVERTED_TYPES:
        return value
    return field.get_db_prep_save(value, connection)


# Types whose database value is not the Python value itself (on some backend).
_CONVERTED_TYPES = {
    "DateTimeField", "DateField", "TimeField", "DurationField", "DecimalField", "UUIDField", "JSONField",
    "BinaryField", "GenericIPAddressField",
}


def chunks(items: Sequence, size: int):
    """``items`` in lists of at most ``size`` (for ``IN (…)`` lookups under the parameter limit)."""
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]
