"""Life around the stall in words that look like an act: "sweet" said of a person, a
grandchild or a pet, or of how they speak ("so sweet of you", "ਤੁਹਾਡੀ ਜ਼ੁਬਾਨ ਬੜੀ ਮਿੱਠੀ
ਹੈ", "মেয়েটা কী মিষ্টি!", "what a sweet grandson you have": no stock either),
"empty" of a stomach ("ಖಾಲಿ ಹೊಟ್ಟೆಯಲ್ಲಿ", on an empty stomach), how far a place is
("બસ સ્ટેન્ડ કેટલું દૂર છે?" asks the way, no stock), "what else? is everyone at home
well?" (asks after the family: no greeting, no "anything else?"), "that's all" of a salary
or of life ("జీతం మాత్రం అంతే"), a card lost ("my ATM card fell somewhere"), which is
no way to pay, a phone or a bike gone bad ("मेरा फोन खराब हो गया"), no spoiled goods, and
one's own weight gone up ("ನನ್ನ ತೂಕ ಹೆಚ್ಚಾಗಿದೆ"), no weighing, with a doctor's "cut
down", no discount.

Rules of the same shape as `audio.market.said_of.SAID_OF` (cue words, nouns), merged into
it: a hit of the act whose first words are one of the cue words (an empty table: any cue)
is no act when one of the nouns stands within three words of it. Words are matched like
cues (see `audio.market.inventory`).
"""

from __future__ import annotations

_PERSON = {
    "en": "of you; you're; you are; daughter; son; wife; lady; baby; tongue; smile; person; "
    "people; he's; she's; she is; he is; grandson; granddaughter; grandchild; grandkid*; "
    "puppy; kitten; dog; cat; parrot; pet; little one; kid; child; boy; girl; talks; speaks",
    "hi": "जुबान; ज़ुबान; ज़बान; जबान; बोल; बेटी; बिटिया; बच्ची; लड़की; मुस्कान; आप तो; zuban; juban; "
    "पोता; पोती; नाती; नातिन; कुत्ता; कुत्ते; बिल्ली; तोता; पिल्ला; pota; poti; naati; nati; "
    "beta; beti; bitiya; kutta; billi; tota; pilla; bolta; bolti; bolte; ladki; bachchi",
    "ta": "நாக்கு; பொண்ணு; குழந்தை; பையன்; சிரிப்பு; பேரன்; பேத்தி; நாய்; பூனை; கிளி; பேசு; "
    "peran; pethi; ponnu; paiyan; pesu*",
    "te": "మాటలు; అమ్మాయి; పాప=; బాబు=; నవ్వు; మనవడు; మనవరాలు; కుక్క; పిల్లి; చిలుక; మాట్లాడ; "
    "manavadu; manavaralu; ammayi; matlad*",
    "bn": "মেয়ে; মেয়েটা; ছেলেটা; বাচ্চাটা; মানুষ; হাসি; মুখ=; কথা বল; নাতি; নাতনি; কুকুর; বিড়াল; "
    "বেড়াল; টিয়া; ছানা; nati; natni; kukur*; biral*; meye*; chele*; bachcha*",
    "mr": "मुलगी; मुलगा; बाळ; पोरगी; जीभ; वाणी; बोलता; बोलतो; बोलते; नातू; नात=; नातवंड; कुत्रा; "
    "कुत्र; मांजर; पोपट; natu; mulgi; mulga; kutra; manjar; popat; bolte; bolto; bolta",
    "gu": "વાણી; જીભ; દીકરી; છોકરી; બાળક; બોલો; બોલે; પૌત્ર; પૌત્રી; દીકરો; કૂતરો; કૂતરું; બિલાડી; "
    "પોપટ; dikri; dikro; chhokri; kutro; biladi; popat; bolo; bole; bolta; bolti",
    "kn": "ಮಾತು; ಮಾತಾಡ; ಹುಡುಗಿ; ಮಗು; ಮಗಳು; ಮೊಮ್ಮಗ; ನಾಯಿ; ಬೆಕ್ಕು; ಗಿಳಿ; ಮಾತನಾಡ; mommaga; "
    "magalu; hudugi; maathad*; matad*",
    "ml": "സംസാരം; വാക്ക്; കുട്ടി; കുഞ്ഞ്; മോള്; പേരക്കുട്ടി; പട്ടി; പൂച്ച; തത്ത; സംസാരിക്ക; "
    "kutti; kunju; mol=; samsaar*",
    "pa": "ਜ਼ੁਬਾਨ; ਜੁਬਾਨ; ਜ਼ਬਾਨ; ਬੋਲੀ; ਬੱਚੀ; ਕੁੜੀ; ਧੀ; ਪੋਤਾ; ਪੋਤੀ; ਦੋਹਤਾ; ਦੋਹਤੀ; ਕੁੱਤਾ; ਬਿੱਲੀ; ਤੋਤਾ; "
    "ਬੋਲਦ; pota; poti; dohta; dohti; kudi; kutta; billi; tota; bolda; boldi; gall",
}
"""Whom "sweet" is said of that is no goods: a person, a child or grandchild, a pet,
their tongue, their talk ("tame to bahu mithu bolo cho")."""

