"""A price said as what the goods cost elsewhere, given as the reason a price is refused:
the speaker's own purchase ("my own purchase is 160", "আমার কেনাই পড়েছে দুশো সত্তর",
"माझी खरेदीच चारशे वीस", "വാങ്ങിയ വില തന്നെ നാനൂറ്റമ്പത്"), the wholesale market's, the
dealer's or the auction's rate ("the mandi's own rate is 600", "मंडी में ही साढ़े पाँच सौ
है", "the dealer rate itself is 360") or what the work
itself costs ("at that I can't even pay my tailor"). Such a price is a reference, no
offer: said after the other side's price refused ("350? no, madam, ..."), the line
refuses with no amount of its own. A counter in a clause of its own ("the mandi rate is
600, give 650") keeps its price. This widens `own_cost` with the emphatic forms and the
market's words it does not hold."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.conditions import clause_around
from audio.understanding.own_cost import speaks_of_cost
from audio.understanding.reading import _joined, _Reading


def _phrases(*said: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(w) for w in s.split()) for s in said)


_REFERENCES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases(
        "in the mandi", "at the mandi", "the mandi rate",
        "my purchase", "my own purchase", "i paid", "even pay", "can't even", "cannot even",
        "i myself pay", "my own rate",
        # the dealer's rate, the wholesale market's or the auction's
        "dealer rate", "dealer price", "wholesale market", "the auction", "at the auction",
        "auction closed", "auction rate",
    ),
    "hi": _phrases(
        "मंडी में", "मंडी में ही", "मंडी में भी", "mandi mein", "mandi me",
        "मेरी खरीद", "अपनी खरीद", "खरीद ही", "meri kharid", "मंडी का भाव", "मंडी भाव",
        "डीलर रेट", "dealer rate", "थोक बाज़ार में", "थोक बाजार में", "thok bazaar mein",
        "नीलामी में", "neelami mein",
    ),
    "mr": _phrases(
        "खरेदीच", "खरेदी किंमत", "माझी खरेदी", "मंडीत", "मंडीतच", "मार्केट यार्डात", "kharedich",
        "घाऊक बाजारात", "घाऊक बाजारातच", "होलसेल मार्केटमध्ये", "लिलावात", "लिलावातच",
        "डीलर रेट", "ghauk bajarat",
    ),
    "gu": _phrases(
        "મંડીમાં", "મંડીમાં જ", "યાર્ડમાં", "મારી ખરીદી", "પોતાની ખરીદી", "mandima",
        "હોલસેલ માર્કેટમાં", "માર્કેટમાં જ", "ડીલર રેટ", "હરાજીમાં",
    ),
    "pa": _phrases(
        "ਮੰਡੀ", "ਮੰਡੀ 'ਚ", "ਮੰਡੀ ਚ", "ਮੰਡੀ ਵਿੱਚ", "ਮੰਡੀ ਵਿਚ", "ਮੰਡੀ'ਚ", "mandi", "ਖਰੀਦ ਹੀ",
        "ਡੀਲਰ ਰੇਟ", "ਬੋਲੀ 'ਚ",
    ),
    "bn": _phrases(
        "কেনাই", "কেনার দাম", "কেনা দাম", "আড়তে", "আড়তেই", "মহাজনের", "kenai",
        "পাইকারি বাজারে", "হোলসেল মার্কেটে", "নিলামে", "ডিলার রেট",
    ),
    "ta": _phrases(
        "மண்டியில", "மண்டியிலேயே", "மண்டியிலே", "கொள்முதலே", "வாங்கின விலை",
        "மார்க்கெட்லயே", "மார்க்கெட்டிலேயே", "மார்க்கெட்லேயே", "ஹோல்சேல் மார்க்கெட்ல",
        "ஏலத்துல", "ஏலத்தில்", "டீலர் ரேட்",
    ),
    "te": _phrases(
        "మండీలో", "మండీలోనే", "కొనుగోలు ధరే", "కొన్న ధర", "కొన్న ధరే",
        "హోల్సేల్ మార్కెట్లో", "మార్కెట్లోనే", "వేలంలో", "డీలర్ రేట్",
    ),
    "kn": _phrases(
        "ಮಂಡಿಯಲ್ಲಿ", "ಮಂಡಿಯಲ್ಲೇ", "ಖರೀದಿ ಬೆಲೆ", "ಖರೀದಿಯೇ", "ಕೊಂಡ ಬೆಲೆ",
        "ಮಾರ್ಕೆಟ್ನಲ್ಲೇ", "ಮಾರ್ಕೆಟ್ನಲ್ಲಿಯೇ", "ಮಾರ್ಕೆಟಲ್ಲೇ", "ಹೋಲ್ಸೇಲ್ ಮಾರ್ಕೆಟ್ನಲ್ಲಿ",
        "ಹರಾಜಿನಲ್ಲಿ", "ಡೀಲರ್ ರೇಟ್",
    ),
    "ml": _phrases(
        "വാങ്ങിയ വില", "വാങ്ങിയ വിലയ്ക്ക്", "മാർക്കറ്റിൽ തന്നെ",
        "ഹോൾസെയിൽ മാർക്കറ്റിൽ", "ലേലത്തിൽ", "ഡീലർ റേറ്റ്",
    ),
}  # fmt: skip
_BOUNDS = (Cue.COMPARATIVE, Cue.CAP, Cue.CAP_BEFORE)
# The wholesale rate named as a fact ("the wholesale rate is 1,950", "थोक का रेट"): a
# reference only where a price of the speaker's own follows ("..., make it 2,000"); alone
# it may be this seller's own floor ("the wholesale rate is 1,950, I can't go lower"),
# and a bare "wholesale" may ask this seller's wholesale price.
_WHOLESALE: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": _phrases("wholesale rate is", "wholesale price is", "wholesale rate itself"),
    "hi": _phrases(
        "थोक का रेट", "थोक रेट", "थोक का भाव", "थोक भाव", "होलसेल रेट", "होलसेल का रेट",
        "thok ka rate", "thok rate", "wholesale rate",
    ),
    "mr": _phrases("घाऊक भाव", "घाऊक दर", "होलसेल रेट", "होलसेल भाव"),
    "gu": _phrases("હોલસેલ ભાવ", "હોલસેલનો ભાવ", "જથ્થાબંધ ભાવ"),
    "pa": _phrases("ਹੋਲਸੇਲ ਰੇਟ", "ਹੋਲਸੇਲ ਦਾ ਰੇਟ", "ਥੋਕ ਰੇਟ"),
    "bn": _phrases("পাইকারি দর", "হোলসেল রেট"),
    "ta": _phrases("மொத்த விலை", "ஹோல்சேல் ரேட்", "ஹோல்சேல் விலை"),
    "te": _phrases("హోల్సేల్ రేటు", "హోల్సేల్ రేట్", "హోల్సేల్ ధర"),
    "kn": _phrases("ಹೋಲ್ಸೇಲ್ ರೇಟ್", "ಹೋಲ್ಸೇಲ್ ಬೆಲೆ"),
    "ml": _phrases("ഹോൾസെയിൽ വില", "ഹോൾസെയിൽ റേറ്റ്"),
}  # fmt: skip


def _said_at(
    reading: _Reading, table: dict[str, tuple[tuple[str, ...], ...]] = _REFERENCES
) -> list[int]:
    words = reading.words
    # every word of a phrase found, so a clause that starts inside it ("ਮੰਡੀ 'ਚ ਈ …",
    # where the apostrophe breaks the clause) still holds it
    return sorted(
        {
            k + j
            for k in range(len(words))
            for p in table.get(reading.language, ())
            if tuple(words[k : k + len(p)]) == p
            for j in range(len(p))
        }
    )


def set_aside_reference_prices(reading: _Reading) -> int | None:
    """Set aside the prices said in a clause with the speaker's purchase, the market's
    rate or the work's cost; where the first such word is, or None when no price was."""
    named = _said_at(reading)
    rates = _said_at(reading, _WHOLESALE)
    said = sorted({*named, *rates})
    if not said:
        return None
    marked = []
    for price in reading.prices:
        if price.negated or price.bound:
            continue
        clause = clause_around(reading, price.start, price.end)
        if any(reading.has(k, *_BOUNDS) for k in clause):
            continue
        if any(k in clause for k in said):
            marked.append(price)
    if not marked:
        return None
    standing = [p for p in reading.prices if not p.negated and p not in marked]
    # only a wholesale rate named: a reference where the speaker's own price follows
    only_rate = not any(k in named for p in marked for k in clause_around(reading, p.start, p.end))
    if only_rate and not any(p.start > max(q.end for q in marked) for p in standing):
        return None
    first = min(p.start for p in marked)
    if standing and all(_refused_before(reading, p.end, first) for p in standing):
        # "700 a sack? no, in the mandi itself it is 750": the price before the "no" is
        # the other side's, said back and refused; the reference after it offers nothing
        for price in (*standing, *marked):
            price.negated = True
        return said[0]
    if standing:
        # "the mandi has it at 600, for you 650": the vendor's own price stands, and the
        # reference answers nothing (it is no refused price making 650 a counter)
        reading.prices = [p for p in reading.prices if p not in marked]
        return None
    for price in marked:
        price.negated = True
    return said[0]


