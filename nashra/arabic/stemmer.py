"""A light Arabic stemmer for search, with a lexicon of broken plurals editors can extend.

Pipeline of :func:`terms` (index time and query time alike): :func:`tokenize` → drop
stop-words on the unfolded spelling (so «على» goes, «علي» stays) → fold letters → stem.

Stemming a folded word (ة still told apart from ه) goes:

1. **Lexicon.** Broken plurals (``data/broken_plurals.tsv``: مدارس → مدرسة, وزراء → وزير)
   and the protected words of ``data/protected.tsv`` are looked up first, with and without
   clitics, so known words are never mangled by the rules below.
2. **Article proclitics** ال وال فال بال كال لل وبال فبال وكال فكال ولل فلل are removed when
   two letters remain. A second ال is removed too (الإلغاء → إلغاء → غاء), so a word that
   itself starts with ال stems the same with and without the article.
3. **Single proclitics** و ب ل (never ف or ك alone: فاز, كبير) are removed when at least
   three letters remain after the suffixes, unless the whole word is a known one (وزير,
   بيان, لجنة). The same rule runs on the word with and without the article, so «وطني»
   and «الوطني» always give one stem.
4. **Pronoun suffixes** ه ها هم هما هن كم نا (three letters must remain; not after ال,
   where «ـه» can only be ة; «نا» only after ت or a known word, else بياناً is the
   tanween of بيان). A ت left before the pronoun is a ة (حكومتها → حكومة), a ي is the
   construct plural (معلميها → معلم).
5. **Inflection**: ات (قوات → قوة when the rest is two letters), ون/ين (four letters must
   remain; ـتين/ـتان are feminine duals: دولتين → دولة, سنتين → سنة, الحكومتان → حكومة; the
   dual ـان, and ـين/ـون on a three-letter word, only when the singular is in the lexicon:
   الوزيران → وزير, الطرفين → طرف), ة, and the tanween alif of
   indefinite accusatives (مصنعاً → مصنع; not after ي: سوريا, رسميا).

**ة and ه.** A written ة is the feminine ending and is removed (معلمة → معلم, عربية → عربي) unless it
is part of the word: ``taa`` words (مدرسة ≠ مدرس), إفالة (إدارة ≠ أدار) and مفاعلة (مشاركة ≠ مشارك). A final
ه after ال is a ة (المدرسه = المدرسة); without ال it is read as «his» (مدرسه → مدرس, «his teacher»).

**Guarded by a word list** (modules stem_guards, dual_guards, verbs, broken_plurals, loanwords, haa_readings and
wordlist of :mod:`nashra.arabic`; keys v4 and v5): a final ه without ال is read as ة when that is
the commoner word (مدرسه = مدرسة, كتابه = كتاب + ه), and as «his» only of a known word; و ب ل are not
cut from a word that takes the article itself (بطريق، لقمة، برهان); ون/ين stay on names (ماكرون، حسين)
and tens (ثلاثين), and ان on names (عمران، شعبان); tanween written out is dropped, and so is a bare
final ا when what is left takes the article and the whole does not (رسميا → رسمي); a ة after three
letters stays (صفقة ≠ صفق) unless it is a nisba about as common as its masculine (صحية → صحي), and on a
ية noun of its own (بلدية ≠ بلدي); ـتي / ـتك / ـته on a ة-word (زوجتي، زوجتك → زوجة); نا «our / we»
(مستقبلنا); a final أ is a hamza (مرفأ = المرفأ); words beginning أل/إل/آ keep it (ألغام ≠ غام، آلية),
and so do form VIII masdars of ل-roots (التهاب ≠ تهاب); the construct plural ـو / ـي goes (مسؤولو،
مشجعي); duals of three-letter words meet their singular (شوطان → شوط); verb forms meet at a perfect in
use (أعلنت، يعلنون، ينهار، يدعو → أعلن، انهار، دعا) and broken plurals outside the lexicon at their
singular (خنادق → خندق، جواسيس → جاسوس، فرسان → فارس، زهور → زهرة) when the list knows the result; newsroom
spellings meet (``data/variants.tsv``: مائة/مئة، ترمب/ترامب، يونيه/يونيو; ديبلوماسي/دبلوماسي، بنجلاديش/بنغلاديش by
rule), and a hamza typed as و / ي (سوال → سؤال). A form III verb's forms are keyed apart from the noun its perfect is
spelt as (طالبت ≠ الطالب), and a participle's sound plural from a broken plural (المقاتلين ≠ مقتل): :mod:`verb_keys`
(keys v18). Deterministic and cached (``lru_cache``). Pure Python, no Django.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import NamedTuple

from nashra.arabic import dual_guards as duals
from nashra.arabic import haa_readings, query_readings, verb_keys, wordlist
from nashra.arabic import stem_guards as guards
from nashra.arabic.al_initial import al_initial_stem
from nashra.arabic.bare_tanween import without_bare_tanween
from nashra.arabic.conjunction_fa import after_fa, fa, fa_and_preposition
from nashra.arabic.defective_forms import defective_form_key
from nashra.arabic.hamza_masdar import kasra_masdar
from nashra.arabic.lexicon_data import load_plurals, read_data, rows
from nashra.arabic.loan_skeleton import commonest_spelling
from nashra.arabic.loanwords import loan_spelling, nearest_spelling
from nashra.arabic.normalize import finish_stem, fold_word, iter_words, strip_marks
from nashra.arabic.own_letters import nisba_typed_haa, own_final_alif, own_wal_word
from nashra.arabic.places import definite_place
from nashra.arabic.preposition_readings import article_before_noun, kaf_before_unknown
from nashra.arabic.search_query import MAX_QUERY_PARTS, QueryPart, parse_query
from nashra.arabic.stopwords import is_ambiguous, is_stopword
from nashra.arabic.typed_verbs import bare_final_hamza, future_prefix
from nashra.arabic.variants import newsroom_spelling, variant
from nashra.arabic.verb_keys import BARE_MARK, VERB_MARK, sound_plural_of
from nashra.arabic.verbs import perfect_of, verb_perfect

__all__ = [
    "Stemmer", "Term", "QueryPart", "default_stemmer", "stem", "terms", "query_terms",
    "load_plurals", "MAX_QUERY_PARTS", "VERB_MARK", "BARE_MARK",
]

TAA, HAA = "ة", "ه"
_ARTICLES = ("وبال", "فبال", "وكال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال")
# ك only when guards.your: رصيدك, not شريك; كما («of you two») only after a ة written ت: سيارتكما, not حكما
_PRONOUNS = ("كما", "هما", "هم", "هن", "كم", "ها", "نا", "ه", "ك")
_SINGLE_PROCLITICS = "وبل"
#: The version of the search keys this code makes. Raised whenever a change gives any word another
#: key: an index built by an older version must be rebuilt (``nashra reindex``); the newsroom and
#: ``nashra check`` say so until it is (nashra.search.versioning).
KEYS_VERSION = 21
CACHE_SIZE = 1 << 17



class Term(NamedTuple):
    """A searchable word: its ``stem``, the ``original`` spelling at ``start:end`` and its
    ``position`` among the kept terms (stop-words take no position, at index and query time)."""

    stem: str
    original: str
    start: int
    end: int
    position: int


def _adverb_only(word: str) -> bool:
    """«حتما»، «مجانا»: a word in use with its tanween alif whose noun without it is not (حتم).
    (طوعا، نموا، ألما keep theirs: طوع، نمو، ألم are words.)"""
    return wordlist.known(word) and not wordlist.known(word[:-1]) and not wordlist.known("ال" + word[:-1])


class Stemmer:
    """Light stemmer plus lexicon. ``extra_plurals`` (plural → singular, any spelling; e.g. the
    editors' additions stored in the database) are folded and override the built-in entries."""

    def __init__(self, extra_plurals: Mapping[str, str] | Iterable[tuple[str, str]] = ()):
        pairs = extra_plurals.items() if isinstance(extra_plurals, Mapping) else extra_plurals
        self._extra = sorted((fold_word(p), fold_word(s)) for p, s in pairs if p and s)
        kinds: dict[str, list[str]] = {"taa": [], "whole": [], "root": []}
        for row in rows(read_data("protected.tsv")):
            if len(row) >= 2:
                kinds.setdefault(row[1], []).append(fold_word(row[0]))
        self._taa_words = frozenset(kinds["taa"])
        self._whole = frozenset(kinds["whole"])
        # folded form → (stem, ends in a ة written as ه, read as plural only after ال)
        self._known: dict[str, tuple[str, bool, bool]] = {}
        for w in kinds["whole"]:
            self._known[w] = (w, False, False)
        for w in kinds["taa"] + kinds["root"]:
            self._known.setdefault(w, (self._citation_stem(w), self._taa_final(w), False))
        plurals = load_plurals()
        for plural, singular in self._extra:
            plurals[plural] = (singular, False)
        self._plurals = {p: s for p, (s, _) in plurals.items()}
        for plural, (singular, def_only) in plurals.items():
            root_haa = singular.endswith(HAA) and singular in self._whole
            taa_final = self._taa_final(plural) and not root_haa
            self._known[plural] = (self._citation_stem(singular), taa_final, def_only)
        for singular in self._plurals.values():
            entry = (self._citation_stem(singular), self._taa_final(singular), False)
            self._known.setdefault(singular, entry)
        self._stems = frozenset(entry[0] for entry in self._known.values())
        self._stem_cached = lru_cache(maxsize=CACHE_SIZE)(self._stem)
        self._term = lru_cache(maxsize=CACHE_SIZE)(self._term_uncached)

    # ----------------------------------------------------------------- lexicon
    @property
    def plurals(self) -> Mapping[str, str]:
        """Folded plural → folded singular, built-in and extra (for suggestions and admin)."""
        return dict(self._plurals)

    def _taa_final(self, w: str) -> bool:
        return w.endswith(HAA) and w not in self._whole

    def _citation_stem(self, w: str) -> str:
        """Stem of a dictionary form (no clitics; a final ه is a ة unless the word is 'whole')."""
        if w in self._whole:
            return w
        if self._taa_final(w):
            w = w[:-1] + TAA
        return finish_stem(self._inflection(w, tanween=False))

    def _lookup(self, r: str, definite: bool) -> str | None:
        entry = self._known.get(r[:-1] + HAA if r.endswith(TAA) else r)
        if entry is None:
            return None
        stem, taa_final, def_only = entry
        if def_only and not definite:
            return None
        if taa_final and not definite and r.endswith(HAA):
            return None  # indefinite word written with ه: the pronoun «his», not ة
        return stem

    def _keeps_taa(self, w: str) -> bool:
        """Is the final ة of ``w`` part of the word rather than a feminine ending?"""
        n = len(w)
        return (
            w[:-1] + HAA in self._taa_words
            or (n == 5 and w[0] == "ا" and w[2] == "ا")  # إفالة: إدارة ≠ أدار، إضافة ≠ أضاف
            or (n == 6 and w[0] == "م" and w[2] == "ا")  # مفاعلة: مشاركة، مقاومة
        )

    def _taa_stem(self, w: str) -> str:
        base = w[:-1]
        # After three letters the ة makes a word of its own far more often than a feminine
        # (صفقة ≠ صفق، مهمة ≠ مهم، غارة ≠ غار، شهرة ≠ شهر); a nisba's ية still goes (صحية → صحي).
        short = len(base) < 3 or (len(base) == 3 and not (base[-1] == "ي" and guards.nisba(w)))
        keep = short or self._keeps_taa(w) or guards.noun_taa(w) or guards.ya_noun(w)
        return base + HAA if keep else base

    # ------------------------------------------------------------------ rules
    def _inflection(self, s: str, tanween: bool) -> str:
        n = len(s)
        if n >= 4 and s.endswith("ات"):
            return self._taa_stem(s[:-2] + TAA)
        if ((n >= 6 and (s.endswith("ون") or s.endswith("ين"))) or (n == 5 and s.endswith("تين"))) and (
                not duals.keeps_plural_ending(s)):
            rest = s[:-2]
            if s[-2] == "ي" and rest.endswith("ت") and self._lookup(rest, True) is None and (
                    not guards.participle_in_t(rest)):
                return self._taa_stem(rest[:-1] + TAA)  # feminine dual: دولتين → دولة
            return rest
        if s.endswith(TAA) or duals.dual_construct(s):  # مرحلتا البطولة: the dual of مرحلة
            return self._taa_stem(s if s.endswith(TAA) else s[:-2] + TAA)
        if tanween and n >= 4 and s[-1] == "ا" and s not in self._whole:
            if guards.tanween_after_ya(s) if s[-2] == "ي" else guards.tanween_alif(s):
                return s[:-1]
        if n >= 5 and s[-1] in "وي":
            s = guards.construct_plural(s) or s
        if tanween and s[-1] == "ي":
            return guards.construct_ya(s) or s
        return s

    def _core(self, r: str, definite: bool) -> tuple[str, bool]:
        """Stem of ``r`` (no proclitics left to consider) and whether the lexicon knows it."""
        hit = self._lookup(r, definite)
        if hit is not None:
            return hit, True
        if r.endswith(HAA) and guards.root_haa(r):
            return r, True  # جنيه ≠ جني: the ه is the word's own
        if r.endswith(HAA) and r not in self._whole and (definite or guards.taa_written_as_haa(r)):
            r = r[:-1] + TAA  # المدرسه, and مدرسه when مدرسة is the commoner reading
            hit = self._lookup(r, True)
            if hit is not None:
                return hit, True
        s, tanween = r, not definite
        if not definite and guards.taa_before_my(r):  # زوجتي، عائلتي، زوجتك: a ة-word and «my», «your»
            r = r[:-2] + TAA
            hit = self._lookup(r, False)
            if hit is not None:
                return hit, True
            s, tanween = r, False
        if not definite and not r.endswith(TAA):
            for suffix in _PRONOUNS:
                if r.endswith(suffix) and len(r) - len(suffix) >= 3:
                    t = r[: -len(suffix)]
                    if not wordlist.known(t) and wordlist.known(r) and guards.singular_of(r):
                        break  # «دراهم» is a plural (درهم), not «درا» + «their»
                    if suffix == "ك" and not guards.your(r):
                        break  # شريك، مشترك، معارك: the ك is the word's own
                    if suffix == "كما" and not t.endswith("ت"):
                        continue
                    hit = self._lookup(t, False)
                    if hit is not None:
                        return hit, True
                    if suffix == "نا" and not t.endswith("ت") and not guards.our(r):
                        break  # بياناً is the tanween of بيان far more often than «our»
                    if t.endswith("ي") and len(t) >= 5:
                        t = t[:-1]  # construct plural: معلمي + ها
                    elif t.endswith("ات") and (len(t) == 4 or wordlist.known(t[:-1] + TAA)):
                        t = t[:-1] + TAA  # حياته، مباراته → حياة، مباراة
                    elif t.endswith("ت") and not t.endswith("ات"):
                        t = t[:-1] + TAA  # حكومته → حكومة
                    elif t.endswith("ا") and wordlist.known(t[:-1] + "ي"):
                        t = t[:-1] + "ي"  # مستواها، محتواه → مستوى، محتوى
                    hit = self._lookup(t, False)
                    if hit is not None:
                        return hit, True
                    s, tanween = t, False
                    break
        stem = finish_stem(self._inflection(s, tanween))
        known = self._is_known(stem)
        if not known and (dual := duals.dual_key(s, definite, self._is_known, self._taa_stem)) is not None:
            return dual  # الحكومتان، طرفين، حفلان، مسنون، المبعوثان
        return stem, known

    def _is_known(self, stem: str) -> bool:
        return stem in self._stems or (stem[-1:] == "ي" and stem[:-1] in self._stems)

    def _resolve(self, r: str, definite: bool, depth: int = 0) -> str:
        stem, known = self._core(r, definite)
        if not known and not definite and r[0] == "ف" and (after := after_fa(self, r)) is not None:
            return after  # فأجدابيا، فوخز: ف before a rare name or word
        if known or depth >= 3 or len(r) < 4 or r[0] not in _SINGLE_PROCLITICS and not (
                guards.kaf(r) or not definite and fa(r) or kaf_before_unknown(self, r, definite)):
            return stem
        verdict = guards.proclitic_verdict(r)
        if verdict is False or stem == r[:-1] and r[-1] == "ا" and wordlist.known("ال" + stem) and (
                wordlist.band(stem) < wordlist.band(r[1:]) and not (is_stopword(r[1:]) or is_ambiguous(r[1:]))):
            # «وديا» is ودي + tanween (ودي is the commoner word); «وغدا»، «وهنا» are و + غدا، هنا
            return stem  # «بطريق»، «لقمة»: the first letter is the word's own
        if verdict is None and wordlist.known(stem) and guards.proclitic_verdict(stem) is not True:
            # «وجهاؤهم»: what is left once the suffix goes is a word (وجهاء), the و its own — unless that
            # word is itself a proclitic before a word (ومركبهم: ومركب is و + مركب)
            return stem
        inner, inner_known = self._core(r[1:], definite)
        if inner_known:
            return inner
        if verdict or len(inner) >= 3:
            return self._resolve(r[1:], definite, depth + 1)
        return stem

    def _stem_arabic(self, w: str) -> str:
        hit = self._lookup(w, False)
        if hit is not None:
            return hit
        if w.startswith("وال") and (own := own_wal_word(w, self._known)) is not None:
            return own  # والده، والدتها، والدي: his father, her mother, my father — not و + the article
        if w[0] in "وفبل" and w[1:].startswith("ال") and w[1:] in self._whole:
            return w[1:]  # والله، بالله: a proclitic before a whole word whose «ال» is its own
        if w.startswith("لل") and "ال" + w[1:] in self._whole:
            return "ال" + w[1:]  # لله: ل + الله, whose alif goes after ل as the article's does
        for p in _ARTICLES:
            if w.startswith(p) and len(w) - len(p) >= 2:
                rest = w[len(p):]
                if p.endswith("ال") and guards.al_masdar("ال" + rest):
                    return self._core("ال" + rest, False)[0]  # التهاب، والتزام: the masdar's own ال
                if p.endswith("لل"):  # ل + ال before a word starting with ل: للجنة = ل + اللجنة
                    stem, known = self._core("ل" + rest, True)
                    if known:
                        return stem
                    if len(rest) >= 2 and wordlist.known("الل" + rest) and not wordlist.known("ال" + rest):
                        return self._stem_arabic("الل" + rest)  # لليبي، لليبيين: ل + الليبي (no «اليبي»)
                if rest.startswith("ال") and len(rest) >= 4 and self._lookup(rest, True) is None:
                    if guards.al_masdar(rest):
                        return self._core(rest, True)[0]  # الالتزام
                    rest = rest[2:]
                return self._resolve(rest, True)
        return self._resolve(w, False)

    def _stem(self, word: str) -> str:
        w = variant(fold_word(guards.old_final_hamza(word), keep_taa=True))  # ملاجىء، شواطيء: an old ئ
        if len(w) < 3 or not ("\u0621" <= w[0] <= "\u064a"):
            return finish_stem(w)
        bare = strip_marks(word)
        if (masdar := kasra_masdar(bare)) is not None and self._lookup(masdar, True) != masdar + "ي":
            return finish_stem(masdar)  # «الإعلام»: the masdar, not the plural أعلام (but الإسبان: a people)
        if word.rstrip("\u0640").endswith(("\u064bا", "ا\u064b")) and len(w) > 3:
            if _adverb_only(w[1:] if w[0] in "وفبل" and wordlist.known(w[1:]) else w):
                return self._stem(bare)  # حتماً، مجاناً: an adverb in use as حتما only takes the key of حتما
            w = w[:-1]  # tanween written out: رسميًا، سياحيّاً are رسمي، سياحي
        if w.endswith("ا") and not w.endswith("ها") and len(w) >= 5 and self._lookup(w, False) is None and (
                plural := self._lookup(w[:-1], True)) not in (None, w[:-1]):
            return finish_stem(plural)  # «شروطا»، «حقوقا»: a plural of the lexicon with its tanween (not «شرطة»)
        if (untanween := without_bare_tanween(w)) is not None:
            w = untanween  # «فيروسا»، «جيوسياسيا»: a tanween typed as a bare ا
        hamza_final = w.endswith("ا") and (bare.endswith("أ") or bare_final_hamza(w))  # (يبدا: يبدأ typed bare)
        if hamza_final:
            w = w[:-1] + "ء"  # مرفأ: a hamza, never tanween (مرفأ = المرفأ = مرفا)
        if "أي" not in bare:  # (ورأيهم: the writer wrote the hamza; its ي is no ئ typed as ي — not وراءهم)
            w = guards.typed_hamza_after_article(w)  # جايزة، كهربا، بالنايب: a hamza typed as ي or left out
        if fa_and_preposition(w):
            return self.stem(bare[2:])  # فلبنيامين، فبجاكسون → بنيامين، جاكسون
        if nisba_typed_haa(w):
            w = w[:-1] + TAA  # تركمانيه، بنزرتيه: a nisba's feminine typed with ه, not «his» + «my»
        if w.endswith("ا") and len(w) >= 4 and w[0] != "ا" and "\u064b" not in word and own_final_alif(w):
            w = "ال" + w  # مافيا، قضايا، دنيا: a final ا of the word, no tanween — read as after the article
        for lam in ("لل", "ولل", "فلل"):  # للأزمة: ل + الأزمة (a hamza never follows a word's own لل)
            if bare.startswith(lam) and bare[len(lam):len(lam) + 1] in ("أ", "إ", "آ"):
                w = w[:len(lam) - 2] + "ال" + w[len(lam):]
        if (place := definite_place(w)) is not None:  # القاهرة ≠ قاهرة: the place keeps its article
            return place
        if (defective := defective_form_key(w)) is not None:
            return finish_stem(defective)  # يتنامى، التنامي، تنامت → تنامي; يتصدى، التصدي → تصدي
        if self._lookup(w, False) is None and (future := future_prefix(w)):
            return self.stem(bare[future:])  # سيتسنى، وسيتهاوى → يتسنى، يتهاوى
        verb = None if self._lookup(w, False) is not None else (
            perfect_of(w, bare.startswith("أل"), self._stem_arabic, self.plain_key))
        if verb and article_before_noun(w, verb):
            verb = None  # «بالسبت»: ب + السبت, not «she did» of a verb «بالسب»
        if verb and len(verb) == 4 and verb.startswith("ال"):
            return finish_stem(verb)  # يلغي → ألغى: a form IV perfect, whose «ال» is no article
        if verb:
            w = verb  # أعلنت، يعلنون، وأعلن → أعلن
        al_word = al_initial_stem(self, w, bare)
        if al_word is not None:  # ألغام ≠ غام: its «ال» is no article, but it is the plural of لغم
            singular = guards.singular_of(al_word)
            return finish_stem(self._stem_arabic(singular) if singular else al_word)
        stem = self._stem_arabic(w)
        taa_cut = not stem.endswith(HAA) and (w.endswith(TAA) or w.endswith(HAA) and stem == self._stem_arabic(
            w[:-1] + TAA))  # سيولة، سيوله → سيول: a ة-word, no plural of فعول
        plural = None if sound_plural_of(w, stem) else (
            guards.singular_of(stem, taa_cut) or (None if verb else guards.manqus(stem)))  # قاض → قاضي
        better = plural if verb or stem in self._whole else verb_perfect(stem) or plural  # whole: أورينت
        if better and better != stem:
            stem = self._stem_arabic(better)
        if stem.endswith("ء") and len(stem) > 2 and (hamza_final or guards.seat_before_pronoun(bare, stem)):
            stem = stem[:-1] + "ا"  # مرفأ، مرفئه، مرفؤه → مرفا, as المرفأ
        if not wordlist.known(w) and not newsroom_spelling(w) and (nearer := nearest_spelling(stem)) and (
                self._stem_arabic(nearer) == nearer):  # (the newsroom's variants table wins: تلفونية)
            stem = nearer  # هورمون → هرمون: a word the list lacks, one long vowel away from one it holds
        if (commoner := commonest_spelling(stem)) is not None and commonest_spelling(commoner) is None:
            stem = commoner  # كوليسترول، كولستيرول → كولسترول: a long foreign word's commonest spelling
        key = finish_stem(loan_spelling(stem))
        # (a perfect that begins «ال» — التقى، التزم — is spelt as its own «noun with the article»: no mark)
        if verb and not verb.startswith("ال"):
            return self.verb_key(key)
        return verb_keys.bare_key(self, fold_word(bare), key) if not verb else key  # طالب: the verb or the noun

    # ------------------------------------------------------------- public API
    def stem(self, word: str) -> str:
        """Stem of one word in any spelling (folded first; stop-words are *not* dropped here). Arabic words
        are stemmed; Latin words and numbers only folded («Café» → «cafe», «٢٠٢٤» → «2024»): only
        [0-9a-z ء-ي] remains, maybe nothing."""
        return self._stem_cached(word)

    def other_key(self, original: str) -> str | None:
        """The other key a query tries for a word (:func:`nashra.arabic.query_readings.other_key`)."""
        return query_readings.other_key(self, original)

    def verb_key(self, key: str) -> str:
        """The key of a verb form whose perfect is ``key`` (:func:`nashra.arabic.verb_keys.verb_key`)."""
        return verb_keys.verb_key(self, key)

    def plain_key(self, word: str) -> str:
        """:meth:`stem` without the verb mark: «دخلت» and «دخل» alike (where forms are compared, not indexed)."""
        return verb_keys.plain(self.stem(word))

    def verb_alternatives(self, original: str, key: str) -> tuple[str, ...]:
        """The verb or noun keys a query word may also have (:func:`nashra.arabic.verb_keys.verb_alternatives`)."""
        return verb_keys.verb_alternatives(self, original, key)

    def keeps_whole(self, folded: str) -> bool:
        """Is the folded word one the lexicon keeps whole (a name such as تامر)?"""
        return folded in self._whole

    def _term_uncached(self, original: str, arabic: bool) -> str | None:
        if arabic:
            if is_stopword(strip_marks(original)):
                return None
            return haa_readings.index_reading(self, original) or self.stem(original) or None
        return finish_stem(fold_word(original)) or None

    def terms(self, text: str) -> list[Term]:
        """Searchable terms of ``text``: tokenize → drop stop-words → fold → stem."""
        out: list[Term] = []
        term = self._term
        for original, start, end, arabic in iter_words(text or ""):
            s = term(original, arabic)
            if s is not None:
                out.append(Term(s, original, start, end, len(out)))
        return out

    def query_terms(self, text: str, max_parts: int = MAX_QUERY_PARTS) -> list[QueryPart]:
        """A reader's query as parts that must all match (:func:`nashra.arabic.search_query.parse_query`)."""
        return parse_query(self, text, max_parts)


default_stemmer = Stemmer()


def stem(word: str) -> str:
    """Stem of one word with the default lexicon (folds it first; stop-words are not dropped)."""
    return default_stemmer.stem(word)


def terms(text: str, stemmer: Stemmer | None = None) -> list[Term]:
    """Searchable terms of ``text`` (see :meth:`Stemmer.terms`)."""
    return (stemmer or default_stemmer).terms(text)


def query_terms(
    text: str, stemmer: Stemmer | None = None, max_parts: int = MAX_QUERY_PARTS
) -> list[QueryPart]:
    """Query parts of ``text`` (see :meth:`Stemmer.query_terms`)."""
    return (stemmer or default_stemmer).query_terms(text, max_parts)
