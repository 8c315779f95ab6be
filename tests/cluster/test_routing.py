"""Which database serves a read: the replica pool's health cache and choice (pure Python, fakes)."""

import pytest

from nashra.cluster.routing import ReadScope, ReplicaPool, choose_read_alias


class FakeReplicas:
    """Lags per alias (None: down) and a clock the test moves."""

    def __init__(self, **lags):
        self.lags = lags
        self.now = 100.0
        self.calls = []

    def measure(self, alias):
        self.calls.append(alias)
        if self.lags[alias] is None:
            raise ConnectionRefusedError(alias)
        return self.lags[alias]

    def clock(self):
        return self.now


def pool_of(fake, max_lag=5.0, check_every=3.0):
    return ReplicaPool(list(fake.lags), fake.measure, max_lag=max_lag, check_every=check_every, clock=fake.clock)


def test_a_reader_read_goes_to_a_healthy_replica():
    fake = FakeReplicas(replica1=0.2)
    assert choose_read_alias(ReadScope(replica_ok=True), in_transaction=False, pool=pool_of(fake)) == "replica1"


@pytest.mark.parametrize("scope", [None, ReadScope(replica_ok=False)])
def test_reads_outside_a_reader_request_go_to_the_primary(scope):
    fake = FakeReplicas(replica1=0.0)
    assert choose_read_alias(scope, in_transaction=False, pool=pool_of(fake)) == "default"
    assert fake.calls == []  # not even a health check


def test_a_read_inside_a_transaction_goes_to_the_primary():
    fake = FakeReplicas(replica1=0.0)
    assert choose_read_alias(ReadScope(replica_ok=True), in_transaction=True, pool=pool_of(fake)) == "default"


def test_without_replicas_the_primary_serves():
    empty = ReplicaPool([], lambda alias: 0.0, max_lag=5, check_every=3)
    assert choose_read_alias(ReadScope(replica_ok=True), in_transaction=False, pool=empty) == "default"


def test_a_lagging_replica_is_skipped_for_a_healthy_one():
    fake = FakeReplicas(replica1=30.0, replica2=0.5)
    pool = pool_of(fake)
    assert {pool.choose() for _ in range(4)} == {"replica2"}
    assert pool.state("replica1").error == "lagging"


def test_a_down_replica_is_skipped_and_with_none_left_the_primary_serves():
    fake = FakeReplicas(replica1=None)
    pool = pool_of(fake)
    assert choose_read_alias(ReadScope(replica_ok=True), in_transaction=False, pool=pool) == "default"
    assert pool.state("replica1").error == "ConnectionRefusedError"


def test_health_is_measured_at_most_once_per_interval_and_again_after_it():
    fake = FakeReplicas(replica1=0.0)
    pool = pool_of(fake, check_every=3.0)
    for _ in range(50):
        pool.choose()
    assert fake.calls == ["replica1"]
    fake.lags["replica1"] = None  # it goes down …
    fake.now += 1
    assert pool.choose() == "replica1"  # … unnoticed until the next check is due
    fake.now += 3
    assert pool.choose() is None
    fake.lags["replica1"] = 0.1  # back: used again at the next check
    fake.now += 3
    assert pool.choose() == "replica1"
    assert len(fake.calls) == 3


def test_healthy_replicas_share_the_reads():
    fake = FakeReplicas(replica1=0.0, replica2=0.0)
    pool = pool_of(fake)
    assert {pool.choose() for _ in range(4)} == {"replica1", "replica2"}


def test_one_request_keeps_the_replica_it_started_with():
    fake = FakeReplicas(replica1=0.0, replica2=0.0)
    pool = pool_of(fake)
    scope = ReadScope(replica_ok=True)
    first = choose_read_alias(scope, in_transaction=False, pool=pool)
    assert {choose_read_alias(scope, in_transaction=False, pool=pool) for _ in range(5)} == {first}


def test_the_report_says_why_a_replica_is_not_used():
    fake = FakeReplicas(replica1=12.5, replica2=None)
    report = pool_of(fake).report()
    assert report == [
        {"alias": "replica1", "healthy": False, "lag_seconds": 12.5, "error": "lagging"},
        {"alias": "replica2", "healthy": False, "lag_seconds": None, "error": "ConnectionRefusedError"},
    ]
