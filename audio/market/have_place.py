"""Ways to get somewhere and market days asked, not stock: "is there an auto from here to
the bus stand?", "ఆటో దొరుకుతుందా?", "ഈ ചന്ത ഞായറാഴ്ചയും ഉണ്ടോ?". The act `have_it`
asks whether the stall has some goods; a line that names a way to travel (`TRAVEL`: an
auto, a bus stand, a station), a place of a service (`SERVICES`: an ATM, a bank, a toilet),
a market with a day of the week (`MARKET` and `DAYS`) or a rest got (`REST`: a holiday,
customers, "do you get tired here?") or what a place gives that is no goods (`NOT_SOLD`:
the network, the rain, one's pay) asks about transport, a place, a schedule or the
vendor's day: small talk, no act.

Words are matched like cues (see `audio.market.phrases`); a bare "बस" (enough, sit) is
no bus, so there the bus is named with its stand or stop; where the word names only the
bus (Tamil "பஸ்", Kannada "ಬಸ್", English "the bus") it stands alone: "is there a bus from
here to the market?" asks the way.
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms_in

HAVE = "have_it"

TRAVEL = {
    "en": "the bus; a bus; any bus; buses; auto; autos; rickshaw; taxi; cab; bus stand; bus stop; "
    "bus station; railway station; the station; train; metro",
    "hi": "ऑटो; आटो; रिक्शा; टैक्सी; बस स्टैंड; बस अड्डा; बस अड्डे; स्टेशन; ट्रेन; मेट्रो; "
    "rickshaw=; bus stand; station=",
    "ta": "பஸ்=; பஸ்ஸு; பேருந்து; ஆட்டோ; பஸ் ஸ்டாண்ட்; பஸ் ஸ்டாண்டு; பேருந்து நிலைய; ஸ்டேஷன்; ரயில்; டாக்ஸி",
    "te": "బస్=; బస్సు; ఆటో; బస్ స్టాండ్; బస్టాండ్; బస్సు స్టాండ్; స్టేషన్; రైలు; ట్యాక్సీ; auto=",
    "bn": "বাস=; অটো; রিকশা; টোটো; বাসস্ট্যান্ড; বাস স্ট্যান্ড; স্টেশন; ট্রেন; ট্যাক্সি",
    "mr": "रिक्षा; ऑटो; स्टँड; स्टेशन; ट्रेन; टॅक्सी; rikshaw*",
    "gu": "રિક્ષા; ઓટો; બસ સ્ટેન્ડ; એસટી સ્ટેન્ડ; રિક્ષા સ્ટેન્ડ; સ્ટેશન; ટ્રેન; ટેક્સી; riksha*",
    "kn": "ಬಸ್=; ಬಸ್ಸು; ಆಟೋ; ಬಸ್ ಸ್ಟ್ಯಾಂಡ್; ಬಸ್‌ಸ್ಟ್ಯಾಂಡ್; ಆಟೋ ಸ್ಟ್ಯಾಂಡ್; ಸ್ಟೇಷನ್; ರೈಲು; ಟ್ಯಾಕ್ಸಿ",
    "ml": "ബസ്=; ബസ്സ്; ഓട്ടോ; ബസ് സ്റ്റാൻഡ്; ബസ്സ്റ്റാൻഡ്; ഓട്ടോ സ്റ്റാൻഡ്; സ്റ്റേഷൻ; ട്രെയിൻ; ടാക്സി",
    "pa": "ਆਟੋ; ਰਿਕਸ਼ਾ; ਬੱਸ ਅੱਡ; ਅੱਡੇ; ਸਟੇਸ਼ਨ; ਟੈਕਸੀ; ਟ੍ਰੇਨ",
}
"""Per language, ways to travel and their stands (English's heard in every language): a
stand is named with its bus or auto where a bare one is also goods ("ಟವಲ್ ಸ್ಟ್ಯಾಂಡ್", a
towel stand; Marathi "स्टँड" alone is the bus stand)."""

SERVICES = {
    "en": "atm; a bank; the bank; toilet; washroom; restroom; petrol pump; post office; "
    "police station; "
    "hospital",
    "hi": "एटीएम; शौचालय; टॉयलेट; पेट्रोल पंप; डाकघर; अस्पताल; थाना",
    "ta": "ஏடிஎம்; டாய்லெட்; கழிப்பறை; பெட்ரோல் பங்க்; ஆஸ்பத்திரி; மருத்துவமனை",
    "te": "ఏటీఎం; ఏటిఎం; టాయిలెట్; పెట్రోల్ బంక్; ఆసుపత్రి; హాస్పిటల్",
    "bn": "এটিএম; টয়লেট; শৌচালয়; পেট্রল পাম্প; হাসপাতাল; থানা",
    "mr": "एटीएम; टॉयलेट; शौचालय; पेट्रोल पंप; दवाखाना; हॉस्पिटल",
    "gu": "એટીએમ; ટોયલેટ; શૌચાલય; પેટ્રોલ પંપ; દવાખાનું; હોસ્પિટલ",
    "kn": "ಎಟಿಎಂ; ಟಾಯ್ಲೆಟ್; ಶೌಚಾಲಯ; ಪೆಟ್ರೋಲ್ ಬಂಕ್; ಆಸ್ಪತ್ರೆ",
    "ml": "എടിഎം; ടോയ്‌ലറ്റ്; ശുചിമുറി; പെട്രോൾ പമ്പ്; ആശുപത്രി",
    "pa": "ਏਟੀਐਮ; ਟਾਇਲਟ; ਪਖਾਨਾ; ਪੈਟਰੋਲ ਪੰਪ; ਹਸਪਤਾਲ",
}
"""Per language, places of a service no stall sells (an ATM, a toilet; "bank" only as "a bank", a
power bank being goods): "is there an
ATM nearby?" asks the way, no stock."""

MARKET = {
    "en": "market; bazaar; haat; mandi",
    "hi": "बाज़ार; बाजार; हाट; मंडी; bazaar; bazar; haat; mandi",
    "ta": "சந்தை; மார்க்கெட்; santhai",
    "te": "సంత; మార్కెట్; santa=",
    "bn": "হাট; বাজার; মার্কেট; haat; bajar",
    "mr": "बाजार; आठवडी; मंडई; bazar",
    "gu": "બજાર; હાટ; માર્કેટ; bajar",
    "kn": "ಸಂತೆ; ಮಾರ್ಕೆಟ್; santhe",
    "ml": "ചന്ത; മാർക്കറ്റ്; chantha",
    "pa": "ਮੰਡੀ; ਬਜ਼ਾਰ; ਬਾਜ਼ਾਰ; mandi",
}
"""Per language, words for the market itself."""

DAYS = {
    "en": "monday; tuesday; wednesday; thursday; friday; saturday; sunday; every week; weekly",
    "hi": "सोमवार; मंगलवार; बुधवार; गुरुवार; शुक्रवार; शनिवार; रविवार; हर हफ्ते; हफ़्ते",
    "ta": "திங்கள்; செவ்வாய்; புதன்; வியாழன்; வெள்ளிக்கிழமை; சனிக்கிழமை; ஞாயிறு; வாரம்",
    "te": "సోమవారం; మంగళవారం; బుధవారం; గురువారం; శుక్రవారం; శనివారం; ఆదివారం; వారం",
    "bn": "সোমবার; মঙ্গলবার; বুধবার; বৃহস্পতিবার; শুক্রবার; শনিবার; রবিবার; সপ্তাহ",
    "mr": "सोमवार; मंगळवार; बुधवार; गुरुवार; शुक्रवार; शनिवार; रविवार; आठवड्या",
    "gu": "સોમવાર; મંગળવાર; બુધવાર; ગુરુવાર; શુક્રવાર; શનિવાર; રવિવાર; અઠવાડિ",
    "kn": "ಸೋಮವಾರ; ಮಂಗಳವಾರ; ಬುಧವಾರ; ಗುರುವಾರ; ಶುಕ್ರವಾರ; ಶನಿವಾರ; ಭಾನುವಾರ; ವಾರ=",
    "ml": "തിങ്കൾ; ചൊവ്വ; ബുധൻ; വ്യാഴ; വെള്ളിയാഴ്ച; ശനിയാഴ്ച; ഞായർ; ആഴ്ച",
    "pa": "ਸੋਮਵਾਰ; ਮੰਗਲਵਾਰ; ਬੁੱਧਵਾਰ; ਵੀਰਵਾਰ; ਸ਼ੁੱਕਰਵਾਰ; ਸ਼ਨੀਵਾਰ; ਐਤਵਾਰ; ਹਫ਼ਤੇ",
}
"""Per language, days of the week and "weekly": a market said with one is a market day."""

REST = {
    "en": "tired; bored; time to; rest; sleep; holiday; holidays; a day off; leave; customers; "
    "lunch break",
    "hi": "छुट्टी; आराम; ग्राहक; फुर्सत; फ़ुर्सत; chhutti; aaram; grahak; fursat",
    "ta": "லீவு; ஓய்வு; நேரம்; கஸ்டமர்; oyvu; neram",
    "te": "సెలవు; విశ్రాంతి; కస్టమర్; selavu",
    "bn": "ছুটি; বিশ্রাম; খদ্দের; chhuti",
    "mr": "सुट्टी; आराम; गिऱ्हाईक; sutti",
    "gu": "રજા; આરામ; ઘરાક",
    "kn": "ರಜೆ; ವಿಶ್ರಾಂತಿ; ಗಿರಾಕಿ; raje",
    "ml": "അവധി; വിശ്രമ; avadhi",
    "pa": "ਛੁੱਟੀ; ਆਰਾਮ; ਵਿਹਲ; ਗਾਹਕ; chhutti",
}
"""Per language, what one gets that no stall sells: a holiday, rest, customers ("do you
get a holiday on Sunday?", "do you get tired standing here?")."""

NOT_SOLD = {
    "en": "network; signal; signals; mobile range; phone range; tower; much rain; lot of rain; "
    "lots of rain; heavy rain; peace; get paid; salary; wages; power cut; power cuts",
    "hi": "नेटवर्क; सिग्नल; टावर; तनख्वाह; तनख़्वाह; तनखा; पगार; सुकून; शांति; network; signal; "
    "tankhwah; sukoon",
    "ta": "நெட்வொர்க்; சிக்னல்; டவர்; சம்பளம்; நிம்மதி; network=; signal=; sambalam; nimmadhi",
    "te": "నెట్‌వర్క్; నెట్వర్క్; సిగ్నల్; టవర్; జీతం; ప్రశాంతత; network=; signal=; jeetham",
    "bn": "নেটওয়ার্ক; সিগন্যাল; টাওয়ার; মাইনে; বেতন; শান্তি; network=; signal=",
    "mr": "नेटवर्क; सिग्नल; रेंज; पगार; शांतता; network=; signal=; range=; pagar",
    "gu": "નેટવર્ક; સિગ્નલ; ટાવર; પગાર; શાંતિ; network=; signal=; pagar",
    "kn": "ನೆಟ್‌ವರ್ಕ್; ನೆಟ್ವರ್ಕ್; ಸಿಗ್ನಲ್; ಟವರ್; ರೇಂಜ್; ಸಂಬಳ; ನೆಮ್ಮದಿ; network=; range=",
    "ml": "നെറ്റ്‌വർക്ക്; നെറ്റ്വർക്ക്; സിഗ്നൽ; റേഞ്ച്; ശമ്പളം; സമാധാനം; network=; range=",
    "pa": "ਨੈੱਟਵਰਕ; ਨੈਟਵਰਕ; ਸਿਗਨਲ; ਟਾਵਰ; ਤਨਖਾਹ; ਤਨਖ਼ਾਹ; ਸ਼ਾਂਤੀ; ਸਕੂਨ; network=; signal=",
}
"""Per language, what one gets at a place that is no goods: the phone's network or
signal, the rain, peace, one's pay ("do you get network here?", "यहाँ सिग्नल मिलता है?"):
asked with "get" it asks about the place, while goods not in the catalogue ("do you get
camphor here?") are still asked as stock."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {
        "travel": TRAVEL,
        "services": SERVICES,
        "market": MARKET,
        "days": DAYS,
        "rest": REST,
        "not_sold": NOT_SOLD,
    }[table]
    return forms_in(language, source)


def _said(table: str, words: list[str], language: str) -> bool:
    return any(at(f, words, i) for i in range(len(words)) for f in _forms(table, language))


def place_asked(words: list[str], language: str) -> bool:
    """Whether the line asks about a way to travel, a service's place, a market day or a
    rest (see above)."""
    return (
        _said("travel", words, language)
        or _said("services", words, language)
        or _said("rest", words, language)
        or _said("not_sold", words, language)
        or (_said("market", words, language) and _said("days", words, language))
    )
