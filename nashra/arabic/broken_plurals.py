"""Broken plurals outside the lexicon → their singular, rebuilt from the plural's pattern.

A plural such as «خنادق» or «جواسيس» carries its root in a fixed frame; the singular is rebuilt
from that frame (خندق، جاسوس) and taken only when the word list (:mod:`nashra.arabic.wordlist`)
knows it and it is about as common as the plural (a plural in use has a singular in use; a
made-up candidate is not in the list, and a much rarer one is more likely another word that
happens to fit the frame). Each pattern names the singular shapes it may come from, most usual
first; the commonest known one wins.

Patterns whose frame is also a singular's (فعول is a masdar too: دخول، قبول؛ فعلان a name: سلمان)
carry their own guard. Input is a folded stem (ة → ه, hamza seats → ء). Pure Python, no Django.
"""

from __future__ import annotations

from nashra.arabic.stopwords import is_stopword
from nashra.arabic.wordlist import band, known

__all__ = ["singular_of", "fa3alil_singulars"]

TAA, HAA = "ة", "ه"


def _as_word(stem: str) -> str:
    return stem[:-1] + TAA if stem.endswith(HAA) else stem


def fa3alil_singulars(s: str) -> list[str]:
    """Known singulars of a plural of the pattern فعاليل (براكين، سلاطين، أساطير), also فواعيل
    (جواسيس → جاسوس، صواريخ → صاروخ، طواحين → طاحونة) and the فيعال whose plural doubles its
    second letter (دنانير → دينار، دواوين → ديوان، قراريط → قيراط)."""
    if len(s) != 6 or s[2] != "ا" or s[4] != "ي":
        return []
    stems = [s[:2] + s[3] + v + s[5] for v in "اوي"]
    if s[1] == "و" and s[-2:] not in ("ين", "ون"):
        stems.append(s[0] + "ا" + s[3] + "و" + s[5])  # فاعول: جاسوس، صاروخ (not موالين → مالون)
    if s[1] == s[3]:
        stems.append(s[0] + "ي" + s[3] + "ا" + s[5])  # فيعال: دينار، ديوان، قيراط
    found = [c for c in stems + [c + TAA for c in stems] if known(c)]
    if found and (s.endswith("ين") or s.startswith("ال")) and band(s[:-2]) < min(map(band, found)):
        return []  # مطارين is the dual of مطار, not a plural of مطران; ألافيس no plural of ألف
    if found and band(s[:-2]) < min(map(band, found)):  # (a commoner word before the last two letters: نواف، كرام)
        found = [c for c in found if known("ال" + c)]  # نوافير → النافورة, but كراميل: no «الكرمال»
    if not known(s) and (s[-2:] in ("ين", "ون") or s.startswith("ال") or not known("ال" + s)):
        return []  # the list must know the plural at least after the article (الأخاديد، الدراويش); no sound plural
    return found


#: Singulars whose plural is فَعْلى (قتيل → قتلى): adjectives of harm, death or captivity (folded).
_FA3LA_SINGULARS = frozenset("""
قتيل جريح مريض اسير صريع غريق طريح سقيم لديغ ذبيح كسير هليك حريق جريء صريح لقيط عقير نطيح
""".split())


def _pick(candidates: list[str], s: str, slack: int) -> str | None:
    known_ones = [c for c in dict.fromkeys(candidates) if c != s and known(c)]
    if not known_ones:
        return None
    best = min(known_ones, key=band)
    return best if band(best) <= band(_as_word(s)) + slack else None


def _af3ila(base: str) -> list[str]:
    """Singulars of أفعلة given the three letters after its أ (ة cut): أقنعة → قناع، أنسجة → نسيج،
    أديرة → دير (a hollow root's ي), أحذية / أدوية → حذاء / دواء (a defective root's ي is a
    hamza after ا in the singular). Not فعول (أشرطة would meet شروط, a plural) nor فاعل (أوقية ≠ واقي)."""
    c1, c2, c3 = base
    out = [c1 + c2 + "ا" + c3, c1 + c2 + "ي" + c3]
    if c2 == "ي":
        out.append(c1 + "ي" + c3)
    if c3 == "ي":
        out.append(c1 + c2 + "اء")
    return out


