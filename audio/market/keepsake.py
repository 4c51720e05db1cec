""" "Old" said of one's own keepsake: "this old umbrella was my father's, that's why I get it
repaired", "ये पुराना छाता मेरे पिताजी का है", "ഈ പഴയ കുട എന്റെ അച്ഛന്റേതാണ്". A word of
age (`quality_old`) in a clause that says the thing belonged to one of the speaker's
elders (`OWNED_BY_KIN`: father's, mother's, grandfather's) tells why the thing is kept: no
doubt of the goods on sale, small talk. So is a word of age said right after the
speaker's own "my" (`MINE`: "my old umbrella", "என் பழைய குடை", "મારી જૂની છત્રી"): the
speaker's own thing, whoever gave it, never the goods on sale.

Words are matched like cues (see `audio.market.phrases`): an Indic word of three letters or
more as a stem, so "അച്ഛന്റ" holds "അച്ഛന്റെ" and "അച്ഛന്റേതാണ്".
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in

OLD = "quality_old"

OWNED_BY_KIN = {
    "en": "father's; mother's; dad's; mom's; mum's; grandfather's; grandmother's; "
    "grandpa's; grandma's; granny's; my late; belonged to my; was my father; "
    "was my mother; was my grandfather; was my grandmother",
    "hi": "पिताजी का; पिताजी की; पिताजी के; पापा का; पापा की; पापा के; बाबूजी का; बाबूजी की; "
    "माँ का; माँ की; माँ के; मां का; मां की; दादाजी का; दादाजी की; दादा जी का; दादा जी की; "
    "दादी का; दादी की; नानी का; नानी की; नाना जी का; papa ka; papa ki; pitaji ka; "
    "pitaji ki; dadaji ka; dadi ki; maa ka; maa ki",
    "ta": "அப்பாவோட; அப்பாவுடைய; அம்மாவோட; அம்மாவுடைய; தாத்தாவோட; பாட்டியோட; appavoda; ammavoda; thathavoda",
    "te": "నాన్నగారి; నాన్నది; అమ్మగారి; అమ్మది; తాతగారి; తాతయ్యది; నానమ్మది; nannagaridi; nannadi; ammadi",
    "bn": "বাবার; মায়ের; ঠাকুরদার; দাদুর; ঠাকুমার; দিদিমার; babar; mayer; dadur",
    "mr": "बाबांची; बाबांचा; बाबांचं; वडिलांची; वडिलांचा; वडिलांचं; आईची; आईचा; आईचं; "
    "आजोबांची; आजोबांचा; आजीची; आजीचा; babanchi; vadilanchi",
    "gu": "પપ્પાની; પપ્પાનો; પપ્પાનું; બાપુજીની; બાપુજીનો; મમ્મીની; મમ્મીનો; દાદાની; દાદાનો; "
    "દાદાનું; દાદીની; બાની; papani; papano",
    "kn": "ಅಪ್ಪಂದು; ಅಪ್ಪನದು; ಅಪ್ಪನ; ಅಮ್ಮಂದು; ಅಮ್ಮನದು; ಅಜ್ಜಂದು; ಅಜ್ಜನದು; ಅಜ್ಜಿದು; "
    "ನಮ್ಮಪ್ಪಂದು; ನಮ್ಮಮ್ಮಂದು; appandu; appanadu",
    "ml": "അച്ഛന്റ; അമ്മയുടെ; അമ്മയുടേത; അപ്പൂപ്പന്റ; അമ്മൂമ്മയുടെ; അപ്പന്റ; achante; ammayude",
    "pa": "ਪਿਤਾ ਜੀ ਦੀ; ਪਿਤਾ ਜੀ ਦਾ; ਪਿਤਾ ਜੀ ਦੇ; ਬਾਪੂ ਜੀ ਦੀ; ਬਾਪੂ ਜੀ ਦਾ; ਬਾਪੂ ਦੀ; ਬਾਪੂ ਦਾ; "
    "ਦਾਦੇ ਦੀ; ਦਾਦੇ ਦਾ; ਦਾਦੀ ਦੀ; ਦਾਦੀ ਦਾ; ਮਾਂ ਦੀ; ਮਾਂ ਦਾ; bapu di; bapu da",
}
"""Per language, a thing said to be one of the speaker's elders' (English's heard in
every language)."""


MINE = {
    "en": "my=; my own",
    "hi": "मेरा=; मेरी=; मेरे=; mera=; meri=; mere=",
    "ta": "என்=; என்னோட=; என்னுடைய=; en=; ennoda=",
    "te": "నా=; నాది=; naa=",
    "bn": "আমার=; amar=",
    "mr": "माझा=; माझी=; माझं=; माझे=; majha=; majhi=",
    "gu": "મારો=; મારી=; મારું=; મારા=; maro=; mari=; maru=",
    "kn": "ನನ್ನ=; nanna=",
    "ml": "എന്റെ=; ente=",
    "pa": "ਮੇਰਾ=; ਮੇਰੀ=; ਮੇਰੇ=; mera=; meri=",
}
"""Per language, the speaker's own "my", said right before a word of age."""


def keepsake(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` without a word of age said in a clause of a kin's thing (see above)."""
    if not any(h.act == OLD for h in hits):
        return hits

    def clause(k: int) -> tuple[int, int]:
        lo = max((b for b in punct if b <= k), default=0)
        return lo, min((b for b in punct if b > k), default=len(words))

    def kept(h: Hit) -> bool:
        lo, hi = clause(h.start)
        return not any(
            at(f, words, i) for i in range(lo, hi) for f in forms_in(language, OWNED_BY_KIN)
        )

    def mine(h: Hit) -> bool:
        return any(
            h.start - len(f) >= 0 and at(f, words, h.start - len(f))
            for f in forms_in(language, MINE)
        )

    return [h for h in hits if h.act != OLD or (kept(h) and not mine(h))]