_STOMACH = {
    "en": "stomach; hand; hands",
    "hi": "पेट; हाथ",
    "ta": "வயிறு; வயித்து; வயிற்ற; கை=",
    "te": "కడుపు; కడుపుతో; చెయ్యి",
    "bn": "পেট; পেটে; হাত=",
    "mr": "पोट; पोटी; हात=",
    "gu": "પેટ; હાથ",
    "kn": "ಹೊಟ್ಟೆ; ಕೈ=",
    "ml": "വയറ; കൈ=",
    "pa": "ਪੇਟ; ਢਿੱਡ; ਹੱਥ",
}
"""An empty stomach or hands ("ಖಾಲಿ ಹೊಟ್ಟೆಯಲ್ಲಿ"): nothing sold out."""

_FAR = {
    "en": "far; distance; which way; which side; direction",
    "hi": "दूर; किधर; किस तरफ; कौन सी तरफ; रास्ता; door; dur; kidhar",
    "ta": "தூரம்; எந்த பக்கம்; எந்தப் பக்கம்; வழி=; dhooram; thooram; dooram; thuram; duram; "
    "endha pakkam; entha pakkam",
    "te": "దూరం; ఎటు; ఏ వైపు; దారి; dooram; dhooram; duram; etu vaipu",
    "bn": "দূর; দূরে; কোন দিকে; কোনদিকে; রাস্তা; dur; durey",
    "mr": "लांब; दूर; कुठल्या बाजूला; रस्ता; lamb; door; dur",
    "gu": "દૂર; કઈ બાજુ; કઈ તરફ; રસ્તો; dur; door; kai baju",
    "kn": "ದೂರ; ಯಾವ ಕಡೆ; ದಾರಿ; doora; dura; yaava kade; yava kade",
    "ml": "ദൂര; ഏത് വഴി; ഏതു വഴി; വഴി=; dooram; dhooram; duram",
    "pa": "ਦੂਰ; ਕਿਧਰ; ਕਿਸ ਪਾਸੇ; ਰਸਤਾ; door; dur",
}
"""How far a place is, or which way: no goods asked for and no price."""

_HOME = {
    "en": "home; family; everyone at home; folks; kids",
    "hi": "घर= में; घरवाले; घर पे; घर पर; परिवार; बाल बच्चे; ghar",
    "ta": "வீட்ல; வீட்டுல; வீட்டில்; குடும்ப; veetla",
    "te": "ఇంట్లో; ఇంటి; కుటుంబ; intlo",
    "bn": "বাড়ির; বাড়িতে; বাড়ি=; পরিবার; barir",
    "mr": "घरी; घरचे; घरातले; कुटुंब; ghari",
    "gu": "ઘરે; ઘરમાં; ઘરના; પરિવાર; ghare",
    "kn": "ಮನೆಯಲ್ಲಿ; ಮನೇಲಿ; ಮನೆಯವರು; ಕುಟುಂಬ; maneli",
    "ml": "വീട്ടിൽ; വീട്ടില്; വീട്ടുകാര; കുടുംബ; veettil",
    "pa": "ਘਰ=; ਘਰੇ; ਘਰ ਵਾਲੇ; ਪਰਿਵਾਰ; ghar",
}
"""Home and family: "how is everyone at home?" asks after them, no greeting to the
listener, and "what else?" before it opens that question, no offer of more goods."""

