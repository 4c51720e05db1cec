"""A count in another sentence, change for a note written as the English word, and
buying elsewhere: each in all ten languages, native script and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand

# A small bare count ("two bags") is never a price paired with a quantity said in the
# next sentence ("... ? 3 kg won't fit in one"): at most it is asked about.
COUNT_THEN_OTHER_SENTENCE = [
    ("bn", "তিনটে ব্যাগ দেবেন? 3 kg পেঁয়াজ একটায় হবে না"),
    ("bn", "tinte bag deben? 3 kg peyaj ektay hobe na"),
    ("en", "give me three bags please? 3 kg won't fit in one"),
    ("hi", "तीन थैली दोगे? 3 किलो एक में नहीं आएगा"),
    ("hi", "teen thaili doge? 3 kilo ek mein nahi aayega"),
    ("ta", "மூணு பை குடுப்பீங்களா? 3 கிலோ ஒண்ணுல வராது"),
    ("te", "మూడు సంచులు ఇస్తారా? 3 కిలోలు ఒకదాంట్లో పట్టవు"),
    ("mr", "तीन पिशव्या द्याल का? 3 किलो एकात बसणार नाही"),
    ("gu", "ત્રણ થેલી આપશો? 3 કિલો એકમાં નહીં આવે"),
    ("kn", "ಮೂರು ಚೀಲ ಕೊಡ್ತೀರಾ? 3 ಕೆಜಿ ಒಂದರಲ್ಲಿ ಹಿಡಿಯಲ್ಲ"),
    ("ml", "മൂന്ന് സഞ്ചി തരുമോ? 3 കിലോ ഒന്നിൽ കൊള്ളില്ല"),
    ("pa", "ਤਿੰਨ ਥੈਲੇ ਦਿਓਗੇ? 3 ਕਿੱਲੋ ਇੱਕ ਵਿੱਚ ਨਹੀਂ ਆਉਣਾ"),
]


@pytest.mark.parametrize(("language", "text"), COUNT_THEN_OTHER_SENTENCE)
def test_a_count_is_not_priced_by_the_next_sentence(language: str, text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language=language, has_outstanding_offer=reply)
        recorded = understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None
        assert recorded is None, understood


# "Do you have change for 500?", the English "change" written in the speaker's script.
CHANGE_FOR_A_NOTE = [
    ("kn", "ಎರಡು ಸಾವಿರಕ್ಕೆ ಚೇಂಜ್ ಇದೆಯಾ?"),
    ("kn", "2000 ke change ide na?"),
    ("hi", "पाँच सौ का चेंज है?"),
    ("bn", "পাঁচশো টাকার চেঞ্জ হবে?"),
    ("bn", "500 takar change hobe?"),
    ("ta", "ஐநூறு ரூபாய்க்கு சேஞ்ச் இருக்கா?"),
    ("te", "ఐదు వందలకు చేంజ్ ఉందా?"),
    ("mr", "पाचशेचे चेंज आहे का?"),
    ("gu", "પાંચસો રૂપિયાનું ચેન્જ છે?"),
    ("ml", "അഞ്ഞൂറ് രൂപയ്ക്ക് ചേഞ്ച് ഉണ്ടോ?"),
    ("ml", "anjooru roopakku chillara undo?"),
    ("pa", "ਪੰਜ ਸੌ ਦਾ ਚੇਂਜ ਹੈ?"),
    ("pa", "ਪੰਜ ਸੌ ਦੇ ਛੁੱਟੇ ਹੈਗੇ?"),
    ("en", "do you have change for 500?"),
]


@pytest.mark.parametrize(("language", "text"), CHANGE_FOR_A_NOTE)
def test_change_for_a_note_is_no_price(language: str, text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language=language, has_outstanding_offer=reply)
        assert understood.amount_paise is None, understood
        assert understood.intent is Intent.OTHER, understood


# "Leave it, I'll buy it from over there": buying elsewhere refuses the price on the
# table, and is never an accept.
FROM_OVER_THERE = [
    ("bn", "থাক, ওখান থেকে কিনে নেব"),
    ("bn", "thak, okhan theke kine nebo"),
    ("hi", "रहने दो, उधर से ले लेंगे"),
    ("hi", "udhar se le lenge"),
    ("en", "never mind, I'll get it from there"),
    ("ta", "அங்கிருந்து வாங்கிக்கிறேன்"),
    ("te", "అక్కడ్నుంచి తీసుకుంటా"),
    ("te", "pakka kotlo konukkunta"),
    ("mr", "राहू दे, तिकडून घेतो"),
    ("mr", "tikdun ghein"),
    ("gu", "રહેવા દો, ત્યાંથી લઈ લઈશ"),
    ("kn", "ಬೇಡ, ಅಲ್ಲಿಂದ ತಗೋತೀನಿ"),
    ("ml", "വേണ്ട, അവിടുന്ന് വാങ്ങിക്കോളാം"),
    ("pa", "ਰਹਿਣ ਦਿਓ, ਉੱਥੋਂ ਲੈ ਲਵਾਂਗਾ"),
]


@pytest.mark.parametrize(("language", "text"), FROM_OVER_THERE)
def test_buying_from_over_there_refuses(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood


# A refusal and an agreement in one breath, with no price: if it reads as an accept at
# all, it is asked about, never taken.
REFUSE_THEN_AGREE = [
    ("hi", "nahi nahi, theek hai"),
    ("en", "no no, okay fine"),
    ("bn", "না না, ঠিক আছে"),
]


@pytest.mark.parametrize(("language", "text"), REFUSE_THEN_AGREE)
def test_a_doubtful_accept_is_not_taken(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    if understood.intent is Intent.ACCEPT:
        assert understood.confidence < MIN_CONFIDENCE, understood


# "X is a lot, make it Y", "can't do X, Y": X is refused and Y stands, at recording
# confidence.
A_LOT_THEN_ANOTHER = [
    ("hi", "बत्तीस बहुत है, तीस करो", 3000),
    ("hi", "battis bahut hai, tees karo", 3000),
    ("en", "32 each is steep, 30 each", 3000),
    ("en", "can't do thirty-two, thirty", 3000),
    ("en", "I won't pay 32, 30", 3000),
    ("gu", "બત્રીસ બહુ કહેવાય, ત્રીસ કરો", 3000),
    ("gu", "batris bahu kahevay, tris karo", 3000),
    ("pa", "ਬੱਤੀ ਬਹੁਤ ਨੇ, ਤੀਹ ਕਰੋ", 3000),
    ("mr", "बत्तीस खूप होतात, तीस करा", 3000),
    ("bn", "বত্রিশ অনেক, তিরিশ করুন", 3000),
    ("ta", "முப்பத்திரெண்டு ரொம்ப, முப்பது பண்ணுங்க", 3000),
    ("te", "ముప్పై రెండు చాలా, ముప్పై చేయండి", 3000),
    ("kn", "ಮೂವತ್ತೆರಡು ತುಂಬಾ, ಮೂವತ್ತು ಮಾಡಿ", 3000),
    ("ml", "മുപ്പത്തിരണ്ട് ഒരുപാട് ആണ്, മുപ്പത് ആക്ക്", 3000),
]


@pytest.mark.parametrize(("language", "text", "paise"), A_LOT_THEN_ANOTHER)
def test_a_lot_then_another_price_counters(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == paise, understood
    assert understood.confidence >= MIN_CONFIDENCE, understood


# "All of this together X": the demonstrative run into "all" ("ഇതെല്ലാം", "ಇದೆಲ್ಲ",
# "all this") makes the price a total; a "saade" run into the number in the script
# ("साडेअकराशे") is one number.
ALL_OF_THIS_TOGETHER = [
    ("ml", "ഇതൊക്കെ കൂടി ആയിരത്തി ഇരുനൂറ്", 120000),
    ("ml", "ithellam koodi 1200", 120000),
    ("kn", "ಇದೆಲ್ಲ ಸಾವಿರದ ಇನ್ನೂರು", 120000),
    ("kn", "idella seri 1200", 120000),
    ("en", "all this together 1200", 120000),
    ("ta", "இதெல்லாம் சேர்த்து ஆயிரத்து இருநூறு", 120000),
    ("te", "ఇవన్నీ కలిపి వెయ్యి రెండు వందలు", 120000),
    ("hi", "ये सब मिलाके साढ़ेबारह सौ", 125000),
    ("mr", "हे सगळं मिळून साडेबाराशे", 125000),
    ("gu", "આ બધું મળીને સાડાબારસો", 125000),
    ("bn", "এগুলো সব মিলিয়ে সাড়েবারোশো", 125000),
    ("pa", "ਇਹ ਸਾਰਾ ਮਿਲਾ ਕੇ ਸਾਢੇਬਾਰਾਂ ਸੌ", 125000),
]


@pytest.mark.parametrize(("language", "text", "paise"), ALL_OF_THIS_TOGETHER)
def test_all_of_this_together_is_a_total(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER, understood
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is False, understood
    assert understood.confidence >= MIN_CONFIDENCE, understood


# "Each"/"per", the goods, then the price ("ఒక్కో గుడ్డు ఏడు రూపాయలు"), "one (thing)"
# by the price ("ഒരെണ്ണം"), "X টাকা করে দিন", and a unit with "at most" between it and
# the price ("কেজি বড়জোর চল্লিশ"): all rates.
RATES = [
    ("te", "ఒక్కో నిమ్మకాయ మూడు రూపాయలు", 300),
    ("te", "okko nimmakaya 3 rupayalu", 300),
    ("ml", "നാരങ്ങ ഒരെണ്ണം മൂന്ന് രൂപ", 300),
    ("ml", "naranga orennam 3 roopa", 300),
    ("en", "per lemon 3 rupees", 300),
    ("hi", "हर नींबू तीन रुपये", 300),
    ("ta", "ஒவ்வொரு எலுமிச்சையும் மூணு ரூபா", 300),
    ("kn", "ಒಂದೊಂದು ನಿಂಬೆಹಣ್ಣು ಮೂರು ರೂಪಾಯಿ", 300),
    ("mr", "प्रत्येक लिंबू तीन रुपये", 300),
    ("gu", "દરેક લીંબુ ત્રણ રૂપિયા", 300),
    ("pa", "ਹਰ ਨਿੰਬੂ ਤਿੰਨ ਰੁਪਏ", 300),
    ("bn", "প্রতিটা লেবু তিন টাকা", 300),
    ("bn", "সাড়ে তিন টাকা করে দিন", 350),
    ("bn", "কেজি বড়জোর পঁয়তাল্লিশ দেব", 4500),
    ("hi", "kilo zyada se zyada 45 dunga", 4500),
]


@pytest.mark.parametrize(("language", "text", "paise"), RATES)
def test_each_and_per_before_the_goods_make_a_rate(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is True, understood
    assert understood.quantity is None, understood


# An hour of the day ("come after four", "5 baje aana") is no price, and its "after" puts
# nothing off.
AN_HOUR = [
    ("bn", "ছটার পর আসুন, নতুন মাল আসবে"),
    ("bn", "chhotar por asun"),
    ("te", "ఐదు తర్వాత రండి, కొత్త సరుకు వస్తుంది"),
    ("te", "aidu tarvata randi"),
    ("en", "come after five, new stock comes"),
    ("en", "come back at 5 o'clock"),
    ("hi", "पाँच बजे के बाद आना"),
    ("hi", "paanch baje ke baad aana"),
    ("ta", "அஞ்சு மணிக்கு வாங்க"),
    ("mr", "पाच वाजता या"),
    ("gu", "પાંચ વાગ્યે આવજો"),
    ("kn", "ಐದು ಗಂಟೆಗೆ ಬನ್ನಿ"),
    ("ml", "അഞ്ച് മണിക്ക് വാ"),
    ("pa", "ਪੰਜ ਵਜੇ ਆਓ"),
]


@pytest.mark.parametrize(("language", "text"), AN_HOUR)
def test_an_hour_is_no_price(language: str, text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language=language, has_outstanding_offer=reply)
        assert understood.amount_paise is None, understood
        assert understood.intent is Intent.OTHER, understood


# A price, a pause, then "this morning" ("కిలో ముప్పై రెండే, పొద్దున్నే వచ్చాయి"): the time
# word starts the next clause and labels no number.
PRICE_THEN_MORNING = [
    ("te", "కిలో ముప్పై రెండే, పొద్దున్నే వచ్చాయి", 3200),
    ("te", "kilo 32, poddunne vachhayi", 3200),
    ("hi", "किलो बत्तीस, सुबह ही आए हैं", 3200),
    ("hi", "kilo battis, subah hi aaye hain", 3200),
    ("en", "32 a kilo, came in this morning", 3200),
    ("ta", "கிலோ முப்பத்திரெண்டு, காலையில வந்துச்சு", 3200),
    ("bn", "কেজি বত্রিশ, সকালে এসেছে", 3200),
    ("mr", "किलो बत्तीस, सकाळीच आलेत", 3200),
    ("gu", "કિલો બત્રીસ, સવારે જ આવ્યા", 3200),
    ("kn", "ಕೆಜಿ ಮೂವತ್ತೆರಡು, ಬೆಳಿಗ್ಗೆ ಬಂತು", 3200),
    ("ml", "കിലോ മുപ്പത്തിരണ്ട്, രാവിലെ വന്നതാ", 3200),
    ("pa", "ਕਿੱਲੋ ਬੱਤੀ, ਸਵੇਰੇ ਆਏ ਨੇ", 3200),
]


@pytest.mark.parametrize(("language", "text", "paise"), PRICE_THEN_MORNING)
def test_a_time_word_after_a_pause_labels_no_price(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER, understood
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is True, understood
    assert understood.confidence >= MIN_CONFIDENCE, understood
