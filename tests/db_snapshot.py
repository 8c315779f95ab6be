"""Replay the rows a fixture writes instead of running it again for every test.

Building the two test editions goes through Wagtail's page API, the edition's signals and its
newsroom groups: about 800 statements, ~0.6 s on SQLite and ~1 s on PostgreSQL, paid by most of
the suite's tests. :func:`capture` runs the builder once, notes every row it inserted, changed or
deleted (table by table, by primary key) and rolls it back; :func:`replay` writes those rows in a
few statements. The result is the same database the builder leaves, with the same primary keys.

It is only valid on the database state it was captured on: the state every non-transactional
test starts from. A transactional test (``transaction=True``) may start from a flushed database,
so the caller builds for real there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import connection, transaction


class CannotCapture(Exception):
    """The builder touched a table this module cannot replay (no primary key, or not Django's)."""


@dataclass
class TableChanges:
    columns: list[str]
    pk_index: int
    inserted: list[tuple] = field(default_factory=list)
    updated: list[tuple] = field(default_factory=list)
    deleted: list = field(default_factory=list)


@dataclass
class Snapshot:
    tables: dict[str, TableChanges]
    result: object  # what the builder returned, as the caller chose to keep it (e.g. primary keys)


def _quote(name: str) -> str:
    return connection.ops.quote_name(name)


def _read_tables() -> dict[str, tuple[list[str], int | None, dict]]:
    """Every Django table: its columns, the index of its primary key and its rows by that key."""
    tables = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.django_table_names(only_existing=True, include_views=False):
            cursor.execute(f"SELECT * FROM {_quote(table)}")
            columns = [column[0] for column in cursor.description]
            rows = cursor.fetchall()  # before the introspection below runs its own queries on this cursor
            pk = connection.introspection.get_primary_key_column(cursor, table)
            if pk is None:
                tables[table] = (columns, None, {row: row for row in rows})
                continue
            index = columns.index(pk)
            tables[table] = (columns, index, {row[index]: row for row in rows})
    return tables


def _other_table_sizes() -> dict[str, int]:
    """Row counts of the tables Django has no model for (full-text indexes, the cache table …)."""
    ours = set(connection.introspection.django_table_names(only_existing=True, include_views=False))
    sizes = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            if table not in ours:
                cursor.execute(f"SELECT COUNT(*) FROM {_quote(table)}")
                sizes[table] = cursor.fetchone()[0]
    return sizes


def _diff(before: dict, after: dict) -> dict[str, TableChanges]:
    changes = {}
    for table, (columns, pk_index, rows_after) in after.items():
        rows_before = before.get(table, (columns, pk_index, {}))[2]
        if rows_before == rows_after:
            continue
        if pk_index is None:
            raise CannotCapture(table)
        change = TableChanges(columns=columns, pk_index=pk_index)
        for key, row in rows_after.items():
            if key not in rows_before:
                change.inserted.append(row)
            elif rows_before[key] != row:
                change.updated.append(row)
        change.deleted = [key for key in rows_before if key not in rows_after]
        changes[table] = change
    return changes


def capture(build, keep=lambda result: result) -> Snapshot:
    """Run ``build()`` inside a transaction that is rolled back; return the rows it wrote."""
    before, other_sizes = _read_tables(), _other_table_sizes()
    with transaction.atomic():
        result = keep(build())
        changes = _diff(before, _read_tables())
        if _other_table_sizes() != other_sizes:  # rows this module would not replay
            raise CannotCapture("a table without a Django model")
        transaction.set_rollback(True)
    return Snapshot(tables=changes, result=result)


def replay(snapshot: Snapshot) -> None:
    """Write the captured rows: a handful of statements where the builder ran hundreds."""
    with transaction.atomic(), connection.cursor() as cursor:
        for table, change in snapshot.tables.items():
            name, pk = _quote(table), _quote(change.columns[change.pk_index])
            if change.deleted:
                marks = ", ".join(["%s"] * len(change.deleted))
                cursor.execute(f"DELETE FROM {name} WHERE {pk} IN ({marks})", change.deleted)
            others = [column for i, column in enumerate(change.columns) if i != change.pk_index]
            if change.updated:
                assignments = ", ".join(f"{_quote(column)} = %s" for column in others)
                cursor.executemany(
                    f"UPDATE {name} SET {assignments} WHERE {pk} = %s",
                    [[v for i, v in enumerate(row) if i != change.pk_index] + [row[change.pk_index]]
                     for row in change.updated],
                )
            if change.inserted:
                columns = ", ".join(_quote(column) for column in change.columns)
                marks = ", ".join(["%s"] * len(change.columns))
                cursor.executemany(f"INSERT INTO {name} ({columns}) VALUES ({marks})", change.inserted)
                if connection.vendor == "postgresql":
                    # Rows went in with their own keys: move the key sequence past them, as the builder
                    # did, or the test's next insert would reuse one. (setval(NULL, …) is a no-op.)
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence(%s, %s), (SELECT MAX({pk}) FROM {name}))",
                        [table, change.columns[change.pk_index]],
                    )
