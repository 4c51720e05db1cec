"""Talk of people and their things whose words look like an act: school fees or rent "too
much" are no price of the goods; a regular job is no regular customer; "how is your
mother's health now?" asks after another; a final exam is no deal; a child's weight gone
down is no weighing complaint; a phone's charge that runs out is no stock; tea offered to a
guest claims no sweetness; a bag talked about (its zip broken, stitched at home) is no bag
asked for or had.

Noun tables (and their cue words) per language, read by the rules of
`audio.market.said_of_talk`.
"""

from __future__ import annotations

BILLS = {
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

JOB = {
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

SPEAKING = {
    "en": "spoken; speaking; speaks; talks; voice; nature; heart; words; talk=",
    "hi": "स्वभाव; बोलत; बोलने; बोलते; आवाज़; आवाज; दिल=; bolti; bolta; bolte; dil=",
    "ta": "பேசு; பேச்சு; மனசு; குணம்",
    "te": "మాట్లాడ; మనసు; స్వభావం; మాటలు",
    "bn": "কথা বল; মন=; স্বভাব",
    "mr": "बोलत; स्वभाव; मन=",
    "gu": "બોલે; બોલવા; સ્વભાવ; દિલ; વાતો; વાણી; બોલી",
    "kn": "ಮಾತಾಡ; ಮನಸ್ಸು; ಸ್ವಭಾವ",
    "ml": "സംസാരിക്ക; മനസ്സ്; സ്വഭാവ; വർത്തമാന; വാക്ക; സംസാര",
    "pa": "ਬੋਲਦ; ਸੁਭਾਅ; ਦਿਲ; dil=",
}
"""How someone speaks or is, or their words: soft-spoken, a sweet talker ("your words are
sweet, but the glass is small"), no goods described."""

THIRD = {
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

CUSTOMER_CUE = {
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

FEW = {
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

FINAL_CUE = {
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

EXAM = {
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

WEIGHT_LESS_CUE = {
    "en": "weight is less; weight is short; weight right; weight correct",
    "hi": "वज़न कम; वजन कम; वज़न ठीक; वजन ठीक; वज़न सही; वजन सही",
    "te": "బరువు తక్కువ; బరువు సరిగా",
    "bn": "ওজন কম; ওজনটা ঠিক",
    "mr": "वजन कमी; वजन बरोबर; वजन नीट",
    "gu": "વજન ઓછું; વજન બરાબર; વજન પૂરું",
    "pa": "ਵਜ਼ਨ ਘੱਟ; ਵਜਨ ਘੱਟ; ਵਜ਼ਨ ਠੀਕ; ਵਜਨ ਠੀਕ",
}

BODY = {
    "en": "my; his; her; diet; doctor; body; lost; losing; baby; child; son; daughter",
    "hi": "मेरा; मेरी; उसका; उसकी; बच्चे; बच्चा; डॉक्टर; डाइट; शरीर; mera",
    "te": "డాక్టర్; నా=; పిల్ల; ఒంట్లో; బాబు; పాప",
    "bn": "আমার; ডাক্তার; বাচ্চা; শরীর; ছেলের; মেয়ের",
    "mr": "माझं; माझे; माझा; मुलाचं; मुलीचं; डॉक्टर; बाळ",
    "gu": "મારું; મારો; ડોક્ટર; છોકર; બાળક",
    "pa": "ਮੇਰਾ; ਡਾਕਟਰ; ਬੱਚੇ; ਬੱਚਾ; ਮੁੰਡੇ",
}
"""Someone's body weight gone down or said to be right: no weighing complaint."""

TOO_SMALL = {
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

LIKE_NEW_CUE = {"en": "new", "ta": "புதுசு; புதுசா", "ml": "പുതിയ", "te": "కొత్త"}

LIKE = {
    "en": "like; looks; look",
    "ta": "மாதிரி; போல",
    "ml": "പോലെ",
    "te": "లా=; లాగా; లాగ",
}
""""Like new" said of a repair: thanks or praise, no claim that goods are fresh."""

PEOPLE = {
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

BUYERS = {"en": "customer; customers; buyer; buyers; people; sale; sales"}
"""Hardly "any" customers or sales: the day's trade, nobody asks for goods."""

DEVICE = {
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

HOSTED = {
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

BAG_TALK = {
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

ZIP = {
    "en": "zip; zipper; strap; bag handle; bag's handle",
    "hi": "ज़िप; जिप; zip; बैग का हैंडल; बैग के हैंडल; थैले का हैंडल",
    "ta": "ஜிப்; பை கைப்பிடி; பையோட கைப்பிடி",
    "te": "జిప్; బ్యాగ్ హ్యాండిల్",
    "bn": "চেন; জিপ; ব্যাগের হাতল; থলির হাতল",
    "mr": "झिप; बॅगचं हँडल; पिशवीचं हँडल",
    "gu": "ઝિપ; થેલીનું હેન્ડલ; બેગનું હેન્ડલ",
    "kn": "ಜಿಪ್; ಬ್ಯಾಗ್ ಹ್ಯಾಂಡಲ್",
    "ml": "സിപ്പ്; ബാഗിന്റെ ഹാൻഡിൽ",
    "pa": "ਜ਼ਿੱਪ; ਜ਼ਿਪ; ਬੈਗ ਦਾ ਹੈਂਡਲ; ਝੋਲੇ ਦਾ ਹੈਂਡਲ",
}
"""A zip, a strap or a bag's handle gone bad: no goods gone soft (a pot's or a mug's
handle cracked is the goods' damage)."""
