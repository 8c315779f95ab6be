"""Readers keep commenting while a worker is killed: every comment the server acknowledged (201) is
in the database afterwards — a killed worker may drop a request in flight, never an accepted one."""

import os
import signal
import sqlite3
import threading
import time

from tests.faults.comment_client import article_id, post_comment
from tests.faults.test_worker_killed import _wait_for, _workers
from tests.live import Servers


def test_every_acknowledged_comment_survives_a_killed_worker(migrated_template, tmp_path):
    with Servers("journal", migrated_template, tmp_path, count=1, workers=2, threads=1,
                 extra_env={"NASHRA_PROXY_COUNT": "1"}) as servers:
        port, server_pid = servers.ports[0], servers.processes[0].pid
        article = article_id(port, servers.url)
        acknowledged, refused = [], []
        stop = threading.Event()

        def reader(worker: int):
            n = 0
            while not stop.is_set():
                n += 1
                number = worker * 10_000 + n
                try:
                    status, _body = post_comment(port, article, number, address=f"198.51.{worker}.{n % 250 + 1}")
                except OSError:  # the connection the killed worker held
                    refused.append(number)
                    continue
                (acknowledged if status == 201 else refused).append(number)

        workers = _wait_for(lambda: len(_workers(server_pid)) == 2 and _workers(server_pid), 30, "two workers")
        readers = [threading.Thread(target=reader, args=(w,), daemon=True) for w in range(4)]
        try:
            for thread in readers:
                thread.start()
            time.sleep(1.5)
            os.kill(sorted(workers)[0], signal.SIGKILL)
            time.sleep(3)
        finally:
            stop.set()
            for thread in readers:
                thread.join(30)

        assert len(acknowledged) >= 10, (len(acknowledged), len(refused))
        stored = {title for (title,) in sqlite3.connect(tmp_path / "nashra.sqlite3").execute(
            "SELECT title FROM nashra_comments_comment")}
        missing = [n for n in acknowledged if f"تعليق رقم {n}" not in stored]
        assert missing == []
