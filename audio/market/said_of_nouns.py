"""The nouns (and cue words) of `audio.market.said_of.SAID_OF`, per language: a child, a
new house, sweet talk, cooked food, farm work, a crowd, an event, a patron, a routine,
papers, notes, shopping online, a scan at a clinic, a halt, health, the coming and going
of others. Words are matched like cues (see `audio.market.inventory`)."""

from __future__ import annotations

CHILD = {
    "en": "boy; girl; child; kid; kids; baby; son; daughter; children; house; room",
    "hi": "बच्चा; बच्चे; बच्ची; लड़का; लड़की; लड़के; मकान; bachcha; bacha; ladka; ladki",
    "ta": "பையன்; பொண்ணு; குழந்தை; பசங்க; பிள்ளை; வீடு",
    "te": "పిల్లాడు; పిల్లలు; పిల్ల=; అబ్బాయి; అమ్మాయి; కొడుకు; కూతురు; ఇల్లు; పాప=; papa; "
    "pilladu; abbayi; ammayi; koduku; kuthuru",
    "bn": "ছেলে; মেয়ে; বাচ্চা; শিশু; বাড়ি; chele; meye",
    "mr": "मुलगा; मुलगी; मुलं; मूल=; पोरगा; पोरगी; बाळ; घर=",
    "gu": "છોકર; બાળક; દીકર; ઘર=; chhokra; chokra",
    "kn": "ಹುಡುಗ; ಮಗು; ಮಕ್ಕಳ; ಮಗ=; ಮಗಳು; ಮನೆ",
    "ml": "കുട്ടി; കുഞ്ഞ; പയ്യൻ; മകൻ; മകൾ; വീട്; മോൻ=; മോള്=; മോൾ=; mon=; mol=; kutti",
    "pa": "ਮੁੰਡਾ; ਮੁੰਡੇ; ਕੁੜੀ; ਬੱਚਾ; ਬੱਚੇ; ਬੱਚੀ; ਘਰ=; munda; kudi",
}

NEW = {
    "en": "air; start; paint; clothes; owner; owners; manager; tenant; neighbour; person; people",
    "hi": "हवा; खबर; ख़बर; मालिक; किरायेदार; पड़ोसी",
    "ta": "வீடு; வண்டி; போன்; டிரஸ்; வேலை; சட்டை; கார்=; ஆள்=; ஆளு; முதலாளி; ஓனர்",
    "te": "గాలి; వార్త; యజమాని; ఓనర్; మనిషి",
    "bn": "বাতাস; খবর; মালিক; লোক=; ভাড়াটে",
    "mr": "हवा; बातमी; मालक; माणूस; भाडेकरू",
    "gu": "હવા; સમાચાર; માલિક; માણસ; ભાડૂઆત",
    "kn": "ಗಾಳಿ; ಸುದ್ದಿ; ಮಾಲೀಕ; ಓನರ್; ಯಜಮಾನ; ಮನುಷ್ಯ",
    "ml": "വീട്; വീട; വണ്ടി; ഫോൺ; ഡ്രസ്സ; ജോലി; സിനിമ; കാർ=; ബസ്; ഷർട്ട; ആൾ=; ആള്; ഉടമ; മുതലാളി; ഓണർ",
    "pa": "ਹਵਾ; ਖ਼ਬਰ; ਖਬਰ; ਮਾਲਕ; ਕਿਰਾਏਦਾਰ",
}

TALK = {
    "en": "talk; talks; words; voice; dreams; nature; smile; person; girl; boy; child",
    "hi": "बात; बातें; बोली; वाणी; आवाज़; आवाज; सपने; मुस्कान; स्वभाव; baat; baatein; awaaz; boli",
    "ta": "பேச்சு; குரல்; வார்த்தை; சிரிப்பு; pechu; pechchu; pecchu",
    "te": "మాట; గొంతు; నవ్వు; maatalu; matalu; maata=",
    "bn": "কথা; গলা; ব্যবহার; হাসি; দোকান; kotha",
    "mr": "बोल; आवाज; बातमी; स्वभाव",
    "gu": "વાત; વાણી; અવાજ; બોલ; સ્વભાવ; શાક; દાળ; રસોઈ; vaat; vani",
    "kn": "ಮಾತು; ಮಾತ; ಧ್ವನಿ; ನಗು",
    "ml": "വാക്ക; സംസാര; ശബ്ദ; ചിരി",
    "pa": "ਗੱਲ; ਬੋਲ; ਆਵਾਜ਼; ਆਵਾਜ; ਸੁਭਾਅ; gall",
}

COOKED = {
    "hi": "खाना; चावल; दाल; रोटी; दिमाग; कुकर; khana; chawal; roti",
    "te": "పంట; పంటలు; వరి",
    "bn": "বাড়ি; রাস্তা; চুল; দালান",
    "mr": "केस; पीक",
    "gu": "રસ્તા; રસ્તો; મકાન; ઘર=; વાળ; કામ",
    "pa": "ਰੋਟੀ; ਖਾਣਾ; ਰੋਟੀਆਂ; ਦਾਲ",
}

WORK = {
    "en": "work; working; labour; labourers; job",
    "hi": "काम; मज़दूर; मजदूर; जुताई; बुवाई; मेहनत; kaam",
    "ta": "வேலை; கூலி; உழவு",
    "te": "పని; కూలి; దున్న",
    "bn": "কাজ=; কাজের; কাজে=; কাজটা; মজুর; চাষ=; চাষের; চাষবাস; চাষাবাদ; kaj",
    "mr": "काम; मजूर; नांगर; kaam",
    "gu": "કામ; મજૂર; ખેડ; kaam",
    "kn": "ಕೆಲಸ; ಕೂಲಿ; ಉಳುಮೆ",
    "ml": "പണി; ജോലി; കൂലി",
    "pa": "ਕੰਮ; ਮਜ਼ਦੂਰ; ਮਜ਼ਦੂਰੀ; ਵਾਹੀ; kamm; kam",
}

