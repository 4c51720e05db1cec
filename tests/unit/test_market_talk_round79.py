"""Market acts: a place
told about oneself is small talk, not an origin claimed; "too much" of water or salt is
no price complaint; and more near misses stay small talk."""

from __future__ import annotations

import pytest

from audio.market import market_act
from tests.market_helpers import received


@pytest.mark.parametrize(
    ("act", "language", "text"),
    [
        ("taste", "hi", "bahut meetha hai, chakh ke dekho"),
        ("taste", "ml", "vevichal nalla ruchiya, kazhichu nokku"),
        ("taste", "ml", "വേവിച്ചാൽ നല്ല രുചിയാ, കഴിച്ചു നോക്ക്"),
        ("taste", "ml", "kazhichu nokku chechi, ithu nalla ruchiyanu"),
        ("taste", "ml", "onnu kazhichu nokku"),
        ("taste", "hi", "चख के देखो"),
        ("taste", "en", "have a taste first, then buy"),
        ("taste", "bn", "খেয়ে দেখুন"),
        ("taste", "ml", "ഈ പുതിയ തേങ്ങ ബിസ്കറ്റ് ഒന്ന് രുചിച്ചു നോക്ക്"),
        ("taste", "ml", "ee puthiya coconut biscuit onnu ruchichu nokku"),
        (None, "kn", "ನಮ್ಮೂರು ಹಾಸನ, ನಿಮ್ದು ಯಾವ ಊರು?"),
        (None, "kn", "nammuru hassan, neevu yaava ooru?"),
        (None, "hi", "हमारा गाँव सीतापुर है, आप कहाँ के हो?"),
        (None, "hi", "hamare gaon mein shaam ko alaav jalate hain, aaoge?"),
        (None, "ta", "எங்க ஊரு தஞ்சாவூர், நீங்க எந்த ஊரு?"),
        (None, "ta", "enga ooru madurai, neenga endha ooru?"),
        (None, "te", "మా ఊరు గుంటూరు, మీది ఏ ఊరు?"),
        (None, "te", "maa ooru nellore, meedi ye ooru?"),
        (None, "en", "our village lights a bonfire in the evening, will you come?"),
        (None, "en", "my home town is Mysore, where are you from?"),
        (None, "bn", "আমাদের গ্রামে সন্ধ্যায় আগুন জ্বালায়, আসবেন?"),
        (None, "ml", "ഞങ്ങളുടെ നാട് തൃശൂർ ആണ്, നിങ്ങൾ എവിടെ നിന്നാ?"),
        (None, "mr", "आमचं गाव सातारा, तुम्ही कुठले?"),
        ("claim_origin", "kn", "ಈ ತುಪ್ಪ ನಮ್ಮೂರಿನದು, ಅಂಗಡಿಯದಲ್ಲ"),
        (None, "ml", "ജ്യൂസിൽ ഐസ് കൂടുതലാണ്, ചേട്ടാ"),
        (None, "ml", "chetta, ee sambarathil vellam koodippoyi"),
        (None, "ml", "നിങ്ങൾ മധുരമായി സംസാരിക്കും, പക്ഷേ ഈ ജ്യൂസിൽ വെള്ളം കൂടുതലാ"),
        (None, "hi", "भैया, शरबत में बर्फ़ ज़्यादा है"),
        (None, "hi", "lassi mein paani bahut zyada hai bhaiya"),
        (None, "kn", "ಈ ಜ್ಯೂಸ್‌ನಲ್ಲಿ ನೀರು ಜಾಸ್ತಿ ಆಯ್ತು"),
        (None, "en", "too much ice in my lassi, brother"),
        (None, "ta", "இந்த ஜூஸ்ல தண்ணி ரொம்ப அதிகம்"),
        (None, "te", "ఈ జ్యూస్‌లో నీళ్లు చాలా ఎక్కువ"),
        (None, "te", "ee juice lo ice chaala ekkuva"),
        ("too_expensive", "ml", "ഇത്രയും വില കൂടുതലാണ്"),
        ("too_expensive", "bn", "অনেক দাম চাইছেন দাদা, এটা তো পুরোনো জিনিস"),
        ("too_expensive", "bn", "onek dam chaichen dada, eta to purono jinis"),
        ("too_expensive", "bn", "পুরোনো খাট, তাও এত দাম চাইছেন?"),
        ("too_expensive", "bn", "purono almari, onek daam chaichen kintu"),
        ("claim_fresh", "hi", "बिल्कुल ताज़ा है, सुबह खेत से तोड़ी"),
        ("claim_fresh", "hi", "ekdum taza, subah subah khet se tode hain"),
        ("claim_fresh", "hi", "khet se aaj subah tode, bilkul fresh hai"),
        ("claim_fresh", "te", "full fresh, tellavarujamune thota nunchi kosamu"),
        ("claim_fresh", "te", "పొద్దున్నే తోట నుంచి కోసినవి, చాలా తాజా"),
        ("claim_fresh", "bn", "একদম টাটকা, ভোরে খেত থেকে তোলা"),
        ("claim_fresh", "bn", "bhore khet theke tola, ekdom tatka"),
        ("claim_fresh", "ta", "காலையில தோட்டத்துல பறிச்சது, ரொம்ப ஃப்ரெஷ்"),
        ("claim_fresh", "en", "totally fresh, picked from the field at dawn"),
        ("claim_fresh", "mr", "सकाळीच शेतातून तोडली, एकदम ताजी"),
        ("claim_origin", "hi", "ये घी हमारे गाँव का है"),
        ("out_of_stock", "hi", "फुल क्रीम वाला मलाई दूध खत्म हो गया, परसों आना"),
        ("out_of_stock", "hi", "malai wala doodh khatam, kal aaiye"),
        ("out_of_stock", "hi", "full cream wala khatam ho gaya, kal aana"),
        ("out_of_stock", "en", "the creamy full-cream one is finished, come tomorrow"),
        ("out_of_stock", "mr", "मलईवालं फुल क्रीम संपलं, उद्या या"),
        ("out_of_stock", "ta", "ஃபுல் க்ரீம் தீர்ந்துடுச்சு, நாளைக்கு வாங்க"),
        ("out_of_stock", "gu", "malai valu full cream khatam thai gayu, kale aavjo"),
        ("come_look", "ta", "வாங்கம்மா, விளக்கு பாருங்க, எல்லாம் கையால செஞ்சது"),
        ("come_look", "ta", "vaangamma, vilakku paarunga, ellam kaiyala senjadhu"),
        ("come_look", "ta", "எல்லாம் கையால செஞ்சது, வாங்கக்கா பாருங்க"),
        ("come_look", "hi", "aao behen, diye dekho, sab haath se bane hain"),
        ("come_look", "hi", "सब हाथ से बने हैं, आइए दीदी देखिए"),
        ("come_look", "te", "randi akka, deepalu chudandi, anni chetito chesinavi"),
        ("come_look", "kn", "ಬನ್ನಿ ಅಕ್ಕ, ದೀಪ ನೋಡಿ, ಎಲ್ಲಾ ಕೈಯಲ್ಲಿ ಮಾಡಿದ್ದು"),
        ("come_look", "en", "come sister, see the lamps, all handmade"),
        (None, "bn", "ওজন কমাতে দুধ চা ছেড়ে দিয়েছি"),
        (None, "bn", "ojon komate dudh cha chere diyechi"),
        (None, "hi", "वज़न घटाने के लिए दूध वाली चाय छोड़ दी"),
        (None, "ta", "எடை குறைக்க பால் டீ விட்டுட்டேன்"),
        (None, "te", "baruvu taggadaniki paala tea maanesanu"),
        (None, "ml", "തൂക്കം കുറയ്ക്കാൻ പാൽ ചായ നിർത്തി"),
        ("weigh_it", "bn", "একটু ওজন করে দিন"),
        ("weigh_it", "hi", "zara tol do"),
        ("ask_extra", "ml", "njan daily vangunnu, oru cheriya packet moru free tharille?"),
        ("ask_extra", "ml", "ദിവസവും വാങ്ങുന്നതല്ലേ, ഒരു ചെറിയ പാക്കറ്റ് മോര് ഫ്രീ തരില്ലേ?"),
        ("ask_extra", "ta", "தினமும் வாங்கறேன், ஒரு சின்ன பாக்கெட் மோர் ஃப்ரீயா தாங்க"),
        ("ask_extra", "ml", "ഒരു മുട്ട കൂടി ഇട്, ഞാൻ ദിവസവും വരുന്നതല്ലേ?"),
        ("ask_extra", "te", "roju konta kada, oka chinna packet majjiga free ga istara?"),
        ("ask_extra", "kn", "dina bartini, ondu chikka packet majjige free kodi"),
        ("ask_extra", "hi", "main rozana leta hoon, ek chhota packet chhaach free de do"),
        (None, "hi", "itni meethi baatein karoge to kya saari kitaabein free de doon?"),
        (None, "hi", "इतनी मीठी बातें करोगे तो सारी किताबें मुफ्त दे दूँ क्या?"),
        (None, "te", "intha teeyaga maatladithe, pustakalu anni free ga ivvana?"),
        (None, "ta", "இவ்வளவு இனிமையா பேசினா, எல்லா புத்தகமும் ஃப்ரீயா குடுக்கட்டுமா?"),
        (None, "en", "if you talk so sweetly, shall I give all the books free?"),
        (None, "kn", "ishtu chennagi maathadidre, ella pustaka free kodla?"),
        ("claim_origin", "ta", "எங்க ஊரு நெய், சொந்த எருமை"),
    ],
)
def test_the_act_is_received(act: str | None, language: str, text: str) -> None:
    assert received(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "ఇంత రేటా? పాత మంచానికి చాలా ఎక్కువ"),
        ("en", "so costly? far too much for an old cot"),
        ("hi", "purana saaman hai, itna mehenga kyun?"),
        ("ta", "பழைய கட்டில், இவ்வளவு விலையா? ரொம்ப அதிகம்"),
        ("kn", "ಹಳೆ ಮಂಚಕ್ಕೆ ಇಷ್ಟು ದುಬಾರಿನಾ?"),
    ],
)
def test_old_goods_priced_high_is_the_price_complaint(language: str, text: str) -> None:
    """The old goods are what the price is too much for: no staleness doubt (the listener
    may also hear it as the refusal a price act says)."""
    found = market_act(text, language)
    assert found is not None and found.act == "too_expensive"
