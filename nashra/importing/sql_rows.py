"""Raw ``INSERT`` / ``UPDATE`` of many rows: one ``executemany`` each (on PostgreSQL one ``UNNEST`` insert).

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
from datetime import datetime

from django.db import connection

from nashra.core.db import binary_cursor


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
    table, columns = qn(model._meta.db_table), ", ".join(qn(f.column) for f in fields)
    prep = [_converter(f) for f in fields]
    names = [f.attname for f in fields]
    params = [
        [value if conv is None or value is None else conv(value, connection)
         for conv, value in zip(prep, (row[n] for n in names), strict=True)]
        for row in rows
    ]
    array_types = _array_types(fields) if len(rows) > 1 else None
    if array_types is None:
        placeholders = ", ".join(["%s"] * len(fields))
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", params)
        return
    # PostgreSQL: one statement with one array per column instead of one statement per row
    # (parsed and planned once), its arrays sent as binary parameters: Django's cursors inline
    # every value as a quoted literal that the server parses again, which for article bodies
    # cost more than the insert itself (500 article bodies: 58 ms as one statement a row, 72 ms as
    # inlined arrays, 33 ms as binary arrays). Django's own bulk_create uses UNNEST there too (5.2).
    unnest = ", ".join(f"%b::{t}[]" for t in array_types)
    with binary_cursor() as cursor:
        cursor.execute(f"INSERT INTO {table} ({columns}) SELECT * FROM UNNEST({unnest})",
                       [list(column) for column in zip(*params, strict=True)])


def _array_types(fields) -> list[str] | None:
    """PostgreSQL's element type of each column for ``UNNEST``, or None (SQLite, or a type it cannot take).

    The same test as Django's PostgreSQL ``bulk_create``: a standard internal type and no
    value-dependent placeholder; the length is dropped (``varchar[]``) so no value is cut.
    """
    if connection.vendor != "postgresql":
        return None
    types = []
    for field in fields:
        target = field.target_field if field.is_relation else field
        if (target.get_internal_type() not in connection.data_types or hasattr(field, "get_placeholder")
                or field.get_internal_type() in _NOT_IN_ARRAYS):
            return None
        types.append(field.db_type(connection).split("(")[0])
    return types


def _converter(field):
    """How ``field``'s values become database values: None when they go as they are."""
    if field.get_internal_type() not in _CONVERTED_TYPES:
        return None
    if field.get_internal_type() != "DateTimeField":
        return field.get_db_prep_save
    # An aware datetime (every imported one) passes DateTimeField.get_prep_value unchanged, so
    # get_db_prep_save comes down to the backend's adapter; going there directly took most of the
    # row building's time (3 datetimes per article). Anything else takes the field's own path.
    adapt, save = connection.ops.adapt_datetimefield_value, field.get_db_prep_save

    def convert(value, connection):
        if isinstance(value, datetime) and value.utcoffset() is not None:
            return adapt(value)
        return save(value, connection)

    return convert


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


# Values that travel as adapter objects (Jsonb) or bytes: left to the one-row-a-statement path.
_NOT_IN_ARRAYS = {"JSONField", "BinaryField"}


def chunks(items: Sequence, size: int):
    """``items`` in lists of at most ``size`` (for ``IN (…)`` lookups under the parameter limit)."""
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start:start + size]
