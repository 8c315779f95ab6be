"""PostgreSQL settings for an import's own connections: commits that do not wait for the disk, and lz4 for the
stored text (article bodies, search vectors) instead of the default pglz.

bench/import_articles.py, 20,000 articles into an empty database on this project's 2-core machine: 1,012 and
1,146 articles/s with the server's defaults, 1,319 and 1,397/s with both set for the whole database (each alone
about half the gain), 1,279 and 1,365/s with both set per connection as this module does; pglz
was the PostgreSQL server's busiest function in ``perf``. lz4 also reads back faster, and PostgreSQL reads either
whatever the setting, so old and new rows mix freely.

What ``synchronous_commit = off`` costs: if the database server itself crashes during an import, the batches
committed in its last fraction of a second may be lost although the report counted them; the database stays
consistent, and running the same file again creates them (an import matches articles by ``external_id``). Only
the import's connections are set, and only while it runs. SQLite: nothing to do.
"""

from __future__ import annotations

from contextlib import contextmanager

from django.db import DatabaseError, connection

_MARK = "_nashra_import_settings"  # the raw connection the settings were applied to


def apply() -> None:
    """Set them on this thread's connection (once per connection: the index thread calls this per batch)."""
    if connection.vendor != "postgresql":
        return
    connection.ensure_connection()
    if getattr(connection, _MARK, None) is connection.connection:
        return
    with connection.cursor() as cursor:
        cursor.execute("SET synchronous_commit TO OFF")
        cursor.execute("SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'")
        row = cursor.fetchone()
        if row and row[0]:  # (a server built without lz4 keeps pglz)
            cursor.execute("SET default_toast_compression TO lz4")
    setattr(connection, _MARK, connection.connection)


def reset() -> None:
    """The server's own settings again on this thread's connection, if :func:`apply` set them."""
    if getattr(connection, _MARK, None) is None:
        return
    applied = getattr(connection, _MARK)
    setattr(connection, _MARK, None)
    if connection.connection is not applied or connection.connection is None:
        return  # closed meanwhile: a new connection has the defaults
    try:
        with connection.cursor() as cursor:
            cursor.execute("RESET synchronous_commit")
            cursor.execute("RESET default_toast_compression")
    except DatabaseError:  # a failed transaction on its way out: its rollback undoes the SET anyway
        pass


@contextmanager
def import_settings():
    apply()
    try:
        yield
    finally:
        reset()
