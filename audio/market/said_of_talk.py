"""Small talk whose words look like an act: the rain that "won't stop" asks nobody to wait
("सुबह से बारिश रुक ही नहीं रही", "पाऊस थांबतच नाही"), nor does the bus that comes "in
five minutes"; "since morning" greets nobody; "if it rains in the evening, that's enough"
is no "that's all"; "this morning the bus was packed" claims nothing fresh; "the power
won't stop going, not today" ("थांबतच नाही") is no "not there today"; an old bridge is no
stale goods; "come to the puja" calls nobody to look; "prices will rise, see" is no call to
look nor a price asked (`_RISING`, `_WILL_RISE`); "where do I get the prasad?", "do you
know?" and "is there a festival?" ask for no stock (`_WHERE`, `_KNOW`, `_FESTIVAL`), nor do
"all well?" and "is your brother still in Pune?" (`_WELL`, `KIN_OWNED`); "see the lighting
at night" points at a sight of the town, no call to look (`_SIGHT`). The
tables of people and their things (school fees or rent "too much", a regular job, another's
health, a phone's charge, tea offered to a guest, a bag talked about) are in
`audio.market.said_of_people`.

Rules of the same shape as `audio.market.said_of.SAID_OF` (cue words, nouns), merged into
it: a hit of the act whose first words are one of the cue words (an empty table: any cue)
is no act when one of the nouns stands within three words of it; `MORE_CLAUSE_WIDE`
nouns anywhere in its clause. Nouns never include a term of address ("कैसे हो भाई?"
greets), and another's health or kin make no greeting only of one that asks how someone
is ("அம்மா எப்படி இருக்காங்க?"): "வணக்கம் அம்மா", "பொங்கல் வாழ்த்துக்கள் அம்மா" greet.
Words are matched like cues (see `audio.market.inventory`).
"""

from __future__ import annotations

from audio.market.asked_after import POSSESSIVE
from audio.market.bag_goods import BAG_GOODS, BAG_HUNG
from audio.market.said_of_life import GREETING_ASKED
from audio.market.said_of_people import (
    BAG_TALK,
    BILLS,
    BODY,
    BUYERS,
    CUSTOMER_CUE,
    DEVICE,
    EXAM,
    FEW,
    FINAL_CUE,
    HOSTED,
    JOB,
    LIKE,
    LIKE_NEW_CUE,
    PEOPLE,
    SPEAKING,
    THIRD,
    TOO_SMALL,
    WEIGHT_LESS_CUE,
    ZIP,
)

_STOP_CUE = {
    "en": "stop; stopping; stopped",
    "hi": "रुक; ठहर; थम; ruk*",
    "ta": "நில்; நிக்க; நிப்பாட்",
    "te": "ఆగ",
    "bn": "দাঁড়া; থাম",
    "mr": "थांब; thamb*",
    "gu": "થોભ; અટક; ઊભા; ઉભા",
    "kn": "ನಿಲ್ಲ; ನಿಲ್ತ; ಇರಿ=",
    "ml": "നിൽക്ക; നിക്ക; നിക്ക്",
    "pa": "ਰੁਕ; ਠਹਿਰ; ruk*",
}
"""The stop verbs among the cues of `wait`."""

_STOPPING = {
    "en": "rain; rains; traffic; bus; buses; power; current; light; cough; fever; not; won't; "
    "doesn't; didn't; hasn't; isn't; never",
    "hi": "बारिश; बरसात; ट्रैफिक; बस= रुकी; बस= रुक गई; बस= रुकती; बस= रुकेगी; बस= नहीं; "
    "बस= आई; बस= आएगी; बस= आती; बस= आ रही; बस= गई; बस= में; बस= से; बस= की; बस= को; बसें; "
    "बिजली; लाइट; खांसी; बुखार; नहीं; नही; रुक रुक; "
    "barish; baarish; bijli; light; nahi; nahin; ruk ruk; मत; mat",
    "ta": "மழை; டிராபிக்; பஸ்; கரண்ட்; இல்ல; இல்லை; mazhai; current; illa",
    "te": "వాన; వర్షం; ట్రాఫిక్; బస్సు; కరెంట్; లేదు; vaana; varsham",
    "bn": "বৃষ্টি; জ্যাম; বাস; কারেন্ট; লোডশেডিং; যায় না; যাচ্ছে না; যাবে না; পারছি না; পারি না; পারব না; পারবো না",
    "mr": "पाऊस; पावसा; ट्रॅफिक; बस= थांबली; बस= थांबते; बस= थांबेल; बस= नाही; बस= आली; "
    "बस= येते; बस= येईल; बस= गेली; लाईट; वीज; नाही; नाहीये; paus; nahi",
    "gu": "વરસાદ; ટ્રાફિક; બસ= ઊભી; બસ= ઉભી; બસ= નથી; બસ= આવી; બસ= આવે; બસ= આવશે; બસ= ગઈ; "
    "બસ= માં; લાઈટ; નથી; varsad; nathi",
    "kn": "ಮಳೆ; ಟ್ರಾಫಿಕ್; ಬಸ್; ಕರೆಂಟ್; ಇಲ್ಲ; male=; illa",
    "ml": "മഴ; ട്രാഫിക്; ബസ്; കറന്റ്; ഇല്ല; mazha; illa",
    "pa": "ਮੀਂਹ; ਬਾਰਿਸ਼; ਟ੍ਰੈਫਿਕ; ਬੱਸ= ਰੁਕੀ; ਬੱਸ= ਰੁਕਦੀ; ਬੱਸ= ਨਹੀਂ; ਬੱਸ= ਆਈ; ਬੱਸ= ਆਉਂਦੀ; "
    "ਬੱਸ= ਆਊਗੀ; ਬੱਸ= ਗਈ; ਬੱਸ= ਵਿੱਚ; ਬਿਜਲੀ; ਨਹੀਂ; ਨਹੀ; meenh; nahi",
}
"""Who or what stops that is not the listener, and "not" (a request is no "doesn't stop",
nor "one can't stand on the road": Bengali "যায় না", since "দাঁড়ান না" softens a request).
Where "bus" is also "just" ("बस दो मिनट, रुको") the bus is told by its verb or its case
word ("बस रुकी", "बस में")."""

