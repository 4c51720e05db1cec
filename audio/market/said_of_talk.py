"""Small talk whose words look like an act: the rain that "won't stop" asks nobody to wait
("सुबह से बारिश रुक ही नहीं रही", "पाऊस थांबतच नाही"), nor does the bus that comes "in
five minutes"; "since morning" greets nobody; "how is your mother's health now?" asks
after another and neither greets nor asks for stock; "if it rains in the evening, that's
enough" is no "that's all"; "this morning the bus was packed" claims nothing fresh; "the
power won't stop going, not today" ("थांबतच नाही") is no "not there today"; an old
bridge is no stale goods; school fees or rent "too much" are no price of the goods; a
regular job is no regular customer; "come to the puja" calls nobody to look; a phone's
charge or balance that runs out is no stock, diesel "got costly" no price of the goods, and
"prices will rise, see" no call to look (`_DEVICE`, `_BILLS`, `_RISING`, `_WILL_RISE`);
"where do I get the prasad?", "do you know?" and "is there a festival?" ask for no stock
(`_WHERE`, `_KNOW`, `_FESTIVAL`); tea offered to a guest claims no sweetness, and a bag
talked about (its zip broken, stitched at home) is no bag asked for or had (`_HOSTED`,
`_BAG_TALK`, `_ZIP`).

Rules of the same shape as `audio.market.said_of.SAID_OF` (cue words, nouns), merged into
it: a hit of the act whose first words are one of the cue words (an empty table: any cue)
is no act when one of the nouns stands within three words of it; `MORE_CLAUSE_WIDE`
nouns anywhere in its clause. Nouns never include a term of address ("कैसे हो भाई?"
greets). Words are matched like cues (see `audio.market.inventory`).
"""

from __future__ import annotations

from audio.market.bag_goods import BAG_GOODS

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
    "hi": "बारिश; बरसात; ट्रैफिक; बस=; बसें; बिजली; लाइट; खांसी; बुखार; नहीं; नही; रुक रुक; "
    "barish; baarish; bijli; light; nahi; nahin; ruk ruk; मत; mat",
    "ta": "மழை; டிராபிக்; பஸ்; கரண்ட்; இல்ல; இல்லை; mazhai; current; illa",
    "te": "వాన; వర్షం; ట్రాఫిక్; బస్సు; కరెంట్; లేదు; vaana; varsham",
    "bn": "বৃষ্টি; জ্যাম; বাস; কারেন্ট; লোডশেডিং",
    "mr": "पाऊस; पावसा; ट्रॅफिक; बस=; लाईट; वीज; नाही; नाहीये; paus; nahi",
    "gu": "વરસાદ; ટ્રાફિક; બસ=; લાઈટ; નથી; varsad; nathi",
    "kn": "ಮಳೆ; ಟ್ರಾಫಿಕ್; ಬಸ್; ಕರೆಂಟ್; ಇಲ್ಲ; male=; illa",
    "ml": "മഴ; ട്രാഫിക്; ബസ്; കറന്റ്; ഇല്ല; mazha; illa",
    "pa": "ਮੀਂਹ; ਬਾਰਿਸ਼; ਟ੍ਰੈਫਿਕ; ਬੱਸ=; ਬਿਜਲੀ; ਨਹੀਂ; ਨਹੀ; meenh; nahi",
}
"""Who or what stops that is not the listener, and "not" (a request is no "doesn't stop")."""

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