CROWD = {
    "en": "rush; crowd; traffic; work; queue; homework; dust; noise; pollution; heat; cold; "
    "rain; mosquitoes; mosquito; tension; load; power cut; smoke; jam; block; road; roads",
    "hi": "भीड़; भीड; काम; ट्रैफिक; जाम; धूल; शोर; प्रदूषण; गर्मी; ठंड; सर्दी; बारिश; मच्छर; "
    "टेंशन; धुआं; धुआँ; bheed; bheer; kaam; dhool; dhul; shor; garmi; thand; machhar; "
    "सड़क; रोड; jaam; jam; baarish; barish; traffic; sadak",
    "ta": "கூட்டம்; வேலை; டிராபிக்; தூசி; புழுதி; சத்தம்; வெயில்; "
    "குளிர்; மழை; கொசு; டென்ஷன்; ரோட்; ரோடு; ஜாம்; ப்ளாக்; koottam; kootam; traffic",
    "te": "రద్దీ; పని; జనం; ట్రాఫిక్; దుమ్ము; శబ్దం; గోల; ఎండ; చలి; వర్షం; దోమ; టెన్షన్; రోడ్డు; రోడ్; జామ్; బ్లాక్",
    "bn": "ভিড়; কাজ; জ্যাম; ধুলো; শব্দ; আওয়াজ; গরম; ঠান্ডা; শীত; বৃষ্টি; মশা; টেনশন; রাস্তা; রোড",
    "mr": "गर्दी; काम; ट्रॅफिक; धूळ; आवाज; गोंगाट; ऊन; उकाडा; थंडी; पाऊस; डास; टेन्शन; रस्त्या; रस्ता; जाम",
    "gu": "ભીડ; કામ; ટ્રાફિક; ધૂળ; અવાજ; ઘોંઘાટ; ગરમી; તડકો; ઠંડી; વરસાદ; મચ્છર; ટેન્શન; રસ્તા; રોડ; જામ",
    "kn": "ರಶ್; ಜನ=; ಕೆಲಸ; ಟ್ರಾಫಿಕ್; ಧೂಳು; ಗಲಾಟೆ; ಶಬ್ದ; ಬಿಸಿಲು; ಚಳಿ; ಮಳೆ; ಸೊಳ್ಳೆ; ಟೆನ್ಷನ್; ರಸ್ತೆ; ರೋಡ್; ಜಾಮ್",
    "ml": "തിരക്ക; പണി; ജോലി; ട്രാഫിക്; പൊടി; ബഹളം; ശബ്ദ; "
    "ചൂട്; തണുപ്പ; മഴ; കൊതുക; ടെൻഷൻ; ബ്ലോക്ക്; ബ്ലോക്ക; റോഡ; ജാം",
    "pa": "ਭੀੜ; ਕੰਮ; ਟ੍ਰੈਫਿਕ; ਧੂੜ; ਰੌਲਾ; ਸ਼ੋਰ; ਗਰਮੀ; ਧੁੱਪ; ਠੰਡ; ਮੀਂਹ; ਮੱਛਰ; ਟੈਨਸ਼ਨ; ਸੜਕ; ਰੋਡ; ਜਾਮ",
}
"""What is "too much" that is no price: a crowd, traffic, dust, noise, the heat, work."""

EVENT = {
    "en": "procession; rally; work; rain; rains; film; movie; show; season; match; festival; "
    "fair; wedding; meeting; class; exam; exams; school; holiday; holidays; puja; function; "
    "college; studies; study; tuition; semester; vacation",
    "hi": "जुलूस; काम; बारिश; फिल्म; पिक्चर; सीज़न; सीजन; मैच; त्योहार; मेला; शादी; मीटिंग; "
    "क्लास; परीक्षा; छुट्टी; पूजा; julus; kaam; barish; film; picture; mela; chhutti; "
    "कॉलेज; स्कूल; पढ़ाई; ट्यूशन; college; school; padhai; exam",
    "ta": "ஊர்வலம்; வேலை; மழை; படம்; சீசன்; மேட்ச்; திருவிழா; கல்யாண; "
    "மீட்டிங்; பரீட்சை; லீவு; பூஜை; காலேஜ்; ஸ்கூல்; பள்ளி; படிப்பு; எக்ஸாம்",
    "te": "ఊరేగింపు; పని; వర్షం; సినిమా; సీజన్; మ్యాచ్; పండగ; జాతర; పెళ్ళి; "
    "మీటింగ్; పరీక్ష; సెలవు; పూజ; కాలేజ; స్కూల్; బడి; చదువు; ఎగ్జామ్",
    "bn": "মিছিল; কাজ=; কাজের; বৃষ্টি; সিনেমা; সিজন; খেলা; ম্যাচ; মেলা; "
    "বিয়ে; মিটিং; পরীক্ষা; ছুটি; পুজো; কলেজ; স্কুল; পড়াশোনা; পড়া=",
    "mr": "मिरवणूक; काम; पाऊस; पिक्चर; सिनेमा; सीझन; मॅच; जत्रा; "
    "लग्न; मीटिंग; परीक्षा; सुट्टी; सुट्ट; पूजा; कॉलेज; शाळा; अभ्यास; शिक्षण",
    "gu": "વરઘોડો; સરઘસ; કામ; વરસાદ; ફિલ્મ; પિક્ચર; સીઝન; મેચ; મેળો; લગ્ન; "
    "મીટિંગ; પરીક્ષા; રજા; પૂજા; કોલેજ; કૉલેજ; સ્કૂલ; શાળા; ભણતર; ભણવાન",
    "kn": "ಮೆರವಣಿಗೆ; ಕೆಲಸ; ಮಳೆ; ಸಿನಿಮಾ; ಸೀಸನ್; ಮ್ಯಾಚ್; ಜಾತ್ರೆ; ಹಬ್ಬ; "
    "ಮದುವೆ; ಮೀಟಿಂಗ್; ಪರೀಕ್ಷೆ; ರಜೆ; ಪೂಜೆ; ಕಾಲೇಜ; ಸ್ಕೂಲ್; ಶಾಲೆ; ಓದು=",
    "ml": "ഘോഷയാത്ര; പണി; ജോലി; മഴ; സിനിമ; സീസൺ; മാച്ച്; ഉത്സവ; പെരുന്നാൾ; "
    "കല്യാണ; മീറ്റിംഗ്; പരീക്ഷ; അവധി; പൂജ; കോളേജ; സ്കൂൾ; പഠിത്ത; പഠന",
    "pa": "ਜਲੂਸ; ਕੰਮ; ਮੀਂਹ; ਫ਼ਿਲਮ; ਫਿਲਮ; ਸੀਜ਼ਨ; ਮੈਚ; ਮੇਲਾ; ਵਿਆਹ; ਮੀਟਿੰਗ; ਪੇਪਰ; ਛੁੱਟੀ; ਪਾਠ; ਕਾਲਜ; ਸਕੂਲ; ਪੜ੍ਹਾਈ",
}
"""What is "over" or "finished" that is no goods: a procession, work, a film, the rain."""

WEDDING = {
    "en": "wedding; marriage; engagement",
    "hi": "शादी; सगाई; रिश्ता; shaadi; shadi; sagai; rishta",
    "ta": "கல்யாண; நிச்சயதார்த்த; kalyanam",
    "te": "పెళ్ళి; పెళ్లి; నిశ్చితార్థ; pelli",
    "bn": "বিয়ে; biye",
    "mr": "लग्न; साखरपुड; lagna; lagn; sakharpuda",
    "gu": "લગ્ન; સગાઈ; lagan; lagna; sagai",
    "kn": "ಮದುವೆ; ನಿಶ್ಚಿತಾರ್ಥ; maduve; madve",
    "ml": "കല്യാണ; kalyanam",
    "pa": "ਵਿਆਹ; ਮੰਗਣੀ; viah; vyah; mangni",
}
"""A wedding or an engagement: "fixed" ("lagan nakki thayu?", "रिश्ता पक्का हुआ?") or "ripe"
said of it is news, no deal struck and no goods ripe."""