GREETING_ASKED = {
    "en": "how are; how's everything",
    "hi": "कैसे; कैसी; सब ठीक; क्या हाल; kaise; kaisi; sab theek",
    "ta": "எப்படி; eppadi; சௌக்கியமா",
    "te": "ఎలా; బాగున్నా; ela; bagunnara",
    "bn": "কেমন; kemon",
    "mr": "कसे; कशा; कसा; कशी; kase; kasa",
    "gu": "કેમ છો; મજામાં; majama",
    "kn": "ಹೇಗಿದ್ದ; ಚೆನ್ನಾಗಿದ್ದ; hegidd*",
    "ml": "സുഖ; sukham*",
    "pa": "ਕੀ ਹਾਲ; ਹਾਲ ਚਾਲ; ਸਭ ਠੀਕ; ਠੀਕ ਠਾਕ; sab theek",
}
"""The greetings that ask how someone is (a "namaste" greets whoever is asked after)."""

_LIFE = {
    "en": "salary; life; luck; fate; income; earnings",
    "hi": "तनख्वाह; तनख़्वाह; सैलरी; किस्मत; क़िस्मत; ज़िंदगी; जिंदगी; कमाई; नसीब; लिखा; "
    "salary; kismat; zindagi",
    "ta": "சம்பளம்; வாழ்க்கை; தலையெழுத்து; விதி=; வருமானம்; பொழப்பு; பிழைப்பு; sambalam",
    "te": "జీతం; బతుకు; జీవితం; కర్మ; ఖర్మ; రాత=; సంపాదన; jeetham",
    "bn": "মাইনে; বেতন; জীবন; কপাল; ভাগ্য; রোজগার",
    "mr": "पगार; आयुष्य; नशीब; कमाई",
    "gu": "પગાર; જિંદગી; નસીબ; કમાણી",
    "kn": "ಸಂಬಳ; ಜೀವನ; ಹಣೆಬರಹ; ಸಂಪಾದನೆ; ಕರ್ಮ",
    "ml": "ശമ്പള; ജീവിത; വിധി; വരുമാന",
    "pa": "ਤਨਖਾਹ; ਤਨਖ਼ਾਹ; ਜ਼ਿੰਦਗੀ; ਕਿਸਮਤ; ਕਮਾਈ",
}
"""What is "just that much" that is no purchase: a salary, a living, one's fate."""

_LOST = {
    "en": "lost; dropped; fell; fallen; missing; found; forgot; forgotten; stolen; misplaced",
    "hi": "गिर; खो=; खो गया; खोया; गुम; भूल; चोरी; gir*; kho gaya",
    "ta": "விழுந்த; தொலைஞ்ச; தொலைந்த; தொலைச்ச; காணோம்; மறந்து",
    "te": "పడిపో; పోయింది; మర్చిపో; కనిపించట్లేదు; పారేసుకు",
    "bn": "পড়ে; হারিয়ে; হারাল; ভুলে",
    "mr": "पडलं; पडले; पडला; हरवल; विसरल",
    "gu": "પડી=; ખોવાઈ; ભૂલી; ગુમ",
    "kn": "ಬಿದ್ದು; ಬಿತ್ತು; ಕಳೆದು; ಕಳ್ಕೊಂಡ; ಮರೆತು",
    "ml": "വീണു; വീണ; കളഞ്ഞ; കാണാതായ; കാണുന്നില്ല; മറന്നു",
    "pa": "ਡਿੱਗ; ਗੁਆਚ; ਗੁੰਮ; ਭੁੱਲ",
}
"""A card lost, dropped or forgotten: an object looked for, no way to pay."""