_GOING_ON = {
    "en": "late; train; bus; buses; power; current; light; comes; came; left",
    "hi": "लेट; ट्रेन; गाड़ी; बिजली; लाइट; आएगी; आएगा; late; train",
    "ta": "லேட்; ட்ரெயின்; பஸ்; கரண்ட்; வந்துடும்; வரும்=",
    "te": "లేట్; ట్రైన్; బస్సు; కరెంట్; వస్తుంది",
    "bn": "লেট; ট্রেন; বাস; কারেন্ট; আসবে",
    "mr": "लेट; ट्रेन; लाईट; येईल",
    "gu": "લેટ; ટ્રેન; લાઈટ; આવશે",
    "kn": "ಲೇಟ್; ಟ್ರೈನ್; ಬಸ್; ಕರೆಂಟ್; ಬರುತ್ತೆ; ಬರ್ತದೆ",
    "ml": "ലേറ്റ്; ട്രെയിൻ; ബസ്; കറന്റ്; വരും=",
    "pa": "ਲੇਟ; ਟ੍ਰੇਨ; ਬਿਜਲੀ; ਆਊਗੀ; ਆਊਗਾ",
}
"""A minute said of the bus, the train or the power ("the bus comes in five minutes"):
no "wait a minute". "Bus" is left out where it is also "just" (हिंदी, मराठी, ਪੰਜਾਬੀ...)."""

_VEHICLE = {
    "en": "truck; lorry; tempo; van; tractor; driver",
    "hi": "ट्रक; लॉरी; टेम्पो; टेंपो; ट्रैक्टर; ड्राइवर; उसको; उनको; उसे=; truck; tempo; tractor; "
    "driver; usko; unko",
    "ta": "லாரி; டெம்போ; வேன்; டிரைவர்; அவன; அவங்கள; lorry; tempo; van; avana; avangala",
    "te": "లారీ; ట్రక్; టెంపో; వ్యాన్; డ్రైవర్; వాడిని; lorry; tempo",
    "bn": "ট্রাক; লরি; টেম্পো; ভ্যান; ড্রাইভার; ওকে=; ওদের; truck; tempo",
    "mr": "ट्रक; टेम्पो; ड्रायव्हर; त्याला; त्यांना; truck; tempo; tyala",
    "gu": "ટ્રક; ટેમ્પો; ડ્રાઈવર; એને=; તેને; truck; tempo",
    "kn": "ಲಾರಿ; ಟ್ರಕ್; ಟೆಂಪೋ; ಡ್ರೈವರ್; ಅವನಿಗೆ; ಅವರಿಗೆ; lorry; tempo",
    "ml": "ലോറി; ട്രക്ക്; ടെമ്പോ; ഡ്രൈവർ; അവനോട്; lorry; tempo",
    "pa": "ਟਰੱਕ; ਟੈਂਪੂ; ਟੈਂਪੋ; ਡਰਾਈਵਰ; ਉਹਨੂੰ; truck; tempo",
}
"""A vehicle, its driver or a third person told to wait or stop ("tell the truck to hold
on, unloading is left"): the listener is asked nothing."""

_SEASON = {
    "en": "weather; climate",
    "hi": "मौसम; mausam",
    "ta": "வானிலை; க்ளைமேட்",
    "te": "వాతావరణం",
    "bn": "আবহাওয়া",
    "mr": "हवामान; वातावरण",
    "gu": "હવામાન; મોસમ; વાતાવરણ",
    "kn": "ವಾತಾವರಣ; ಹವಾಮಾನ",
    "ml": "കാലാവസ്ഥ",
    "pa": "ਮੌਸਮ; mausam",
}
"""The weather itself: "is" said of it ("ਮੌਸਮ ਵਧੀਆ ਹੈਗਾ") asks for no stock."""