_BILLS = {
    "en": "fees; fee; rent; bill; bills; petrol; diesel; cylinder; tuition; fare; emi; fuel; "
    "kerosene",
    "hi": "फीस; फ़ीस; किराया; किराए; बिल; पेट्रोल; डीज़ल; डीजल; सिलेंडर; ट्यूशन; भाड़ा; "
    "fees; kiraya; bill; petrol; diesel; डीसल; मिट्टी का तेल; केरोसिन",
    "ta": "பீஸ்; ஃபீஸ்; வாடகை; பில்; பெட்ரோல்; சிலிண்டர்; டீசல்; மண்ணெண்ணெ",
    "te": "ఫీజు; ఫీజులు; అద్దె; బిల్లు; పెట్రోల్; సిలిండర్; డీజిల్; కిరోసిన్",
    "bn": "মাইনে; ফি=; ফিস; ভাড়া; বিল; পেট্রোল; সিলিন্ডার; ডিজেল; কেরোসিন",
    "mr": "फी=; फीस; भाडं; भाडे; बिल; पेट्रोल; सिलेंडर; डिझेल; डीझेल; रॉकेल",
    "gu": "ફી=; ફીસ; ભાડું; બિલ; પેટ્રોલ; સિલિન્ડર; ડીઝલ; ડિઝલ; કેરોસીન",
    "kn": "ಫೀಸ್; ಫೀ=; ಬಾಡಿಗೆ; ಬಿಲ್; ಪೆಟ್ರೋಲ್; ಸಿಲಿಂಡರ್; ಡೀಸೆಲ್; ಸೀಮೆಎಣ್ಣೆ",
    "ml": "ഫീസ്; വാടക; ബിൽ; പെട്രോൾ; സിലിണ്ടർ; ഡീസൽ; മണ്ണെണ്ണ",
    "pa": "ਫੀਸ; ਫ਼ੀਸ; ਕਿਰਾਇਆ; ਕਿਰਾਏ; ਬਿੱਲ; ਪੈਟਰੋਲ; ਸਿਲੰਡਰ; ਡੀਜ਼ਲ; ਡੀਜਲ; ਮਿੱਟੀ ਦਾ ਤੇਲ",
}
"""What costs too much that is no goods on the stall: fees, rent, bills, petrol."""

_JOB = {
    "en": "job; work; salary; duty; class; classes",
    "hi": "नौकरी; काम; तनख्वाह; ड्यूटी; naukri; kaam",
    "ta": "வேலை; சம்பளம்; டியூட்டி",
    "te": "ఉద్యోగం; పని; జీతం; డ్యూటీ",
    "bn": "চাকরি; কাজ=; মাইনে; ডিউটি",
    "mr": "नोकरी; काम; पगार; ड्युटी",
    "gu": "નોકરી; કામ; પગાર; ડ્યુટી",
    "kn": "ಕೆಲಸ; ಸಂಬಳ; ಡ್ಯೂಟಿ",
    "ml": "ജോലി; ശമ്പള; ഡ്യൂട്ടി",
    "pa": "ਨੌਕਰੀ; ਕੰਮ; ਤਨਖਾਹ; ਡਿਊਟੀ",
}
"""A "regular" job, salary or duty: no regular customer."""