def _verb(s: str) -> bool:
    return known(s + "ت") or known(s + "وا")


def _fu3ul(s: str) -> str | None:
    """فعول: زهور → زهرة، بحور → بحر، لصوص → لص، شهود → شاهد، جنود → جندي. فعول is also the masdar
    of a verb (دخول، قبول، ظهور، مرور): when «they did» of the root letters is in use the word is
    left alone (and so is شهود, which would otherwise meet «شهد»)."""
    c1, c2, c3 = s[0], s[1], s[3]
    if c1 == "ا" or c2 == "ا" or c3 in "يه" or known(s + TAA):
        return None  # a nisba (نووي), a loanword (باور، ماوس), a word with its own ة (رجولة، بطولة)
    if c1 in "يتن" and known(s[1:]) or c1 == "ي":
        return None  # an imperfect of a hollow verb: نعود، تخوف؛ يسوع
    if known(c1 + c2 + c3 + "وا") or known(c1 + c2 + "وا"):
        return None  # the masdar of a verb in use: دخول (دخلوا)، مرور (مروا)
    if c2 == c3:  # لصوص → لص، حقوق → حق (not هموم → هم «they»)
        return None if is_stopword(c1 + c2) else _pick([c1 + c2], s, 40)
    # Not فاعل: قعود، سجود، هدوء، غموض are masdars far more often than plurals of قاعد، ساجد.
    return _pick([c1 + c2 + c3, c1 + c2 + c3 + TAA, c1 + c2 + c3 + "ي"], s, 40)


def _fu3lan(s: str) -> str | None:
    """فعلان: فرسان → فارس، رهبان → راهب، جدران → جدار، قضبان → قضيب. Not the bare root (سليمان،
    شعبان، حمدان are names, عدوان and ريحان words of their own): only a singular with its long vowel,
    no rarer than the plural, the first of فاعل، فعال، فعيل that is. A plural is used with the
    article more than without, but also without it (السودان، اليونان are names that take it); a
    masdar in فعلان comes from a verb in use (حرمان: حرموا) or a defective root (عصيان، غليان)."""
    article = band("ال" + s)
    if not known("ال" + s) or not article + 10 <= band(s) <= article + 90:
        return None
    c1, c2, c3 = s[:3]
    if c1 in "ام" or c3 in "يوا" or known(c1 + c2 + c3 + "وا"):  # not إتقان، مطران، عصيان، حرمان
        return None
    for singular in (c1 + "ا" + c2 + c3, c1 + c2 + "ا" + c3, c1 + c2 + "ي" + c3):
        if known(singular) and band(singular) <= band(s):
            return singular
    return None


#: Words of the shape أفعلاء that are no plural: the weekday الأربعاء (not the plural of ربيع «spring»).
_AF3ILAA_SINGULARS = frozenset({"اربعاء"})


