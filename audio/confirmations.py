"""What the server asks a speaker whose price it did not hear with confidence.

For money, "I didn't catch that" is acceptable and a wrong price is not: a price
understood below the recording confidence is neither recorded nor passed on. The speaker
is asked, in their own language, whether they said it ("Did you say 35 rupees a kilo?"),
and when they say no they are asked to say it again.

The question asks what was *said*, not whether the price is fair: "35 a kilo, right?"
could be answered "no, too much" by a vendor who did say 35. The price in it is said the
way the phrasebook says a price or a rate (`audio.phrasebook.say_price`), with digits.
"""

from __future__ import annotations

from typing import Protocol

from audio.phrasebook import say_price


class HeardPrice(Protocol):
    """A price as heard: a `NegotiationAct` or an `Understanding` both fit."""

    @property
    def amount_paise(self) -> int | None: ...

    @property
    def per_unit(self) -> bool | None: ...

    @property
    def unit(self) -> str | None: ...


# Polite, gender-neutral market speech, as in the phrasebook: verbs chosen that do not
# mark the speaker's or the listener's gender (Hindi "आपने … कहा", Marathi "तुम्ही …
# म्हणालात", Gujarati "તમે … બોલ્યા").
ASK_PRICE: dict[str, str] = {
    "en": "Did you say {price}?",
    "hi": "क्या आपने {price} कहा?",
    "mr": "तुम्ही {price} म्हणालात का?",
    "gu": "તમે {price} બોલ્યા?",
    "pa": "ਕੀ ਤੁਸੀਂ {price} ਕਿਹਾ?",
    "bn": "আপনি কি {price} বললেন?",
    "ta": "{price} என்று சொன்னீர்களா?",
    "te": "{price} అన్నారా?",
    "kn": "{price} ಅಂತ ಹೇಳಿದ್ರಾ?",
    "ml": "{price} എന്നാണോ പറഞ്ഞത്?",
}
"""Asked of a speaker whose price was heard without confidence."""

SAY_AGAIN: dict[str, str] = {
    "en": "Please say the price again, or type it.",
    "hi": "कृपया दाम फिर से बोलिए, या टाइप कर दीजिए।",
    "mr": "कृपया भाव पुन्हा सांगा, किंवा टाइप करा.",
    "gu": "કૃપા કરીને ભાવ ફરીથી કહો, અથવા ટાઇપ કરો.",
    "pa": "ਕਿਰਪਾ ਕਰਕੇ ਭਾਅ ਦੁਬਾਰਾ ਦੱਸੋ, ਜਾਂ ਟਾਈਪ ਕਰੋ।",
    "bn": "দয়া করে দামটা আবার বলুন, অথবা টাইপ করুন।",
    "ta": "தயவுசெய்து விலையை மறுபடியும் சொல்லுங்கள், அல்லது டைப் செய்யுங்கள்.",
    "te": "దయచేసి ధర మళ్ళీ చెప్పండి, లేదా టైప్ చేయండి.",
    "kn": "ದಯವಿಟ್ಟು ಬೆಲೆಯನ್ನು ಮತ್ತೊಮ್ಮೆ ಹೇಳಿ, ಅಥವಾ ಟೈಪ್ ಮಾಡಿ.",
    "ml": "ദയവായി വില ഒന്നുകൂടി പറയൂ, അല്ലെങ്കിൽ ടൈപ്പ് ചെയ്യൂ.",
}
"""Told to a speaker who said the heard price was wrong, or answered too late."""

SAY_AGAIN_SPOKEN: dict[str, str] = {
    "en": "Please say the price again.",
    "hi": "कृपया दाम फिर से बोलिए।",
    "mr": "कृपया भाव पुन्हा सांगा.",
    "gu": "કૃપા કરીને ભાવ ફરીથી કહો.",
    "pa": "ਕਿਰਪਾ ਕਰਕੇ ਭਾਅ ਦੁਬਾਰਾ ਦੱਸੋ।",
    "bn": "দয়া করে দামটা আবার বলুন।",
    "ta": "தயவுசெய்து விலையை மறுபடியும் சொல்லுங்கள்.",
    "te": "దయచేసి ధర మళ్ళీ చెప్పండి.",
    "kn": "ದಯವಿಟ್ಟು ಬೆಲೆಯನ್ನು ಮತ್ತೊಮ್ಮೆ ಹೇಳಿ.",
    "ml": "ദയവായി വില ഒന്നുകൂടി പറയൂ.",
}
"""`SAY_AGAIN` for someone with nothing to type on (a phone)."""

LANGUAGES: tuple[str, ...] = tuple(ASK_PRICE)


def ask_price(heard: HeardPrice, language: str) -> str:
    """ "Did you say {price}?" in `language` (English when it has no phrases), the price
    said as a rate when it is one per unit ("35 रुपये किलो"), else as an amount."""
    if heard.amount_paise is None:
        raise ValueError("there is no price to ask about")
    unit = heard.unit if heard.per_unit is not False else None
    template = ASK_PRICE.get(language)
    if template is None:
        language, template = "en", ASK_PRICE["en"]
    return template.format(price=say_price(heard.amount_paise, language, unit=unit))


def say_again(language: str, *, can_type: bool = True) -> str:
    """ "Please say the price again, or type it." in `language`; without "or type it"
    for someone on a phone."""
    table = SAY_AGAIN if can_type else SAY_AGAIN_SPOKEN
    return table.get(language) or table["en"]
