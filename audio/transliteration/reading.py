"""Reading a run into Devanagari, the pivot: Tamil by its spoken voicing rules, the other
Indic scripts through sanscript (letters it misses moved by block offset), casual Latin
typing, and the silent vowels a Hindi-type reader does not say."""

from __future__ import annotations

import re
import unicodedata

from indic_transliteration import sanscript

from audio.transliteration.scripts import (
    _BLOCKS,
    _DRAVIDIAN,
    _J_LETTER,
    _NUKTA,
    _VIRAMA,
    _Y_LETTER,
    LatinScheme,
    _sanscript,
)

_TA_VOWELS = {
    "அ": "a", "ஆ": "ā", "இ": "i", "ஈ": "ī", "உ": "u", "ஊ": "ū",
    "எ": "e", "ஏ": "ē", "ஐ": "ai", "ஒ": "o", "ஓ": "ō", "ஔ": "au",
}  # fmt: skip
_TA_SIGNS = {
    "ா": "ā", "ி": "i", "ீ": "ī", "ு": "u", "ூ": "ū", "ெ": "e", "ே": "ē", "ை": "ai",
    "ொ": "o", "ோ": "ō", "ௌ": "au", "்": "",
}  # fmt: skip
_TA_CONSONANTS = {
    "க": "k", "ங": "ṅ", "ச": "c", "ஞ": "ñ", "ட": "ṭ", "ண": "ṇ", "த": "t", "ந": "n",
    "ப": "p", "ம": "m", "ய": "y", "ர": "r", "ல": "l", "வ": "v", "ழ": "ḻ", "ள": "ḷ",
    "ற": "ṟ", "ன": "ṉ", "ஜ": "j", "ஷ": "ṣ", "ஸ": "s", "ஹ": "h", "ஶ": "ś",
}  # fmt: skip
_TA_VOICED = {"k": "g", "c": "s", "ṭ": "ḍ", "t": "d", "p": "b"}
_TA_AFTER_NASAL = {"k": "g", "c": "j", "ṭ": "ḍ", "t": "d", "p": "b"}
_TA_NASALS = frozenset("ṅñṇnmṉ")
_TA_SONORANTS = frozenset("rlḻḷyv")


def _read_tamil(run: str) -> str:
    """A Tamil word → ISO 15919 as it is spoken (voicing by position), then Devanagari."""
    # Parse into (consonant, vowel) syllables; vowel "" is a pulli, None an aytham.
    syllables: list[tuple[str | None, str | None]] = []
    for ch in run.replace("ஸ்ரீ", "ஶ்ரீ"):
        if ch in _TA_CONSONANTS:
            syllables.append((_TA_CONSONANTS[ch], "a"))
        elif ch in _TA_SIGNS and syllables and syllables[-1][0] is not None:
            syllables[-1] = (syllables[-1][0], _TA_SIGNS[ch])
        elif ch in _TA_VOWELS:
            syllables.append((None, _TA_VOWELS[ch]))
        elif ch == "ஃ":
            syllables.append((None, None))
    out: list[str] = []
    for i, (cons, vowel) in enumerate(syllables):
        if cons is None:
            if vowel is not None:
                out.append(vowel)
            continue
        prev = syllables[i - 1] if i else None
        nxt = syllables[i + 1] if i + 1 < len(syllables) else None
        sound = cons
        if prev is not None and prev[0] is None and prev[1] is None:
            # Aytham marks the loan sounds: ஃப is f, ஃஜ is z.
            sound = {"p": "f", "j": "z"}.get(cons, cons)
        elif cons in _TA_VOICED and vowel != "":
            # A stop that closes a syllable (பக்கம்) stays plain; so does one starting a
            # word, except ச, which most speakers say "s" there (சரி → sari).
            if prev is None:
                sound = "s" if cons == "c" else cons
            elif prev[1] == "":
                if prev[0] in _TA_NASALS:
                    sound = _TA_AFTER_NASAL[cons]
                elif prev[0] in _TA_SONORANTS:
                    sound = _TA_VOICED[cons]
            else:
                sound = _TA_VOICED[cons]
        elif cons == "ṟ" and vowel == "" and nxt is not None and nxt[0] == "ṟ":
            sound = "ṭ"  # ற்ற is said "tr": வெற்றி → vetri
        elif cons == "ṟ" and prev is not None and prev[0] == "ṉ" and prev[1] == "":
            sound = "dr"  # ன்ற is said "ndr": நன்றி → nandri
            vowel = vowel[1:] if vowel and vowel.startswith("r") else vowel
        out.append(sound + (vowel or ""))
    iso = "".join(out).replace("drr", "dr")
    return _sanscript(iso, sanscript.ISO, sanscript.DEVANAGARI)