_REFUSING = (Cue.NEGATION, Cue.NOT, Cue.REJECT)


def _refused_before(reading: _Reading, end: int, reference: int) -> bool:
    """Whether a word of refusal stands after a price ending at `end` and before the
    reference price starting at `reference`."""
    words = reading.words
    return any(reading.has(k, *_REFUSING) or words[k] in _NO for k in range(end, reference))


# "No" said alone after the price, also where it could be a tag ("तीन सौ, ना बहन जी"):
# with a reason of cost after it, it refuses.
_NO = frozenset(fold(w) for w in ("ना", "na", "naa", "ਨਾ", "না", "nope"))


def _refused_at(reading: _Reading, k: int) -> bool:
    return k < len(reading.words) and (reading.has(k, *_REFUSING) or reading.words[k] in _NO)


# The words that may stand between the price said back and its question mark: "in" and
# the goods' name ("तीन सौ में थैला? ना, ...", "three hundred for the bag? no, ...").
_ASKED_WITHIN = 3


def _refused_after_asking(reading: _Reading, end: int) -> bool:
    """The price asked back ("तीन सौ में थैला?") and the next word a "no"."""
    words = reading.words
    for k in range(end, min(end + _ASKED_WITHIN + 1, len(words))):
        if words[k] == "?":
            return _refused_at(reading, k + 1)
        if not _joined(reading, k) or reading.number_at[k] is not None:
            return False  # a pause before the question, or another number
    return False


def refuse_echo_before_reason(reading: _Reading) -> int | None:
    """The other side's price said back with a "no" right after it, and a reason of cost
    in the line ("350, no madam, at that I can't even pay my karigar", "one-fifty no, my
    own purchase is one-sixty"): the price is refused, never the speaker's counter.
    Where the refusal is, or None."""
    said = _said_at(reading)
    if not said and not speaks_of_cost(reading):
        return None
    words, refused = reading.words, None
    for price in reading.prices:
        if price.negated or price.bound or price.end >= len(words):
            continue
        if said and price.end > said[0]:
            continue
        if _refused_at(reading, price.end) or _refused_after_asking(reading, price.end):
            price.negated = True
            refused = price.end if refused is None else refused
    return refused
