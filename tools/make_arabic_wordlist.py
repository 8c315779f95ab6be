"""Regenerates nashra/arabic/data/wordlist_ar.txt.gz from the wordfreq package's Arabic data.

The stemmer asks this list whether a candidate is a real word («طريق» after cutting «ب» from
«بطريق»: yes, but «بطريق» is one too, so it is not cut) and how common it is. It holds the
~97,000 Arabic word forms that wordfreq's «large» Arabic list gives a frequency of at least
10^-6.5, folded as the stemmer folds them (ة kept), one line per frequency band: «band<TAB>words»,
band = wordfreq's centibel bucket (0 = most frequent); and a last line «AL<TAB>words»: the words
that begin with أل / إل rather than with the article.

Data: wordfreq by Robyn Speer, https://github.com/rspeer/wordfreq — the word lists are licensed
CC BY-SA 4.0 (its sources: Wikipedia, OpenSubtitles, news, web text); this derived list is
under the same licence (see NOTICE). The wordfreq code is not used at run time.

Usage: pip download wordfreq --no-deps && unzip the wheel, then
  python tools/make_arabic_wordlist.py path/to/wordfreq/data/large_ar.msgpack.gz
"""

import gzip
import re
import sys
from pathlib import Path

import msgpack

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from nashra.arabic.normalize import fold_word  # noqa: E402

CUTOFF_BAND = 650
ARABIC_WORD = re.compile("^[\u0621-\u064a]{2,}$")


def main(source: str) -> None:
    buckets = msgpack.load(gzip.open(source), raw=False)[1:]
    seen: set[str] = set()
    lines = []
    for band, words in enumerate(buckets[:CUTOFF_BAND]):
        kept = []
        for word in words:
            folded = fold_word(word, keep_taa=True)
            if ARABIC_WORD.match(folded) and folded not in seen:
                seen.add(folded)
                kept.append(folded)
        if kept:
            lines.append(f"{band}\t{' '.join(sorted(kept))}")
    # Words that begin with أل / إل (ألمانيا, إلغاء, ألغام): folded, their «ال» looks like the article.
    # Listed when the hamza spelling is at least as common as the bare one, so that «المانيا» typed
    # without hamza is still read as ألمانيا, while «الهام» (the important) is not read as إلهام.
    rank = {w: band for band, words in enumerate(buckets[:CUTOFF_BAND]) for w in words}
    al_words = sorted({
        fold_word(w, keep_taa=True) for w in rank
        if w[:2] in ("أل", "إل") and rank[w] <= rank.get("ال" + w[2:], CUTOFF_BAND) and ARABIC_WORD.match(w)
    })
    lines.append("AL\t" + " ".join(al_words))
    target = Path(__file__).resolve().parents[1] / "nashra" / "arabic" / "data" / "wordlist_ar.txt.gz"
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(seen)} words → {target} ({target.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main(sys.argv[1])
