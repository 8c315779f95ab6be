"""Redis stopped under a running app (a throwaway ``redis-server`` on its own port): pages are still
served, about as fast as before (each process works from its memory), the log says it once, and
when Redis is back the app uses it again and says that once too.

A review measured pages ~95 % slower (3.7 s) and 9,802 tracebacks in 13 s without this.
"""

import shutil
import statistics
import subprocess
import time

import pytest

from tests.live import Servers, free_port, get

REDIS_SERVER = shutil.which("redis-server")
PATHS = ("/", "/politics/", "/api/v1/articles/")
NEAR = 0.5  # NASHRA_PAGE_CACHE_NEAR_SECONDS, the default


def _start_redis(port: int) -> subprocess.Popen:
    process = subprocess.Popen([REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import redis

    deadline = time.monotonic() + 10
    while True:
        try:
            if redis.Redis(port=port, socket_connect_timeout=0.2).ping():
                return process
        except redis.exceptions.ConnectionError:
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)


def _median_latency(port, paths, rounds) -> float:
    timings = []
    for _ in range(rounds):
        for path in paths:
            started = time.perf_counter()
            status, _state, _body = get(port, path)
            timings.append(time.perf_counter() - started)
            assert status == 200, (path, status)
    return statistics.median(timings)


@pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed")
def test_pages_stay_up_and_fast_with_redis_stopped_and_the_log_says_it_once(migrated_template, tmp_path):
    redis_port = free_port()
    redis = _start_redis(redis_port)
    (tmp_path / "data").mkdir()
    try:
        with Servers("redis", migrated_template, tmp_path / "data", count=1, workers=1, threads=2,
                     redis_url=f"redis://127.0.0.1:{redis_port}/0", log_dir=tmp_path,
                     extra_env={"NASHRA_REDIS_BACKOFF": "1", "NASHRA_PAGE_CACHE_NEAR_SECONDS": str(NEAR)}) as servers:
            port = servers.ports[0]
            paths = (*PATHS, servers.url)
            _median_latency(port, paths, 2)  # warm
            normal = _median_latency(port, paths, 15)
            redis.terminate()
            redis.wait(10)
            # Pages read in the last NEAR seconds are served from the process without asking Redis
            # (the near cache); past that, the first request finds Redis gone.
            time.sleep(NEAR + 0.2)
            outage = _median_latency(port, paths, 15)
            log = servers.log(port).read_text()
            assert log.count("redis unavailable") == 1, log[-3000:]
            assert "Traceback" not in log, log[-3000:]
            # Within 2× the normal latency (a few ms of slack: the machine is shared, hits take ~1 ms).
            assert outage <= 2 * normal + 0.005, (normal, outage)
            redis = _start_redis(redis_port)
            time.sleep(1.2)  # the back-off
            _median_latency(port, paths, 3)
            log = servers.log(port).read_text()
            assert log.count("redis is back") == 1 and log.count("redis unavailable") == 1, log[-3000:]
    finally:
        redis.terminate()
        redis.wait(10)