_PLACES = {
    "en": "bridge; flyover; building; house; temple; city; town; days; times; song; songs; "
    "film; movie; school; college; car; scooter; bike; road",
    "hi": "पुल; इमारत; बिल्डिंग; मकान; मंदिर; शहर; ज़माने; जमाने; दिन=; गाने; गाना; फिल्म; "
    "स्कूल; गाड़ी; स्कूटर; सड़क; pul; zamane; jamane; gaane; film",
    "ta": "பாலம்; பாலத்த; கட்டிடம்; கோயில்; ஊர்=; காலம்; பாட்டு; படம்; ஸ்கூல்; வண்டி",
    "te": "బ్రిడ్జి; వంతెన; బిల్డింగ్; గుడి; ఊరు; రోజులు; పాట; సినిమా; స్కూల్; బండి",
    "bn": "ব্রিজ; সেতু; বাড়িটা; মন্দির; শহর; দিন=; দিনগুলো; গান; সিনেমা; স্কুল; গাড়ি",
    "mr": "पूल; इमारत; बिल्डिंग; मंदिर; शहर; दिवस; गाणी; गाणं; सिनेमा; शाळा; गाडी",
    "gu": "પુલ; મકાન; બિલ્ડિંગ; મંદિર; શહેર; દિવસો; ગીત; ફિલ્મ; સ્કૂલ; ગાડી",
    "kn": "ಸೇತುವೆ; ಬ್ರಿಡ್ಜ್; ಕಟ್ಟಡ; ದೇವಸ್ಥಾನ; ಊರು; ದಿನಗಳು; ಹಾಡು; ಸಿನಿಮಾ; ಸ್ಕೂಲ್; ಗಾಡಿ",
    "ml": "പാലം; കെട്ടിട; അമ്പലം; പട്ടണം; കാലം; പാട്ട; സിനിമ; സ്കൂൾ; വണ്ടി",
    "pa": "ਪੁਲ; ਇਮਾਰਤ; ਬਿਲਡਿੰਗ; ਮੰਦਰ; ਸ਼ਹਿਰ; ਦਿਨ=; ਗਾਣੇ; ਗੀਤ; ਫਿਲਮ; ਸਕੂਲ; ਗੱਡੀ",
}
"""What is "old" that is no stale goods: a bridge, a building, the town, the old days."""

_CLOSED = {
    "en": "closed; shut",
    "hi": "बंद; band",
    "ta": "மூடி; மூடிட்டா",
    "te": "మూసి; మూసే; మూసేశా",
    "bn": "বন্ধ; bondho",
    "mr": "बंद",
    "gu": "બંધ",
    "kn": "ಮುಚ್ಚಿ; ಮುಚ್ಚಿದ",
    "ml": "അടച്ച; അടച്ചി",
    "pa": "ਬੰਦ",
}
"""Closed: "is closed" ("ব্রিজটা বন্ধ আছে") asks for no stock."""

_SINCE_DAY = {"te": "నుంచి; నుండి; నుంచీ; నుండీ", "kn": "ಇಂದ=", "en": "since"}
"""After "yesterday's": "since yesterday" ("నిన్నటి నుంచి"), no stale goods."""

_OCCASION = {
    "en": "puja; wedding; function; party; birthday; housewarming; dinner; lunch; fair; jatra",
    "hi": "पूजा; शादी; फंक्शन; पार्टी; जन्मदिन; गृहप्रवेश; puja; shaadi; party; मेले; मेला; jagran",
    "ta": "பூஜை; கல்யாண; விசேஷ; பார்ட்டி; கிரகப்பிரவேச; கிரகபிரவேச; திருவிழா; thiruvizha*",
    "te": "పూజ; పెళ్ళి; ఫంక్షన్; పార్టీ; గృహప్రవేశ; తిరునాళ; తిరుణాళ; జాతర; jathara; tirunala*",
    "bn": "পুজো; বিয়ে; অনুষ্ঠান; পার্টি; গৃহপ্রবেশ; মেলা; mela",
    "mr": "पूजा; लग्न; कार्यक्रम; पार्टी; गृहप्रवेश; वास्तुशांत; जत्रा; jatra",
    "gu": "પૂજા; લગ્ન; પ્રસંગ; પાર્ટી; વાસ્તુ; ગૃહપ્રવેશ",
    "kn": "ಪೂಜೆ; ಮದುವೆ; ಫಂಕ್ಷನ್; ಪಾರ್ಟಿ; ಗೃಹಪ್ರವೇಶ; ಜಾತ್ರೆ; jatre",
    "ml": "പൂജ; കല്യാണ; ഫങ്ഷൻ; പാർട്ടി; പാലുകാച്ച; ഗൃഹപ്രവേശ; ഉത്സവ; പെരുന്നാള; ulsava*; utsava*",
    "pa": "ਪਾਠ; ਵਿਆਹ; ਫੰਕਸ਼ਨ; ਪਾਰਟੀ; ਮੇਲ; mela",
}
"""An occasion someone is asked to: "come for the housewarming" asks them there, and
Gujarati "આવજો" (do come), also a goodbye, says no goodbye beside one."""

