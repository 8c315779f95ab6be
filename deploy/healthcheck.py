"""Probe a Nashra endpoint: exit 0 when it answers 200, 1 otherwise (Compose, systemd, monitoring).

    python healthcheck.py http://127.0.0.1:8000/readyz [--wait SECONDS]

Standard library only, so it runs in the slim container image (no curl there).
"""

import sys
import time
import urllib.error
import urllib.request


def ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def main(argv: list[str]) -> int:
    url = argv[1] if len(argv) > 1 else "http://127.0.0.1:8000/readyz"
    wait = float(argv[argv.index("--wait") + 1]) if "--wait" in argv else 0.0
    deadline = time.monotonic() + wait
    while True:
        if ready(url):
            return 0
        if time.monotonic() >= deadline:
            return 1
        time.sleep(1)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