PATRON = {
    "en": "customer; customers; friend; friends; relation; relationship; acquaintance",
    "hi": "ग्राहक; कस्टमर; रिश्ता; रिश्ते; दोस्त; जान पहचान; पहचान; customer; grahak; rishta; dost",
    "ta": "கஸ்டமர்; வாடிக்கையாள; பழக்கம்; நண்பர்; சினேகிதம்; customer",
    "te": "కస్టమర్; ఖాతాదార; స్నేహ; పరిచయం; బేరం; customer",
    "bn": "খদ্দের; কাস্টমার; সম্পর্ক; বন্ধু; চেনা; customer; khoddor; khoddar; khodder",
    "mr": "गिऱ्हाईक; ग्राहक; कस्टमर; ओळख; नातं; मित्र; customer; girhaik",
    "gu": "ગ્રાહક; ઘરાક; કસ્ટમર; સંબંધ; ઓળખ; મિત્ર; ભાઈબંધ; customer; grahak; gharak",
    "kn": "ಗಿರಾಕಿ; ಕಸ್ಟಮರ್; ಪರಿಚಯ; ಸ್ನೇಹ; ಸಂಬಂಧ; customer; giraki",
    "ml": "കസ്റ്റമ; പരിചയ; ബന്ധ; കൂട്ടുകാര; സുഹൃത്ത; customer",
    "pa": "ਗਾਹਕ; ਕਸਟਮਰ; ਰਿਸ਼ਤ; ਯਾਰ; ਦੋਸਤ; ਜਾਣ ਪਛਾਣ; customer; grahak; gahak",
}
"""Who is "old" that is no stale goods: a customer, a friend, a relationship."""

ROUTINE = {
    "en": "bus; train; late; traffic; jam; delay; weather; power cut; same story",
    "hi": "लेट; ट्रेन; ट्रैफिक; जाम; हाल; कहानी; देरी; बिजली; late; train; haal; jam",
    "ta": "பஸ்; லேட்; டிராபிக்; ட்ராபிக்; கதை; கரண்ட்; ட்ரெயின்",
    "te": "బస్సు; లేట్; ట్రాఫిక్; జామ్; గోల; కథ; కరెంట్; ట్రైన్",
    "bn": "বাস; দেরি; লেট; ট্রেন; জ্যাম; ব্যাপার; কারেন্ট; লোডশেডিং",
    "mr": "उशीर; उशिर; लेट; ट्रेन; ट्रॅफिक; गाडी; कहाणी; लाईट",
    "gu": "રામાયણ; ટ્રેન; મોડી; મોડું; મોડા; લેટ; ટ્રાફિક; લાઈટ",
    "kn": "ಟ್ರಾಫಿಕ್; ಜಾಮ್; ಬಸ್; ಲೇಟ್; ಕಥೆ; ಕರೆಂಟ್; ಟ್ರೈನ್",
    "ml": "ബ്ലോക്ക്; ബസ്; ട്രെയിൻ; ലേറ്റ്; പരിപാടി; കറന്റ്",
    "pa": "ਲੇਟ; ਟ੍ਰੇਨ; ਟਰੇਨ; ਹਾਲ; ਜਾਮ; ਟ੍ਰੈਫਿਕ; ਬਿਜਲੀ",
}
"""What happens "every day" that is no buying here: the bus late, the traffic, the power."""

PAPER = {
    "en": "wedding; visiting; birthday; greeting; report; ration; aadhaar; aadhar; id; sim; "
    "invitation; business; playing; pan; voter; gift; post; red; yellow; memory; sd; "
    "microsd; micro; greetings; identity; recharge; scratch; smart; health; ayushman; kisan; "
    "labour; metro; library; membership; index; flash; name; sheet; sheets; holder; board; "
    "paper; stock; shaadi; shadi; rashan; raashan; kalyana; pelli; biyer; lagna; vivah",
    "hi": "शादी; विज़िटिंग; विजिटिंग; राशन; आधार; सिम; निमंत्रण; रिपोर्ट; पैन; वोटर; मेमोरी; "
    "मेमरी; मैमोरी; ग्रीटिंग; बर्थडे; आईडी; रिचार्ज; स्क्रैच; आयुष्मान; किसान; शीट; होल्डर; "
    "बोर्ड; पेपर",
    "ta": "கல்யாண; ரேஷன்; ஆதார்; சிம்; அழைப்பிதழ்; மெமரி; மெமொரி; கிரீட்டிங்; விசிட்டிங்; "
    "பர்த்டே; ரீசார்ஜ்; ஷீட்; ஹோல்டர்; போர்டு",
    "te": "పెళ్ళి; పెళ్లి; రేషన్; ఆధార్; సిమ్; ఆహ్వాన; మెమరీ; మెమొరీ; గ్రీటింగ్; విజిటింగ్; బర్త్‌డే; బర్త్డే; రీచార్జ్; షీట్; హోల్డర్; బోర్డు",
    "bn": "বিয়ে; বিয়ের; রেশন; আধার; সিম; নিমন্ত্রণ; মেমোরি; মেমরি; গ্রিটিং; ভিজিটিং; "
    "বার্থডে; রিচার্জ; শিট; হোল্ডার; বোর্ড",
    "mr": "लग्न; रेशन; आधार; सिम; पत्रिका; मेमरी; मेमोरी; ग्रीटिंग; विजिटिंग; व्हिजिटिंग; "
    "बर्थडे; रिचार्ज; शीट; होल्डर; बोर्ड",
    "gu": "લગ્ન; કંકોત્રી; રેશન; આધાર; સિમ; મેમરી; મેમોરી; ગ્રીટિંગ; વિઝિટિંગ; બર્થડે; "
    "રિચાર્જ; શીટ; હોલ્ડર; બોર્ડ",
    "kn": "ಮದುವೆ; ರೇಷನ್; ಆಧಾರ್; ಸಿಮ್; ಆಮಂತ್ರಣ; ಮೆಮೊರಿ; ಮೆಮರಿ; ಗ್ರೀಟಿಂಗ್; ವಿಸಿಟಿಂಗ್; ಬರ್ತ್‌ಡೇ; ಬರ್ತ್ಡೇ; ರೀಚಾರ್ಜ್; ಶೀಟ್; ಹೋಲ್ಡರ್; ಬೋರ್ಡ್",
    "ml": "കല്യാണ; റേഷൻ; ആധാർ; സിം; ക്ഷണ; മെമ്മറി; ഗ്രീറ്റിംഗ്; ഗ്രീറ്റിങ്; വിസിറ്റിംഗ്; "
    "ബർത്ത്ഡേ; റീചാർജ്; ഷീറ്റ്; ഹോൾഡർ; ബോർഡ്",
    "pa": "ਵਿਆਹ; ਰਾਸ਼ਨ; ਆਧਾਰ; ਸਿਮ; ਸੱਦਾ; ਮੈਮਰੀ; ਮੈਮੋਰੀ; ਮੇਮਰੀ; ਗ੍ਰੀਟਿੰਗ; ਵਿਜ਼ਿਟਿੰਗ; "
    "ਵਿਜਿਟਿੰਗ; ਬਰਥਡੇ; ਰੀਚਾਰਜ; ਸ਼ੀਟ; ਹੋਲਡਰ; ਬੋਰਡ",
}
"""Kinds of card that are things, not a way to pay: the word naming the card stands
before it ("memory card", "SIM card", "ration card", "greeting card"), or what is made of
card after it ("card sheet", "card holder", "card board")."""

NOTES = {
    "en": "note; notes; denomination",
    "hi": "नोट; नोटों; note",
    "ta": "நோட்டு; நோட்; note",
    "te": "నోట్లు; నోటు; నోట్; note",
    "bn": "নোট; note",
    "mr": "नोटा; नोट; note",
    "gu": "નોટ; note",
    "kn": "ನೋಟು; ನೋಟ್; note",
    "ml": "നോട്ട; note",
    "pa": "ਨੋਟ; note",
}
"""Banknotes: small notes asked for change ("નાની નોટ આપો") are no small goods."""

