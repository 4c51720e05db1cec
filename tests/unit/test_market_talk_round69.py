"""Market acts: a cue of age outranks softness or smell, though goods gone off stay soft;
dried goods named, and a cooking question's "soft", doubt nothing."""

from __future__ import annotations

import pytest

from audio.market import market_act


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the bread has gone limp, is it yesterday's?"),
        ("en", "this dried chilli looks very old, smells musty"),
        ("hi", "भजिये ढीले पड़ गए, कल के हैं क्या?"),
        ("bn", "পাঁপড়টা নরম হয়ে গেছে, এটা কালকের?"),
        ("ta", "வடை மெத்துன்னு இருக்கு, நேத்து செஞ்சதா?"),
        ("te", "బజ్జీలు మెత్తబడ్డాయి, నిన్నటివేనా?"),
        ("mr", "भजी मऊ झाली, कालची आहेत का?"),
        ("gu", "ખાખરા પોચા થઈ ગયા, ગઈકાલના છે?"),
        ("kn", "ಬೋಂಡಾ ಮೆತ್ತಗಾಗಿದೆ, ನಿನ್ನೆದಾ?"),
        ("ml", "പപ്പടം തണുത്തുപോയി, ഇന്നലത്തെ ആണോ?"),
        ("pa", "ਪਕੌੜੇ ਨਰਮ ਹੋ ਗਏ, ਕੱਲ੍ਹ ਦੇ ਨੇ?"),
    ],
)
def test_age_outranks_softness(language: str, text: str) -> None:
    assert act_of(text, language) == "quality_old"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "कल का दूध फट गया, देखो"),
        ("en", "yesterday's curd has gone sour"),
        ("mr", "कालचं ताक आंबलं"),
    ],
)
def test_goods_gone_off_stay_soft_though_old(language: str, text: str) -> None:
    assert act_of(text, language) == "quality_soft"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how long should I fry the liver so it stays soft?"),
        ("ta", "மட்டன் எவ்ளோ நேரம் வேக வச்சா மெத்துனு ஆகும்?"),
        ("te", "మటన్ ఎంత సేపు ఉడికిస్తే మెత్తగా ఉంటుంది?"),
    ],
)
def test_a_cooking_question_doubts_nothing(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what else? dried fish has come in too"),
        ("hi", "और बताइए, सूखे झींगे भी मिलेंगे"),
        ("pa", "ਹੋਰ ਕੁਝ? ਸੁੱਕੀ ਮੱਛੀ ਵੀ ਹੈਗੀ"),
        ("te", "ఇంకా ఏమైనా? ఎండు చేప కూడా ఉంది"),
    ],
)
def test_dried_names_the_goods(language: str, text: str) -> None:
    assert act_of(text, language) == "anything_else"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "शादी का scale इस बार बड़ा है, ज़्यादा कुर्सियाँ लगेंगी"),
        ("gu", "આ વખતે મેળાનો scale મોટો છે, વધારે સ્ટોલ લાગશે"),
        ("pa", "ਵਿਆਹ ਦਾ scale ਵੱਡਾ ਏ, ਜ਼ਿਆਦਾ ਕੁਰਸੀਆਂ ਲੱਗਣਗੀਆਂ"),
        ("en", "the scale of the fair is bigger this year, more stalls are coming"),
    ],
)
def test_scale_of_a_work_weighs_nothing(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "aapka scale kam dikha raha hai"),
        ("en", "your scale shows too much, check it"),
        ("bn", "দাঁড়িপাল্লাটা ঝুঁকে গেছে, ভালো করে ওজন দিন"),
        ("te", "కాటా ఒక పక్క వంగింది, సరిగ్గా తూకం వేయండి"),
        ("te", "మీ కాటా తక్కువ చూపిస్తుంది"),
        ("kn", "ತಕ್ಕಡಿ ಬಾಗಿದೆ ನೋಡಿ"),
        ("ml", "ത്രാസ് ചരിഞ്ഞാണ് നിൽക്കുന്നത്, നേരെ തൂക്ക്"),
    ],
)
def test_a_scale_tilting_or_short_asks_to_weigh_properly(language: str, text: str) -> None:
    assert act_of(text, language) == "weigh_properly"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "good evening! what have you got for me?"),
        ("bn", "নমস্কার কাকু, আজ কী আছে?"),
        ("pa", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਕੀ ਕੀ ਹੈਗਾ ਅੱਜ?"),
    ],
)
def test_a_greeting_opening_an_open_question_is_the_greeting(language: str, text: str) -> None:
    assert act_of(text, language) == "greet"


def test_a_greeting_before_goods_named_still_asks_for_them() -> None:
    assert act_of("namaste, do you have tomatoes?", "en") == "have_it"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "alright, fixed then, wrap it"),
        ("hi", "ok fix, packet bana do"),
        ("ta", "ஓகே ஃபிக்ஸ், பேக் பண்ணுங்க"),
    ],
)
def test_a_fixing_word_outranks_packing(language: str, text: str) -> None:
    assert act_of(text, language) == "deal"


def test_card_asked_with_cash_short_is_card() -> None:
    assert act_of("card edukkuvo? cash kuravu aanu", "ml") == "pay_card"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("ml", "ചേട്ടന്റെ വർത്തമാനം നല്ല മധുരം, പക്ഷേ കപ്പ് ചെറുതാ", "quality_small"),
        ("gu", "તમારી વાતો બહુ મીઠી, પણ કપ નાનો છે", "quality_small"),
        ("kn", "ಮಾತು ತುಂಬಾ ಸಿಹಿ, ಆದ್ರೆ ಕಪ್ ಚಿಕ್ಕದು", "quality_small"),
        ("en", "your words are sweet but the tea is watery", None),
    ],
)
def test_sweet_talk_claims_nothing_of_the_goods(language: str, text: str, act: str | None) -> None:
    assert act_of(text, language) == act


def test_the_one_with_some_quality_shown_is_another() -> None:
    assert act_of("giri wala dikhao, ye to bas paani hai", "hi") == "show_another"
