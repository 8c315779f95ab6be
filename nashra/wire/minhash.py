"""Near-duplicate agency items: MinHash over word shingles of the Arabic-folded text. Pure Python.

Words are the search stems of :mod:`nashra.arabic.stemmer` (letters folded by
:func:`nashra.arabic.normalize.normalize` first: harakat and tatweel removed, أ/إ/آ → ا, ة → ه, ى → ي;
then prefixes such as و/ال/ب and suffixes dropped, stop-words left out), so «أكد وزير الخارجية المصري»
and «أكّد وزير الخارجيّة المصريّ» give the same shingles, and an agency's «وزير خارجية مصر» comes close.
Shingles are runs of :data:`SHINGLE_WORDS` stems (3 words of folded text without stemming put other
agencies' paraphrases below the distinct stories on the same subject in the dev set).

The sketch is *one-permutation MinHash* (Li, Owen & Zhang 2012): each shingle is hashed once (CRC-32,
the same in every process, so sketches can be stored), the hash picks one of :data:`BINS` bins and the
bin keeps its smallest value. The share of bins equal in two sketches, among bins filled in either,
estimates the Jaccard similarity J of the two shingle sets; with the shingle counts kept in the sketch
it gives the *containment* |A∩B| / min(|A|, |B|), the score used, so a one-paragraph first take joins
the full story it opens. It costs one hash per shingle where the classic k-permutation MinHash costs
k, which keeps ingest well above 300 items/s in pure Python (datasketch would add numpy for that).
Candidates are the items sharing bin values (an inverted index, :class:`ClusterIndex`); an item joins
the cluster of its best candidate when the containment reaches :data:`THRESHOLD`. bench/wire.py prints
precision and recall of that threshold on tests/wire/data/.
"""

from __future__ import annotations

import struct
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence

from nashra.arabic.stemmer import terms

SHINGLE_WORDS = 2
BINS = 128  # a power of two
#: Estimated containment from which two items are one story: on the dev set (tests/wire/data/) the
#: farthest paraphrase by another agency is at 0.18 and the closest distinct story on the same subject
#: at 0.11; bench/wire.py prints precision and recall.
THRESHOLD = 0.15
MIN_SHARED_BINS = 2
MAX_CANDIDATES = 12
BUCKET_CAP = 64
EMPTY = 0xFFFFFFFF
_MIX = 0x9E3779B1


def words(text: str) -> list[str]:
    return [term.stem for term in terms(text or "")]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    return word_shingles(words(text), size)


def word_shingles(found: list[str], size: int = SHINGLE_WORDS) -> set[str]:
    if len(found) < size:
        return {" ".join(found)} if found else set()
    return {" ".join(found[i:i + size]) for i in range(len(found) - size + 1)}


def sketch(text: str) -> tuple[int, ...]:
    """Per bin, the smallest shingle hash that fell in it (EMPTY when none did), then the shingle count."""
    return sketch_words(words(text))


def sketch_words(stems: list[str]) -> tuple[int, ...]:
    """:func:`sketch` of a text already cut into stems."""
    mins = [EMPTY] * BINS
    shift = BINS.bit_length() - 1
    mask = BINS - 1
    found = word_shingles(stems)
    for shingle in found:
        h = (zlib.crc32(shingle.encode()) * _MIX) & 0xFFFFFFFF
        b = h & mask
        v = h >> shift
        if v < mins[b]:
            mins[b] = v
    mins.append(min(len(found), EMPTY - 1))
    return tuple(mins)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity: equal filled bins among bins filled in either (Li et al.)."""
    either = equal = 0
    for x, y in zip(a[:BINS], b[:BINS], strict=True):
        if x != EMPTY or y != EMPTY:
            either += 1
            equal += x == y
    return equal / either if either else 0.0


def containment(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated share of the shorter item's shingles found in the other one: |A∩B| / min(|A|, |B|).

    A first take of one paragraph is contained in the full story although their Jaccard similarity is
    low; |A∩B| = J·(|A|+|B|)/(1+J) from the Jaccard estimate and the two counts the sketches keep.
    """
    size_a, size_b = a[BINS], b[BINS]
    if not size_a or not size_b:
        return 0.0
    j = similarity(a, b)
    return min(1.0, j * (size_a + size_b) / ((1 + j) * min(size_a, size_b)))


def encode(sig: Sequence[int]) -> str:
    return "".join(f"{v:08x}" for v in sig)


_PACKED = struct.Struct(f">{BINS + 1}I")


def decode(text: str) -> tuple[int, ...]:
    try:
        return _PACKED.unpack(bytes.fromhex(text))
    except (ValueError, struct.error):
        return (EMPTY,) * BINS + (0,)


class ClusterIndex:
    """Sketches seen so far, by (bin, value); :meth:`assign` gives a new item its closest match's cluster.

    Candidates are the items sharing at least :data:`MIN_SHARED_BINS` bin values with the new one (a
    pair at the threshold shares about a tenth of its bins); each bucket keeps its
    :data:`BUCKET_CAP` newest items, so a phrase every item carries does not make ingest quadratic.
    """

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._buckets: dict[tuple[int, int], list[int]] = {}
        self._sketches: dict[int, tuple[int, ...]] = {}
        self._clusters: dict[int, object] = {}

    def add(self, key: int, sig: Sequence[int], cluster) -> None:
        self._sketches[key] = tuple(sig)
        self._clusters[key] = cluster
        for i in range(BINS):
            v = sig[i]
            if v != EMPTY:
                bucket = self._buckets.setdefault((i, v), [])
                bucket.append(key)
                if len(bucket) > BUCKET_CAP:
                    del bucket[0]

    def best_match(self, sig: Sequence[int]):
        """(cluster, score) of the closest item at or above the threshold, or (None, 0)."""
        hits: Counter[int] = Counter()
        for i in range(BINS):
            v = sig[i]
            if v != EMPTY:
                bucket = self._buckets.get((i, v))
                if bucket:
                    hits.update(bucket)
        best, best_score = None, 0.0
        for key, shared in hits.most_common(MAX_CANDIDATES):
            if shared < MIN_SHARED_BINS:
                break
            score = containment(sig, self._sketches[key])
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