_HOME = {
    "en": "next week; our place; our house; my place; home=; if you're free; when you're free; "
    "if you are free",
    "hi": "हफ्ते; घर ज़रूर; घर जरूर; घर पर; घर पे; घर= आ*; हमारे घर; हमारे यहाँ; हमारे यहां; खाने पे; "
    "खाने पर; चाय पे; फ्री हो; फुर्सत; फ़ुर्सत; ghar aa*; ghar pe; hamare yahan; fursat; free ho",
    "ta": "வீட்டுக்கு; நேரம் இருந்தா; நேரம் கிடைச்சா; ஃப்ரீயா; veettukku; neram irundha",
    "te": "ఇంటికి; ఖాళీగా; ఖాళీ ఉంటే; టైం ఉంటే; ఫ్రీగా; intiki; khaaliga; khaliga",
    "bn": "বাড়িতে; বাড়ি= আস*; আমাদের বাড়ি; সময় পেলে; ফ্রি থাকলে; barite; bari= as*; somoy pele",
    "mr": "घरी; वेळ असेल; वेळ मिळाला; फ्री असाल; ghari; vel asel",
    "gu": "ઘરે; નવરા; સમય હોય; ફ્રી હો; ghare; navra; samay hoy",
    "kn": "ಮನೆಗೆ; ಬಿಡುವಿದ್ರೆ; ಬಿಡುವು; ಟೈಮ್ ಇದ್ರೆ; manege; biduvidre",
    "ml": "വീട്ടിലേക്ക്; വീട്ടിൽ; സമയം കിട്ടിയാൽ; ഫ്രീ ആണെങ്കിൽ; veettilekk*; veettil",
    "pa": "ਘਰ= ਆ*; ਘਰੇ; ਵਿਹਲੇ; ਵਿਹਲ; ਟਾਈਮ ਹੋਵੇ; ghar aa*; vehle; vihle",
}

INVITE = {lang: f"{_OCCASION[lang]}; {_HOME[lang]}" for lang in _OCCASION}
"""Come to a puja or a wedding, or home when you are free: an invitation, no "come, have
a look"."""

_MORNING_CUE = {"en": "morning"}
_SINCE = {
    "en": "since; in=; this; the=; from; every; till; until; all=; whole; early; tomorrow; "
    "yesterday; se=; ninchi; nundi; theke; pasun; thi=; inda; muthal; ton=; to=; chilly; "
    "cold; foggy; misty; rainy; freezing; such; winter",
}
""""Since/in/this morning": the time of what is told, no salutation; "such a chilly
morning" tells the weather."""

_WEATHER = {
    "en": "rain; rains; heat; cold; wind; weather",
    "hi": "बारिश; बरसात; गर्मी; ठंड; हवा; barish; baarish; garmi; thand",
    "ta": "மழை; வெயில்; குளிர்; காத்து; mazhai; veyil",
    "te": "వాన; వర్షం; ఎండ; చలి; vaana; varsham",
    "bn": "বৃষ্টি; গরম; ঠান্ডা; বাতাস; brishti",
    "mr": "पाऊस; पावसा; ऊन; थंडी; वारा; paus",
    "gu": "વરસાદ; ગરમી; ઠંડી; પવન; varsad",
    "kn": "ಮಳೆ; ಬಿಸಿಲು; ಚಳಿ; ಗಾಳಿ; male=; bisilu; chali",
    "ml": "മഴ; ചൂട്; തണുപ്പ; കാറ്റ; mazha",
    "pa": "ਮੀਂਹ; ਬਾਰਿਸ਼; ਗਰਮੀ; ਠੰਡ; ਹਵਾ; meenh",
}
"""The weather: "enough" said of it is no "that's all"."""

_TODAY_CUE = {
    "en": "this morning; today morning; came this morning",
    "hi": "आज सुबह; aaj subah",
    "bn": "আজ সকালে; aaj sokale",
    "mr": "आज सकाळी; सकाळीच; aaj sakali",
    "gu": "આજે સવારે; aaje savare",
    "ta": "இன்னைக்கு காலையில",
    "pa": "ਅੱਜ ਸਵੇਰੇ; ajj savere",
}
"""The "this morning" cues of `claim_fresh`, which say when, not what came."""

_BUSY = {
    "en": "rush; crowd; traffic; bus; train; rain; jam; water; news; fight; power; parcel; "
    "courier; delivery",
    "hi": "भीड़; भीड; बस=; बसें; ट्रेन; ट्रैफिक; जाम; बारिश; bheed; bus; पानी; खबर; ख़बर; न्यूज़; "
    "झगड़ा; बिजली; paani; pani; news; khabar; bijli",
    "ta": "கூட்டம்; பஸ்; டிராபிக்; மழை; தண்ணி; தண்ணீர்; நியூஸ்; கரண்ட்; சண்டை",
    "bn": "ভিড়; বাসে; বাস=; ট্রেন; জ্যাম; বৃষ্টি; জল=; খবর; ঝগড়া; কারেন্ট",
    "mr": "गर्दी; बसला; बस=; बसमध्ये; ट्रेन; ट्रॅफिक; पाऊस; पाणी; बातमी; भांडण; लाईट; pani",
    "gu": "ભીડ; બસ=; બસમાં; ટ્રેન; ટ્રાફિક; વરસાદ; પાણી; સમાચાર; ઝઘડ; લાઈટ",
    "pa": "ਭੀੜ; ਬੱਸ; ਟ੍ਰੇਨ; ਟ੍ਰੈਫਿਕ; ਮੀਂਹ; ਪਾਣੀ; ਖ਼ਬਰ; ਖਬਰ; ਬਿਜਲੀ; ਲੜਾਈ",
}
"""What happened this morning that is no goods: the rush, the bus, the water, the news, a
courier's parcel."""