ONLINE_CUE = {
    "en": "online",
    "hi": "ऑनलाइन; online",
    "ta": "ஆன்லைன்; ஆன்லைன",
    "te": "ఆన్లైన్; ఆన్‌లైన్; ఆన్లైన; ఆన్‌లైన",
    "bn": "অনলাইন",
    "mr": "ऑनलाइन",
    "gu": "ઓનલાઇન",
    "kn": "ಆನ್ಲೈನ್; ಆನ್‌ಲೈನ್; ಆನ್ಲೈನ; ಆನ್‌ಲೈನ",
    "ml": "ഓൺലൈൻ; ഓൺലൈന",
    "pa": "ਔਨਲਾਈਨ; ਆਨਲਾਈਨ",
}

SHOPPING = {
    "en": "shop; shopping; class; classes; game; games; order; ordered; buy; bought; meeting; "
    "booked; ticket; tickets; "
    "exam; study; booking; movie; news; match; sell; selling",
    "hi": "शॉपिंग; क्लास; गेम; ऑर्डर; मंगा; खरीद; पढ़ाई; मीटिंग; बुकिंग",
    "ta": "ஷாப்பிங்; கிளாஸ்; கேம்; ஆர்டர்; படிப்பு",
    "te": "షాపింగ్; క్లాస్; గేమ్; ఆర్డర్; చదువు",
    "bn": "শপিং; ক্লাস; গেম; অর্ডার; কেনাকাটা; পড়াশোনা",
    "mr": "शॉपिंग; क्लास; गेम; ऑर्डर; खरेदी; अभ्यास",
    "gu": "શોપિંગ; ક્લાસ; ગેમ; ઓર્ડર; ખરીદી; ભણ",
    "kn": "ಶಾಪಿಂಗ್; ಕ್ಲಾಸ್; ಗೇಮ್; ಆರ್ಡರ್; ಓದು",
    "ml": "ഷോപ്പിംഗ്; ക്ലാസ്; ഗെയിം; ഓർഡർ; പഠന",
    "pa": "ਸ਼ੌਪਿੰਗ; ਕਲਾਸ; ਗੇਮ; ਆਰਡਰ; ਪੜ੍ਹਾਈ",
}

WHEN = {
    "en": "time will; time does; time it; far; distance; o'clock; years; days; hours; minutes; age",
    "hi": "बजे; दूर; देर; समय; साल; दिन=; घंटे; मिनट; उम्र; baje; door; dur; der; samay; ghante",
    "ta": "நேரம்; மணி; தூரம்; வயசு; நாள்; வருஷம்; neram; dooram; dhooram; thooram; duram",
    "te": "సేపు; గంట; దూరం; వయసు; రోజుల; ఏళ్ళు; సమయం; sepu; ganta; dooram; duram; samayam",
    "bn": "দূর; বাজে; সময়; বয়স; বছর; দিন=; ঘণ্টা; dur; durey; somoy; ghonta",
    "mr": "वाज; वेळ; लांब; वय; वर्ष; दिवस; तास; vajle; vajta; vaje=; lamb",
    "gu": "વાગ્ય; વાગે; દૂર; સમય; ઉંમર; વર્ષ; દિવસ; કલાક; vagya; vagye; vage=; vaage; dur; "
    "door; samay; kalak",
    "kn": "ಹೊತ್ತು; ಗಂಟೆ; ದೂರ; ವಯಸ್ಸು; ದಿನ; ವರ್ಷ; ಸಮಯ; hottu; gante; doora; dura; samaya",
    "ml": "മണി; ദൂര; സമയ; വയസ്സ; ദിവസ; വർഷ; നേരം; dooram; dhooram; duram; samayam; neram",
    "pa": "ਵਜੇ; ਦੂਰ; ਦੇਰ; ਸਮਾਂ; ਉਮਰ; ਸਾਲ; ਦਿਨ; ਘੰਟੇ; vaje; door; dur; der; ghante",
}

SCAN = {
    "en": "scan",
    "hi": "स्कैन",
    "ta": "ஸ்கேன்",
    "te": "స్కాన్",
    "bn": "স্ক্যান",
    "mr": "स्कॅन",
    "gu": "સ્કેન",
    "kn": "ಸ್ಕ್ಯಾನ್",
    "ml": "സ്കാൻ",
    "pa": "ਸਕੈਨ",
}

PHONE_PE = {"hi": "फ़ोन पे; फोन पे; phone pe", "pa": "ਫ਼ੋਨ ਪੇ; ਫੋਨ ਪੇ; phone pe"}
"""PhonePe said as "on the phone" ("पति से फ़ोन पे पूछ लूँ")."""

ASKING = {
    "hi": "पूछ; बात; puch*; pooch*; baat",
    "pa": "ਪੁੱਛ; ਗੱਲ; puchh*",
}
"""Talking on the phone: asking, telling, a word with someone."""

CLINIC = {
    "en": "report; doctor; hospital; ct; mri; ultrasound; brain; body; lab",
    "hi": "रिपोर्ट; डॉक्टर; अस्पताल",
    "ta": "ரிப்போர்ட்; டாக்டர்; ஆஸ்பத்திரி",
    "te": "రిపోర్ట్; డాక్టర్; ఆసుపత్రి",
    "bn": "রিপোর্ট; ডাক্তার; হাসপাতাল",
    "mr": "रिपोर्ट; डॉक्टर; दवाखान",
    "gu": "રિપોર્ટ; ડોક્ટર; દવાખાન",
    "kn": "ರಿಪೋರ್ಟ್; ಡಾಕ್ಟರ್; ಆಸ್ಪತ್ರೆ",
    "ml": "റിപ്പോർട്ട്; ഡോക്ടർ; ആശുപത്രി",
    "pa": "ਰਿਪੋਰਟ; ਡਾਕਟਰ; ਹਸਪਤਾਲ",
}

HALT = {
    "en": "ban; strike; strikes; bandh; lockdown; curfew; closure",
    "hi": "पाबंदी; प्रतिबंध; रोक=; हड़ताल; हडताल; कर्फ्यू; लॉकडाउन; pabandi; hadtal; hartal",
    "ta": "தடை; ஸ்ட்ரைக்; வேலைநிறுத்த; கடையடைப்பு; பந்த்=; ஊரடங்கு",
    "te": "నిషేధ; సమ్మె; బంద్=; కర్ఫ్యూ; లాక్‌డౌన్",
    "bn": "নিষেধাজ্ঞা; নিষেধ=; ধর্মঘট; বনধ; স্ট্রাইক; কারফিউ; লকডাউন",
    "mr": "बंदी=; संप=; हरताळ; संचारबंदी; लॉकडाऊन; sanp",
    "gu": "પ્રતિબંધ; હડતાળ; હડતાલ; કર્ફ્યુ; લોકડાઉન",
    "kn": "ನಿಷೇಧ; ಮುಷ್ಕರ; ಬಂದ್=; ಸ್ಟ್ರೈಕ್; ಕರ್ಫ್ಯೂ; ಲಾಕ್‌ಡೌನ್",
    "ml": "നിരോധന; പണിമുടക്ക; ഹർത്താൽ; സമരം; സമര=; കർഫ്യൂ; ലോക്ക്ഡൗൺ",
    "pa": "ਪਾਬੰਦੀ; ਰੋਕ=; ਹੜਤਾਲ; ਕਰਫ਼ਿਊ; ਲਾਕਡਾਊਨ",
}
"""A ban, a strike or a closure that "ended" ("மீன்பிடி தடை முடிஞ்சுது", "हड़ताल खत्म
हो गई"): no goods sold out, nor supply it would cut."""

