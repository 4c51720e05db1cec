"""The words of containers and what they hold, as `audio.understanding.containers` reads them:
container stems, holders, plates, holding verbs, halves, one each, in it, whole, by and
about. Data only."""

from __future__ import annotations

from audio.lexicon import fold

# Packets, sacks, boxes and trays the lot words do not all name, by the stem their case
# endings follow ("மூட்டைக்கு", "ചാക്കിന്", "ప్యాకెట్లు").
STEMS = tuple(
    fold(w)
    for w in (
        "पैकेट", "पाकीट", "पाकिट", "थैल", "बोरी", "बोरा", "गोणी", "गोण", "डिब्बा", "डबा", "डब्बा",
        "ਪੈਕਟ", "ਪੈਕੇਟ", "ਬੋਰੀ", "ਡੱਬਾ", "ਡੱਬੇ", "প্যাকেট", "বস্তা", "বাক্স", "ডাব্বা",
        "பாக்கெட்", "மூட்டை", "டப்பா", "ప్యాకెట్", "బస్తా", "డబ్బా", "ಪ್ಯಾಕೆಟ್", "ಚೀಲ",
        "ಮೂಟೆ", "ಡಬ್ಬ", "പാക്കറ്റ", "ചാക്ക", "ബോക്സ", "પેકેટ", "થેલી", "ડબ્બ", "કોથળ",
        "பொட்டல", "പൊതി", "क्रेट", "ਕਰੇਟ", "ক্রেট", "পেটি", "க்ரேட்", "கிரேட்", "క్రేట్",
        "ಕ್ರೇಟ್", "ക്രേറ്റ", "ક્રેટ",
    )
)  # fmt: skip

# Trays and bundles: containers only where the line says what one holds ("ट्रे अस्सी, एक
# ट्रे में पचास पौधे"); "ट्रे सत्तर" alone or "1800 का बंडल" (a coil of wire) says no rate.
HOLDER_STEMS = tuple(
    fold(w)
    for w in (
        "ट्रे", "ਟ੍ਰੇ", "ਟਰੇ", "ট্রে", "ட்ரே", "ట్రే", "ಟ್ರೇ", "ട്രേ", "ટ્રે", "गठ्ठ", "गट्ठ",
        "बंडल", "ਬੰਡਲ", "বান্ডিল", "பண்டல்", "బండిల్", "ಬಂಡಲ್", "ബണ്ടിൽ", "બંડલ",
    )
)  # fmt: skip

ENGLISH = (
    frozenset(
        ("plate", "plates", "packet", "packets", "bag", "bags", "sack", "sacks", "box", "boxes")
    )
    | frozenset(("crate", "crates", "carton", "cartons", "peti", "petti", "set", "sets"))
    | frozenset(
        ("tray", "trays", "pouch", "dabba", "bori", "basta", "packit", "jar", "jars", "tin", "tins")
    )
    | frozenset(("pothi", "pottalam"))
)

# "The pieces in it": a count said after a container's rate tells what it holds.
HOLDS = frozenset(
    fold(w)
    for w in (
        "in", "inside", "आते", "होते", "रहते", "आती", "होती", "இருக்கும்", "வரும்", "ఉంటాయి",
        "ఉంటుంది", "থাকে", "থাকবে", "असतात", "येतात", "આવે", "હોય", "ಇರುತ್ತೆ", "ಇರುತ್ತವೆ",
        "ಬರುತ್ತೆ", "ഉണ്ടാകും", "ഉണ്ട്", "കാണും", "ਆਉਂਦੇ", "ਹੁੰਦੇ", "ਆਉਂਦੀਆਂ",
    )
)  # fmt: skip

HALF = frozenset(
    fold(w)
    for w in (
        "half", "haf", "हाफ", "आधी", "आधा", "अर्धी", "अर्धा", "ਹਾਫ", "ਅੱਧੀ", "ਅੱਧਾ", "হাফ",
        "আধা", "অর্ধেক", "ஹாஃப்", "அரை", "హాఫ్", "అర", "ಹಾಫ್", "ಅರ್ಧ", "ഹാഫ്", "അര", "હાફ",
        "અડધી", "અડધો",
    )
)  # fmt: skip