_MACHINE = {
    "en": "phone; mobile; bike; car; scooter; scooty; tv; fridge; machine; mixer; fan; cooler; "
    "battery; laptop; computer; watch; tyre; cycle; motor; gaadi; engine; charger",
    "hi": "फोन; फ़ोन; मोबाइल; गाड़ी; बाइक; स्कूटर; स्कूटी; टीवी; फ्रिज; मशीन; मिक्सी; पंखा; कूलर; "
    "बैटरी; घड़ी; टायर; साइकिल; मोटर; gaadi; gadi; mobile",
    "ta": "போன்; மொபைல்; வண்டி; பைக்; ஸ்கூட்டர்; டிவி; ஃப்ரிட்ஜ்; மெஷின்; மிக்ஸி; ஃபேன்; பேட்டரி; "
    "வாட்ச்; சைக்கிள்; மோட்டார்",
    "te": "ఫోన్; మొబైల్; బండి; బైక్; స్కూటర్; టీవీ; ఫ్రిజ్; మెషిన్; మిక్సీ; ఫ్యాన్; బ్యాటరీ; వాచ్; సైకిల్; మోటార్",
    "bn": "ফোন; মোবাইল; গাড়ি; বাইক; স্কুটার; টিভি; ফ্রিজ; মেশিন; মিক্সি; পাখা; ব্যাটারি; ঘড়ি; সাইকেল; মোটর",
    "mr": "फोन; मोबाईल; गाडी; बाईक; स्कूटर; टीव्ही; फ्रीज; मशीन; मिक्सर; पंखा; बॅटरी; घड्याळ; सायकल; मोटर",
    "gu": "ફોન; મોબાઇલ; ગાડી; બાઇક; સ્કૂટર; ટીવી; ફ્રીજ; મશીન; મિક્સર; પંખો; બેટરી; ઘડિયાળ; સાયકલ; મોટર",
    "kn": "ಫೋನ್; ಮೊಬೈಲ್; ಗಾಡಿ; ಬೈಕ್; ಸ್ಕೂಟರ್; ಟಿವಿ; ಫ್ರಿಜ್; ಮಷಿನ್; ಮಿಕ್ಸಿ; ಫ್ಯಾನ್; ಬ್ಯಾಟರಿ; ವಾಚ್; ಸೈಕಲ್; ಮೋಟಾರ್",
    "ml": "ഫോൺ; മൊബൈൽ; വണ്ടി; ബൈക്ക്; സ്കൂട്ടർ; ടിവി; ഫ്രിഡ്ജ്; മെഷീൻ; മിക്സി; ഫാൻ; ബാറ്ററി; "
    "വാച്ച്; സൈക്കിൾ; മോട്ടോർ",
    "pa": "ਫੋਨ; ਫ਼ੋਨ; ਮੋਬਾਈਲ; ਗੱਡੀ; ਬਾਈਕ; ਸਕੂਟਰ; ਸਕੂਟਰੀ; ਟੀਵੀ; ਫਰਿੱਜ; ਮਸ਼ੀਨ; ਮਿਕਸੀ; ਪੱਖਾ; "
    "ਬੈਟਰੀ; ਘੜੀ; ਸਾਈਕਲ; ਮੋਟਰ",
}
"""A machine or a vehicle gone bad ("मेरा फोन खराब हो गया", "ബൈക്ക് കേടായി"): no spoiled
goods."""

