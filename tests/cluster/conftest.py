import pytest

from .pgpair import start_pair, stop_pair


@pytest.fixture(scope="session")
def pg_pair():
    """A real primary and streaming replica on free loopback ports; skipped when they cannot be built here."""
    try:
        pair = start_pair()
    except Exception as exc:  # no binaries, no postgres user, ports taken …
        pytest.skip(f"no PostgreSQL primary + replica on loopback: {exc}")
    yield pair
    stop_pair(pair)
