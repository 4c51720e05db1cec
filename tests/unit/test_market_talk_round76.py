"""Market acts: one more of the goods asked put in with a regular's reason, ..."""

from __future__ import annotations

import pytest

from audio.market import market_act
from tests.market_helpers import received


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "ഒരു മുട്ട കൂടി ഇട്, ഞാൻ എന്നും വരുന്നതല്ലേ?"),
        ("ml", "ഞാൻ സ്ഥിരം വരുന്നതല്ലേ, ഒരു നാരങ്ങ കൂടി ഇട്ടേക്ക്"),
        ("ml", "oru mutta koodi ittekku, njan ennum varunnathalle?"),
        ("ta", "daily varren la, innoru thakkali podunga"),
        ("ta", "தினமும் வரேன்ல, இன்னொரு எலுமிச்சை போடுங்க"),
        ("kn", "ದಿನಾ ಬರ್ತೀನಲ್ಲ, ಇನ್ನೊಂದು ಮೊಟ್ಟೆ ಹಾಕಿ"),
        ("kn", "inondu nimbe haaki, dina bartini alva"),
        ("te", "రోజూ వస్తాను కదా, ఇంకో గుడ్డు వేయండి"),
        ("te", "inko tomato veyyandi, roju vastha kada"),
        ("hi", "roz aata hoon na, ek aur anda daal do"),
        ("mr", "मी रोज येतो ना, अजून एक लिंबू टाका"),
        ("pa", "ik hor nimbu pa dio, roz aunda haan"),
    ],
)
def test_one_more_put_in_with_a_regulars_reason_asks_extra(language: str, text: str) -> None:
    assert received(text, language) == "ask_extra"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "ఇంత రేటా? పాత బీరువాకి ఇది చాలా ఎక్కువ"),
        ("te", "paata cycle ki intha dabbu aa? chala ekkuva"),
        ("te", "పాత సామాను, ఇంత ఎక్కువ అడుగుతున్నారు"),
        ("bn", "অনেক চাইছেন ভাই, পুরনো মাল তো"),
        ("bn", "purono fan, eto dam chaichen keno?"),
        ("ta", "பழசு தானே, இவ்வளவு அதிகமா கேக்குறீங்க"),
        ("hi", "bahut maang rahe ho bhai, purana saman hai"),
        ("hi", "पुरानी साइकिल के इतने पैसे? बहुत ज़्यादा है"),
        ("kn", "ಹಳೇ ಸಾಮಾನು, ತುಂಬಾ ಜಾಸ್ತಿ ಕೇಳ್ತಿದ್ದೀರ"),
        ("mr", "जुना माल आहे, खूप मागताय"),
        ("pa", "purana saman aa, bahut mang rahe ho"),
        ("en", "old stuff, brother, and you are asking so much"),
    ],
)
def test_a_price_complaint_about_old_goods_is_too_expensive(language: str, text: str) -> None:
    assert act_of(text, language) == "too_expensive"
    assert received(text, language) in (None, "too_expensive")  # a "no" of no amount, or it


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # one's time said free: no goods asked for nothing
        ("bn", "আজ সন্ধ্যায় ফ্রি আছি, বাড়িতে দিয়ে যাবেন?"),
        ("bn", "ami kal free achhi, barite pouche deben?"),
        ("ta", "saayangaalam free-aa irukken, veetla kondu vandhu tharuveengala?"),
        ("kn", "ನಾಳೆ ಫ್ರೀ ಇದೀನಿ, ಮನೆಗೆ ತಂದು ಕೊಡ್ತೀರಾ?"),
        ("en", "I'm free after six, can you drop it home?"),
        # how a dish is made: a cook's question, no way to pay asked
        ("gu", "ઢોકળા કેવી રીતે બનાવો છો, કયો મસાલો?"),
        ("gu", "aa shaak kevi rite banavo cho?"),
        ("hi", "anda bhurji kaise banate ho, kaunsa masala?"),
        ("mr", "पोहे कसे बनवता, कोणता मसाला?"),
        ("en", "how do you cook this pulao, what spices go in?"),
        # one's own weight going down
        ("kn", "ಬಿಸಿ ನೀರಲ್ಲಿ ನಿಂಬೆ ಕುಡಿದರೆ ತೂಕ ಕಡಿಮೆ ಆಗುತ್ತಾ?"),
        ("kn", "ಹೀಗೆ ಕುಡಿದರೆ ಒಂದು ತಿಂಗಳಲ್ಲಿ ತೂಕ ಕಡಿಮೆ ಆಗುತ್ತಾ?"),
        ("hi", "garam paani mein shahad peene se wajan kam hota hai kya?"),
        ("ta", "vennir la thaen kudicha weight kuraiyuma?"),
        ("te", "vedi neellalo tene taagithe baruvu taggutunda?"),
        # "thanks to" a thing is "because of" it
        ("en", "thanks to the new metro work, nobody can park near my shop"),
        ("en", "no customers today, thanks to this rain"),
        ("ta", "thanks to this new bridge, kadai munnadi parking illa"),
        ("bn", "thanks to the road work, আজ কোনো খদ্দের নেই"),
        ("hi", "thanks to these roadworks, dukaan pe koi nahi aaya"),
        # another bus asked for: no other goods
        ("hi", "doosri bus kahan se milegi?"),
        ("en", "where does the other bus stop?"),
        ("ta", "innoru bus enga varum?"),
        ("bn", "অন্য বাসটা কোথায় পাব?"),
        ("kn", "ಬೇರೆ ಬಸ್ ಎಲ್ಲಿ ಸಿಗುತ್ತೆ?"),
        # a vehicle or a third person told to wait
        ("hi", "us tempo ko ek minute roko"),
        ("en", "ask the lorry driver to hold on, we haven't unloaded"),
        ("ta", "andha lorry-a konjam nikka sollu"),
        ("bn", "ট্রাকটাকে একটু দাঁড়াতে বলো, মাল নামানো বাকি"),
        ("mr", "त्या टेम्पोला जरा थांबायला सांगा"),
        ("pa", "us truck nu do minute rok lao"),
        # a freshness wished for
        ("en", "I feel like a fresh cup of tea, is there a tea stall nearby?"),
        ("ta", "fresh-aa oru tea venum, tea kadai enga?"),
        ("bn", "টাটকা এক কাপ চা খেতে চাই, চায়ের দোকান কোথায়?"),
        ("kn", "ಒಂದು ಫ್ರೆಶ್ ಕಾಫಿ ಬೇಕು, ಹೋಟೆಲ್ ಎಲ್ಲಿದೆ?"),
        ("ml", "oru fresh chaaya venam, chaayakkada evide?"),
        # the hours asked
        ("gu", "રવિવારે દુકાન કેટલા વાગ્યે ખૂલે છે?"),
        ("gu", "ravivare dukan ketla vagye khule?"),
        ("mr", "उद्या किती वाजे पर्यंत उघडं असतं?"),
        ("hi", "itwaar ko dukaan kitne baje khulti hai?"),
        ("ta", "nyayiru kadai ethana maniku thirapeenga?"),
        # age praised in cooking
        ("gu", "જૂના ચોખાની ખીચડી સરસ બને"),
        ("gu", "khichdi to juna chokha ni j saras bane"),
        ("hi", "purane chawal ki khichdi badhiya banti hai"),
        ("en", "old rice makes a nice pulao"),
        ("bn", "পুরনো চালের খিচুড়ি দারুণ হয়"),
        # a trouble that won't end in a day
        ("pa", "ਇਸ ਮੁਸੀਬਤ ਦਾ ਪੈਮਾਨਾ ਵੱਡਾ ਹੈ, ਇੱਕ ਦਿਨ ਵਿੱਚ ਨਹੀਂ ਮੁੱਕਣੀ"),
        ("pa", "eh masla bahut vadda, ik din ch nahi mukna"),
        ("hi", "is samasya ka scale bada hai, ek din mein khatam nahi hogi"),
        ("ta", "indha prachanai ore naalula mudiyaadhu"),
        ("mr", "हा त्रास मोठा आहे, एका दिवसात संपणार नाही"),
    ],
)
def test_near_misses_say_no_act(language: str, text: str) -> None:
    assert received(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("bn", "একটা লেবু ফ্রি দিন", "ask_extra"),
        ("en", "throw in a lemon for free", "ask_extra"),
        ("en", "thanks, brother", "thanks"),
        ("en", "thanks to you, sir", "thanks"),
        ("hi", "ek minute ruko bhaiya", "wait"),
        ("bn", "একটু দাঁড়ান দাদা", "wait"),
        ("hi", "ekdum taaza hai, le lo", "claim_fresh"),
        ("ta", "romba fresh, vaangunga", "claim_fresh"),
        ("gu", "આ જૂનું લાગે છે", "quality_old"),
        ("hi", "tamatar khatam ho gaye", "out_of_stock"),
        ("mr", "कांदे संपले", "out_of_stock"),
        ("kn", "ಲೋಟ ಚಿಕ್ಕದು", "quality_small"),
        ("kn", "ತೂಕ ಕಡಿಮೆ ಇದೆ, ಸರಿಯಾಗಿ ತೂಗಿ", "weigh_properly"),
        ("gu", "પૈસા કેવી રીતે આપું?", "pay_how"),
        ("gu", "કેટલા નું છે?", "ask_price"),
    ],
)
def test_the_acts_beside_them_still_said(language: str, text: str, act: str) -> None:
    assert act_of(text, language) == act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        # freshness backed by when the goods were picked
        ("hi", "ekdum taaza, aaj subah 5 baje khet se toda", "claim_fresh"),
        ("te", "full fresh andi, ivala poddhuna tota nundi kosam", "claim_fresh"),
        ("bn", "একদম টাটকা, আজ ভোরে ক্ষেত থেকে তোলা", "claim_fresh"),
        ("en", "totally fresh, picked off the farm at dawn today", "claim_fresh"),
        ("ta", "romba fresh, inniki kaalaila thottathula parichadhu", "claim_fresh"),
        # a new product offered to taste
        ("ml", "ee puthiya coconut biscuit onnu ruchi nokku", "taste"),
        ("hi", "ye naya nariyal biscuit zara chakh ke dekho", "taste"),
        ("en", "try this new ragi cookie, just taste it", "taste"),
        ("ta", "indha pudhu biscuit konjam taste pannunga", "taste"),
        # another one asked for with what it should have
        ("hi", "malai wala nariyal dikhao, ismein sirf paani hai", "show_another"),
        ("en", "show me one with cream, this has only water", "show_another"),
        ("ta", "thengai malai ulladhu kaattunga, idhula thanni mattum", "show_another"),
        # anything else, with a dried good offered
        ("kn", "ಬೇರೆ ಏನಾದರೂ ಬೇಕಾ? ಒಣಗಿದ ಸಿಗಡಿ ಕೂಡ ಇದೆ", "anything_else"),
        ("en", "anything else? there's dried fish too", "anything_else"),
        ("ta", "vera edhavadhu venuma? karuvadu kooda irukku", "anything_else"),
        # the scale faulted
        ("bn", "ঠিক করে ওজন করুন, দাঁড়িপাল্লা ঝুলে আছে", "weigh_properly"),
        ("hi", "theek se tolo, taraazu latak raha hai", "weigh_properly"),
        ("en", "weigh it properly, the pan is tilted", "weigh_properly"),
        # a bag's price scorned with "who pays N?": no bag asked, no price offered
        ("bn", "এই ব্যাগের দাম অনেক বেশি, ৭০০ কে দেবে?", "too_expensive"),
        ("hi", "is bag ka daam bahut zyada hai, 700 kaun dega?", "too_expensive"),
        ("en", "this bag costs way too much, who'd pay 700?", "too_expensive"),
        ("ta", "indha bag vilai romba adhigam, 700 yaar kudupaanga?", "too_expensive"),
        # a taste before paying
        ("mr", "आधी चव घेऊन बघा ताई, मग पैसे द्या", "taste"),
        ("hi", "pehle chakh lo sahab, phir paise dena", "taste"),
        ("gu", "પહેલા ચાખો સાહેબ, પછી પૈસા આપજો", "taste"),
        # card asked for, cash short
        ("ml", "cash kuravaanu chetta, card edukkumo", "pay_card"),
        ("hi", "card lete ho? cash kam hai", "pay_card"),
        ("ta", "card edupeengala? cash kammiya irukku", "pay_card"),
        ("en", "do you take card? I'm short on cash", "pay_card"),
        # a greeting before asking the rickshaw
        ("te", "నమస్తే, బస్టాండ్ కి వస్తారా?", "greet"),
        ("te", "namaskaram, station ki vastara?", "greet"),
        ("hi", "namaste bhaiya, station chaloge?", "greet"),
        ("kn", "namaskara, market circle ge bartira?", "greet"),
        # nothing else wanted
        ("gu", "બસ ભાઈ, હવે બીજું કંઈ નથી જોઈતું", "that_is_all"),
        ("gu", "bas, biju kai nathi joitu", "that_is_all"),
        ("gu", "બસ બેન, બીજું કંઈ જોઈતું નથી", "that_is_all"),
        ("hi", "bas, aur kuch nahi chahiye", "that_is_all"),
        ("mr", "बस, अजून काही नको", "that_is_all"),
    ],
)
def test_acts_told_from_their_neighbours(language: str, text: str, act: str) -> None:
    assert received(text, language) == act
