"""The search-key bars of issue #17 on Nashra's own lists (tests/arabic/data/search_key_groups*.json):
``search_key_groups.json`` was written before the stemmer changes it measures (regenerate with
make_search_key_groups.py); ``_b`` to ``_h`` were written by other hands blind to the stemmer's code (``_d``
after keys v4, ``_e`` while keys v5 were made, measured only after, ``_f`` after v5, ``_h`` after v7,
``_i`` and ``_j`` while v8 were made, ``_k`` while v9 were made, ``_l`` and ``_m`` while v10 were made,
``_n`` after v10, ``_o`` after v11, ``_p`` after v12, ``_q`` after v13, ``_r`` after v14, ``_s`` and ``_t``
after v15, ``_u`` while v16 were made, ``_v`` after v17, ``_w`` after v17, measured with v18, ``_x`` after v18,
``_y`` after v19, measured with v20, ``_z`` after v20, ``_aa`` after v20, measured with v21).

A group is every spelling, clitic and inflection of one concept: one search key for all of them.
A must-not pair is two concepts: two keys. The held-out bars are ≥ 95 % of groups on one key and
≤ 5 % of must-not pairs sharing one; this test prints both numbers and the misses per category.
"""

import json
from collections import Counter
from pathlib import Path

import pytest

from nashra.arabic.stemmer import query_terms, stem


def keys(word: str) -> frozenset[str]:
    """The keys a search for ``word`` matches: its key, and for a final ه that may be «his» or a ة
    typed as ه («مدرسه») both readings (a stop-word has none)."""
    parts = query_terms(word)
    return frozenset((*parts[0].stems, *parts[0].alternatives)) if parts else frozenset()

LISTS = sorted((Path(__file__).parent / "data").glob("search_key_groups*.json"))
GROUP_BAR = 0.95
MUST_NOT_BAR = 0.05


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def measure(data):
    split = [g for g in data["groups"] if not frozenset.intersection(*(keys(w) for w in g["words"]))]
    merged = [p for p in data["must_not"] if keys(p[0]) & keys(p[1])]
    return split, merged


def test_there_are_several_lists():
    assert len(LISTS) >= 2


@pytest.mark.parametrize("path", LISTS, ids=lambda p: p.stem)
def test_the_list_is_of_the_size_and_kinds_the_issue_asks_for(path):
    data = load(path)
    assert len(data["groups"]) >= 250 and sum(len(g["words"]) for g in data["groups"]) >= 1100
    assert len(data["must_not"]) >= 72
    assert len({g["category"] for g in data["groups"]}) >= 10


