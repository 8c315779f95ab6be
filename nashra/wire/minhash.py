"""Near-duplicate agency items: MinHash over word shingles of the Arabic-folded text. Pure Python.

Text is folded with :func:`nashra.arabic.normalize.normalize` first (harakat and tatweel removed,
أ/إ/آ → ا, ة → ه, ى → ي), so «أكد وزير الخارجية المصري» and «أكّد وزير الخارجيّة المصريّ» give the
same shingles. Shingles are runs of :data:`SHINGLE_WORDS` words.

The sketch is *one-permutation MinHash* (Li, Owen & Zhang 2012): each shingle is hashed once (CRC-32,
the same in every process, so sketches can be stored), the hash picks one of :data:`BINS` bins and the
bin keeps its smallest value. The share of bins equal in two sketches, among bins filled in both,
estimates the Jaccard similarity of the two shingle sets. It costs one hash per shingle where the
classic k-permutation MinHash costs k, which keeps ingest well above 300 items/s in pure Python.
Candidates come from LSH bands over the sketch (empty bins borrow the next filled one, "rotation
densification", Shrivastava & Li 2014); a candidate joins a cluster when its estimate reaches
:data:`THRESHOLD`. bench/wire.py prints precision and recall of that threshold on tests/wire/data/.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence

from nashra.arabic.normalize import normalize

SHINGLE_WORDS = 3
BINS = 64
BAND_ROWS = 2  # 32 bands of 2 bins: a pair at Jaccard 0.3 becomes a candidate 95 % of the time
#: Estimated Jaccard similarity from which two items are one story (measured: bench/wire.py).
THRESHOLD = 0.3
EMPTY = 0xFFFFFFFF
_MIX = 0x9E3779B1
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text or ""))


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    found = words(text)
    if len(found) < size:
        return {" ".join(found)} if found else set()
    return {" ".join(found[i:i + size]) for i in range(len(found) - size + 1)}


def sketch(text: str) -> tuple[int, ...]:
    """The item's sketch: per bin, the smallest shingle hash that fell in it (EMPTY when none did)."""
    mins = [EMPTY] * BINS
    shift = BINS.bit_length() - 1
    mask = BINS - 1
    for shingle in shingles(text):
        h = (zlib.crc32(shingle.encode()) * _MIX) & 0xFFFFFFFF
        b = h & mask
        v = h >> shift
        if v < mins[b]:
            mins[b] = v
    return tuple(mins)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two sketches (0 when they share no filled bin)."""
    both = equal = 0
    for x, y in zip(a, b, strict=True):
        if x != EMPTY and y != EMPTY:
            both += 1
            equal += x == y
    return equal / both if both else 0.0


def dense(sig: Sequence[int]) -> list[int]:
    """Empty bins take the value of the next filled bin (circularly), tagged with the distance."""
    if all(v == EMPTY for v in sig):
        return list(sig)
    out = list(sig)
    n = len(sig)
    for i, v in enumerate(sig):
        if v == EMPTY:
            step = 1
            while sig[(i + step) % n] == EMPTY:
                step += 1
            out[i] = sig[(i + step) % n] * 131 + step
    return out


def bands(sig: Sequence[int]) -> list[tuple]:
    d = dense(sig)
    return [(i, *d[i:i + BAND_ROWS]) for i in range(0, len(d), BAND_ROWS)]


def encode(sig: Sequence[int]) -> str:
    return "".join(f"{v:08x}" for v in sig)


def decode(text: str) -> tuple[int, ...]:
    if len(text) != BINS * 8:
        return (EMPTY,) * BINS
    return tuple(int(text[i:i + 8], 16) for i in range(0, len(text), 8))


class ClusterIndex:
    """Sketches seen so far, by band; :meth:`assign` gives a new item the cluster of its closest match."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._buckets: dict[tuple, list[int]] = defaultdict(list)
        self._sketches: dict[int, tuple[int, ...]] = {}
        self._clusters: dict[int, object] = {}

    def add(self, key: int, sig: Sequence[int], cluster) -> None:
        self._sketches[key] = tuple(sig)
        self._clusters[key] = cluster
        if all(v == EMPTY for v in sig):
            return
        for band in bands(sig):
            self._buckets[band].append(key)

    def best_match(self, sig: Sequence[int]):
        """(cluster, similarity) of the most similar item at or above the threshold, or (None, 0)."""
        if all(v == EMPTY for v in sig):
            return None, 0.0
        seen: set[int] = set()
        best, best_score = None, 0.0
        for band in bands(sig):
            for key in self._buckets.get(band, ()):
                if key in seen:
                    continue
                seen.add(key)
                score = similarity(sig, self._sketches[key])
                if score >= self.threshold and score > best_score:
                    best, best_score = self._clusters[key], score
        return best, best_score

    def assign(self, key: int, sig: Sequence[int]):
        """Add ``key``: it joins its best match's cluster, or starts one named ``key``."""
        cluster, _score = self.best_match(sig)
        cluster = key if cluster is None else cluster
        self.add(key, sig, cluster)
        return cluster


def cluster_texts(texts: Iterable[tuple[object, str]], threshold: float = THRESHOLD) -> dict[object, object]:
    """{id: cluster id} for ``(id, text)`` pairs in order; a cluster is named by its first item's id."""
    index = ClusterIndex(threshold)
    result = {}
    for n, (item_id, text) in enumerate(texts):
        cluster = index.assign(n, sketch(text))
        result[item_id] = cluster
    names = {}
    for item_id, cluster in result.items():
        names.setdefault(cluster, item_id)
    return {item_id: names[cluster] for item_id, cluster in result.items()}