_OWN_WEIGHT = {
    "en": "my weight; put on; gained; gain; gone up; went up; doctor; diet; body; lose weight; "
    "losing weight; lost weight",
    "hi": "मेरा वज़न; मेरा वजन; बढ़ गया; बढ़ गई; बढ़ रहा; डॉक्टर; डाइट; शरीर; badh ga*; badh raha; "
    "mera vajan; mera wazan; mera weight",
    "ta": "என் எடை; கூடிடுச்சு; கூடிருச்சு; ஏறிடுச்சு; ஏறிருச்சு; டாக்டர்; டயட்; உடம்பு",
    "te": "నా బరువు; పెరిగింది; పెరిగిపోయింది; డాక్టర్; డైట్; ఒంట్లో",
    "bn": "আমার ওজন; বেড়ে গেছে; বেড়েছে; ডাক্তার; ডায়েট; শরীর",
    "mr": "माझं वजन; माझे वजन; वाढलं; वाढलंय; वाढले; डॉक्टर; डाएट",
    "gu": "મારું વજન; વધી ગયું; વધી ગયો; વધ્યું; ડોક્ટર; ડાયેટ",
    "kn": "ನನ್ನ ತೂಕ; ಜಾಸ್ತಿ ಆಗಿದೆ; ಹೆಚ್ಚಾಗಿದೆ; ಡಾಕ್ಟರ್; ಡಯಟ್",
    "ml": "എന്റെ തൂക്കം; കൂടിപ്പോയി; കൂടിയിട്ടുണ്ട്; ഡോക്ടർ; ഡയറ്റ്",
    "pa": "ਮੇਰਾ ਵਜ਼ਨ; ਮੇਰਾ ਵਜਨ; ਮੇਰਾ ਭਾਰ; ਵੱਧ ਗਿਆ; ਵਧ ਗਿਆ; ਡਾਕਟਰ; ਡਾਇਟ",
}
"""Someone's own weight, gone up, or a doctor's or a diet's ("I've put on weight", "ನನ್ನ
ತೂಕ ಹೆಚ್ಚಾಗಿದೆ"): no goods weighed. Weight gone down is left out: "ತೂಕ ಕಡಿಮೆ
ಆಗಿದೆ" also says the goods weigh short."""

_SLIMMING = {
    "en": "honey; warm water; hot water; lemon water; exercise; walking; belly; fat=; slim*; "
    "weight loss; lose weight; reduce weight; bring the weight down; brings weight down",
    "hi": "शहद; गरम पानी; गुनगुन; नींबू पानी; पीने से; खाने से; करने से; कसरत; व्यायाम; "
    "मोटापा; पेट; चर्बी; घटता; घटेगा; घटाने; घटाना; ghatane; ghatana; shahad; garam pani; "
    "garam paani; peene se; khane se; motapa; कम करने के लिए; वज़न घटा; वजन घटा; "
    "kam karne ke liye; vajan ghata*; wazan ghata*",
    "ta": "தேன்; வெந்நீர்; சுடுதண்ணீர்; உடற்பயிற்சி; வாக்கிங்; "
    "தொப்பை; கொழுப்பு; குறையுமா; குறையும்; எடை குறைக்க; edai kuraikka*",
    "te": "తేనె; వేడి నీళ్ళ; వేడినీళ్ళ; వ్యాయామం; వాకింగ్; పొట్ట; "
    "కొవ్వు; తగ్గుతుందా; తగ్గుతుంది; బరువు తగ్గడాని; baruvu taggadani*; baruvu thaggadani*",
    "bn": "মধু; গরম জল; গরম পানি; ব্যায়াম; হাঁটা; ভুঁড়ি; মেদ; "
    "চর্বি; কমে নাকি; কমবে; কমাতে; কমানোর; komate; komanor",
    "mr": "मध; गरम पाणी; कोमट; व्यायाम; पोट; चरबी; "
    "घटतं; घटेल; कमी होतं; कमी होईल; वजन कमी करण्या; vajan kami karnya*",
    "gu": "મધ; ગરમ પાણી; હૂંફાળ; કસરત; પેટ; ચરબી; ઘટે; ઘટશે; ઓછું થાય; વજન ઘટાડવા; vajan ghatadva",
    "kn": "ಜೇನು; ಬಿಸಿ ನೀರ; ಬಿಸಿನೀರ; ವ್ಯಾಯಾಮ; ವಾಕಿಂಗ್; ಹೊಟ್ಟೆ; ಬೊಜ್ಜು; ಕೊಬ್ಬು; ಕರಗ; ಕುಡಿದರೆ; "
    "ತಿಂದರೆ; ಆಗುತ್ತಾ=; kudidre; tindre; aagutta=; ತೂಕ ಇಳಿಸ; tooka ilis*",
    "ml": "തേൻ; ചൂടുവെള്ള; ചൂട് വെള്ള; വ്യായാമ; നടത്ത; "
    "വയറ്; കൊഴുപ്പ്; കുറയുമോ; കുറയും; തൂക്കം കുറയ്ക്കാൻ; thookkam kuraykkan",
    "pa": "ਸ਼ਹਿਦ; ਗਰਮ ਪਾਣੀ; ਕੋਸਾ; ਕਸਰਤ; ਢਿੱਡ; ਚਰਬੀ; ਘਟਦਾ; ਘਟੇਗਾ; ਭਾਰ ਘਟਾਉਣ; bhaar ghataun*",
}
"""What is said to bring one's weight down ("does honey in warm water bring the weight
down?", "ಬಿಸಿ ನೀರಲ್ಲಿ ಜೇನು ಹಾಕಿದ್ರೆ ತೂಕ ಕಡಿಮೆ ಆಗುತ್ತಾ?"): a body's weight, no goods
weighed short."""