HEALTH = {
    "en": "diabetes; diabetic; doctor; doctors; my sugar; sugar level; blood sugar; "
    "sugar patient; cholesterol; diet",
    "hi": "शुगर; डायबिटीज; डायबिटीज़; मधुमेह; डॉक्टर; डाक्टर; परहेज; sugar; doctor; diabetes",
    "ta": "சுகர்; சக்கரை வியாதி; சர்க்கரை வியாதி; சர்க்கரை நோய்; டாக்டர்; டயாபடீஸ்",
    "te": "షుగర్; డయాబెటిస్; మధుమేహ; డాక్టర్",
    "bn": "সুগার; ডায়াবেটিস; ডাক্তার; ডাক্তারবাবু",
    "mr": "शुगर; डायबिटीस; मधुमेह; डॉक्टर; डॉक्टरांनी; पथ्य",
    "gu": "ડાયાબિટીસ; ડાયાબીટીસ; સુગર; શુગર; ડૉક્ટર; ડોક્ટર; ડાક્ટર",
    "kn": "ಶುಗರ್; ಸಕ್ಕರೆ ಕಾಯಿಲೆ; ಡಯಾಬಿಟಿಸ್; ಡಾಕ್ಟರ್; ವೈದ್ಯ",
    "ml": "ഷുഗർ; പ്രമേഹ; ഡോക്ടർ; ഡയബറ്റിസ്",
    "pa": "ਸ਼ੂਗਰ; ਸ਼ੁਗਰ; ਡਾਇਬਟੀਜ਼; ਡਾਕਟਰ; ਪਰਹੇਜ਼",
}
"""Health and diet talk ("ഷുഗർ കാരണം മധുരം കുറയ്ക്കാൻ ഡോക്ടർ പറഞ്ഞു", the doctor told me
to cut down sweet things): "sweet" said of a diet is no claim about the goods, nor
"too much" of a sugar level ("சுகர் அதிகம்") a price."""

BECAME = {"te": "మెత్తగా; మెత్తబడి; కుళ్ళి; పాడై; చిన్నగా; ఎండి"}
"""Words before "అయిపోయాయి" that make it "became" (soft, rotten), not "sold out"."""

GOING = {
    "gu": "કેમ ચાલ; કેવું ચાલ; કેવી ચાલ; કેવો ચાલ; kem chal*",
    "hi": "कैसा चल; कैसी चल; कैसे चल; kaisa chal*; kaisi chal*; kaise chal*",
    "pa": "ਕਿਵੇਂ ਚੱਲ; ਕਿੱਦਾਂ ਚੱਲ; ਕਿਦਾਂ ਚੱਲ; kiven chal*",
}
"""How something is "going" ("ભણવાનું કેમ ચાલે છે?"): the "is" asks after it, no goods."""

WELL = {
    "en": "how are; how's everything",
    "hi": "हाल; कैसे; कैसी; सब ठीक; haal; kaise; kaisi; sab theek",
    "ta": "எப்படி; eppadi",
    "te": "ఎలా; బాగున్నా; ela",
    "bn": "কেমন; kemon",
    "mr": "कसे; कशा; कसा; कशी; kase; kasa",
    "gu": "મજામાં; majama",
    "kn": "ಹೇಗಿದ್ದ; hegidd*",
    "ml": "സുഖമ; സുഖം; sukham*",
    "pa": "ਹਾਲ; ਠਾਕ; ਸਭ ਠੀਕ; ਕਿਵੇਂ; haal; sab theek",
}
"""How someone is ("ਕੀ ਹਾਲ ਚਾਲ ਹੈ?", "सब ठीक है?"): the "is" asks after them, no goods."""

COMING = {
    "hi": "कब; kab",
    "gu": "ક્યારે; kyare",
    "pa": "ਕਦੋਂ; ਕਦ=; kadon; kado",
}
"""When someone comes or something happens ("ਕੁੜੀ ਕਦੋਂ ਆਉਂਦੀ ਹੈ?"): no goods asked for."""


WISH = {
    "en": "i want; i'd like; i would like; feel like; craving; i need",
    "hi": "चाहिए; पीनी है; पीना है; खानी है; खाना है; मन है; chahiye; chaiye; peeni hai; peena hai; "
    "khani hai; mann hai",
    "ta": "வேணும்; வேண்டும்; குடிக்கணும்; venum; vendum; kudikkanum",
    "te": "కావాలి; తాగాలి; kavali; kaavali; taagali",
    "bn": "চাই=; খেতে ইচ্ছে; খাব=; ichhe",
    "mr": "हवा=; हवी=; हवंय; प्यायचा; hava=; havi=; pyaycha",
    "gu": "જોઈએ; પીવી છે; પીવો છે; joie; joiye; pivi che",
    "kn": "ಬೇಕು; ಕುಡಿಬೇಕು; beku; kudibeku",
    "ml": "വേണം; കുടിക്കണം; venam; kudikkanam",
    "pa": "ਚਾਹੀਦਾ; ਚਾਹੀਦੀ; ਪੀਣੀ ਆ; chahida; chahidi",
}
"""The speaker's own want ("I feel like a fresh cup of tea", "টাটকা চা খেতে চাই"): a
freshness wished for, no goods claimed fresh."""


TROUBLE = {
    "en": "problem; trouble; crisis; quarrel; dispute; court case; scale of",
    "hi": "समस्या; मुसीबत; परेशानी; झगड़ा; मामला; samasya; musibat; pareshani; jhagda; mamla",
    "ta": "பிரச்சனை; பிரச்சினை; சண்டை; prachanai; pirachanai; sandai",
    "te": "సమస్య; గొడవ; ఇబ్బంది; samasya; godava",
    "bn": "সমস্যা; ঝামেলা; ঝগড়া; মামলা; somossa; jhamela",
    "mr": "समस्या; त्रास; भांडण; प्रकरण; samasya",
    "gu": "સમસ્યા; મુશ્કેલી; ઝઘડો; મામલો; samasya; mushkeli",
    "kn": "ಸಮಸ್ಯೆ; ತೊಂದರೆ; ಜಗಳ; samasye; tondare",
    "ml": "പ്രശ്നം; പ്രശ്ന; വഴക്ക്; prashnam; preshnam",
    "pa": "ਸਮੱਸਿਆ; ਮੁਸੀਬਤ; ਪਰੇਸ਼ਾਨੀ; ਝਗੜਾ; ਮਸਲਾ; ਪੈਮਾਨਾ; musibat; masla; pareshani",
}
"""A trouble, a quarrel or a case ("the scale of this problem is big, it won't end in a
day"): its ending is no goods run out."""

