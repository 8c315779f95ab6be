"""``nashra serve`` tunes glibc's malloc (nashra.core.memory): fewer arenas, page-sized blocks mapped on their
own — measured by glibc itself (malloc_info)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PROGRAM = r"""
import ctypes, os, sys, threading
from nashra.core.memory import limit_malloc_arenas

limited = limit_malloc_arenas(int(sys.argv[1]), os.environ)

together = threading.Barrier(8)

def allocate():  # all eight alive at once (an ended thread's arena goes to the next new one)
    kept = [bytearray(4096) for _ in range(20)]  # past pymalloc's 512 bytes: glibc's malloc
    together.wait()

threads = [threading.Thread(target=allocate) for _ in range(8)]
for t in threads: t.start()
for t in threads: t.join()
libc = ctypes.CDLL("libc.so.6")
libc.fopen.restype = ctypes.c_void_p
out = libc.fopen(sys.argv[2].encode(), b"w")
libc.malloc_info(0, ctypes.c_void_p(out))
libc.fclose(ctypes.c_void_p(out))
print(limited, open(sys.argv[2]).read().count("<heap nr="))
"""


def _heaps(tmp_path, arenas: int, **env) -> tuple[str, int]:
    environment = {k: v for k, v in os.environ.items() if k != "MALLOC_ARENA_MAX"} | env
    out = subprocess.run([sys.executable, "-c", PROGRAM, str(arenas), str(tmp_path / "info.xml")], cwd=REPO,
                         env=environment, capture_output=True, text=True, timeout=60, check=True).stdout.split()
    return out[0], int(out[1])


def _glibc() -> bool:
    try:
        return sys.platform.startswith("linux") and bool(os.confstr("CS_GNU_LIBC_VERSION"))
    except (ValueError, OSError):
        return False


@pytest.mark.skipif(not _glibc(), reason="not glibc")
def test_threads_share_the_arenas_they_are_given(tmp_path):
    limited, unlimited = _heaps(tmp_path, 0)
    assert limited == "False"
    assert unlimited > 2  # glibc's default: a thread that allocates gets an arena of its own
    assert _heaps(tmp_path, 2) == ("True", 2)
    # An operator's own MALLOC_ARENA_MAX is glibc's to read: left as it is.
    assert _heaps(tmp_path, 2, MALLOC_ARENA_MAX="1") == ("False", 1)


MMAP_PROGRAM = r"""
import ctypes, os, sys
from nashra.core.memory import lower_mmap_threshold

lowered = lower_mmap_threshold(int(sys.argv[1]), os.environ)
bodies = [bytearray(40_000) for _ in range(30)]  # page bodies: above 32 KB, below glibc's own 128 KB
libc = ctypes.CDLL("libc.so.6")
libc.fopen.restype = ctypes.c_void_p
out = libc.fopen(sys.argv[2].encode(), b"w")
libc.malloc_info(0, ctypes.c_void_p(out))
libc.fclose(ctypes.c_void_p(out))
import re
mapped = re.search(r'<total type="mmap" count="(\d+)"', open(sys.argv[2]).read().split("</heap>")[-1])
print(lowered, mapped.group(1))
"""


def _mapped(tmp_path, threshold: int, **env) -> tuple[str, int]:
    environment = {k: v for k, v in os.environ.items() if k != "MALLOC_MMAP_THRESHOLD_"} | env
    out = subprocess.run([sys.executable, "-c", MMAP_PROGRAM, str(threshold), str(tmp_path / "info.xml")],
                         cwd=REPO, env=environment, capture_output=True, text=True, timeout=60,
                         check=True).stdout.split()
    return out[0], int(out[1])


@pytest.mark.skipif(not _glibc(), reason="not glibc")
def test_page_sized_blocks_get_mappings_of_their_own(tmp_path):
    """Freed, a mapped block goes back to the system; a heap block of that size leaves a hole."""
    unchanged, by_default = _mapped(tmp_path, 0)  # glibc's default: 40 KB blocks come from the heap
    assert unchanged == "False" and by_default < 10  # (a few of the interpreter's own large blocks are)
    lowered, mapped = _mapped(tmp_path, 32 << 10)
    assert lowered == "True" and mapped >= 30
    # The operator's own MALLOC_MMAP_THRESHOLD_ is glibc's to read: left as it is.
    kept, mapped = _mapped(tmp_path, 32 << 10, MALLOC_MMAP_THRESHOLD_="1048576")
    assert kept == "False" and mapped < 10