_WALL = {
    "en": "wall; walls; road; seat",
    "hi": "दीवार; सड़क; सीट",
    "ta": "சுவர்; ரோடு; சீட்",
    "te": "గోడ; రోడ్డు; సీటు",
    "bn": "দেয়াল; রাস্তা; সিট",
    "mr": "भिंत; रस्ता; सीट",
    "gu": "દીવાલ; ભીંત; રસ્તો; સીટ",
    "kn": "ಗೋಡೆ; ರಸ್ತೆ; ಸೀಟು",
    "ml": "മതില; ചുമര; റോഡ്; സീറ്റ",
    "pa": "ਕੰਧ; ਸੜਕ; ਸੀਟ",
}
"""A wall, a road or a seat with no room ("not one wall free"): no goods sold out."""

_NOWHERE = {"en": "anywhere", "hi": "कहीं", "mr": "कुठेच", "gu": "ક્યાંય", "kn": "ಎಲ್ಲೂ", "pa": "ਕਿਤੇ"}
"""Found nowhere else ("ऐसे आम कहीं नहीं मिलेंगे"): praise, nobody asks for goods."""

_RISING = {
    "en": "prices will; price will; rates will; will go up; will rise; going to rise",
    "hi": "दाम बढ़; भाव बढ़; रेट बढ़; कीमत बढ़; कीमतें बढ़; महंगाई बढ़; daam badh*; bhav badh*",
    "ta": "விலை ஏறு; விலை ஏறும்; விலை கூடு; விலை ஏற",
    "te": "ధరలు పెరుగు; ధర పెరుగు; రేట్లు పెరుగు; రేటు పెరుగు",
    "bn": "দাম বাড়; দর বাড়",
    "mr": "भाव वाढ; किमती वाढ; किंमत वाढ; दर वाढ; bhav vadh*; kimti vadh*",
    "gu": "ભાવ વધ; કિંમત વધ; bhav vadh*",
    "kn": "ಬೆಲೆ ಏರ; ಬೆಲೆ ಜಾಸ್ತಿ ಆಗುತ್ತೆ; ರೇಟ್ ಏರ",
    "ml": "വില കൂടു; വില കയറ; വില കൂടും",
    "pa": "ਭਾਅ ਵਧ; ਕੀਮਤ ਵਧ; ਕੀਮਤਾਂ ਵਧ; bhaa vadh*",
}
"""Prices said to rise: "the rains came late, prices will rise, see" forecasts, and its
"see" calls nobody to look at the goods."""

_HEARSAY = {
    "en": "they say; people say; i heard; i've heard; news says; forecast",
    "hi": "कहते हैं; कह रहे; सुना है; बता रहे; kehte hain; keh rahe; suna hai",
    "ta": "சொல்றாங்க; சொல்லுறாங்க; சொன்னாங்க; solranga; sonnanga",
    "te": "అంటున్నారు; అంటారు; చెబుతున్నారు; antunnaru; antaru",
    "bn": "বলছে; বলছিল; শুনলাম; শুনেছি; bolche; shunlam",
    "mr": "म्हणतात; म्हणे; सांगत होते; सांगतात; ऐकलं; mhantat; mhane; sangat hote; aikla",
    "gu": "કહે છે; કહેતા હતા; સાંભળ્યું; kahe che; sambhalyu",
    "kn": "ಅಂತಾರೆ; ಅಂತೆ=; ಅಂತಿದ್ದಾರೆ; antare; ante=",
    "ml": "പറയുന്നു; പറയുന്നത്; parayunnu; parayunnath",
    "pa": "ਕਹਿੰਦੇ; ਸੁਣਿਆ; kehnde; suneya",
}
"""What is said or heard about ("they say the rains will be early, see"): news told, and
its "see" (Marathi's "बघा" after it) calls nobody to look at the goods."""

_SIGHT = {
    "en": "lighting; illumination; fireworks; procession; pandal; tableau",
    "hi": "लाइटिंग; लायटिंग; रोशनी; रौशनी; आतिशबाज़ी; आतिशबाजी; जुलूस; शोभायात्रा; झांकी; झाँकी; "
    "पंडाल; roshni; jhanki; pandal",
    "ta": "லைட்டிங்; அலங்கார விளக்கு; வாண வேடிக்கை; ஊர்வல; தேர்=; தேரோட்ட",
    "te": "లైటింగ్; దీపాలంకరణ; బాణసంచా; ఊరేగింపు; పందిరి",
    "bn": "লাইটিং; আলোকসজ্জা; আতশবাজি; প্যান্ডেল; শোভাযাত্রা; protima=",
    "mr": "लायटिंग; लाइटिंग; रोषणाई; आतषबाजी; मिरवणूक; देखावा; देखावे; कळस; roshnai; dekhava",
    "gu": "લાઇટિંગ; લાઈટિંગ; રોશની; આતશબાજી; વરઘોડ; શોભાયાત્રા; પંડાલ; roshni",
    "kn": "ಲೈಟಿಂಗ್; ದೀಪಾಲಂಕಾರ; ಮೆರವಣಿಗೆ; ಪೆಂಡಾಲ್; ತೇರು; ರಥೋತ್ಸವ",
    "ml": "ലൈറ്റിംഗ്; ദീപാലങ്കാര; വെടിക്കെട്ട്; ഘോഷയാത്ര; പന്തൽ",
    "pa": "ਲਾਈਟਿੰਗ; ਰੌਸ਼ਨੀ; ਦੀਪਮਾਲਾ; ਆਤਿਸ਼ਬਾਜ਼ੀ; ਨਗਰ ਕੀਰਤਨ; ਜਲੂਸ",
}
"""A sight of the town (the lights of a temple or a pandal, fireworks, a procession):
"see the lighting at night" points the listener at it and calls nobody to the goods."""

