"""The router against a real streaming replica (pg_basebackup of a primary, both on loopback)."""

import time

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError, connections, transaction
from django.http import HttpResponse
from django.test import RequestFactory

from nashra.cluster.dbrouter import ReplicaRouter, measure_lag
from nashra.cluster.middleware import ReadScopeMiddleware
from nashra.cluster.routing import ReplicaPool

PRIMARY, REPLICA = "scale_primary", "scale_replica"


@pytest.fixture
def aliases(pg_pair, django_db_blocker):
    """Django connections to the pair, with ContentType's table on the primary (replicated)."""
    added = {PRIMARY: pg_pair.database(pg_pair.primary_port), REPLICA: pg_pair.database(pg_pair.replica_port)}
    for alias, database in added.items():
        configured = connections.configure_settings({"default": dict(database), alias: database})
        connections.settings[alias] = configured[alias]
    with django_db_blocker.unblock():
        with connections[PRIMARY].cursor() as cursor:
            cursor.execute("DROP TABLE IF EXISTS django_content_type")
        with connections[PRIMARY].schema_editor() as editor:
            editor.create_model(ContentType)
        yield
        for alias in added:
            connections[alias].close()
    for alias in added:
        del connections.settings[alias]
        if hasattr(connections._connections, alias):
            delattr(connections._connections, alias)


def wait_for(predicate, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return True
        except DatabaseError:  # not replayed yet (no table), or the replica still starting
            pass
        time.sleep(0.05)
    return False


def reader_read(router, request=None):
    """(alias, names) read by a reader's request: the content types' models through the router."""
    seen = {}

    def view(req):
        alias = router.db_for_read(ContentType)
        seen["read"] = alias, sorted(ContentType.objects.using(alias).values_list("model", flat=True))
        return HttpResponse()

    ReadScopeMiddleware(view)(request or RequestFactory().get("/politics/story/"))
    return seen["read"]


def test_reads_go_to_a_replica_in_step_and_leave_it_when_it_lags_or_stops(aliases, pg_pair):
    pool = ReplicaPool([REPLICA], measure_lag, max_lag=0.5, check_every=0)
    router = ReplicaRouter(primary=PRIMARY, pool=pool)

    # A write goes to the primary; a reader's read, once the replica replayed it, to the replica.
    ContentType.objects.using(router.db_for_write(ContentType)).create(app_label="news", model="story")
    assert wait_for(lambda: ContentType.objects.using(REPLICA).filter(model="story").exists())
    alias, models = reader_read(router)
    assert (alias, models) == (REPLICA, ["story"])
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT pg_is_in_recovery()")
        assert cursor.fetchone() == (True,)  # really the standby
    assert pool.state(REPLICA, force=True).lag == 0.0

    # The newsroom and a transaction read the primary, which already has what the replica has not.
    assert reader_read(router, RequestFactory().get("/newsroom/pages/"))[0] == PRIMARY
    with transaction.atomic(using=PRIMARY):
        assert reader_read(router)[0] == PRIMARY

    # Replay paused: the replica falls behind; once beyond the bound it is skipped.
    with connections[REPLICA].cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_pause()")
    ContentType.objects.using(PRIMARY).create(app_label="news", model="comment")
    assert wait_for(lambda: pool.state(REPLICA, force=True).lag > 0.5, seconds=5)
    assert reader_read(router) == (PRIMARY, ["comment", "story"])
    with connections[REPLICA].cursor() as cursor:
        cursor.execute("SELECT pg_wal_replay_resume()")
    assert wait_for(lambda: pool.state(REPLICA, force=True).healthy)
    assert reader_read(router) == (REPLICA, ["comment", "story"])

    # The replica stops: the next check finds it down and the primary serves.
    pg_pair.stop("replica")
    assert not pool.state(REPLICA, force=True).healthy
    assert reader_read(router) == (PRIMARY, ["comment", "story"])
    pg_pair.start("replica", pg_pair.replica_port)
    assert wait_for(lambda: pool.state(REPLICA, force=True).healthy, seconds=15)
    assert reader_read(router)[0] == REPLICA