_DOCTOR = {
    "en": "doctor; diet; sugar patient; diabetes; bp",
    "hi": "डॉक्टर; डाइट; शुगर; doctor; diet",
    "ta": "டாக்டர்; டயட்; சுகர்",
    "te": "డాక్టర్; డైట్; షుగర్",
    "bn": "ডাক্তার; ডায়েট; সুগার",
    "mr": "डॉक्टर; डाएट; शुगर",
    "gu": "ડોક્ટર; ડાયેટ; સુગર",
    "kn": "ಡಾಕ್ಟರ್; ಡಯಟ್; ಶುಗರ್",
    "ml": "ഡോക്ടർ; ഡയറ്റ്; ഷുഗർ",
    "pa": "ਡਾਕਟਰ; ਡਾਇਟ; ਸ਼ੂਗਰ",
}
"""A doctor or a diet that says to cut down ("డాక్టర్ నెయ్యి తగ్గించమన్నారు"): no discount
asked."""

_DONE = {
    "hi": "हुआ; हुई; हुए; गया; गई; गए; किया; किए; किये; दिया; दिए; चुका; चुकी; चुके",
    "mr": "झालं; झाले; झाली; झालेलं; केलं; केले; केली; गेलं; गेले",
    "gu": "થયું; થયો; થઈ; ગયું; ગયો; કર્યું; કર્યો; કરેલું",
    "pa": "ਹੋਇਆ; ਹੋਈ; ਹੋਏ; ਗਿਆ; ਗਈ; ਕੀਤਾ; ਕੀਤੀ; ਦਿੱਤਾ",
}
"""Participles before "है क्या": the auxiliary of a past tense ("टाइम चेंज हुआ है क्या?",
did the time change?), no "is there?"."""

_IS = {"hi": "है; हैं", "mr": "आहे=; आहेत=", "gu": "છે", "pa": "ਹੈ"}

_YOU_HAVE = {"en": "you have; you've got"}
_KIN = {
    "en": "grandson; granddaughter; grandchild; grandkid*; daughter; son; kids; children; "
    "baby; puppy; kitten; dog; cat; parrot; pet; family; wife; husband",
}
"""Whom "you have" is said of that is no stock: "what a sweet little grandson you have"."""

_WEIGHT_DOWN = {
    "en": "weight down; weight go down; lose weight",
    "hi": "वज़न कम; वजन कम; wajan kam; vajan kam; wazan kam; weight kam",
}
"""One's weight going down, asked ("वजन कम होता है क्या?"): no stock asked."""

