"""Keep a helper process (the publishing scheduler) running next to ``nashra serve``.

A scheduler that dies — killed by the OOM killer, a crash, an operator's stray
``kill`` — would silently stop scheduled publishing until someone restarts the
server. A watcher thread restarts it, waiting longer after each quick death so a
scheduler that cannot start does not spin the CPU.
"""

import logging
import subprocess
import threading
import time

logger = logging.getLogger("nashra.serve")

FIRST_DELAY = 1.0
MAX_DELAY = 60.0
# A child that ran this long before dying was healthy: the next restart is quick again.
HEALTHY_RUN = 30.0


class Supervised:
    def __init__(self, command: list[str], name: str, poll_interval: float = 0.5):
        self.command, self.name, self.poll_interval = command, name, poll_interval
        self.process: subprocess.Popen | None = None
        self.restarts = 0
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._watch, name=f"supervise-{name}", daemon=True)

    def start(self) -> "Supervised":
        self._spawn()
        self._thread.start()
        return self

    def _spawn(self):
        self.process = subprocess.Popen(self.command)
        self._started_at = time.monotonic()

    def _watch(self):
        delay = FIRST_DELAY
        while not self._stopping.wait(self.poll_interval):
            code = self.process.poll()
            if code is None:
                continue
            ran = time.monotonic() - self._started_at
            delay = FIRST_DELAY if ran >= HEALTHY_RUN else min(delay * 2, MAX_DELAY)
            logger.warning("%s exited with status %s after %.0f s; restarting in %.0f s", self.name, code, ran, delay)
            if self._stopping.wait(delay):
                return
            self._spawn()
            self.restarts += 1

    def stop(self, timeout: float = 10.0):
        self._stopping.set()
        process = self.process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