# Malayalam chillu letters are a consonant with its vowel killed; sanscript knows only
# the spelled-out form.
_CHILLU = str.maketrans({"ൺ": "ണ്", "ൻ": "ന്", "ർ": "ര്", "ൽ": "ല്", "ൾ": "ള്", "ൿ": "ക്"})


def _by_offset(text: str, from_scheme: str, to_scheme: str) -> str:
    """Move letters a table missed to the same place in the other block (the blocks share
    the ISCII layout); drop those the target block does not have."""
    src, dst = _BLOCKS[from_scheme], _BLOCKS[to_scheme]
    out = []
    for ch in text:
        if src <= ord(ch) < src + 0x80:
            moved = chr(dst + ord(ch) - src)
            ch = moved if unicodedata.name(moved, "") else ""
        out.append(ch)
    return "".join(out)


def _read_indic(run: str, scheme: str, source: str) -> str:
    if scheme == sanscript.DEVANAGARI:
        return run
    if scheme == sanscript.TAMIL:
        return _read_tamil(run)
    if scheme == sanscript.MALAYALAM:
        run = run.translate(_CHILLU).replace("\u200d", "")
    if scheme in _J_LETTER:
        j, y = _J_LETTER[scheme], _Y_LETTER[scheme]
        run = unicodedata.normalize("NFC", run).replace(y, "\ue000")
        # য after a hasanta is the ya-phala (ক্য); elsewhere it is the "j" of যদি.
        run = re.sub(f"(?<!{chr(_BLOCKS[scheme] + 0x4D)}){j}", "\ue001", run)
    deva = _sanscript(run, scheme, sanscript.DEVANAGARI)
    deva = _by_offset(deva, scheme, sanscript.DEVANAGARI).replace("\ue000", "य")
    deva = deva.replace("\ue001", "ज")
    if source in _DRAVIDIAN and deva.endswith("\u0902"):
        deva = deva[:-1] + "म" + _VIRAMA  # Telugu/Kannada/Malayalam say a final ం as "m"
    return deva


_CASUAL_FIXES = (
    (re.compile("cch"), "chchh"),  # accha, bachcha: च्छ
    (re.compile("c(?!h)"), "k"),
    (re.compile("x"), "ks"),
    (re.compile("w"), "v"),
)


# Latin letters that are not a plain letter with an accent (NFKD does not take them
# apart), read as the plain letters an Indian reader would say for them.
_LATIN_LETTERS = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
     "ı": "i", "ħ": "h", "ŋ": "ng"}
)  # fmt: skip