_OCCASION = {
    "en": "puja; wedding; function; party; birthday; housewarming; dinner; lunch",
    "hi": "पूजा; शादी; फंक्शन; पार्टी; जन्मदिन; गृहप्रवेश; puja; shaadi; party",
    "ta": "பூஜை; கல்யாண; விசேஷ; பார்ட்டி; கிரகப்பிரவேச; கிரகபிரவேச",
    "te": "పూజ; పెళ్ళి; ఫంక్షన్; పార్టీ; గృహప్రవేశ",
    "bn": "পুজো; বিয়ে; অনুষ্ঠান; পার্টি; গৃহপ্রবেশ",
    "mr": "पूजा; लग्न; कार्यक्रम; पार्टी; गृहप्रवेश; वास्तुशांत",
    "gu": "પૂજા; લગ્ન; પ્રસંગ; પાર્ટી; વાસ્તુ; ગૃહપ્રવેશ",
    "kn": "ಪೂಜೆ; ಮದುವೆ; ಫಂಕ್ಷನ್; ಪಾರ್ಟಿ; ಗೃಹಪ್ರವೇಶ",
    "ml": "പൂജ; കല്യാണ; ഫങ്ഷൻ; പാർട്ടി; പാലുകാച്ച; ഗൃഹപ്രവേശ",
    "pa": "ਪਾਠ; ਵਿਆਹ; ਫੰਕਸ਼ਨ; ਪਾਰਟੀ",
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

_INVITE = {lang: f"{_OCCASION[lang]}; {_HOME[lang]}" for lang in _OCCASION}
"""Come to a puja or a wedding, or home when you are free: an invitation, no "come, have
a look"."""

_SPEAKING = {
    "en": "spoken; speaking; speaks; talks; voice; nature; heart; words; talk=",
    "hi": "स्वभाव; बोलत; बोलने; बोलते; आवाज़; आवाज; दिल=; bolti; bolta; bolte",
    "ta": "பேசு; பேச்சு; மனசு; குணம்",
    "te": "మాట్లాడ; మనసు; స్వభావం; మాటలు",
    "bn": "কথা বল; মন=; স্বভাব",
    "mr": "बोलत; स्वभाव; मन=",
    "gu": "બોલે; બોલવા; સ્વભાવ; દિલ; વાતો; વાણી; બોલી",
    "kn": "ಮಾತಾಡ; ಮನಸ್ಸು; ಸ್ವಭಾವ",
    "ml": "സംസാരിക്ക; മനസ്സ്; സ്വഭാവ; വർത്തമാന; വാക്ക; സംസാര",
    "pa": "ਬੋਲਦ; ਸੁਭਾਅ; ਦਿਲ",
}
"""How someone speaks or is, or their words: soft-spoken, a sweet talker ("your words are
sweet, but the glass is small"), no goods described."""

_MORNING_CUE = {"en": "morning"}
_SINCE = {
    "en": "since; in=; this; the=; from; every; till; until; all=; whole; early; tomorrow; "
    "yesterday; se=; ninchi; nundi; theke; pasun; thi=; inda; muthal; ton=; to=; chilly; "
    "cold; foggy; misty; rainy; freezing; such; winter",
}
""""Since/in/this morning": the time of what is told, no salutation; "such a chilly
morning" tells the weather."""

_THIRD = {
    "en": "health; his; her; their; he=; she=; mother; father; mom; dad; grandmother; "
    "grandfather; granny; son; daughter; wife; husband; family; kids; children",
    "hi": "तबीयत; तबियत; सेहत; उसका; उसकी; उनका; उनकी; उसके; उनके; माँ; मां; अम्मा; माताजी; "
    "पिताजी; पापा; मम्मी; दादी; दादा जी; नानी; नाना जी; बेटे; बेटी; पत्नी; पति; बच्चे; घरवाले; "
    "tabiyat; tabiyet; sehat; uska; uski; unka; unki; mummy; papa; dadi; nani",
    "ta": "உடம்பு; உடல்; ஒடம்பு; அம்மா=; அம்மாவுக்கு; அப்பா=; அப்பாவுக்கு; பாட்டி; தாத்தா; "
    "மகன்; மகள்; பையன்; பொண்ணு; அவங்க; அவன்; அவள்; அவருக்கு; udambu; odambu; avanga",
    "te": "ఆరోగ్యం; ఒంట్లో; అమ్మగారి; అమ్మకి; నాన్నగారి; నాన్నకి; అమ్మమ్మ; నానమ్మ; తాతయ్య; "
    "కొడుకు; కూతురు; అతను; ఆమె; వాళ్ళు; arogyam",
    "bn": "শরীর; স্বাস্থ্য; মায়ের; বাবার; মা=; বাবা=; ঠাকুমা; দিদিমা; ছেলে; মেয়ে; ওর=; ওনার; "
    "তার=; shorir; mayer; babar",
    "mr": "तब्येत; तब्बेत; आईंची; आईची; बाबांची; आजी; आजोबा; मुलगा; मुलगी; त्याची; त्यांची; तिची; tabyet; aai",
    "gu": "તબિયત; તબીયત; બા=; બાની; બાપુ; દાદી; દાદા=; નાની; દીકરો; દીકરી; એની; એનો; એનું; "
    "એમની; tabiyat; tabiyet; dadi; kaka; kaki; ba=",
    "kn": "ಆರೋಗ್ಯ; ಹುಷಾರ; ಅಮ್ಮನ; ಅಪ್ಪನ; ಅಜ್ಜಿ; ಅಜ್ಜ=; ಮಗ=; ಮಗಳು; ಅವನು; ಅವಳು; ಅವರಿಗೆ; arogya; hushar*",
    "ml": "ആരോഗ്യ; അസുഖ; അമ്മയുടെ; അമ്മയ്ക്ക്; അച്ഛന്റെ; അച്ഛന്; അമ്മൂമ്മ; അപ്പൂപ്പ; മകൻ; "
    "മകൾ; അവന്റെ; അവളുടെ; അവർക്ക്; arogyam",
    "pa": "ਸਿਹਤ; ਤਬੀਅਤ; ਓਹਦਾ; ਉਹਦਾ; ਓਹਦੀ; ਉਹਦੀ; ਉਸਦਾ; ਉਸਦੀ; ਉਨ੍ਹਾਂ; ਬੀਜੀ; ਬਾਪੂ; ਦਾਦੀ; "
    "ਮੁੰਡਾ; ਮੁੰਡੇ; ਕੁੜੀ; ਧੀ; ਪੁੱਤ; sehat; ohda; ohdi",
}
"""Someone else and their health: "how is <them>" asks after them, not the listener."""

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

_CUSTOMER_CUE = {
    "en": "customer; customers",
    "hi": "ग्राहक; grahak",
    "ta": "கஸ்டமர்",
    "te": "కస్టమర్",
    "bn": "খদ্দের",
    "mr": "गिऱ्हाईक; ग्राहक",
    "gu": "ગ્રાહક; ઘરાક",
    "kn": "ಗಿರಾಕಿ",
    "ml": "കസ്റ്റമ",
    "pa": "ਗਾਹਕ",
}
"""The bare word "customer" among the cues of `regular_customer`."""

_FEW = {
    "en": "few; less; fewer; these days; nowadays; don't come; come less",
    "hi": "कम=; आजकल; आते; आती; घट; kam; aajkal; aate",
    "ta": "கம்மி; குறைவ; இப்போ; வராங்க; வர்றாங்க; வரல",
    "te": "తక్కువ; ఈ మధ్య; వస్తున్నారు; రావట్లేదు",
    "bn": "কম=; আজকাল; আসে=; আসছে; আসেন",
    "mr": "कमी; सध्या; येतात; हल्ली",
    "gu": "ઓછા; આજકાલ; આવે=; આવતા",
    "kn": "ಕಡಿಮೆ; ಕಮ್ಮಿ; ಈಗ=; ಬರ್ತಾರೆ; ಬರುತ್ತಾರೆ",
    "ml": "കുറവ; ഇപ്പോൾ; വരുന്ന",
    "pa": "ਘੱਟ; ਅੱਜਕੱਲ੍ਹ; ਆਉਂਦੇ",
}
"""Customers who come fewer these days: others, no regular customer speaking."""

_FINAL_CUE = {
    "en": "final",
    "hi": "फाइनल; final",
    "ta": "ஃபைனல்",
    "te": "ఫైనల్",
    "bn": "ফাইনাল",
    "mr": "फायनल; फाइनल",
    "gu": "ફાઇનલ; ફાઈનલ",
    "kn": "ಫೈನಲ್",
    "ml": "ഫൈനൽ",
    "pa": "ਫਾਈਨਲ",
}
_EXAM = {
    "en": "exam; exams; paper; match; year; result; round; game; cup",
    "hi": "पेपर; परीक्षा; मैच; ईयर; इयर; रिजल्ट; exam; paper; match",
    "ta": "பரீட்சை; எக்ஸாம்; பேப்பர்; மேட்ச்; இயர்",
    "te": "పరీక్ష; ఎగ్జామ్; పేపర్; మ్యాచ్; ఇయర్",
    "bn": "পরীক্ষা; পেপার; ম্যাচ; ইয়ার; খেলা",
    "mr": "परीक्षा; पेपर; मॅच; इयर",
    "gu": "પરીક્ષા; પેપર; મેચ; યર",
    "kn": "ಪರೀಕ್ಷೆ; ಎಕ್ಸಾಮ್; ಪೇಪರ್; ಮ್ಯಾಚ್; ಇಯರ್",
    "ml": "പരീക്ഷ; എക്സാം; പേപ്പർ; മാച്ച്; ഇയർ",
    "pa": "ਪੇਪਰ; ਇਮਤਿਹਾਨ; ਪ੍ਰੀਖਿਆ; ਮੈਚ; ਈਅਰ",
}
"""A final exam, match or year: no "final" deal."""

_WEIGHT_LESS_CUE = {
    "en": "weight is less; weight is short; weight right; weight correct",
    "hi": "वज़न कम; वजन कम; वज़न ठीक; वजन ठीक; वज़न सही; वजन सही",
    "te": "బరువు తక్కువ; బరువు సరిగా",
    "bn": "ওজন কম; ওজনটা ঠিক",
    "mr": "वजन कमी; वजन बरोबर; वजन नीट",
    "gu": "વજન ઓછું; વજન બરાબર; વજન પૂરું",
    "pa": "ਵਜ਼ਨ ਘੱਟ; ਵਜਨ ਘੱਟ; ਵਜ਼ਨ ਠੀਕ; ਵਜਨ ਠੀਕ",
}
_BODY = {
    "en": "my; his; her; diet; doctor; body; lost; losing; baby; child; son; daughter",
    "hi": "मेरा; मेरी; उसका; उसकी; बच्चे; बच्चा; डॉक्टर; डाइट; शरीर; mera",
    "te": "డాక్టర్; నా=; పిల్ల; ఒంట్లో; బాబు; పాప",
    "bn": "আমার; ডাক্তার; বাচ্চা; শরীর; ছেলের; মেয়ের",
    "mr": "माझं; माझे; माझा; मुलाचं; मुलीचं; डॉक्टर; बाळ",
    "gu": "મારું; મારો; ડોક્ટર; છોકર; બાળક",
    "pa": "ਮੇਰਾ; ਡਾਕਟਰ; ਬੱਚੇ; ਬੱਚਾ; ਮੁੰਡੇ",
}
"""Someone's body weight gone down or said to be right: no weighing complaint."""

_TOO_SMALL = {
    "en": "too small; won't fit; doesn't fit",
    "hi": "छोटा है; छोटी है; नहीं आएंगी; नहीं आएगा",
    "ta": "சின்னது; போகாது; பத்தாது",
    "te": "చిన్నది; పట్టవు; సరిపోదు",
    "bn": "আঁটবে না; ধরবে না",
    "mr": "लहान आहे; बसणार नाही",
    "gu": "નાની છે; નાનો છે; નહીં આવે",
    "kn": "ಚಿಕ್ಕದು; ಹಿಡಿಸಲ್ಲ",
    "ml": "ചെറുതാണ്; കൊള്ളില്ല",
    "pa": "ਛੋਟਾ ਹੈ; ਛੋਟੀ ਹੈ; ਨਹੀਂ ਆਉਣੀਆਂ",
}
"""A bag said to be too small for the books: the goods doubted, no bag asked for."""

_LIKE_NEW_CUE = {"en": "new", "ta": "புதுசு; புதுசா", "ml": "പുതിയ", "te": "కొత్త"}
_LIKE = {
    "en": "like; looks; look",
    "ta": "மாதிரி; போல",
    "ml": "പോലെ",
    "te": "లా=; లాగా; లాగ",
}
""""Like new" said of a repair: thanks or praise, no claim that goods are fresh."""

_PEOPLE = {
    "en": "neighbour; neighbours; neighbor; friend; friends; classmate; teacher",
    "hi": "पड़ोसी; पडोसी; दोस्त; यार=; मास्टर; padosi; dost",
    "ta": "பக்கத்து; நண்பர்; ஃப்ரெண்ட்; வாத்தியார்",
    "te": "పక్కింట; స్నేహిత; ఫ్రెండ్; మాస్టారు",
    "bn": "প্রতিবেশী; পড়শি; বন্ধু; মাস্টারমশাই",
    "mr": "शेजारी; शेजाऱ्य; मित्र; मैत्रीण; गुरुजी",
    "gu": "પડોશી; પાડોશી; મિત્ર; ભાઈબંધ; padoshi",
    "kn": "ನೆರೆಮನೆ; ಪಕ್ಕದಮನೆ; ಸ್ನೇಹಿತ; ಫ್ರೆಂಡ್",
    "ml": "അയൽക്കാര; അയൽവാസ; കൂട്ടുകാര; സുഹൃത്ത",
    "pa": "ਗੁਆਂਢੀ; ਯਾਰ=; ਦੋਸਤ; ਬੇਲੀ",
}
"""People one knows ("met our old neighbour"): "old" said of them is no stale goods."""

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

_BUYERS = {"en": "customer; customers; buyer; buyers; people; sale; sales"}
"""Hardly "any" customers or sales: the day's trade, nobody asks for goods."""

_DEVICE = {
    "en": "battery; charge; charging; balance; data; recharge; network; storage; signal",
    "hi": "बैटरी; चार्ज=; चार्जिंग; बैलेंस; डेटा; डाटा; रिचार्ज; नेटवर्क; battery; charge; balance",
    "ta": "பேட்டரி; சார்ஜ்=; சார்ஜ்ஜ; பேலன்ஸ்; டேட்டா; ரீசார்ஜ்; நெட்வொர்க்",
    "te": "బ్యాటరీ; ఛార్జ్=; చార్జ్=; ఛార్జింగ్; చార్జింగ్; బ్యాలెన్స్; డేటా; రీఛార్జ్",
    "bn": "ব্যাটারি; চার্জ=; চার্জিং; ব্যালেন্স; ডেটা; রিচার্জ; নেটওয়ার্ক",
    "mr": "बॅटरी; बैटरी; चार्ज=; चार्जिंग; बॅलन्स; डेटा; रिचार्ज; नेटवर्क",
    "gu": "બેટરી; ચાર્જ=; ચાર્જિંગ; બેલેન્સ; ડેટા; રિચાર્જ; નેટવર્ક",
    "kn": "ಬ್ಯಾಟರಿ; ಚಾರ್ಜ್=; ಚಾರ್ಜಿಂಗ್; ಬ್ಯಾಲೆನ್ಸ್; ಡೇಟಾ; ರೀಚಾರ್ಜ್; ನೆಟ್‌ವರ್ಕ್",
    "ml": "ബാറ്ററി; ചാർജ്=; ചാർജിംഗ്; ബാലൻസ്; ഡാറ്റ; റീചാർജ്",
    "pa": "ਬੈਟਰੀ; ਚਾਰਜ=; ਚਾਰਜਿੰਗ; ਬੈਲੇਂਸ; ਡਾਟਾ; ਡੇਟਾ; ਰੀਚਾਰਜ",
}
"""What runs out that is no stock: a phone's battery or charge, its balance or data."""

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

_HOSTED = {
    "en": "tea; chai; coffee",
    "hi": "चाय; कॉफ़ी; कॉफी; chai; chay",
    "ta": "டீ=; காபி; tea=",
    "te": "టీ=; కాఫీ; ఛాయ్",
    "bn": "চা=; কফি; cha=",
    "mr": "चहा; कॉफी; chaha",
    "gu": "ચા=; ચાહ; કોફી; cha=",
    "kn": "ಟೀ=; ಕಾಫಿ; ಚಹಾ",
    "ml": "ചായ; കാപ്പി; chaaya; chaya",
    "pa": "ਚਾਹ; ਕੌਫੀ; chaah",
}
"""Tea or coffee offered to a guest ("ચા પીશો? સરસ મીઠી ચા"): hospitality, no claim about
the goods."""

_BAG_TALK = {
    "en": "zip; zipper; chain; handle; handles; strap; stitched; sewed; sewn; made it; torn; "
    "broke; broken; tore",
    "hi": "ज़िप; जिप; चेन; हैंडल; पट्टा; सिला; सिली; बनाया; बनाई; फट; टूट; zip; chain; sila",
    "ta": "ஜிப்; செயின்; கைப்பிடி; தைச்ச; தச்ச; கிழிஞ்ச; உடைஞ்ச; அறுந்து",
    "te": "జిప్; చైన్; హ్యాండిల్; కుట్టి; కుట్టింది; చిరిగి; పోయింది; విరిగి; తెగి",
    "bn": "চেন; জিপ; হাতল; সেলাই; ছিঁড়ে; ভেঙে; খারাপ হয়ে",
    "mr": "झिप; चेन; हँडल; शिवल; शिवली; फाटल; तुटल; बनवल",
    "gu": "ઝિપ; ચેન; હેન્ડલ; સીવી; સીવ્ય; ફાટી; તૂટી; બનાવી; બનાવ્ય",
    "kn": "ಜಿಪ್; ಚೈನ್; ಹ್ಯಾಂಡಲ್; ಹೊಲಿದ; ಹರಿದ; ಕಿತ್ತು; ಹಾಳಾಯ್ತು; ಮುರಿದ",
    "ml": "സിപ്പ്; ചെയിൻ; ഹാൻഡിൽ; തയ്ച്ച; കീറി; പൊട്ടി",
    "pa": "ਜ਼ਿੱਪ; ਜ਼ਿਪ; ਚੇਨ; ਹੈਂਡਲ; ਸੀਤਾ; ਸੀਤੀ; ਫਟ; ਟੁੱਟ",
}
"""A bag talked about, its zip broken or stitched at home: no bag asked for or had."""

_ZIP = {
    "en": "zip; zipper; strap; handle",
    "hi": "ज़िप; जिप; zip; हैंडल",
    "ta": "ஜிப்; கைப்பிடி",
    "te": "జిప్; హ్యాండిల్",
    "bn": "চেন; জিপ; হাতল",
    "mr": "झिप; हँडल",
    "gu": "ઝિપ; હેન્ડલ",
    "kn": "ಜಿಪ್; ಹ್ಯಾಂಡಲ್",
    "ml": "സിപ്പ്; ഹാൻഡിൽ",
    "pa": "ਜ਼ਿੱਪ; ਜ਼ਿਪ; ਹੈਂਡਲ",
}
"""A zip or a handle gone bad: no goods gone soft."""

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
    "wait": ((_STOP_CUE, _STOPPING), ({}, _GOING_ON)),
    "greet": ((_MORNING_CUE, _SINCE), ({}, _THIRD)),
    "have_it": (
        ({}, _THIRD),
        ({}, _SEASON),
        ({}, _CLOSED),
        ({}, _NOWHERE),
        ({}, _BUYERS),
        ({}, _WHERE),
        ({}, _KNOW),
        ({}, _FESTIVAL),
        ({"en": "you have"}, {"en": "will; would"}),
    ),
    "show_better": (({}, _THIRD),),
    "that_is_all": (({}, _WEATHER), ({}, _SEASON), ({}, _WALL)),
    "claim_fresh": ((_TODAY_CUE, _BUSY), (_LIKE_NEW_CUE, _LIKE)),
    "deal": ((_FINAL_CUE, _EXAM),),
    "weigh_properly": ((_WEIGHT_LESS_CUE, _BODY),),
    "give_bag": (
        ({}, {"en": "looks; brand new; like new", "hi": "जैसा; जैसी; नया जैसा"}),
        ({}, _TOO_SMALL),
        ({}, _BAG_TALK),
    ),
    "have_bag": (({}, _BAG_TALK),),
    "out_of_stock": (({"en": "not", "mr": "नाही"}, {"en": "stop", "mr": "थांब"}), ({}, _WALL)),
    "pick_myself": (({}, _WALL),),
    "quality_old": (
        ({}, _PLACES),
        ({}, _PEOPLE),
        ({"te": "నిన్నటి", "en": "yesterday's"}, _SINCE_DAY),
    ),
    "regular_customer": (({}, _JOB), (_CUSTOMER_CUE, _FEW)),
    "come_look": (({}, _INVITE), ({}, _RISING)),
    "ask_price": (({}, _WILL_RISE),),
    "goodbye": (({"gu": "આવજો; aavjo"}, _OCCASION),),
    "quality_soft": (({}, _SPEAKING), ({}, _ZIP)),
    "claim_sweet": (({}, _SPEAKING), ({}, _HOSTED)),
}
"""Per act: (cue words per language, nouns per language), added to `SAID_OF`."""

MORE_CLAUSE_WIDE: dict[str, tuple[dict[str, str], ...]] = {
    "too_expensive": (_BILLS,),
    "out_of_stock": (_DEVICE,),
    "give_bag": (_BAG_TALK, BAG_GOODS),
    "have_bag": (_BAG_TALK,),
}
"""Per act: nouns it is said of wherever they stand in its clause, added to `CLAUSE_WIDE`."""
