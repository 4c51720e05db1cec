"""Market acts: everyday acts said in words of their own family (an origin from one's own
animals or village, a discount with the count taken, a return with someone, a regular's
habit, damage as a quality doubt, ...), each received as its act; small talk stays none."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT
from tests.market_helpers import received


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("act", "language", "text"),
    [
        ("claim_origin", "hi", "ye ghee hamare ghar ki bhains ka hai, bazaar ka nahi"),
        ("claim_origin", "hi", "apni gaay ka doodh hai, dukaan se nahi laaye"),
        ("claim_origin", "hi", "यह दही हमारे अपने गाँव का है"),
        ("claim_origin", "ta", "இது எங்க வீட்டு மாட்டு பால், கடையில வாங்கினது இல்ல"),
        ("claim_origin", "ta", "எங்க ஊரு நெய், சொந்த எருமை"),
        ("claim_origin", "bn", "এটা আমাদের নিজেদের গরুর দুধ, দোকান থেকে কেনা নয়"),
        ("claim_origin", "bn", "amader gramer ghee, bajar theke kena na"),
        ("claim_origin", "ml", "ഇത് ഞങ്ങളുടെ വീട്ടിലെ പശുവിന്റെ നെയ്യാണ്, കടയിൽ നിന്ന് വാങ്ങിയതല്ല"),
        ("claim_origin", "gu", "આ અમારા ગામની ભેંસનું ઘી છે"),
        ("claim_origin", "gu", "કચ્છની માટીના માટલા છે"),
        ("claim_origin", "pa", "eh saade apne pind di majh da ghee aa, dukaan to nahi leya"),
        ("claim_origin", "en", "this is from our own cow, not shop bought"),
        ("regular_customer", "te", "రోజూ ఇక్కడే పాలు కొంటాను, నన్ను గుర్తు పట్టలేదా?"),
        ("regular_customer", "te", "nenu roju ikkade kuragayalu konta, gurthu ledha?"),
        ("regular_customer", "kn", "naanu dina illi haalu tagotini, nenapilva?"),
        ("regular_customer", "kn", "prati dina nimma hatra tarkari tagotini, gottilva?"),
        ("regular_customer", "ml", "എല്ലാ വർഷവും ഞാൻ നിങ്ങളുടെ അടുത്ത് നിന്നാണ് പുസ്തകം വാങ്ങുന്നത്"),
        ("regular_customer", "ml", "ella semesterum ivide ninnanu njan books vangunnath"),
        ("regular_customer", "pa", "main har saal tuhade ton kitaaban lainda haan"),
        ("regular_customer", "pa", "ਹਰ ਸਾਲ ਤੁਹਾਡੇ ਤੋਂ ਹੀ ਕਿਤਾਬਾਂ ਲੈਂਦਾ ਹਾਂ"),
        ("regular_customer", "hi", "main har mahine yahin se chawal leta hoon, pehchana nahi?"),
        ("quality_soft", "gu", "આમાંથી ત્રણ ચાર તૂટેલા છે, કાંઠા ફૂટેલા છે"),
        ("quality_soft", "gu", "aama be-tran tutela chhe, kinara phutela"),
        ("quality_soft", "en", "a few of these are cracked and the edges are chipped"),
        ("quality_soft", "en", "two cups here are broken, look at the rims"),
        ("quality_soft", "hi", "inme se do teen toote hue hain, kinare bhi ukhde hain"),
        ("quality_soft", "ta", "இதுல மூணு நாலு உடைஞ்சிருக்கு"),
        ("quality_soft", "bn", "kaporta chhera, ekhane dekhun"),
        ("ask_discount", "ta", "ரெண்டு எடுக்கிறேன், கொஞ்சம் குறைச்சு கொடுங்க"),
        ("ask_discount", "ta", "konjam kammi pannunga, moonu vaangaren"),
        ("ask_discount", "te", "rendu teesukuntunna, konchem thagginchandi"),
        ("ask_discount", "te", "konchem taggistara, moodu teesukuntunna"),
        ("ask_discount", "gu", "be lau chhu, thodu ochhu karo"),
        ("ask_discount", "gu", "ochhu karo ne bhai, tran lau chhu"),
        ("ask_discount", "hi", "do le raha hoon, thoda kam karo"),
        ("ask_discount", "en", "knock a bit off, I'm buying three"),
        ("that_is_all", "te", "ivi rendu chalu, inkem vaddu"),
        ("that_is_all", "te", "inka emi vaddu, ee moodu chaalu"),
        ("that_is_all", "te", "ఇవి రెండు చాలు, ఇంకేమీ వద్దు"),
        ("that_is_all", "hi", "ye do kaafi hain, aur kuch nahi"),
        ("that_is_all", "ta", "இது ரெண்டும் போதும், வேற ஒண்ணும் வேண்டாம்"),
        ("that_is_all", "kn", "ivu eradu saaku, bere enu beda"),
        ("that_is_all", "en", "these two are enough, nothing more"),
        ("pick_myself", "te", "నేనే షెల్ఫ్‌లో వెతుక్కోవచ్చా?"),
        ("pick_myself", "te", "nene rack lo vethukkovacha?"),
        ("pick_myself", "hi", "main khud shelf mein dhoondh loon?"),
        ("pick_myself", "en", "can I look through the rack myself?"),
        ("pick_myself", "ta", "நானே அலமாரியில தேடிக்கலாமா?"),
        ("pick_myself", "kn", "naane shelf nalli hudukbahuda?"),
        ("wait", "mr", "जरा थांबा, ही पिशवी स्कूटरला अडकवतो"),
        ("wait", "mr", "thamba jara, pishvi gadila adkavto"),
        ("wait", "mr", "एक मिनिट थांबा, बॅग ठेवून येतो"),
        ("wait", "hi", "ruko zara, ye thaila scooter pe taang doon"),
        ("wait", "ta", "கொஞ்சம் இருங்க, பையை வண்டில மாட்டிட்டு வரேன்"),
        ("wait", "en", "hold on, let me hang this bag on my scooter"),
    ],
)
def test_everyday_act_is_received(act: str, language: str, text: str) -> None:
    assert received(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "അഞ്ഞൂറോ? അത് കുറച്ച് കൂടുതലാ ചേട്ടാ"),
        ("ml", "anjooro? ithiri kooduthal aanu chetta"),
        ("ml", "500 രൂപയോ? ഇത്തിരി കൂടിപ്പോയി"),
        ("hi", "paanch sau? ye thoda zyada hai bhaiya"),
        ("ta", "ஐநூறா? கொஞ்சம் அதிகம் அண்ணா"),
        ("en", "five hundred? bit much, brother"),
        ("te", "ఐదొందలా? కొంచెం ఎక్కువైంది అన్నా"),
    ],
)
def test_a_price_asked_back_then_too_much_is_too_expensive(language: str, text: str) -> None:
    assert act_of(text, language) == "too_expensive"
    assert received(text, language) in (None, "too_expensive")  # a "no" of no amount, or it
    assert price_heard(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "സാമ്പാറിൽ ഉപ്പ് കൂടിപ്പോയി"),
        ("hi", "namak thoda zyada hai isme"),
        ("te", "kaaram ekkuvaindi ee pachadilo"),
        ("en", "a bit much sugar in this halwa"),
    ],
)
def test_a_taste_said_a_bit_much_is_no_price_complaint(language: str, text: str) -> None:
    assert act_of(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "will the colour run when I wash it?"),
        ("hi", "dhone pe rang to nahi niklega?"),
        ("en", "should I oil this pot before using it?"),
        ("ta", "இந்த சட்டியை முதல்ல எண்ணெய் தடவணுமா?"),
        ("en", "is the 45 bus going from this stop?"),
        ("hi", "aaj traffic bahut hai, do ghante lage"),
        ("bn", "pujor age sob jaygay bhir"),
        ("te", "repu exam undi, tondara ga vellali"),
        ("mr", "आज पाऊस पडणार वाटतं"),
        ("ml", "ഈ ബസ് കോട്ടയം പോകുമോ?"),
        ("gu", "નવરાત્રી આવે છે, બહુ ભીડ થશે"),
        ("pa", "kal mera paper hai, jaldi jaana"),
        ("en", "let me search the bus timings"),
        ("en", "can i search for the bus stand on my phone?"),
        ("kn", "naane hudukide bus stop"),
    ],
)
def test_small_talk_and_use_questions_are_no_act(language: str, text: str) -> None:
    assert received(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "thaila do, scooter pe taangna hai"),
        ("en", "put it in a bag, I will hang it on the bike"),
        ("mr", "एक पिशवी द्या, गाडीला अडकवायची आहे"),
    ],
)
def test_a_bag_asked_for_before_the_hanging_is_still_asked(language: str, text: str) -> None:
    assert received(text, language) == "give_bag"


def price_heard(text: str, language: str) -> int | None:
    target = "hi" if language == "en" else "en"
    got = asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )
    return got.understanding.amount_paise


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "these are broken, 20?", 2000),
        ("en", "20, but two are cracked", 2000),
        ("hi", "ye toote hue hain, 30 do", 3000),
        ("ta", "உடைஞ்சிருக்கு, 40 தரேன்", 4000),
        ("hi", "kam karo, bees le lungi", 2000),
        ("hi", "bas 50 kaafi hai", 5000),
        ("en", "20 is enough", 2000),
        ("ta", "konjam kammi pannunga, 40 tharen", 4000),
        ("te", "ivi 20 ki chalu", 2000),
    ],
)
def test_a_price_beside_a_counting_act_stays_a_price(language: str, text: str, paise: int) -> None:
    assert price_heard(text, language) == paise