def fold_accents(word: str) -> str | None:
    """A casually typed Latin word in plain ASCII letters, its accents dropped ("Café" →
    "cafe", "Jalapeño" → "jalapeno", "Straße" → "strasse"): the letters casual reading
    knows. None when a letter is left that has no plain reading (then the word is kept
    as written rather than converted in part)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.translate(_LATIN_LETTERS)
    return plain if re.fullmatch("[a-z]+", plain) else None


def _read_latin(run: str, latin_scheme: LatinScheme, *, final_long_a: bool) -> str:
    if latin_scheme == "itrans":
        return _sanscript(run, sanscript.ITRANS, sanscript.DEVANAGARI)
    if latin_scheme == "iast":
        return _sanscript(run, sanscript.IAST, sanscript.DEVANAGARI)
    if latin_scheme == "iso":
        return _sanscript(run, sanscript.ISO, sanscript.DEVANAGARI)
    # Casual typing: case and accents carry no meaning (ITRANS reads only ASCII, and a
    # letter it does not know would stay Latin after a virama: "Café" → "कफ़्é"), and
    # ITRANS has no c, x or w of its own.
    folded = fold_accents(run)
    if folded is None:
        return run
    word = folded
    if not re.search("[aeiouy]", word):
        return run  # "kg", "Rs", "ml": abbreviations, not words to spell out
    if final_long_a:
        # "kitna", "accha": a typed final a is said (कितना); in Devanagari-type scripts a
        # bare final consonant would read silent, so it is written long.
        word = re.sub("(?<=[^aeiou])a$", "aa", word)
    for pattern, repl in _CASUAL_FIXES:
        word = pattern.sub(repl, word)
    return _sanscript(word, sanscript.ITRANS, sanscript.DEVANAGARI)


def _is_consonant(ch: str) -> bool:
    return "\u0915" <= ch <= "\u0939" or "\u0958" <= ch <= "\u095f" or "\u0978" <= ch <= "\u097f"


def _is_vowel_sign(ch: str) -> bool:
    return "\u093a" <= ch <= "\u094c" or ch in "\u094e\u094f\u0955\u0956\u0957\u0962\u0963"


def _delete_schwas(word: str) -> str:
    """Write the inherent vowels a Hindi-type reader would not say as viramas.

    कितना → कित्ना, आपका → आप्का, टमाटर → टमाटर्, समझना → समझ्ना; मित्र keeps its a.
    This is the classic rule (Ohala): scanning from the right, a schwa goes at the end of
    a word of two or more syllables, and between vowel-consonant and consonant-vowel
    (VC_CV), never in the first syllable and never making a three-consonant cluster.
    """
    # phones: ("C", char) consonants and codas, ("V", "") vowels, ("S", pos) schwas,
    # where pos is the string offset after which a virama would silence it.
    phones: list[tuple[str, str | int]] = []
    i = 0
    while i < len(word):
        ch = word[i]
        if _is_consonant(ch):
            end = i + 2 if word[i + 1 : i + 2] == _NUKTA else i + 1
            phones.append(("C", ch))
            nxt = word[end : end + 1]
            if nxt == _VIRAMA:
                end += 1
            elif nxt and _is_vowel_sign(nxt):
                phones.append(("V", ""))
                end += 1
            else:
                phones.append(("S", end))
            i = end
            continue
        if "\u0904" <= ch <= "\u0914" or "\u0960" <= ch <= "\u0961" or "\u0972" <= ch <= "\u0977":
            phones.append(("V", ""))
        elif ch in "\u0902\u0903":
            phones.append(("C", ch))  # anusvara and visarga close the syllable
        i += 1
    syllables = sum(kind != "C" for kind, _ in phones)
    silenced: list[int] = []
    for k in range(len(phones) - 1, 1, -1):
        kind, pos = phones[k]
        if kind != "S" or not isinstance(pos, int):
            continue
        before, earlier = phones[k - 1], phones[k - 2]
        if k == len(phones) - 1:
            conjunct = earlier[0] == "C" and before[1] in ("य", "र", "व")
            delete = syllables >= 2 and not conjunct
        else:
            delete = (
                before[0] == "C"
                and earlier[0] != "C"
                and k + 2 < len(phones)
                and phones[k + 1][0] == "C"
                and phones[k + 2][0] != "C"
            )
        if delete:
            silenced.append(pos)
            del phones[k]
    for pos in sorted(silenced, reverse=True):
        word = word[:pos] + _VIRAMA + word[pos:]
    return word
