"""Market acts: numbers in talk that are no price (money saved or spent told, sizes of
stock, a count taken together), and act words said of something else."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT


def heard(text: str, language: str) -> tuple[str | None, int | None]:
    """The market act and the amount the listener gets through the `interpret` path."""
    target = "hi" if language == "en" else "en"
    got = asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )
    act = got.market.act if got.market is not None else None
    return act, got.act.amount_paise if got.act is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "thanks a ton, you saved me three hundred rupees today"),
        ("en", "you saved me 400, thank you brother"),
        ("hi", "शुक्रिया दीदी, आपने मेरे 300 रुपये बचा दिए"),
        ("hi", "aapne to 150 rupaye bacha diye, dhanyavaad"),
        ("bn", "অনেক ধন্যবাদ, আপনি ২০০ টাকা বাঁচিয়ে দিলেন"),
        ("ta", "நீங்க 400 ரூபாய் மிச்சம் பண்ணிட்டீங்க, நன்றி அண்ணா"),
        ("kn", "ಧನ್ಯವಾದ ಸರ್, 250 ರೂಪಾಯಿ ಉಳಿಸಿದ್ರಿ"),
        ("te", "థ్యాంక్స్ అన్నా, 300 రూపాయలు మిగిల్చారు"),
        ("mr", "तुम्ही माझे 200 रुपये वाचवले, धन्यवाद"),
        ("pa", "ਤੁਸੀਂ 400 ਰੁਪਏ ਬਚਾ ਦਿੱਤੇ, ਧੰਨਵਾਦ"),
    ],
)
def test_money_saved_told_with_thanks_is_thanks_no_amount(language: str, text: str) -> None:
    assert heard(text, language) == ("thanks", None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "200 already spent on the taxi, what a day"),
        ("en", "today 80 went on the rickshaw alone"),
        ("hi", "आज ऑटो में ही 200 खर्च हो गए"),
        ("hi", "rickshaw mein 80 rupaye lag gaye yaar"),
        ("bn", "আজ রিকশায় ১০০ টাকা খরচ হয়ে গেল"),
        ("ta", "auto-ku 150 selavaachu inniku"),
        ("kn", "ಆಟೋಗೆ 120 ಖರ್ಚಾಯ್ತು ಇವತ್ತು"),
        ("ml", "ഓട്ടോയ്ക്ക് 100 രൂപ ചിലവായി"),
        ("te", "ఆటోకి 200 ఖర్చయ్యింది ఈరోజు"),
        ("pa", "ਆਟੋ ਵਿੱਚ 150 ਖਰਚ ਹੋ ਗਏ"),
    ],
)
def test_money_spent_told_is_small_talk_no_amount(language: str, text: str) -> None:
    assert heard(text, language)[1] is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "spent 300 already, give it for 200"),
        ("hi", "300 lag gaye, 250 mein de do"),
    ],
)
def test_a_price_beside_money_spent_is_never_dropped_as_told(language: str, text: str) -> None:
    from audio.market.money_told import money_not_offered
    from audio.understanding import understand

    understood = understand(text, language=language)
    assert money_not_offered(understood, text, language, None, min_confidence=0.7) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no more waist 34, you'll get 36 and 38 only"),
        ("en", "we have only 9 and 10 left, number 8 sold out"),
        ("en", "length thirty two is over, thirty four and 36 there"),
        ("hi", "36 और 38 ही बचे हैं, कमर 34 बिक गई"),
        ("hi", "naap 40 wali khatam, 42 ya 44 le lo"),
        ("bn", "কোমর ৩৪ নেই আর, ৩৬ আর ৩৮ আছে"),
        ("ta", "இடுப்பு 32 தீர்ந்துபோச்சு, 34 உம் 36 உம் இருக்கு"),
        ("kn", "36 ಮತ್ತು 38 ಮಾತ್ರ ಇದೆ, ಸೈಜ್ 34 ಖಾಲಿ"),
        ("ml", "32ഉം 34ഉം ഉണ്ട്, സൈസ് 30 തീർന്നു"),
        ("te", "నడుము 34 అయిపోయింది, 36, 38 ఉన్నాయి"),
        ("mr", "कंबर 34 संपली, 36 आणि 38 आहेत"),
        ("pa", "ਕਮਰ 34 ਮੁੱਕ ਗਈ, 36 ਤੇ 38 ਪਈਆਂ ਨੇ"),
    ],
)
def test_sizes_told_of_stock_are_no_price(language: str, text: str) -> None:
    act, amount = heard(text, language)
    assert amount is None
    assert act in (None, "out_of_stock")


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "size 8 ki chappal dikhao, 200 dunga", 200_00),
        ("en", "the size 9 one, give it for 450", 450_00),
    ],
)
def test_a_price_beside_a_size_is_kept(language: str, text: str, paise: int) -> None:
    assert heard(text, language)[1] == paise


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "তিরিশটা একসাথে নিলে কত করে দেবেন দাদা?"),
        ("bn", "dada, 40 ta ekshathe nile koto diben?"),
        ("en", "what will you charge if I buy 60 at once?"),
        ("en", "I'll take forty together, how much then?"),
        ("hi", "भैया, 40 एक साथ लूँ तो कितने में दोगे?"),
        ("hi", "tees ek saath le loon to kitna lagaoge?"),
        ("kn", "ಮೂವತ್ತು ಒಟ್ಟಿಗೆ ತಗೊಂಡ್ರೆ ಎಷ್ಟು ಆಗುತ್ತೆ?"),
        ("kn", "40 ottige tagondre eshtu kodtira?"),
        ("ml", "നാൽപ്പത് ഒരുമിച്ച് എടുത്താൽ എത്ര ആകും?"),
        ("ta", "முப்பது ஒண்ணா எடுத்தா எவ்வளவு ஆகும்?"),
    ],
)
def test_a_count_taken_together_asks_the_bulk_price_no_amount(language: str, text: str) -> None:
    assert heard(text, language) == ("bulk_price", None)


def test_a_price_after_a_count_taken_together_is_kept() -> None:
    assert heard("5 ek saath lun to 50 mein doge?", "hi")[1] in (None, 50_00)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "such a sweet poem, my daughter wrote it"),
        ("en", "after that book I feel really fresh"),
        ("hi", "उसकी कविता बड़ी मीठी है, सुनो कभी"),
        ("hi", "ye gaana sunke mann ekdum fresh ho jaata hai"),
        ("bn", "উপন্যাসটা এত মিষ্টি, শেষটা দারুণ"),
        ("ta", "அந்த கதை ரொம்ப இனிப்பா இருந்தது"),
        ("te", "ఆ పాట చాలా మధురంగా ఉంది"),
        ("kn", "ಅವರ ಕವನ ತುಂಬಾ ಸಿಹಿಯಾಗಿದೆ"),
        ("ml", "ആ പാട്ട് നല്ല മധുരമുള്ളതാണ്"),
        ("mr", "ही कादंबरी खूप गोड आहे"),
        ("pa", "ਇਹ ਗੀਤ ਬੜਾ ਮਿੱਠਾ ਹੈ"),
    ],
)
def test_sweet_or_fresh_said_of_words_or_a_feeling_is_no_claim(language: str, text: str) -> None:
    assert heard(text, language)[0] is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "these jalebis are very sweet"),
        ("hi", "ये चीकू एकदम मीठे हैं"),
        ("bn", "আমগুলো খুব মিষ্টি"),
        ("kn", "ಈ ಹಣ್ಣು ತುಂಬಾ ಸಿಹಿ"),
    ],
)
def test_sweet_said_of_food_stays_claim_sweet(language: str, text: str) -> None:
    assert heard(text, language)[0] == "claim_sweet"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("ta", "வாங்க பாருங்க, இந்த கூடை எல்லாம் கையால பின்னது", "come_look"),
        ("en", "come, have a look, every pot is handmade", "come_look"),
        ("hi", "आइए देखिए, सारे दीये हाथ से बने हैं", "come_look"),
        ("kn", "ಬನ್ನಿ ನೋಡಿ, ಎಲ್ಲಾ ಕೈಯಿಂದ ಮಾಡಿದ್ದು", "come_look"),
        ("bn", "আসুন দেখুন, সব হাতে তৈরি", "come_look"),
        ("kn", "ಒಡೆದು ಹೋಗದ ಹಾಗೆ ಸುತ್ತಿ ಕೊಡಿ", "pack_it"),
        ("en", "wrap it well in paper so it doesn't break", "pack_it"),
        ("hi", "अख़बार में अच्छे से लपेट दो, टूटे नहीं", "pack_it"),
        ("ta", "உடைஞ்சிடாம நியூஸ் பேப்பர்ல சுத்தி குடுங்க", "pack_it"),
        ("te", "పగలకుండా పేపర్లో బాగా చుట్టి ఇవ్వండి", "pack_it"),
        ("bn", "রোজ তো আপনার কাছেই নিই, একটু বেশি দিন", "ask_extra"),
        ("ml", "ദിവസവും വാങ്ങുന്നതല്ലേ, കുറച്ച് ഫ്രീ ഇട്ടേക്ക്", "ask_extra"),
        ("hi", "roz leta hoon, thoda extra daal do", "ask_extra"),
        ("en", "I buy here daily, give a little extra", "ask_extra"),
        ("ml", "daily vangunnathalle, kurachu free ittekku", "ask_extra"),
        ("hi", "फुल क्रीम वाला दूध खत्म, कल आइए", "out_of_stock"),
        ("en", "the full-cream one is finished, come tomorrow", "out_of_stock"),
        ("mr", "फुल क्रीम संपलं, उद्या या", "out_of_stock"),
        ("bn", "ফুল ক্রিম শেষ, কাল আসুন", "out_of_stock"),
        ("hi", "full cream khatam ho gaya, kal aana bhai", "out_of_stock"),
    ],
)
def test_a_neighbours_reason_leaves_the_act(language: str, text: str, act: str) -> None:
    """A call to look said with a handmade claim, packing with the breaking it guards
    against, extra asked with a daily custom, a kind of goods finished."""
    assert heard(text, language) == (act, None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "hurry, the number 12 bus has come!"),
        ("hi", "jaldi chalo, 21 number bus aa gayi"),
        ("en", "these letters are too small for my eyes, where are my glasses"),
        ("hi", "अक्षर बहुत छोटे हैं, चश्मा भूल गया"),
        ("kn", "ಅಕ್ಷರ ತುಂಬಾ ಸಣ್ಣ, ಕನ್ನಡಕ ಬೇಕು"),
        ("en", "so much rain this season, the buffaloes give less milk"),
        ("hi", "इस बार बारिश ज़्यादा हुई, भैंस दूध कम दे रही है"),
        ("en", "free this evening, is there a good movie on?"),
        ("hi", "शाम को फ्री हूँ, कोई अच्छी पिक्चर है क्या?"),
        ("ta", "இன்னைக்கு ஃப்ரீ, நல்ல சினிமா ஏதாவது இருக்கா?"),
        ("en", "how long does boiled milk keep outside the fridge?"),
        ("en", "to lose weight I stopped tea with milk"),
        ("hi", "वज़न घटाने के लिए दूध वाली चाय छोड़ दी"),
        ("en", "a very old shop, here since my grandfather's time"),
        ("hi", "बहुत पुरानी दुकान है, दादाजी के ज़माने से"),
        ("bn", "খুব পুরনো দোকান, ঠাকুরদার আমল থেকে"),
    ],
)
def test_act_words_said_of_life_are_small_talk(language: str, text: str) -> None:
    assert heard(text, language) == (None, None)
