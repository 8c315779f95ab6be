"""«هل تقصد»: the speller finds the headline word a reader meant, and stays quiet otherwise.

Measured on the demo network's own headlines (the vocabulary the search page uses is the same
kind): every word of five letters or more, misspelled in the ways readers slip — a long vowel left
out, a letter doubled, two neighbours swapped, a hamza seat changed — must come back as the word.
"""

import json
from collections import Counter
from importlib import resources

from nashra.arabic.normalize import iter_words, strip_marks
from nashra.arabic.spelling import Speller, distance, skeleton
from nashra.arabic.stopwords import is_stopword


def _headline_vocabulary() -> Counter:
    counts: Counter = Counter()
    for path in resources.files("nashra.demo").joinpath("data").iterdir():
        if path.name.endswith(".jsonl"):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    record = json.loads(line)
                    text = f"{record.get('title', '')} {record.get('subtitle', '')}"
                    for word, _s, _e, arabic in iter_words(text):
                        if arabic and not is_stopword(strip_marks(word)):
                            counts[strip_marks(word)] += 1
    return counts


VOCABULARY = _headline_vocabulary()
SPELLER = Speller(VOCABULARY)


def _slips(word: str) -> list[str]:
    out = []
    inner = [i for i in range(1, len(word) - 1) if word[i] == "ا"]
    if inner:
        out.append(word[:inner[0]] + word[inner[0] + 1:])  # a long vowel left out
    middle = len(word) // 2
    out.append(word[:middle] + word[middle] + word[middle:])  # a doubled letter
    out.append(word[:middle - 1] + word[middle] + word[middle - 1] + word[middle + 1:])  # two swapped
    return [s for s in out if s != word]


def test_the_distance_knows_cheap_arabic_slips():
    assert distance("الانتخبات", "الانتخابات") < distance("الانتخبات", "الانتخاب")
    assert distance("مسئول", "مسؤول") < 0.5 and distance("القاهره", "القاهرة") < 0.5
    assert distance("وزيير", "وزير") < 0.5 and distance("كتاب", "كتب") == 0.5
    assert distance("بطريق", "طريق") == 1.0 and distance("مدرسة", "مدرسه") == 0.25
    assert skeleton("الانتخابات") == skeleton("الإنتخبات")


def test_misspelled_headline_words_come_back_as_the_word():
    words = [w for w, n in VOCABULARY.items() if len(w) >= 5]
    assert len(words) >= 300, "the demo headlines are the measuring set"
    tried = right = 0
    for word in words:
        for slip in _slips(word):
            if SPELLER.knows(slip):
                continue  # the slip is itself a headline word: nothing to correct
            tried += 1
            right += SPELLER.suggest(slip) == word
    print(f"speller: {right}/{tried} = {right / tried:.1%} misspellings corrected to the meant word")
    assert right / tried >= 0.85


def test_known_words_and_far_words_get_no_suggestion():
    assert all(SPELLER.suggest(w) is None for w in list(VOCABULARY)[:500])
    for far in ("زلزال", "بركان", "طماطم", "qwerty", "١٢٣٤"):
        if not SPELLER.knows(far):
            assert SPELLER.suggest(far) is None, far


def test_the_same_vocabulary_always_suggests_the_same_word():
    again = Speller(dict(reversed(list(VOCABULARY.items()))))
    for word in list(VOCABULARY)[:200]:
        for slip in _slips(word):
            assert again.suggest(slip) == SPELLER.suggest(slip)