WRITING = {
    "en": "story; stories; novel; novels; poem; poems; poetry; book; books; song; songs; film; "
    "movie; reading; feel; feeling; mind; mood",
    "hi": "कहानी; किताब; कविता; उपन्यास; गाना; गीत; फ़िल्म; फिल्म; मन=; दिल=; मूड; kahani; "
    "kitaab; kitab; kavita; upanyas; gaana; geet; film; mann; dil; padh*",
    "ta": "கதை; நாவல்; கவிதை; புத்தகம்; பாட்டு; மனசு; kadhai; kathai; kavithai; puthagam; "
    "paattu; manasu; padichi*",
    "te": "కథ=; కథలు; నవల; కవిత; పుస్తకం; పాట=; మనసు; katha; navala; kavitha; pustakam; manasu",
    "bn": "গল্প; উপন্যাস; কবিতা; বই=; বইটা; গান=; গানটা; মন=; মনটা; golpo; uponyas; kobita; boi; gaan; mon",
    "mr": "कथा; कादंबरी; कविता; पुस्तक; गाणे; गाणं; मन=; katha; kavita; pustak",
    "gu": "વાર્તા; નવલકથા; કવિતા; પુસ્તક; ગીત; મન=; varta; kavita; pustak",
    "kn": "ಕಥೆ; ಕಾದಂಬರಿ; ಕವಿತೆ; ಕವನ; ಪುಸ್ತಕ; ಹಾಡು; ಮನಸು; ಮನಸ್ಸು; kathe; kavite; kavana; "
    "pustaka; haadu; manasu",
    "ml": "കഥ=; കഥയ; നോവൽ; കവിത; പുസ്തക; പാട്ട്; മനസ്സ്; katha; kavitha; pusthakam; manassu",
    "pa": "ਕਹਾਣੀ; ਨਾਵਲ; ਕਵਿਤਾ; ਕਿਤਾਬ; ਗੀਤ; ਗਾਣਾ; ਮਨ=; kahani; kavita; kitaab; geet",
}
"""A story, a book, a poem, a song or one's mind: "sweet" or "fresh" said of them ("the novel
was so sweet", "I feel fresh after reading") is no claim about the goods."""

SIGHT = {
    "en": "print; letters; font; eyes; eye; glasses; spectacles; specs; reading",
    "hi": "प्रिंट; अक्षर; चश्मा; चश्मे; आँख; आंख; print; akshar; chashma; chashme; aankh",
    "ta": "எழுத்து; கண்ணாடி; கண்ணு; ezhuthu; kannadi",
    "te": "అక్షరాలు; కళ్ళజోడు; కళ్ళు; aksharalu; kallajodu",
    "bn": "অক্ষর; লেখা; চশমা; চোখ; chosma; chokh",
    "mr": "अक्षर; चष्मा; डोळे; chashma",
    "gu": "અક્ષર; ચશ્મા; આંખ; chashma",
    "kn": "ಅಕ್ಷರ; ಕನ್ನಡಕ; ಕಣ್ಣು; kannadaka",
    "ml": "അക്ഷര; കണ്ണട; കണ്ണ്; kannada",
    "pa": "ਅੱਖਰ; ਐਨਕ; ਅੱਖਾਂ; ainak",
}
"""Print, letters, one's eyes or glasses: "small" said of them ("my print is so small I need
glasses") is no complaint about the goods."""

SHOWS = {
    "en": "film; films; movie; movies; cinema; show",
    "hi": "फ़िल्म; फिल्म; पिक्चर; सिनेमा; film; picture; cinema",
    "ta": "சினிமா; படம்=; cinema; padam",
    "te": "సినిమా; cinema",
    "bn": "সিনেমা; ছবি=; cinema",
    "mr": "चित्रपट; सिनेमा; picture",
    "gu": "ફિલ્મ; પિક્ચર; સિનેમા",
    "kn": "ಸಿನಿಮಾ; ಪಿಕ್ಚರ್; cinema",
    "ml": "സിനിമ; പടം; cinema",
    "pa": "ਫ਼ਿਲਮ; ਫਿਲਮ; ਪਿਕਚਰ; film",
}
"""A film or a show: "any good film around?" asks for no goods."""

LINEAGE = {
    "en": "shop; stall; grandfather's; grandfather; generations; since",
    "hi": "दुकान; दादाजी; पीढ़ी; पीढ़ियों; ज़माने; जमाने; dukaan; dukan; dadaji; zamane; pidhi",
    "ta": "கடை=; தாத்தா; kadai; thatha",
    "te": "దుకాణం; అంగడి; తాతల; dukanam; angadi",
    "bn": "দোকান; ঠাকুরদা; ঠাকুরদার; dokan",
    "mr": "दुकान; आजोबा; पिढी; dukan",
    "gu": "દુકાન; પેઢી; dukan",
    "kn": "ಅಂಗಡಿ; ಅಜ್ಜನ; angadi",
    "ml": "കട=; കടയ; അപ്പൂപ്പ; kada",
    "pa": "ਦੁਕਾਨ; ਦਾਦਾ ਜੀ; ਪੀੜ੍ਹੀ; dukaan",
}
"""A shop or a stall, one's grandfather's time: "old" said of them ("a very old shop, since
my grandfather's time") is no stale goods."""

DEVICE = {
    "en": "phone; mobile; laptop; tv; fridge; bike; scooter; computer; watch",
    "hi": "फोन; फ़ोन; मोबाइल; लैपटॉप; टीवी; फ्रिज; बाइक; स्कूटर; कंप्यूटर; घड़ी; phone; mobile",
    "ta": "போன்; போனு; மொபைல்; லேப்டாப்; டிவி; ஃப்ரிட்ஜ்; பைக்; ஸ்கூட்டர்; வாட்ச்; கடிகார",
    "te": "ఫోన్; ఫోను; మొబైల్; ల్యాప్‌టాప్; టీవీ; ఫ్రిజ్; బైక్; స్కూటర్; వాచ్; గడియార",
    "bn": "ফোন; মোবাইল; ল্যাপটপ; টিভি; ফ্রিজ; বাইক; স্কুটার; ঘড়ি",
    "mr": "फोन; मोबाईल; मोबाइल; लॅपटॉप; टीव्ही; फ्रीज; बाईक; स्कूटर; घड्याळ",
    "gu": "ફોન; મોબાઇલ; મોબાઈલ; લેપટોપ; ટીવી; ફ્રીજ; બાઇક; સ્કૂટર; ઘડિયાળ",
    "kn": "ಫೋನ್; ಫೋನ; ಮೊಬೈಲ್; ಲ್ಯಾಪ್‌ಟಾಪ್; ಟಿವಿ; ಫ್ರಿಜ್; ಬೈಕ್; ಸ್ಕೂಟರ್; ವಾಚ್",
    "ml": "ഫോൺ; ഫോണ; മൊബൈൽ; ലാപ്ടോപ്; ടിവി; ഫ്രിഡ്ജ്; ബൈക്ക്; സ്കൂട്ടർ; വാച്ച്",
    "pa": "ਫ਼ੋਨ; ਫੋਨ; ਮੋਬਾਈਲ; ਲੈਪਟਾਪ; ਟੀਵੀ; ਫਰਿੱਜ; ਬਾਈਕ; ਸਕੂਟਰ; ਘੜੀ",
}
"""A device called "old" ("a new battery for my old phone", "పాత ఫోన్"): the one it was, no
goods gone stale."""

