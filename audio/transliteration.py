"""Offline transliteration between the Indic scripts and Latin (indic-transliteration).

Only runs of letters in the *source* language's script are rewritten; digits, punctuation,
Latin words inside Devanagari text and anything else pass through untouched, so "मुझे 2
kilo टमाटर चाहिए" keeps its "2 kilo". Source digits (४०, ௪௦) come out as ASCII digits,
the form every reader, TTS voice and price parser here agrees on.

How a run is converted: every Indic run is first read into Devanagari (the pivot: its
Unicode block holds every letter the others have), adjusted for what the target script
can write, then written out by `indic_transliteration.sanscript`. Three steps are ours
rather than sanscript's, because its tables get them wrong in practice:

- Tamil: its script does not mark voicing, and sanscript reads க as घ. We read Tamil with
  the spoken rules (a stop is voiced between vowels and after a nasal, plain when doubled
  or word-initial), so தக்காளி becomes तक्कालि and பைசா becomes पैसा.
- Casual Latin (the "simple" scheme): what people type — lowercased, read as ITRANS
  ("aa", "ee", "oo", "ch", "sh"), "kg"/"Rs" left alone, a typed final "a" written long
  for Devanagari-type readers (kitna → कित्ना, which reads as कितना).
- Latin output ("simple", the default): ISO 15919 with its marks folded the way Indian
  shop signs and chat spell words — aa/ee/oo for long vowels, sh/ch/chh, no diacritics —
  after dropping the vowels Hindi-type readers do not say (टमाटर → "tamaatar", आपका →
  "aapka", not "ṭamāṭara" or "TamATara"). People read this without training; ITRANS and
  IAST read as code or need marks most keyboards and TTS voices lack. `latin_scheme`
  selects "iso", "iast" or "itrans" instead when a lossless round trip matters more.

Silent vowels ("schwa deletion"): Hindi, Marathi, Gujarati, Punjabi, Bengali and
Assamese write टमाटर and कितना but say "tamaatar" and "kitnaa". Tamil, Telugu, Kannada,
Malayalam and Odia readers pronounce what is written, so for them (and for simple Latin)
the silent vowels are written as viramas: டமாடர், கித்னா. The other way, a Dravidian
word-final virama is dropped for Hindi-type readers (தமிழ் → तमिल).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Literal

from indic_transliteration import sanscript

from audio.errors import EngineUnavailable

LatinScheme = Literal["simple", "iso", "iast", "itrans"]

PROVIDER = "indic-transliteration"

# Language → sanscript scheme. Assamese shares the Bengali block but writes ৰ and ৱ.
_SCHEMES: dict[str, str] = {
    "hi": sanscript.DEVANAGARI,
    "mr": sanscript.DEVANAGARI,
    "bn": sanscript.BENGALI,
    "as": "assamese",
    "pa": sanscript.GURMUKHI,
    "gu": sanscript.GUJARATI,
    "or": sanscript.ORIYA,
    "ta": sanscript.TAMIL,
    "te": sanscript.TELUGU,
    "kn": sanscript.KANNADA,
    "ml": sanscript.MALAYALAM,
    "en": "latin",
}
SUPPORTED_LANGUAGES: frozenset[str] = frozenset(_SCHEMES)

# ISO 15924 codes, the ones Bhashini's configs call `sourceScriptCode`.
_SCRIPT_CODES: dict[str, str] = {
    sanscript.DEVANAGARI: "Deva",
    sanscript.BENGALI: "Beng",
    "assamese": "Beng",
    sanscript.GURMUKHI: "Guru",
    sanscript.GUJARATI: "Gujr",
    sanscript.ORIYA: "Orya",
    sanscript.TAMIL: "Taml",
    sanscript.TELUGU: "Telu",
    sanscript.KANNADA: "Knda",
    sanscript.MALAYALAM: "Mlym",
    "latin": "Latn",
}

# First code point of each script's Unicode block; the blocks share one layout.
_BLOCKS: dict[str, int] = {
    sanscript.DEVANAGARI: 0x0900,
    sanscript.BENGALI: 0x0980,
    "assamese": 0x0980,
    sanscript.GURMUKHI: 0x0A00,
    sanscript.GUJARATI: 0x0A80,
    sanscript.ORIYA: 0x0B00,
    sanscript.TAMIL: 0x0B80,
    sanscript.TELUGU: 0x0C00,
    sanscript.KANNADA: 0x0C80,
    sanscript.MALAYALAM: 0x0D00,
}

_DROPS_FINAL_VOWEL = frozenset({"hi", "mr", "pa", "gu", "bn", "as"})
_WRITES_FINAL_VIRAMA = frozenset({"ta", "te", "kn", "ml", "or"})
_DRAVIDIAN = frozenset({"ta", "te", "kn", "ml"})
_USES_DANDA = frozenset({"hi", "mr", "bn", "as", "pa", "or"})

_VIRAMA = "\u094d"
_NUKTA = "\u093c"


def _sanscript(text: str, from_scheme: str, to_scheme: str) -> str:
    # indic_transliteration ships no type information; pin the one call we use.
    return str(sanscript.transliterate(text, from_scheme, to_scheme))


def script_of(language: str) -> str:
    """The ISO 15924 script code a language is written in here ("hi" → "Deva")."""
    try:
        return _SCRIPT_CODES[_SCHEMES[language]]
    except KeyError:
        raise ValueError(f"no script known for language {language!r}") from None


@lru_cache(maxsize=32)
def _run_pattern(scheme: str, latin_scheme: LatinScheme) -> re.Pattern[str]:
    """Letters of one script: what counts as a run to rewrite."""
    if scheme == "latin":
        if latin_scheme == "itrans":
            # ITRANS spells a few letters with a dot or tilde (".N" candrabindu, "~n" ñ).
            return re.compile(r"(?:[A-Za-z]|\.(?:Dh|[NnDha])|~[Nn])+")
        return re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]+")
    base = _BLOCKS[scheme]
    # The block minus its digits (made ASCII first) and the shared dandas; joiners stay
    # inside a word because Malayalam and Kannada spell with them.
    letters = f"{chr(base)}-{chr(base + 0x63)}{chr(base + 0x70)}-{chr(base + 0x7F)}"
    if scheme == sanscript.DEVANAGARI:
        letters = "\u0900-\u0963\u0970-\u097f"
    return re.compile(f"[{letters}\u200c\u200d]+")


@lru_cache(maxsize=16)
def _digits_to_ascii(scheme: str) -> dict[int, str]:
    base = _BLOCKS[scheme]
    return {base + 0x66 + d: str(d) for d in range(10)}


# ---------------------------------------------------------------------------------------
# Reading a run into Devanagari
# ---------------------------------------------------------------------------------------

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


# Bengali and Odia say their য/ଯ as "j"; the "y" of Devanagari य is য়/ୟ there.
# (য় is a composition exclusion: after NFC it is য + nukta, so the keys are NFC forms.)
_J_LETTER = {sanscript.BENGALI: "\u09af", "assamese": "\u09af", sanscript.ORIYA: "\u0b2f"}
_Y_LETTER = {
    scheme: unicodedata.normalize("NFC", letter)
    for scheme, letter in (
        (sanscript.BENGALI, "\u09df"),
        ("assamese", "\u09df"),
        (sanscript.ORIYA, "\u0b5f"),
    )
}


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


def _read_latin(run: str, latin_scheme: LatinScheme, *, final_long_a: bool) -> str:
    if latin_scheme == "itrans":
        return _sanscript(run, sanscript.ITRANS, sanscript.DEVANAGARI)
    if latin_scheme == "iast":
        return _sanscript(run, sanscript.IAST, sanscript.DEVANAGARI)
    if latin_scheme == "iso":
        return _sanscript(run, sanscript.ISO, sanscript.DEVANAGARI)
    # Casual typing: case carries no meaning, and ITRANS has no c, x or w of its own.
    word = run.lower()
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


# ---------------------------------------------------------------------------------------
# Writing Devanagari into the target script
# ---------------------------------------------------------------------------------------

_CANDRA = str.maketrans({"ॅ": "े", "ॉ": "ो", "ऍ": "ए", "ऑ": "ओ"})
_SHORT_EO = str.maketrans({"ॆ": "े", "ॊ": "ो", "ऎ": "ए", "ऒ": "ओ"})
_NUKTA_KEPT: dict[str, frozenset[str]] = {
    # Which nukta letters a target writes; the rest lose the dot (ज़ → ज).
    "hi": frozenset("कखगजडढफय"),
    "mr": frozenset("कखगजडढफय"),
    "bn": frozenset("डढय"),
    "as": frozenset("डढय"),
    "or": frozenset("डढय"),
    "pa": frozenset("खगजफल"),
    "gu": frozenset(),
    "ta": frozenset("फ"),
    "te": frozenset(),
    "kn": frozenset(),
    "ml": frozenset(),
    "en": frozenset("कखगजडढफय"),
}
_NUKTA_AFTER = re.compile(f"(.){_NUKTA}")
_TAMIL_NASAL_FOR = [("कखगघ", "ङ"), ("चछजझ", "ञ"), ("टठडढ", "ण"), ("तथदध", "न"), ("पफबभ", "म")]
_ANUSVARA = re.compile("[\u0901\u0902](.?)")


def _tamil_anusvara(m: re.Match[str]) -> str:
    # Tamil has no anusvara: write the nasal the next stop is said with.
    following = m.group(1)
    for stops, nasal in _TAMIL_NASAL_FOR:
        if following and following in stops:
            return nasal + _VIRAMA + following
    if not following or not "\u0900" <= following <= "\u097f":
        return "न" + _VIRAMA + following  # हैं → ஹைன், said with a final n
    return "म" + _VIRAMA + following


def _prepare(deva: str, target: str) -> str:
    """Adjust a Devanagari run to what the target script can write."""
    if target not in ("hi", "mr"):
        deva = deva.translate(_CANDRA)
    kept = _NUKTA_KEPT.get(target, frozenset())
    deva = _NUKTA_AFTER.sub(lambda m: m.group(0) if m.group(1) in kept else m.group(1), deva)
    if target != "ta":
        deva = deva.replace("ऩ", "न")
    if target not in _DRAVIDIAN:
        deva = deva.translate(_SHORT_EO).replace("ऱ", "र")
    if target in ("hi", "bn", "as"):
        deva = deva.replace("ऴ", "ल").replace("ळ", "ल")
    elif target not in ("ml", "ta"):
        deva = deva.replace("ऴ", "ळ")
    if target == "pa":
        deva = deva.replace("ृ", "्रि").replace("ऋ", "रि").replace("ॠ", "री")
    elif target == "ta":
        # Tamil spells Sanskrit ṛ as ரி/ிரு (கிருபா) and says श as ஷ.
        deva = deva.replace("ृ", "िरु").replace("ऋ", "रि").replace("श्री", "स्री")
        deva = deva.replace("श", "ष").replace("झ", "ज")
        deva = _ANUSVARA.sub(_tamil_anusvara, deva)
    if target in ("te", "kn", "ml"):
        # A final anusvara there reads "m" (and a final m is written so: నమస్కారం); in
        # हैं, में it is the nasal "n".
        deva = re.sub("[\u0901\u0902]$", "न" + _VIRAMA, deva)
        deva = re.sub(f"म{_VIRAMA}$", "\u0902", deva)
    if target in ("kn", "ml"):
        deva = deva.replace("\u0901", "\u0902")
    return deva


_GURMUKHI_GEMINATE = re.compile("([\u0a15-\u0a39])\u0a4d\\1")
_GURMUKHI_VIRAMA = re.compile("\u0a4d(?![\u0a30\u0a39\u0a35])")
_MALAYALAM_CHILLU = re.compile("([ണനരലള])്$")
_CHILLU_OF = {"ണ": "ൺ", "ന": "ൻ", "ര": "ർ", "ല": "ൽ", "ള": "ൾ"}
_TAMIL_DENTAL_N = re.compile("(?<=[\u0b80-\u0bff])ந(?!்த)")


def _finish(text: str, target: str) -> str:
    """Spelling conventions of the target script that a letter-by-letter map misses."""
    if target == "pa":
        # Punjabi doubles with addak (ਕਿੱਲੋ) and writes halant only in subjoined ਰ ਹ ਵ.
        text = _GURMUKHI_GEMINATE.sub("\u0a71\\1", text)
        text = _GURMUKHI_VIRAMA.sub("", text)
    elif target == "ml":
        text = _MALAYALAM_CHILLU.sub(lambda m: _CHILLU_OF[m.group(1)], text)
    elif target == "ta":
        # ந starts a word or comes before த; elsewhere the n is ன.
        text = _TAMIL_DENTAL_N.sub("ன", text)
    tgt = _SCHEMES[target]
    if tgt in _J_LETTER:
        virama = chr(_BLOCKS[tgt] + 0x4D)
        nukta = chr(_BLOCKS[tgt] + 0x3C)
        text = re.sub(f"(?<!{virama}){_J_LETTER[tgt]}(?!{nukta})", _Y_LETTER[tgt], text)
        if target == "or":
            text = text.replace("\u0b35", "\u0b2c")  # Odia writes व as ବ
    return text


# ---------------------------------------------------------------------------------------
# Latin output
# ---------------------------------------------------------------------------------------

_SIMPLE_STEPS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile("r̥̄"), "ree"),
    (re.compile("r̥"), "ri"),
    (re.compile("l̥"), "li"),
    (re.compile("ch"), "chh"),
    (re.compile("c(?!hh)"), "ch"),
    (re.compile("ā(?![\\w\u0300-\u036f])"), "a"),
    (re.compile("ī(?![\\w\u0300-\u036f])"), "i"),
    (re.compile("ū(?![\\w\u0300-\u036f])"), "u"),
    (re.compile("ā"), "aa"),
    (re.compile("ī"), "ee"),
    (re.compile("ū"), "oo"),
    (re.compile("ṁ(?=[pbm])"), "m"),
    (re.compile("[ṁ]|m̐"), "n"),
    (re.compile("k͟h"), "kh"),
    (re.compile("ṛh"), "dh"),
    (re.compile("ṛ"), "d"),
    (re.compile("[śṣ]"), "sh"),
    (re.compile("ḻ"), "zh"),
    (re.compile("'"), ""),
)
_PLAIN = str.maketrans(
    {"ē": "e", "ō": "o", "ê": "e", "ô": "o", "ṅ": "n", "ñ": "n", "ṇ": "n", "ṉ": "n",
     "ṭ": "t", "ḍ": "d", "ḷ": "l", "ṟ": "r", "ḥ": "h", "ġ": "g", "ẏ": "y", "ṯ": "t"}
)  # fmt: skip


def _simple_latin(iso: str) -> str:
    text = unicodedata.normalize("NFC", iso)
    for pattern, repl in _SIMPLE_STEPS:
        text = pattern.sub(repl, text)
    text = text.translate(_PLAIN)
    # Any mark left (a rare sign) would print as a stray accent.
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _romanize(deva: str, latin_scheme: LatinScheme) -> str:
    if latin_scheme == "simple":
        return _simple_latin(_sanscript(deva, sanscript.DEVANAGARI, sanscript.ISO))
    deva = _prepare(deva, "en") if latin_scheme != "iso" else deva
    scheme = {"iso": sanscript.ISO, "iast": sanscript.IAST, "itrans": sanscript.ITRANS}
    return _sanscript(deva, sanscript.DEVANAGARI, scheme[latin_scheme])


# ---------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------


_NO_JOINERS = str.maketrans("", "", "\u200c\u200d")


def _convert_run(run: str, source: str, target: str, latin_scheme: LatinScheme) -> str:
    src, tgt = _SCHEMES[source], _SCHEMES[target]
    if src == "latin":
        deva = _read_latin(run, latin_scheme, final_long_a=target in _DROPS_FINAL_VOWEL)
        if target in _DROPS_FINAL_VOWEL and deva.endswith(_VIRAMA):
            deva = deva[:-1]
    else:
        deva = unicodedata.normalize("NFC", _read_indic(run, src, source))
        # Joiners only choose a glyph shape (a half form, a Malayalam chillu, read above);
        # carried over they print as "{}" in Latin and break other scripts' clusters.
        deva = deva.translate(_NO_JOINERS)
        if source in _DROPS_FINAL_VOWEL and (
            target in _WRITES_FINAL_VIRAMA or (tgt == "latin" and latin_scheme == "simple")
        ):
            deva = _delete_schwas(deva)
        elif target in _DROPS_FINAL_VOWEL and deva.endswith(_VIRAMA):
            deva = deva[:-1]  # தமிழ் → तमिल, not तमिल्: the reader drops the vowel anyway
    if tgt == "latin":
        return _romanize(deva, latin_scheme)
    out = _sanscript(_prepare(deva, target), sanscript.DEVANAGARI, tgt)
    out = _by_offset(unicodedata.normalize("NFC", out), sanscript.DEVANAGARI, tgt)
    return _finish(out, target)


def transliterate(
    text: str, source_lang: str, target_lang: str, *, latin_scheme: LatinScheme = "simple"
) -> str:
    """Rewrite the runs of `text` written in `source_lang`'s script into `target_lang`'s.

    Languages that share a script (hi and mr) get the text back unchanged. Raises
    `EngineUnavailable` for a language this module has no script for.
    """
    for language in (source_lang, target_lang):
        if language not in _SCHEMES:
            raise EngineUnavailable(f"no transliteration for {language!r}", provider=PROVIDER)
    src, tgt = _SCHEMES[source_lang], _SCHEMES[target_lang]
    if src == tgt or not text:
        return text
    # NFC splits the nukta letters (ज़ → ज + ़; they are composition exclusions), the form
    # the tables and patterns here expect.
    text = unicodedata.normalize("NFC", text)
    if src != "latin":
        text = text.translate(_digits_to_ascii(src))
    pattern = _run_pattern(src, latin_scheme)
    out = pattern.sub(
        lambda m: _convert_run(m.group(), source_lang, target_lang, latin_scheme), text
    )
    if src != "latin" and target_lang not in _USES_DANDA:
        out = out.replace("॥", ".").replace("।", ".")
    return out


class IndicTransliterator:
    """`TransliterationEngine` over indic-transliteration; pure Python and fast (no thread)."""

    name = PROVIDER

    def __init__(self, *, latin_scheme: LatinScheme = "simple") -> None:
        self.latin_scheme: LatinScheme = latin_scheme

    def supports(self, source: str, target: str) -> bool:
        """Whether both languages have a script this engine writes."""
        return source in _SCHEMES and target in _SCHEMES

    async def transliterate(self, text: str, *, source: str, target: str) -> str:
        """Rewrite `text` from the script of `source` into the script of `target`."""
        return transliterate(text, source, target, latin_scheme=self.latin_scheme)