#: Lists still below the bars, with the numbers measured when each was added (issue #17 stays open
#: while any is): the test still runs and prints them; it is expected to fail the bars.
BELOW_BARS = {
    # keys v5: the groups bar is met; three of the eight shared pairs only a hamza seat tells apart (أبطال/إبطال)
    "search_key_groups_c": "97.1 % of 451 groups on one key, 5.3 % of 132 must-not pairs share one",
    # written blind while keys v5 were made and measured only after they were merged (82.7 % / 7.9 % with
    # keys v4; 85.5 % with v5): the honest estimate of a held-out list until keys v6, whose one rule (the
    # hundreds written as one word, ثلاثمائة/ثلاثمئة) was seen among its misses
    # (keys v7's two rules were made from kinds of c's and e's misses: e 86.2 % → 87.1 %)
    "search_key_groups_e": "90.6 % of 809 groups on one key, 2.9 % of 139 must-not pairs share one",
    # search_key_groups_d, written blind after keys v4: 86.4 % / 5.0 % with keys v4, 93.5 % / 3.0 % with v5-v7,
    # 95.4 % / 3.0 % with keys v8 (the peoples' plurals, الأتراك = تركي) — at the bars, but no longer held out.
    # search_key_groups_h, written blind after keys v7 and measured once before any change: 92.6 % / 19.4 %
    # (16 of its 18 shared pairs were a place with and without ال: القاهرة/قاهرة); keys v8 were made from the
    # kinds of its misses (places keep their article, «she does» read as a verb in a query, form IV hollow
    # and defective verbs, peoples' plurals): 95.1 % / 2.2 %, so h is no longer a held-out estimate either.
    # written blind while keys v8 were made, measured once at the first v8 commit (107881c) before any further
    # change: 82.5 % / 2.2 % (keys v7 gave the same): the honest held-out estimate of keys v8. Its misses were
    # then read and general rules made from their kinds (ف before a word the whole is not, duals in construct,
    # a typed hamza behind the article, places whose bare form is only the name, فعلاء and form VIII masdars with a
    # pronoun, form V perfects in use), so it is no longer held out.
    "search_key_groups_i": "90.7 % of 633 groups on one key, 1.1 % of 91 must-not pairs share one",
    # written blind after list i, while keys v8 were made, and measured once with the finished v8 (b228585) before
    # anything was made from it: 79.3 % / 4.1 % (keys v7 gave 74.4 % / 8.1 %): the honest held-out estimate of keys
    # v8. Then a rule for derived verbs the word list hardly knows (ارتطم، استصلح، ساوم) came from its verbs' misses,
    # and keys v9's construct plurals of participles the list does not know (مقترعو، مختلسي) from its construct plurals.
    "search_key_groups_j": "85.8 % of 765 groups on one key, 4.1 % of 123 must-not pairs share one",
    # written blind after list j, while keys v9 were made from j's construct plurals, and measured once before
    # anything was read from it: 79.7 % / 5.6 % with keys v8, 79.9 % / 5.6 % with v9 — the honest estimate of v9.
    # Keys v10 were then made from the kinds of its misses («we do» and the future, a proclitic before a noun with
    # a pronoun, units of measure), so it is no longer held out.
    "search_key_groups_k": "89.5 % of 772 groups on one key, 4.2 % of 142 must-not pairs share one",
    # written blind while keys v10 were made from k's misses, and measured once before anything was read from it:
    # 80.6 % / 5.9 % with keys v9 (91d87ab), 85.4 % / 5.9 % with v10 — the honest estimate of keys v10.
    # (after the later v10 rules: 85.3 % / 5.3 %; none was made from l's words)
    "search_key_groups_l": "88.4 % of 877 groups on one key, 5.3 % of 187 must-not pairs share one",
    # written blind after list l, measured once before anything was read from it: 70.7 % / 14.4 % with keys v9,
    # 72.5 % / 14.9 % with keys v10 as they were then (96ffe85) — its writer found the common words taken and
    # wrote ـتم «you did» into nearly every verb group and 16 must-not pairs that only a hamza seat tells apart
    # (أعمار/إعمار), which folding erases. Then «you did» was read from its verbs, and keys v11's ف before a rare
    # place and ئ typed as ي at a word's end from its places and hamza groups, so it is no longer held out.
    "search_key_groups_m": "86.2 % of 799 groups on one key, 11.8 % of 195 must-not pairs share one",
    # written blind after list m by a helper that read only the earlier lists, told to write forms readers really
    # type (third person verbs, few hamza-seat pairs); measured once, before anything was read from it: 80.4 % / 2.6 %
    # with keys v10 (ddaa6f7), 82.8 % / 2.6 % with v11 — the honest estimate of keys v11. (84.3 % after the v11 rule
    # for a nisba feminine typed with ه, ظفاريه, which came from m's and k's misses, not from n's.)
    # (keys v12: 86.6 %, its ف before a perfect made from n's verbs, so n is no longer held out)
    "search_key_groups_n": "90.3 % of 464 groups on one key, 2.6 % of 151 must-not pairs share one",
    # written blind after list n by a helper that read only the earlier lists (groups generated from chosen
    # concepts, forms the earlier lists used dropped); measured once, before anything was read from it:
    # 78.7 % / 9.3 % with keys v11 (19212f1, git worktree), 80.6 % / 9.3 % with v12 — the honest estimate of v12.
    # The rest of v12 was then made from the kinds of its misses, so it is no longer held out.
    "search_key_groups_o": "89.9 % of 464 groups on one key, 9.3 % of 150 must-not pairs share one",
    # written blind after list o by a helper that read only the earlier lists (its words kept out of theirs);
    # measured once, before anything was read from it: 80.0 % / 18.3 % with keys v12 (8a06bc3) — the honest
    # estimate of v12 (its 26 shared pairs are all a hamza seat or ة/ه apart: أعراب/إعراب، ابنه/ابنة, which
    # folding and a query's two readings of a final ه merge by design). Keys v13 were then made from the kinds
    # of its misses (hollow verbs' «I / we did», ف glued to a verb, ـيات of a nisba, «you do» of ت-nouns).
    "search_key_groups_p": "88.2 % of 474 groups on one key, 14.8 % of 142 must-not pairs share one",
    # written blind after keys v13 by a helper that read only the earlier lists (22 kinds, ~20 groups each, the
    # issue's kinds; its words kept out of theirs); measured once, before anything was read from it: 86.2 % / 15.2 %
    # with keys v13 (4931bad) and with the first v14 commit (044c1c5), 86.0 % / 8.5 % with v14's masdar rule
    # (إعلام ≠ أعلام, made from p's and m's shared pairs) — the honest estimate of keys v14. Then the rest of v14
    # (أل typed bare after the article, a hamza moved by a pronoun, ك before ة typed ه) came from its misses.
    "search_key_groups_q": "91.1 % of 449 groups on one key, 8.5 % of 165 must-not pairs share one",
    # written blind after keys v14 by a helper that read only the earlier lists (the issue's 22 kinds, ~21 groups
    # each; its words kept out of theirs); measured once, before anything was read from it: 82.6 % / 27.2 % with
    # keys v14 (5305244), 83.2 % / 27.2 % with v15 as far as it was made from q's, p's and o's kinds (46fec51) —
    # the honest estimate of keys v15. 27 of its 44 shared pairs are ة against «his» (وابنه/وابنة), which a
    # query reads both ways by design, 8 a hamza seat (وأثر/وآثر). Then the rest of v15 (والده، مافيا، سنصل،
    # وقراري) came from the kinds of its misses.
    "search_key_groups_r": "86.9 % of 459 groups on one key, 27.2 % of 162 must-not pairs share one",
    # written blind after list r by a helper that read only the earlier lists (the 22 kinds; hamza-seat and ة/ه
    # must-not pairs kept under a tenth); measured once with the finished keys v15 (f9f091a), before anything was
    # read from it: 83.2 % / 13.3 % (keys v14: 82.5 % / 13.3 %) — the honest estimate of keys v15. 9 of its 20
    # shared pairs are ى against ي (يمني/يمنى), which folding merges by design. Then ف + ل / ب before a name
    # (فلبنيامين) came from its names.
    "search_key_groups_s": "87.3 % of 458 groups on one key, 13.3 % of 150 must-not pairs share one",
    # written blind after keys v15 by a helper that read only the earlier lists (the 22 kinds, 21 groups each;
    # its words kept out of theirs); measured once, before anything was read from it: 86.8 % / 13.3 % with keys
    # v15 (8ede21d) and the same with the query readings added since (ينتج → أنتج, منتقدي → منتقد) — the honest
    # estimate of keys v15. 16 of its 26 shared pairs are ى against ي (وكبري/وكبرى), 5 ة against «his».
    # Keys v16 (the future before a form V / VI verb, سيتسنى; «like» before a rarer name, كبنكيران) came from its
    # misses, so it is no longer held out.
    "search_key_groups_t": "89.6 % of 462 groups on one key, 13.3 % of 195 must-not pairs share one",
    # written blind while keys v16 were made, by a helper that read only the earlier lists (the 22 kinds, 21 groups
    # each; none of its words in an earlier list); measured once, before anything was read from it: 83.8 % / 8.6 %
    # with keys v15 (1536f95), 85.3 % / 8.6 % with v16 (5beab75) — the honest estimate of keys v16. Then v16's
    # form VI defective verbs (يتنامى، التنامي) came from its verbs' misses, so it is no longer held out.
    "search_key_groups_u": "87.7 % of 462 groups on one key, 8.6 % of 222 must-not pairs share one",
    # written blind after keys v17 by a helper that read only the earlier lists (the 22 kinds, 21 groups each; none
    # of its words in an earlier list, so many forms carry stacked clitics); measured once, nothing read from it
    # before: the honest estimate of keys v17 (its misses: loanwords 10, verbs 7, spelling variants 6): 88.5 % / 3.5 %.
    # Keys v18's «our» after a construct plural (محللونا) and ي for ئ behind بال (بالداين) came from its misses.
    "search_key_groups_v": "90.0 % of 462 groups on one key, 3.5 % of 227 must-not pairs share one",
    # written blind after keys v17 by a helper that read only the earlier lists (the 22 kinds, 21 groups each; none
    # of its words in an earlier list; must-not pairs mostly different roots sharing letters, hamza-seat pairs under
    # 2 %), measured once before anything was read from it: 81.0 % / 3.9 % with keys v17 (8d0886e), 82.0 % / 3.9 %
    # with v18 as first committed (fc344fb) — the honest estimate of keys v18. Then ك before a word known only with
    # the article or inflected (كرسوب، كجامعتين) came from its misses.
    "search_key_groups_w": "83.1 % of 462 groups on one key, 3.9 % of 283 must-not pairs share one",
    # written blind after keys v18 (22 categories, 21 groups each), measured once before anything was read from it:
    # 74.0 % / 1.1 % with keys v18 (d6632e3) — the honest estimate of keys v18; all 21 «pronoun_suffixes» groups
    # split on «your (two)», كما. Keys v19 were then made from its kinds of miss (كما after a ة written ت, ف before
    # an inflected word the list knows, «our» on a construct plural known with the article, «they do» after لم,
    # ك before a typed hamza); the 420 newsroom spellings added to variants.tsv were written without reading it.
    # Keys v20 (ك before a variants-table spelling or an inflected word, بالسبت, the decades, rare verb persons,
    # the hundreds after a clitic) came from its misses too.
    "search_key_groups_x": "93.5 % of 462 groups on one key, 1.1 % of 271 must-not pairs share one",
    # written blind after keys v19 while v20 were made from x's misses (22 categories, 21 groups each; none of its
    # words in an earlier list), measured once before anything was read from it: 85.1 % / 1.8 % with keys v19
    # (ae1682f), 88.1 % / 1.8 % with v20 as first committed (d51ddd1) — the honest estimate of keys v20. Then its
    # verbs' misses were read: «they (women)» of a verb in use (قاومن), form X of a و-initial root (يستوعبون).
    "search_key_groups_y": "90.3 % of 462 groups on one key, 1.8 % of 271 must-not pairs share one",
    # written blind after keys v20 (22 categories, 21 groups each; none of its words in an earlier list, so five
    # groups begin with rarer forms), measured once, nothing read from it: 79.7 % / 0.7 % with keys v20 as they stand
    # (27868b7), 77.3 % / 0.7 % with v19 — the honest estimate of keys v20 on harder words (misses: verbs 17,
    # loanwords 11, spelling variants, nisbas and places 9 each, broken plurals 8, names and numbers 7).
    # Then keys v21 were made from its misses (feminine plurals of verbs, فعاليل held after the article, a nisba's
    # bare tanween, «my» on a ة-word), so it is no longer held out.
    "search_key_groups_z": "83.1 % of 462 groups on one key, 0.7 % of 269 must-not pairs share one",
    # written blind after keys v20 while v21 were made from z's misses (22 categories, 21 groups each; none of its
    # words in an earlier list, so many groups are stacked clitic forms), measured once, nothing read from it:
    # 74.5 % / 0.6 % with keys v20 (16c14a9), 76.0 % / 0.6 % with v21 — the honest estimate of keys v21 on words
    # the earlier lists left (misses: names and numbers, verbs, broken plurals, spelling variants, clitic letters).
    "search_key_groups_aa": "76.0 % of 462 groups on one key, 0.6 % of 322 must-not pairs share one",
    # search_key_groups_f, written blind after keys v5 in ~15 minutes: 94.8 % / 2.9 % with keys v5 and v6;
    # 95.3 % / 2.9 % with keys v7 (rules from c's and e's misses; f's misses were shown while the second was
    # checked, so f too is no longer a clean held-out estimate)
}


@pytest.mark.parametrize("path", [
    pytest.param(p, marks=pytest.mark.xfail(reason=BELOW_BARS[p.stem], strict=True)) if p.stem in BELOW_BARS else p
    for p in LISTS
], ids=lambda p: p.stem)
def test_groups_share_one_key_and_must_not_pairs_do_not(path):
    DATA = load(path)
    split, merged = measure(DATA)
    one_key = 1 - len(split) / len(DATA["groups"])
    shared = len(merged) / len(DATA["must_not"])
    misses = Counter(g["category"] for g in split)
    print(f"\nsearch keys: {one_key:.1%} of {len(DATA['groups'])} groups on one key; "
          f"{shared:.1%} of {len(DATA['must_not'])} must-not pairs share one; misses by category: {dict(misses)}")
    for g in split:
        print("  split:", {w: sorted(keys(w)) for w in g["words"]})
    for a, b in merged:
        print("  merged:", a, b, sorted(keys(a)))
    single = sum(len({stem(w) for w in g["words"]}) == 1 for g in DATA["groups"]) / len(DATA["groups"])
    print(f"  (one stem() for every word: {single:.1%} of groups)")
    assert one_key >= GROUP_BAR
    assert shared <= MUST_NOT_BAR