FUNCTION = {
    "en": "some function; any function; a function; some ceremony; any ceremony; some programme",
    "hi": "कोई फंक्शन; कोई फ़ंक्शन; कोई समारोह; कोई कार्यक्रम; कोई प्रोग्राम; koi function; koi program",
    "ta": "ஏதாவது ஃபங்ஷன்; ஏதாவது பங்ஷன்; ஏதாவது விசேஷம்; edhavadhu function",
    "te": "ఏదైనా ఫంక్షన్; ఏమైనా ఫంక్షన్; ఏదైనా శుభకార్యం; edaina function",
    "bn": "কোনো অনুষ্ঠান; কোন অনুষ্ঠান; কোনো ফাংশন; kono onusthan",
    "mr": "काही कार्यक्रम; कुठला कार्यक्रम; काही फंक्शन; kahi karyakram",
    "gu": "કોઈ પ્રસંગ; કંઈ પ્રસંગ; કોઈ ફંક્શન; koi prasang",
    "kn": "ಏನಾದ್ರೂ ಫಂಕ್ಷನ್; ಏನಾದರೂ ಫಂಕ್ಷನ್; ಏನಾದ್ರೂ ಕಾರ್ಯಕ್ರಮ; enadru function",
    "ml": "വല്ല ഫംഗ്ഷൻ; എന്തെങ്കിലും ഫംഗ്ഷൻ; വല്ല ചടങ്ങ്; valla function",
    "pa": "ਕੋਈ ਫੰਕਸ਼ਨ; ਕੋਈ ਸਮਾਗਮ; ਕੋਈ ਪ੍ਰੋਗਰਾਮ; koi function",
}
"""Some function asked of ("पड़ोस में कोई फंक्शन है क्या?"): a happening asked, no goods;
"फंक्शन वाली प्लेटें हैं?" names goods, with no "some" before the function."""

FOR_A_TIME = {
    "en": "week; day; night; month; year; morning; evening; afternoon; summer; winter; "
    "season; life; these years",
}
"""A span of time after "for all" ("went round the shops for all week"): no lot asked."""

EATEN_AT_ONCE = {
    "en": "finish; finishes; finished; eat; eats; ate; gobble; gobbles; drink; drinks; "
    "drank; polish off",
}
"""Eating "in one go" or "at once" ("my grandson eats half in one go"): no lot asked."""

BEFALLS = {
    "en": "will; 'll; would; might; may; could; otherwise; or else",
}
"""A damage feared ("the bread will get squashed"): a reason, no damage found."""

PROPERTY = {
    "en": "house; flat; plot; land",
    "hi": "मकान; घर=; ज़मीन; जमीन; प्लॉट; फ्लैट; makaan; makan; ghar=; zameen; jameen",
    "ta": "வீடு; வீட்ட; நிலம்; veedu",
    "te": "ఇల్లు; ఇంటి; స్థలం; illu",
    "bn": "বাড়ি; বাড়িটা; জমি; ফ্ল্যাট; bari; barita; jomi",
    "mr": "घर=; घराचं; जमीन; फ्लॅट; प्लॉट; ghar=",
    "gu": "ઘર; મકાન; જમીન; ફ્લેટ; ghar=; makan",
    "kn": "ಮನೆ; ಸೈಟ್; ಜಮೀನು; mane",
    "ml": "വീട്; സ്ഥലം; veedu",
    "pa": "ਘਰ; ਮਕਾਨ; ਜ਼ਮੀਨ; ਪਲਾਟ; ghar=; zameen",
}
"""A house or land said sold ("our old house sold last year"): no goods sold out."""

ARRIVED = {
    "en": "cousin; son; daughter; husband; wife; uncle; nephew; niece; friend; brother-in-law; "
    "i'm; he's; she's; we're; they're; he=; she=; they=",
}
"""Someone just off the boat ("my cousin is just off the boat from Dubai"): a person
arrived, no catch claimed fresh."""

STANDING = {
    "en": "temple; school; roof; shed; well; pond; tank; wall",
    "hi": "मंदिर; स्कूल; छत; छप्पर; कुआँ; कुएं; तालाब; दीवार; mandir",
    "ta": "கோவில்; கோயில்; பள்ளிக்கூட; கூரை; கிணறு; குளம்; சுவர்; kovil",
    "te": "గుడి; బడి; పైకప్పు; కప్పు=; బావి; చెరువు; గోడ; gudi",
    "bn": "মন্দির; স্কুল; ছাদ; কুয়ো; পুকুর; দেয়াল; mandir",
    "mr": "मंदिर; देऊळ; शाळा; छप्पर; पत्रे; विहीर; तलाव; भिंत; mandir",
    "gu": "મંદિર; નિશાળ; છાપર; છત; પતરા; કૂવ; તળાવ; દીવાલ; mandir",
    "kn": "ಗುಡಿ; ದೇವಸ್ಥಾನ; ಶಾಲೆ; ಸೂರು; ಚಾವಣಿ; ಬಾವಿ; ಕೆರೆ; ಗೋಡೆ",
    "ml": "അമ്പലം; അമ്പലത്ത; സ്കൂൾ; മേൽക്കൂര; കിണർ; കുളം; മതിൽ; ambalam",
    "pa": "ਮੰਦਰ; ਗੁਰਦੁਆਰ; ਸਕੂਲ; ਛੱਤ; ਖੂਹ; ਛੱਪੜ; ਕੰਧ; gurdwara",
}
"""What stands in the speaker's village or on the farm (a temple, a roof, a well): "our
village temple", "the farm shed's sheets blew off" tell of the place, no goods from it."""

PROCESSION = {
    "en": "procession; parade",
    "hi": "जुलूस; शोभायात्रा; julus; juloos",
    "ta": "ஊர்வலம்; oorvalam",
    "te": "ఊరేగింపు; ooregimpu",
    "bn": "মিছিল; শোভাযাত্রা; michil",
    "mr": "मिरवणूक; mirvanuk",
    "gu": "સરઘસ; શોભાયાત્રા; sarghas",
    "kn": "ಮೆರವಣಿಗೆ; meravanige",
    "ml": "എഴുന്നള്ളിപ്പ; ഘോഷയാത്ര; ezhunnallipp*; ghoshayathra",
    "pa": "ਜਲੂਸ; ਨਗਰ ਕੀਰਤਨ; jaloos",
}
"""A procession ("is there a procession for the temple festival?"): a happening asked,
never goods on a stall."""

BUILT = {
    "ta": "வீடு=; சுவர்=; veedu=",
    "te": "ఇల్లు=; గోడ=; illu=",
    "kn": "ಮನೆ=; ಗೋಡೆ=; mane=",
    "ml": "വീട്=; മതിൽ=; veedu=",
}
"""A house or a wall, which the verb that also packs ("ಕಟ್ಟು", "కట్టు") builds: "since
we built the house" asks no packing."""

SHIFT = {
    "en": "shift; duty; office; overtime",
}
"""One's working day ("came straight from the mill after my shift", "straight from the
office"): the speaker came from work, no goods brought from their source."""