def singular_of(stem: str, taa_cut: bool = False) -> str | None:
    """A broken plural's singular from its pattern, if the list knows it and it is common enough.
    ``taa_cut``: the word was written with a ة the stemmer cut (سيولة → سيول); then it is no plural
    of فعول or فعلان, which never end in ة (سيول → سيل is for the ة-less word only)."""
    s, n = stem, len(stem)
    candidates: list[str] = []
    slack = 0
    if n == 5 and s[0] == "ا" and s[3] == "ا" and known("ا" + s[1] + "ا" + s[2] + "ي" + s[4]):
        return None  # إعصار is a singular: its plural أعاصير is in use
    if n == 5 and s[0] == "ا" and s[3] == "ا":  # أفعال: أنفاق → نفق، أفلام → فيلم
        candidates = [s[1] + s[2] + s[4], s[1] + "ي" + s[2] + s[4], s[1] + s[2] + s[4] + TAA]
        masculine = [c for c in candidates[:2] if known(c) and band(c) <= band(s)]
        if masculine:
            return min(masculine, key=band)  # ألواح → لوح, not لوحة: أفعال is a masculine's plural
        if not known(s[1] + s[2] + s[4]) and not known(s[:3] + s[4]):
            # a people's nisba: أقباط → قبطي (not the masdar إتقان of the verb أتقن → تقني)
            nisba = s[1] + s[2] + s[4] + "ي"
            if known(nisba) and known(nisba + TAA) and band(nisba) <= band(s) + 30:
                return nisba
    elif n == 5 and s[2] == "ا" and s[3] == "ء":  # فعائل: رهائن → رهينة، قذائف → قذيفة
        candidates = [s[:2] + "ي" + s[4] + TAA, s[:2] + "ا" + s[4] + TAA, s[:2] + "ي" + s[4]]
        if s[1] == "و":
            candidates += [s[0] + "اء" + s[4] + TAA, s[0] + "اء" + s[4]]  # جوائز → جائزة، قوائم → قائمة
        slack = 60
    elif n == 5 and s[1] == "و" and s[2] == "ا" and s[3] != "ء" and not _verb(s):
        # فواعل is first a plural of فاعل / فاعلة (بوارج → بارجة، ضواحي → ضاحية), then of فوعل (كواكب);
        # not a verb of form VI (تواجه: تواجهت)
        rest = s[3:] if s[-1] != HAA else s[3:-1] + TAA
        found = _pick([s[0] + "ا" + rest, s[0] + "ا" + s[3:] + TAA], s, 60)
        if found:
            return found
        candidates = [s[:2] + s[3:], s[:2] + s[3:] + TAA]
    elif n == 5 and s[2] == "ا":  # فعالل، مفاعل: خنادق → خندق، بنادق → بندقية، مساجد → مسجد
        candidates = [s[:2] + s[3:], s[:2] + s[3:] + TAA, s[:2] + s[3:] + "ي" + TAA]
    elif fa3alil_singulars(s):  # فعاليل: براكين → بركان، أعاصير → إعصار، عناوين → عنوان
        candidates = fa3alil_singulars(s)
        slack = 30  # the frame is long and specific: جاسوس is a little rarer than جواسيس
    elif n == 5 and s.endswith("اء"):  # فعلاء: سفراء → سفير
        candidates = [s[:2] + "ي" + s[2]]
        slack = 60
    elif n == 6 and s[0] == "ا" and s.endswith("اء") and s not in _AF3ILAA_SINGULARS:  # أفعلاء: أصدقاء → صديق
        candidates = [s[1:3] + "ي" + s[3]]
        slack = 60
    elif n == 4 and s[0] == "ا" and known(s + TAA) and not (known(s[:-1]) or known(s[1:]) or _verb(s)):
        # أفعلة whose ة the stemmer took for a feminine ending (أحذية → احذي، أديرة → ادير); not a
        # nisba of a known word (أمني: أمن), أ + a word (أسرة) or a form IV verb (أقنع: أقنعت)
        candidates = _af3ila(s[1:])
        slack = 40
    elif n == 4 and s.endswith("ي") and s[:2] + "ي" + s[2] in _FA3LA_SINGULARS:  # فعلى: جرحى → جريح
        # Only the adjectives of harm that take this plural: any CCCي read so made «مدري» (I don't know) the
        # plural of مدير, «قصري» (forced) of قصير (short), «الحلبي» (from Aleppo) of حليب (milk)
        candidates = [s[:2] + "ي" + s[2]]
        slack = 80
    elif n == 4 and s[2] == "و":
        return None if taa_cut else _fu3ul(s)
    elif n == 5 and s.endswith("ان"):
        return None if taa_cut else _fu3lan(s)
    elif n == 5 and s[0] == "ا" and s.endswith(HAA):  # أفعلة: أسلحة → سلاح، أنسجة → نسيج
        candidates = [s[1:3] + "ا" + s[3], s[1:3] + "ي" + s[3]]
    return _pick(candidates, s, slack)