PLATES = tuple(
    fold(w)
    for w in (
        "प्लेट", "ਪਲੇਟ", "প্লেট", "ப்ளேட்", "பிளேட்", "ప్లేట్", "ప్లేటు", "પ્લેટ", "ಪ್ಲೇಟ್",
        "പ്ലേറ്റ", "plate", "plet", "plates",
    )
)  # fmt: skip

IN_ENDINGS = tuple(
    fold(w)
    for w in (
        "ல", "லே", "லயும்", "లో", "তে", "માં", "ನಲ್ಲಿ", "ಲ್ಲಿ", "ൽ", "ലും", "मध्ये", "्यात",
        "ilum", "alli", "ile", "ettil",
    )
)  # fmt: skip

ONE_EACH = frozenset(
    fold(w)
    for w in (
        "each", "every", "one", "हर", "har", "प्रति", "प्रत्येक", "एक", "ek", "প্রতি", "এক",
        "ஒவ்வொரு", "ஒரு", "ఒక్కో", "ప్రతి", "ఒక", "ಪ್ರತಿ", "ಒಂದು", "ഓരോ", "ഒരു", "દરેક",
        "એક", "ਹਰ", "ਇੱਕ", "एका", "eka", "prati", "protita", "proti", "oro", "ovvoru", "okko",
        "darek", "pratyek",
    )
)  # fmt: skip

# "In it", "in that", opening the clause after a rate: "उसमें", "அதுல", "అందులో", "তাতে",
# "त्यात", "એમાં", "ಅದರಲ್ಲಿ", "അതിൽ", "ਵਿੱਚ".
IN_IT = frozenset(
    fold(w)
    for w in (
        "उसमें", "इसमें", "usme", "usmein", "isme", "ismein", "त्यात", "यात", "त्यामध्ये",
        "tyat", "એમાં", "આમાં", "તેમાં", "ema", "emaa", "ਵਿੱਚ", "ਵਿਚ", "ਇਹਦੇ'ਚ", "ਇਸ'ਚ",
        "তাতে", "এতে", "ওতে", "tate", "ete", "அதுல", "இதுல", "அதில்", "இதில்", "அதுக்குள்ள",
        "athula", "ithula", "అందులో", "ఇందులో", "దాంట్లో", "దీంట్లో", "దానిలో", "andulo",
        "ಅದರಲ್ಲಿ", "ಇದರಲ್ಲಿ", "ಅದ್ರಲ್ಲಿ", "ಇದ್ರಲ್ಲಿ", "adaralli", "adralli", "അതിൽ", "ഇതിൽ",
        "athil", "ithil",
    )
)  # fmt: skip

WHOLE = frozenset(
    fold(w)
    for w in (
        "whole", "poora", "pura", "poori", "पूरा", "पूरी", "साबुत", "आख्खं", "आख्खा", "अख्खा",
        "ਪੂਰਾ", "ਪੂਰੀ", "ਸਾਬਤ", "পুরো", "গোটা", "আস্ত", "முழுசா", "முழுசு", "முழுசாவே",
        "మొత్తం", "పూర్తిగా", "ಇಡೀ", "ಪೂರ್ತಿ", "മുഴുവനായോ", "മുഴുവനായി", "മുഴുവൻ", "આખું",
        "આખો", "આખી",
    )
)  # fmt: skip

BY = frozenset(
    fold(w)
    for w in (
        "by", "hisaab", "hisab", "हिसाब", "भाव", "ਹਿਸਾਬ", "দরে", "দর", "கணக்கா", "கணக்குல",
        "లెక్కన", "ಲೆಕ್ಕದಲ್ಲಿ", "ಲೆಕ್ಕದಲ್ಲಾ", "ಲೆಕ್ಕದಲ್ಲೋ", "ಲೆಕ್ಕ", "കണക്കിനാണോ", "കണക്കിന്", "ભાવે", "किलोने", "किलोनं",
    )
)  # fmt: skip

ABOUT = frozenset(
    fold(w)
    for w in (
        "about", "around", "roughly", "approx", "लगभग", "करीब", "क़रीब", "तकरीबन", "सुमारे",
        "जवळपास", "ਲਗਭਗ", "ਤਕਰੀਬਨ", "প্রায়", "சுமார்", "கிட்டத்தட்ட", "దాదాపు", "సుమారు",
        "ಸುಮಾರು", "ഏകദേശം", "ഏതാണ്ട്", "આશરે", "લગભગ", "અંદાજે",
    )
)  # fmt: skip