_IN_DAYS = {
    "en": "in a day; in one day; in a week; in a month; in a year",
    "hi": "दिन में; हफ्ते में; महीने में; din mein; din me=; hafte mein",
    "ta": "ஒரே நாளில்; ஒரு நாளில்; ஒரே நாள்ல; ore naalula; ore naalil; oru naalil",
    "te": "ఒక్క రోజులో; ఒక రోజులో; okka rojulo; oka rojulo",
    "bn": "এক দিনে; একদিনে; এক সপ্তাহে; ek dine; ekdine",
    "mr": "एका दिवसात; एक दिवसात; eka divsat",
    "gu": "એક દિવસમાં; એક દિવસ માં; ek divas ma; ek divasma",
    "kn": "ಒಂದೇ ದಿನದಲ್ಲಿ; ಒಂದು ದಿನದಲ್ಲಿ; onde dinadalli",
    "ml": "ഒറ്റ ദിവസം; ഒരു ദിവസം കൊണ്ട്; otta divasam; oru divasam kond*",
    "pa": "ਦਿਨ ਵਿੱਚ; ਦਿਨ ਚ; ਦਿਨ ਵਿਚ; din ch; din vich",
}
"""A span something ends in ("it won't be over in a day", "ਇੱਕ ਦਿਨ ਵਿੱਚ ਨਹੀਂ ਮੁੱਕਣੀ"): a
trouble or a work lasting, no goods run out."""

_FREE = {
    "en": "free",
    "hi": "फ्री; फ़्री",
    "ta": "ஃப்ரீ; ப்ரீ",
    "te": "ఫ్రీ",
    "bn": "ফ্রি; ফ্রী",
    "mr": "फ्री",
    "gu": "ફ્રી",
    "kn": "ಫ್ರೀ",
    "ml": "ഫ്രീ",
    "pa": "ਫ੍ਰੀ; ਫਰੀ",
}
"""The word "free" among the cues of `ask_extra`."""

_AM_FREE = {
    "en": "i'm; i am; we're; we are; are you; time; after; evening; morning; today; tomorrow",
    "hi": "हूँ; हूं; हैं हम; hoon; hun=; hu=; शाम; सुबह; कल=; shaam; subah; kal=",
    "ta": "இருக்கேன்; இருக்கோம்; irukken; irukkom; saayangaalam; சாயங்காலம்; நாளைக்கு; naalaikku",
    "te": "ఉన్నా; ఉన్నాను; unna=; unnanu; సాయంత్రం; sayantram; రేపు; repu",
    "bn": "আছি; আছেন; আছো; achhi; achi; সন্ধ্যায়; সন্ধেয়; কাল=; sondhyay; kal=",
    "mr": "आहे मी; आहात; संध्याकाळी; उद्या; sandhyakali; udya",
    "gu": "છું; છો=; સાંજે; કાલે; chhu; chu=; saanje; kale",
    "kn": "ಇದೀನಿ; ಇದ್ದೀನಿ; ಇದೀರಾ; ಸಂಜೆ; ನಾಳೆ; idini; iddini; sanje; naale",
    "ml": "ആണോ; വൈകുന്നേരം; നാളെ; vaikunneram; naale",
    "pa": "ਹਾਂ=; ਸ਼ਾਮ; ਕੱਲ੍ਹ; shaam; kal=",
}
"""One's time said free ("I'm free this evening", "সন্ধ্যায় ফ্রি আছি"): free of work, no
goods asked for nothing."""

LIFE_SAID_OF: dict[str, tuple[tuple[dict[str, str], dict[str, str]], ...]] = {
    "claim_sweet": (({}, _PERSON),),
    "out_of_stock": (({}, _STOMACH), ({}, _IN_DAYS)),
    "have_it": (({}, _FAR), (_IS, _DONE), (_YOU_HAVE, _KIN), ({}, _WEIGHT_DOWN)),
    "ask_price": (({}, _FAR),),
    "greet": ((GREETING_ASKED, _HOME),),
    "anything_else": (({}, _HOME),),
    "that_is_all": (({}, _LIFE),),
    "pay_card": (({}, _LOST),),
    "quality_soft": (({}, _MACHINE),),
    "weigh_it": (({}, _OWN_WEIGHT), ({}, _SLIMMING)),
    "weigh_properly": (({}, _OWN_WEIGHT), ({}, _SLIMMING)),
    "ask_discount": (({}, _DOCTOR),),
    "ask_extra": ((_FREE, _AM_FREE),),
}
"""Per act: (cue words per language, nouns per language), added to `SAID_OF`."""
