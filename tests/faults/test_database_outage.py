"""The database out of reach (a TCP proxy the test cuts): cached pages are still served, an uncached
page answers 503 with Retry-After in Arabic (not 500), and the app recovers by itself when the
database is back. Runs in CI's PostgreSQL pass (``DATABASE_URL``); skipped on the SQLite pass."""

import time
from urllib.parse import urlsplit

import pytest

from tests.faults.tcp_proxy import TcpProxy
from tests.live import Servers, drop_postgres_database, get, postgres_database

DATABASE = "nashra_fault_db"


@pytest.fixture
def proxied_database():
    url = postgres_database(DATABASE)
    parts = urlsplit(url)
    proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
    netloc = f"{parts.username}@127.0.0.1:{proxy.port}" if parts.username else f"127.0.0.1:{proxy.port}"
    yield proxy, parts._replace(netloc=netloc).geturl()
    proxy.close()
    drop_postgres_database(DATABASE)


def test_database_down_cached_pages_200_uncached_503_then_recovery(proxied_database, migrated_template, tmp_path):
    proxy, url = proxied_database
    with Servers("journal", migrated_template, tmp_path, count=1, database_url=url) as servers:
        port = servers.ports[0]
        for path in ("/", servers.url):
            get(port, path)
            assert get(port, path)[:2] == (200, "HIT"), path
        proxy.cut()
        for path in ("/", servers.url):
            status, _state, body = get(port, path)
            assert status == 200 and "العنوان الأول" in body, path
        status, _state, body = get(port, "/politics/")  # never rendered: nothing kept
        assert status == 503 and 'dir="rtl"' in body, (status, body[:300])
        assert _retry_after(port, "/politics/") == "30"
        assert get(port, "/healthz")[0] == 503
        proxy.restore()
        deadline = time.monotonic() + 15
        while get(port, "/politics/")[0] != 200:
            assert time.monotonic() < deadline, "no recovery without a restart"
            time.sleep(0.2)
        assert get(port, "/healthz")[0] == 200


def _retry_after(port, path):
    import urllib.error
    import urllib.request

    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Host": "eg.localhost"})
    try:
        urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as exc:
        return exc.headers.get("Retry-After")
    return None
