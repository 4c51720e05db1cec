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

`scripts` holds the per-script tables, `reading` the way into Devanagari, `writing` the
way out of it, and `convert` the entry points.
"""

from audio.transliteration.convert import PROVIDER, IndicTransliterator, script_of, transliterate
from audio.transliteration.scripts import SUPPORTED_LANGUAGES, LatinScheme

__all__ = [
    "PROVIDER",
    "SUPPORTED_LANGUAGES",
    "IndicTransliterator",
    "LatinScheme",
    "script_of",
    "transliterate",
]