_WELL = {
    "en": "all well; everything okay; everything ok; keeping well; in good health",
    "hi": "खैरियत; ख़ैरियत; कुशल मंगल; सब खैर; khairiyat; kheriyat",
    "ta": "நலமா; சௌக்கியமா; nalama; sowkiyama",
    "bn": "কুশল",
    "mr": "खुशाल; ख्यालीखुशाली; khushal",
    "gu": "ખેરિયત; મજામાં; ક્ષેમકુશળ; majama; khairiyat",
    "kn": "ಆರಾಮಾಗಿ; ಚೆನ್ನಾಗಿದ್ದಾರ; aaramagi",
    "ml": "സുഖമാണോ; സുഖം=; sukhamano",
    "pa": "ਸੁੱਖ=; ਸੁਖ=; ਸੁੱਖ ਸਾਂਦ; ਖ਼ੈਰੀਅਤ; ਖੈਰੀਅਤ; ਖ਼ੈਰ=; ਖੈਰ=; sukh=; khair=",
}
"""Someone's well-being asked ("ਸੁੱਖ ਤਾਂ ਹੈ?", is all well?): concern, no goods asked for."""

_KIN = {
    "en": "brother; sister; son; daughter; husband; wife; father; mother; uncle; aunt; "
    "family; kids; children; nephew; niece; cousin",
    "hi": "भाई; भैया; बहन; दीदी; बेटा; बेटे; बेटी; पति; पत्नी; पिताजी; माताजी; मम्मी; पापा; चाचा; "
    "चाची; मामा; मामी; मौसी; बुआ; ताऊ; भाभी; जीजा; दामाद; बहू; बच्चे; घरवाले; bhai; behen; "
    "beta; beti; bhabhi",
    "ta": "அண்ணன்; அண்ணா; அக்கா; தம்பி; தங்கச்சி; தங்கை; மகன்; மகள்; பையன்; பொண்ணு; "
    "புருஷன்; வீட்டுக்காரர்; அப்பா; அம்மா; மாமா; அத்தை; சித்தி; சித்தப்பா; பசங்க; annan; "
    "akka; thambi",
    "te": "అన్నయ్య; అన్న=; అక్క; తమ్ముడు; చెల్లి; కొడుకు; కూతురు; అబ్బాయి; అమ్మాయి; భర్త; "
    "భార్య; నాన్న; అమ్మ=; మామయ్య; అత్తయ్య; పిల్లలు; annayya; akka",
    "bn": "দাদা; দিদি; ভাই=; বোন; ছেলে; মেয়ে; স্বামী; বউ; বাবা; মা=; মামা; মাসি; কাকা; "
    "কাকিমা; পিসি; বাচ্চা; dada; didi",
    "mr": "भाऊ; दादा; ताई; बहीण; मुलगा; मुलगी; मुलं; नवरा; बायको; मिस्टर; वडील; आई=; बाबा; काका; "
    "काकू; मामा; मावशी; आत्या; सून; जावई; bhau; dada; tai",
    "gu": "ભાઈ; મોટાભાઈ; નાનાભાઈ; બેન; બહેન; દીકરો; દીકરા; દીકરી; છોકરો; છોકરા; છોકરી; પતિ; "
    "પત્ની; બા=; બાપુજી; પપ્પા; મમ્મી; કાકા; કાકી; મામા; માસી; ફોઈ; વહુ; જમાઈ; ભાભી; "
    "bhai; ben; dikro; dikri",
    "kn": "ಅಣ್ಣ; ಅಕ್ಕ; ತಂಗಿ; ಮಗ=; ಮಗನ; ಮಗಳು; ಮಕ್ಕಳು; ಗಂಡ=; ಯಜಮಾನರು; ಹೆಂಡತಿ; ಅಪ್ಪ; ಅಮ್ಮ; "
    "ಮಾವ=; ಅತ್ತೆ; ಚಿಕ್ಕಪ್ಪ; anna; akka",
    "ml": "ചേട്ടൻ; ചേച്ചി; അനിയൻ; അനിയത്തി; മകൻ; മകൾ; മക്കൾ; ഭർത്താവ്; ഭാര്യ; അച്ഛൻ; "
    "അമ്മ; അമ്മാവൻ; അമ്മായി; chettan; chechi",
    "pa": "ਭਰਾ; ਵੀਰ=; ਭੈਣ; ਮੁੰਡਾ; ਮੁੰਡੇ; ਕੁੜੀ; ਧੀ=; ਪੁੱਤ; ਪਤੀ; ਘਰਵਾਲ; ਪਿਤਾ; ਬਾਪੂ; ਬੀਜੀ; "
    "ਮਾਂ=; ਚਾਚਾ; ਚਾਚੀ; ਮਾਮਾ; ਮਾਸੀ; ਭੂਆ; ਤਾਇਆ; ਬੱਚੇ; bhra; veer; bhain",
}
"""Kin, named after a word for "your", "his", "their" (`POSSESSIVE`)."""