ADMIRED = {
    "en": "view; scenery; sunset; sunrise; little one; little ones; your baby; your kid; "
    "your son; your daughter; your grandson; your granddaughter; decoration; decorations; "
    "decor; lighting; rangoli; kolam; pandal; idol",
    "hi": "नज़ारा; नजारा; नज़ारे; नजारे; दृश्य; nazara; najara; nazaara; गुड़िया; मुन्ना; मुन्नी; "
    "सजावट; रोशनी; रंगोली; पंडाल; sajavat; sajawat; roshni; rangoli; pandal",
    "bn": "জায়গাটা; দৃশ্য; দৃশ্যটা; বাচ্চাটা; খুকি; খোকা; সূর্যাস্ত; jaygata; সাজ=; সাজটা; "
    "সাজসজ্জা; আলোকসজ্জা; আলপনা; প্যান্ডেল; প্রতিমা; pandal; protima",
    "ta": "காட்சி; குழந்தை; பாப்பா; kaatchi; அலங்காரம்; கோலம்; பந்தல்; alankaram; kolam",
    "te": "దృశ్యం; పాపాయి; బుజ్జి; అలంకరణ; ముగ్గు; పందిరి; alankarana; muggu",
    "mr": "दृश्य; देखावा; बाळ; सजावट; रोषणाई; रांगोळी; मंडप; sajavat; roshnai; rangoli",
    "gu": "દૃશ્ય; નજારો; બાળક; ઢીંગલી; najaro; સજાવટ; રોશની; રંગોળી; મંડપ; sajavat; roshni",
    "kn": "ದೃಶ್ಯ; ಮಗು; ಪಾಪು; ಅಲಂಕಾರ; ರಂಗೋಲಿ; ದೀಪಾಲಂಕಾರ; ಪೆಂಡಾಲ್; alankara; rangoli",
    "ml": "കാഴ്ച; കുഞ്ഞ്; വാവ; അലങ്കാര; ദീപാലങ്കാര; പന്തൽ; alankaram",
    "pa": "ਨਜ਼ਾਰਾ; ਨਜ਼ਾਰੇ; ਨਿੱਕਾ; ਨਿੱਕੀ; nazara; ਸਜਾਵਟ; ਰੌਸ਼ਨੀ; ਦੀਪਮਾਲਾ; ਪੰਡਾਲ; sajavat",
}
"""A sight or a little one admired: "sweet" said of them anywhere in the clause ("the
view of the lake from here is so sweet", "your little one is so sweet", "कितना मीठा
नज़ारा", "the temple decoration looks so sweet", "মন্দিরের সাজটা কী মিষ্টি") claims
nothing of the goods: a decoration, its lights, a rangoli or a pandal is a sight."""

MADE = {
    "en": "make it; make them; cut it; cut them; trim; trim it; keep it; keep them; stitch; "
    "stitch it; hem; hem it; alter; alter it",
    "hi": "कर दो; कर दीजिए; कर दीजिये; कर देना; करना; करो; करिए; करिये; कीजिए; रखना; रखो; रखिए; "
    "रखिये; रख दो; रख दीजिए; काटो; काटना; काट दो; काट दीजिए; काटिए; सिलना; सिल दो; सिलिए; "
    "kar do; kar dijiye; karna; rakhna; rakho; kaat do; kaato",
    "ta": "வெட்டுங்க; வெட்டு; வெட்டிவிடு; பண்ணுங்க; பண்ணி; செய்யுங்க; வையுங்க; வைங்க; "
    "தைங்க; தைச்சு; vettunga; pannunga",
    "te": "కత్తిరించ; చేయండి; చెయ్యండి; చేసి; కుట్టండి; కుట్టు; ఉంచండి; katthirinch*; cheyyandi; kuttandi",
    "bn": "করে দিন; করে দাও; করে দেবেন; করুন; কাটুন; কেটে দিন; কেটে দাও; রাখুন; রাখবেন; "
    "সেলাই করে; kore din; kore dao; katun; kete din",
    "mr": "करा; कर=; करून द्या; कापा; कापून द्या; ठेवा; शिवा; शिवून द्या; kara; kapa; theva",
    "gu": "કરી આપો; કરી આપજો; કરી દો; કરો; કરજો; રાખજો; રાખો; કાપો; કાપજો; કાપી આપો; સીવી; "
    "સીવજો; kari aapo; karjo; rakhjo; kapo",
    "kn": "ಕತ್ತರಿಸಿ; ಕಟ್ ಮಾಡಿ; ಮಾಡಿ=; ಮಾಡಿಕೊಡಿ; ಹೊಲಿಯಿರಿ; ಹೊಲಿದು; ಇಡಿ=; kattarisi; maadi=",
    "ml": "വെട്ടണം; വെട്ടിക്ക; വെട്ടി തര; വെട്ട്=; തയ്ക്കണം; തയ്ച്ച്; ആക്കണം; ആക്കി തര; vettanam; thaykkanam",
    "pa": "ਕਰ ਦਿਓ; ਕਰ ਦੇਓ; ਕਰਦਿਓ; ਕਰੋ; ਰੱਖਣਾ; ਰੱਖਿਓ; ਰੱਖੋ; ਕੱਟੋ; ਕੱਟ ਦਿਓ; ਸੀਂ ਦਿਓ; kar dio; rakhna; katt dio",
}
"""A verb of making, cutting, keeping or stitching asked right beside "small" or "short"
("keep the hair a bit short", "बाल थोड़े छोटे रखना", "बाह्या थोड्या आखूड करा", "ಸ್ವಲ್ಪ
ಚಿಕ್ಕದಾಗಿ ಕತ್ತರಿಸಿ", "ਬਾਹਾਂ ਛੋਟੀਆਂ ਕਰ ਦਿਓ"): how a barber, a tailor or a cutter is to
make the work, no doubt of the goods."""

GROOMED = {
    "en": "shave; shaving; haircut; hair cut; bath; massage; nap; facial; head wash; i feel",
    "hi": "शेव; दाढ़ी; दाढी; नहा; नहाने; मालिश; मसाज; नींद; फेशियल; महसूस; shave; dadhi; "
    "nahake; malish; neend; mehsoos",
    "ta": "ஷேவ்; ஷேவிங்; குளிச்ச; குளியல்; மசாஜ்; தூக்கம்; தூங்கி; shave; kulichi*",
    "te": "షేవ్; షేవింగ్; స్నానం; స్నానం చేసి; మసాజ్; నిద్ర; snanam",
    "bn": "শেভ; দাড়ি; স্নান; চান=; ম্যাসাজ; ঘুম=; ঘুমিয়ে; sheve; snan",
    "mr": "दाढी; अंघोळ; आंघोळ; मालिश; मसाज; झोप=; झोपून; शेव; dadhi; anghol; malish",
    "gu": "દાઢી; નાહી; ન્હાઈ; નહાઈ; માલિશ; મસાજ; ઊંઘ; શેવ; dadhi; nahi ne; malish",
    "kn": "ಶೇವ್; ಶೇವಿಂಗ್; ಸ್ನಾನ; ಮಸಾಜ್; ನಿದ್ದೆ; ನಿದ್ರೆ; snana",
    "ml": "ഷേവ്; ഷേവിംഗ്; കുളി; കുളിച്ച; മസാജ്; ഉറക്ക; ഉറങ്ങി; kuli; kulichu",
    "pa": "ਸ਼ੇਵ; ਸੇਵ=; ਦਾੜ੍ਹੀ; ਨਹਾ; ਨਹਾ ਕੇ; ਮਾਲਿਸ਼; ਮਸਾਜ; ਨੀਂਦ; shave; nahake; malish",
}
"""A shave, a haircut, a bath, a massage or a sleep, and how one feels after it: "fresh"
said with them anywhere in the clause ("I feel so fresh after the shave", "शेव के बाद
बड़ा फ्रेश लग रहा है") is how the speaker feels, no goods claimed fresh."""
