"""Stock, price and "see" words said of something other than the goods on the stall.

A phone's charge or balance that "runs out" is no stock sold out; diesel or kerosene
"got costly" in a story is no complaint about this price; "prices will rise, see" is a
forecast whose "see" calls nobody to look. Chargers or covers sold out stay sold out."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "My tablet's charge is gone by lunchtime every day."),
        ("hi", "मेरे मोबाइल का बैलेंस खत्म हो गया।"),
        ("kn", "ನನ್ನ ಮೊಬೈಲ್ ಚಾರ್ಜ್ ಮಧ್ಯಾಹ್ನಕ್ಕೇ ಖಾಲಿ ಆಗುತ್ತೆ."),
        ("pa", "ਮੇਰੇ ਮੋਬਾਈਲ ਦਾ ਚਾਰਜ ਦੁਪਹਿਰ ਤੱਕ ਮੁੱਕ ਜਾਂਦਾ।"),
        ("ta", "என் மொபைல் சார்ஜ் மதியமே தீர்ந்துடுது."),
        ("bn", "আমার মোবাইলের চার্জ দুপুরেই শেষ হয়ে যায়।"),
        ("mr", "माझ्या मोबाईलचा डेटा संपला."),
        ("gu", "ડીઝલ મોંઘું થઈ ગયું, એટલે ટેમ્પો ઓછા આવે છે."),
        ("mr", "डिझेल महाग झालंय, म्हणून गाड्या कमी येतात."),
        ("mr", "यंदा पाऊस कमी, कांद्याचे भाव वाढणार बघा."),
        ("mr", "paus kami zala, kandyache bhav vadhnar bagha"),
        ("gu", "આ વખતે વરસાદ ઓછો, ડુંગળીના ભાવ વધશે જોજો."),
    ],
)
def test_said_of_something_else_is_no_act(language: str, text: str) -> None:
    assert market_act(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "फोन के कवर खत्म हो गए, शाम को आएंगे।", "out_of_stock"),
        ("kn", "ಚಾರ್ಜರ್ ಎಲ್ಲಾ ಖಾಲಿ ಆಗಿದೆ ಸರ್.", "out_of_stock"),
        ("en", "Type-C chargers are sold out.", "out_of_stock"),
        ("mr", "या ताई, बघा ताजी मेथी", "come_look"),
    ],
)
def test_the_goods_keep_their_act(language: str, text: str, act: str) -> None:
    found = market_act(text, language)
    assert found is not None and found.act == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "મંદિરના ફૂલ ક્યાં મળે છે, ખબર છે?"),
        ("hi", "अगरबत्ती कहाँ मिलेगी, भैया?"),
        ("pa", "ਲੰਗਰ ਕਿੱਥੇ ਮਿਲਦਾ ਹੈ?"),
        ("bn", "ঘাটের টিকিট কোথায় পাওয়া যাবে?"),
        ("hi", "इतनी भीड़ आज, कोई मेला है क्या?"),
        ("te", "ఇంత రద్దీ ఏంటి, జాతర ఉందా?"),
        ("kn", "ಇಷ್ಟೊಂದು ಜನ, ಜಾತ್ರೆ ಇದೆಯಾ ಇವತ್ತು?"),
        ("ml", "ഇന്ന് പൂരം ഉണ്ടോ, ഇത്ര തിരക്ക്?"),
        ("gu", "આજે કોઈ મેળો છે કે?"),
    ],
)
def test_a_place_or_a_festival_asked_is_no_stock_asked(language: str, text: str) -> None:
    assert market_act(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [("bn", "পুজোর ফুল আছে?"), ("hi", "पूजा की थाली मिलेगी?"), ("gu", "ગુલાબનો હાર મળશે?")],
)
def test_goods_asked_for_are_still_asked(language: str, text: str) -> None:
    found = market_act(text, language)
    assert found is not None and found.act == "have_it"


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "Come madam, these crabs are very fresh, straight off the boat.", "claim_fresh"),
        ("hi", "आइए बहनजी, बिल्कुल ताज़ा है, अभी अभी उतरा।", "claim_fresh"),
        ("kn", "ಬನ್ನಿ ಅಕ್ಕ, ತುಂಬಾ ಫ್ರೆಶ್, ಈಗ ತಾನೇ ದೋಣಿಯಿಂದ ಬಂತು.", "claim_fresh"),
        ("en", "come madam, see the fresh vegetables", "come_look"),  # a word of looking
        ("mr", "आधी चव घेऊन बघा ताई, मग ठरवा.", "taste"),
        ("mr", "chav gheun bagha, mag sanga", "taste"),
        ("en", "Thanks uncle, I'll be off now.", "goodbye"),
        ("mr", "thank you kaka, nighte mi", "goodbye"),
        ("ta", "நன்றி அக்கா, நான் கிளம்புறேன், நாளைக்கு பாக்கலாம்.", "goodbye"),
        ("en", "Thank you so much.", "thanks"),
        ("pa", "ਪਹਿਲਾਂ ਕੰਡਾ ਸਹੀ ਕਰੋ, ਫਿਰ ਤੋਲੋ।", "weigh_properly"),
        ("en", "Fix the scale first, then weigh the prawns.", "weigh_properly"),
        ("hi", "झींगे पानी समेत मत तौलो, ठीक से तौलो।", "weigh_properly"),
        ("pa", "ਅੱਧਾ ਕਿੱਲੋ ਤੋਲ ਦਿਓ", "weigh_it"),
    ],
)
def test_the_main_act_is_heard(language: str, text: str, act: str) -> None:
    found = market_act(text, language)
    assert found is not None and found.act == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "કોફી પીશો? મીઠી કોફી તૈયાર છે."),
        ("mr", "बसा, चहा घ्या, गोड चहा आहे."),
        ("en", "Sit, will you have some coffee? Nice sweet filter coffee."),
        ("gu", "આ થેલી મારી બાએ જાતે સીવી છે."),
        ("hi", "ये झोला मेरी माँ ने खुद सिला था।"),
        ("te", "నా బ్యాగ్ జిప్ పాడైపోయింది."),
        ("kn", "ನನ್ನ ಬ್ಯಾಗ್ ಹ್ಯಾಂಡಲ್ ಕಿತ್ತು ಹೋಯ್ತು."),
    ],
)
def test_tea_offered_and_a_bag_talked_about_are_small_talk(language: str, text: str) -> None:
    assert market_act(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "एक थैली दे दो भैया।", "give_bag"),
        ("te", "నా సంచి ఉంది, కవర్ వద్దు.", "have_bag"),
        ("en", "Do you have curry leaves?", "have_it"),
        ("hi", "आम बहुत मीठे हैं, चख लो", "taste"),
        ("hi", "आम बहुत मीठे हैं, शहद जैसे", "claim_sweet"),
    ],
)
def test_the_bag_and_the_claim_stay(language: str, text: str, act: str) -> None:
    found = market_act(text, language)
    assert found is not None and found.act == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "ओरिजिनल वाली ईयरफोन दिखाओ, ये लोकल है।", "show_better"),
        ("mr", "कंपनीचा चार्जर दाखवा, हा डुप्लिकेट वाटतो.", "show_better"),
        ("ta", "original cable kaattunga, idhu local", "show_better"),
        ("ml", "original cable kaanikku chetta", "show_better"),
        ("pa", "ਥੋੜ੍ਹਾ ਧਨੀਆ ਵੱਧ ਪਾ ਦਿਓ ਜੀ।", "ask_extra"),
        ("bn", "একটু বেশি বেলপাতা দিয়ে দিন।", "ask_extra"),
        ("en", "A little more mint please.", "ask_extra"),
        ("mr", "आमच्या स्वतःच्या मळ्यातले पेरू आहेत.", "claim_origin"),
        ("ml", "സ്വന്തം പറമ്പിലെ ചക്കയാ.", "claim_origin"),
        ("bn", "আসুন বৌদি, নিজেদের পুকুরের কাতলা।", "claim_origin"),
        ("hi", "मछली की आँखें धुंधली हो गई हैं।", "quality_old"),
        ("ta", "இந்த மீன் கண்ணு கலங்கி போச்சு.", "quality_old"),
        ("pa", "ਇਹ ਅੰਬ ਪੋਲਾ ਹੋ ਗਿਆ, ਦਬਾਓ ਤਾਂ ਟੋਆ ਪੈਂਦਾ।", "quality_soft"),
        ("pa", "ਬਸ ਜੀ, ਏਨਾ ਹੀ ਚਾਹੀਦਾ।", "that_is_all"),
        ("en", "Do you have this in red?", "show_another"),
        ("hi", "यही कवर काले में दिखाओ।", "show_another"),
        ("te", "sariga thookandi anna", "weigh_properly"),
    ],
)
def test_everyday_acts_in_new_words_are_heard(language: str, text: str, act: str) -> None:
    found = market_act(text, language)
    assert found is not None and found.act == act


def test_asking_whether_it_is_original_asks_for_nothing_shown() -> None:
    assert market_act("Is this charger original?", "en") is None