KIN_OWNED = {
    lang: "; ".join(
        f"{owner.strip()} {kin.strip()}"
        for owner in POSSESSIVE.get(lang, "").split(";")
        for kin in _KIN[lang].split(";")
    )
    for lang in _KIN
}
"""Someone's kin ("તમારા મોટાભાઈ", "your brother", "उनकी बेटी"): "is your brother still in
Pune?" asks where a person is, no goods, wherever the kin stand in the clause."""


_WHERE = {
    "en": "where; where's; which way",
    "hi": "कहाँ; कहां; किधर; kahan; kahaan; kidhar",
    "ta": "எங்க=; எங்கே; எங்கு; enga=; engey",
    "te": "ఎక్కడ; ekkada",
    "bn": "কোথায়; কোথা=; kothay; kothae",
    "mr": "कुठे; कुठं; kuthe",
    "gu": "ક્યાં=; kyan=; kya=",
    "kn": "ಎಲ್ಲಿ; elli",
    "ml": "എവിടെ; evide",
    "pa": "ਕਿੱਥੇ; ਕਿਥੇ; kithe; kitthe",
}
"""Where something is got ("પ્રસાદ ક્યાં મળે છે?"): a place asked, not this stall's stock."""

_KNOW = {
    "en": "do you know; any idea",
    "hi": "पता; मालूम; pata; maloom",
    "gu": "ખબર; ખ્યાલ; khabar",
    "mr": "माहीत; माहिती; mahit",
    "pa": "ਪਤਾ; pata",
    "bn": "জানেন; জানো; janen",
}
"""Whether the listener knows ("ખબર છે?", "पता है?"): no goods asked for."""

_NEWS_CAME = {
    "en": "job; result; results; admission; rishta; proposal",
    "hi": "नौकरी; रिजल्ट; रिज़ल्ट; नतीजा; एडमिशन; रिश्ता; naukri; result; admission; rishta",
    "ta": "வேலை; ரிசல்ட்; அட்மிஷன்; வரன்; velai; result",
    "te": "ఉద్యోగం; ఉద్యోగ; రిజల్ట్; ఫలితం; అడ్మిషన్; సంబంధం; udyogam; udyogamu; result",
    "bn": "চাকরি; রেজাল্ট; ভর্তি; সম্বন্ধ; chakri; result",
    "mr": "नोकरी; निकाल; रिझल्ट; ॲडमिशन; स्थळ; nokri; nikal; result",
    "gu": "નોકરી; રિઝલ્ટ; પરિણામ; એડમિશન; માગું; nokri; result",
    "kn": "ಕೆಲಸ; ರಿಸಲ್ಟ್; ಫಲಿತಾಂಶ; ಅಡ್ಮಿಷನ್; kelsa; result",
    "ml": "ജോലി; റിസൾട്ട്; അഡ്മിഷൻ; ആലോചന; joli; result",
    "pa": "ਨੌਕਰੀ; ਰਿਜ਼ਲਟ; ਨਤੀਜਾ; ਦਾਖਲਾ; ਰਿਸ਼ਤਾ; naukri; result",
}
"""What comes to someone in life: a job, an exam result, an admission, a marriage
proposal ("ఉద్యోగం వచ్చిందా?", did the job come through?): no money asked to be checked."""

_ILL = {
    "en": "ill; sick; unwell; hospital; admitted",
    "hi": "बीमार; अस्पताल; bimar; beemar; bimaar",
    "ta": "உடம்பு சரியில்ல; ஆஸ்பத்திரி; காய்ச்சல்",
    "te": "జ్వరం; ఆసుపత్రి; ఆస్పత్రి; ఒంట్లో బాలేదు",
    "bn": "অসুস্থ; অসুখ; হাসপাতাল; জ্বর",
    "mr": "आजारी; दवाखा; हॉस्पिटल; ताप=; aajari; ajari",
    "gu": "બીમાર; માંદ; દવાખાન; હોસ્પિટલ; તાવ; bimar",
    "kn": "ಹುಷಾರಿಲ್ಲ; ಕಾಯಿಲೆ; ಆಸ್ಪತ್ರೆ; ಜ್ವರ",
    "ml": "ആശുപത്രി; പനി=",
    "pa": "ਬੀਮਾਰ; ਬਿਮਾਰ; ਹਸਪਤਾਲ; ਬੁਖਾਰ; ਬੁਖ਼ਾਰ",
}
"""Someone ill or in hospital ("એ બીમાર છે કે?", is he ill?): the "is" asks after them."""

_PLACED = {
    "en": "college; school; class; standard",
    "hi": "कॉलेज; स्कूल; कक्षा; किस=; कौन सी; college; school",
    "gu": "કોલેજ; કૉલેજ; સ્કૂલ; સ્કુલ; નિશાળ; ધોરણ; ક્લાસ; કઈ=; કયા=; કયો=; કયું=; college; school",
    "mr": "कॉलेज; शाळ; इयत्ता; कोणत्या; college; school",
    "pa": "ਕਾਲਜ; ਸਕੂਲ; ਜਮਾਤ; ਕਿਹੜੀ; ਕਿਹੜੇ; college; school",
}
"""A school, a college, a class, or "which" one ("તમારો દીકરો કઈ કોલેજમાં છે?", which
college is your son in?): where someone is placed, no goods asked for."""

_FESTIVAL = {
    "en": "festival; mela; fair; jatra; procession; holiday",
    "hi": "त्योहार; त्यौहार; मेला; जुलूस; छुट्टी; tyohar; tyohaar; mela",
    "ta": "திருவிழா; பண்டிகை; விசேஷம்; thiruvizha",
    "te": "పండగ; పండుగ; జాతర; ఉత్సవం; pandaga; jatara",
    "bn": "উৎসব; মেলা; কোনো পুজো; কোন পুজো; utsob",
    "mr": "सण; जत्रा; उत्सव; यात्रा; san=; jatra",
    "gu": "તહેવાર; મેળો; ઉત્સવ; tahevar",
    "kn": "ಹಬ್ಬ; ಜಾತ್ರೆ; ಉತ್ಸವ; habba; jatre",
    "ml": "ഉത്സവ; പെരുന്നാൾ; പൂരം; utsavam",
    "pa": "ਤਿਉਹਾਰ; ਮੇਲਾ; ਗੁਰਪੁਰਬ; tyohar; mela",
}
"""A festival asked after ("is there a festival today?"): no goods asked for."""

_WILL_RISE = {
    "en": "will rise; will go up; going up; going to rise",
    "hi": "बढ़ेंगे; बढ़ेगा; बढ़ेगी; बढ़ने वाले; badhenge; badhega",
    "ta": "ஏறும்; ஏறப்போகு; கூடும்",
    "te": "పెరుగుతాయి; పెరుగుతుంది; పెరుగుతాయ్",
    "bn": "বাড়বে; barbe",
    "mr": "वाढणार; वाढतील; वाढेल; vadhnar; vadhtil",
    "gu": "વધશે; વધવાના; vadhshe",
    "kn": "ಏರುತ್ತೆ; ಏರುತ್ತದೆ; ಜಾಸ್ತಿ ಆಗುತ್ತೆ",
    "ml": "കൂടും; കയറും",
    "pa": "ਵਧਣਗੇ; ਵਧੇਗਾ; ਵਧੂ=; vadhange",
}
"""A price said to rise ("भाव वाढणार"): a forecast, no price asked."""

MORE_SAID_OF: dict[str, tuple[tuple[dict[str, str], dict[str, str]], ...]] = {
    "wait": ((_STOP_CUE, _STOPPING), ({}, _GOING_ON), ({}, _VEHICLE)),
    "greet": ((_MORNING_CUE, _SINCE), (GREETING_ASKED, THIRD)),
    "have_it": (
        ({}, THIRD),
        ({}, _SEASON),
        ({}, _CLOSED),
        ({}, _NOWHERE),
        ({}, BUYERS),
        ({}, _WHERE),
        ({}, _KNOW),
        ({}, _FESTIVAL),
        ({}, _ILL),
        ({}, _PLACED),
        ({}, _WELL),
        ({"en": "you have"}, {"en": "will; would"}),
    ),
    "show_better": (({}, THIRD),),
    "paid_check": (({}, _NEWS_CAME),),
    "that_is_all": (({}, _WEATHER), ({}, _SEASON), ({}, _WALL)),
    "claim_fresh": ((_TODAY_CUE, _BUSY), (LIKE_NEW_CUE, LIKE)),
    "deal": ((FINAL_CUE, EXAM),),
    "weigh_properly": ((WEIGHT_LESS_CUE, BODY),),
    "give_bag": (
        ({}, {"en": "looks; brand new; like new", "hi": "जैसा; जैसी; नया जैसा"}),
        ({}, TOO_SMALL),
        ({}, BAG_TALK),
    ),
    "have_bag": (({}, BAG_TALK),),
    "out_of_stock": (({"en": "not", "mr": "नाही"}, {"en": "stop", "mr": "थांब"}), ({}, _WALL)),
    "pick_myself": (({}, _WALL),),
    "quality_old": (
        ({}, _PLACES),
        ({}, PEOPLE),
        ({"te": "నిన్నటి", "en": "yesterday's"}, _SINCE_DAY),
    ),
    "regular_customer": (({}, JOB), (CUSTOMER_CUE, FEW)),
    "come_look": (({}, INVITE), ({}, _RISING), ({}, _HEARSAY), ({}, _SIGHT)),
    "ask_price": (({}, _WILL_RISE),),
    "goodbye": (({"gu": "આવજો; aavjo"}, _OCCASION),),
    "quality_soft": (({}, SPEAKING), ({}, ZIP)),
    "claim_sweet": (({}, SPEAKING), ({}, HOSTED)),
}
"""Per act: (cue words per language, nouns per language), added to `SAID_OF`."""

MORE_CLAUSE_WIDE: dict[str, tuple[dict[str, str], ...]] = {
    "too_expensive": (BILLS,),
    "out_of_stock": (DEVICE,),
    "have_it": (KIN_OWNED,),
    "give_bag": (BAG_TALK, BAG_GOODS, BAG_HUNG),
    "have_bag": (BAG_TALK,),
}
"""Per act: nouns it is said of wherever they stand in its clause, added to `CLAUSE_WIDE`."""
