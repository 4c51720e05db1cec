"""Understanding by class, a fifth round: refusals that carry a buying verb ("I'll take it
from the next cart") or say the price cannot be done, questions that hold a word of
agreement ("gpay chalega?"), small talk (a tag "no?", a clock time, "how are you"), a
price with "won't give even one rupee more", the whole lot, romanized fraction hundreds,
a unit said after the verb, English rupees-and-paise in two groups, quantity fractions
with a case ending, unit words that are also verbs, and a rate asked with no quantity.
Every class in all ten languages, native script and romanized where people write both.
"""

from __future__ import annotations

from typing import Any

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand

# language, context (o: opening, r: a price is on the table), text, intent, rupees,
# per unit, quantity, unit, final
Case = tuple[str, str, str, str, float | None, bool | None, float | None, str | None, bool]
CASES: list[Case] = [
    # buying elsewhere, and "it cannot be done": refusals, never accepts
    ("hi", "r", "bagal wale thele se le lunga", "reject", None, None, None, None, False),
    ("hi", "r", "नहीं, कहीं और से ले लूँगा", "reject", None, None, None, None, False),
    ("en", "r", "I'll get it from another shop", "reject", None, None, None, None, False),
    ("en", "r", "Okay I'll take it from the other stall", "reject", None, None, None, None, False),
    ("ta", "r", "அடுத்த கடையில வாங்கிக்கிறேன்", "reject", None, None, None, None, False),
    ("ta", "r", "pakkathu kadaila vaangikaren", "reject", None, None, None, None, False),
    ("te", "r", "వేరే కొట్టులో తీసుకుంటాను", "reject", None, None, None, None, False),
    ("te", "r", "pakka bandi daggara teesukunta", "reject", None, None, None, None, False),
    ("bn", "r", "অন্য দোকান থেকে কিনে নেব", "reject", None, None, None, None, False),
    ("bn", "r", "pasher dokan theke nebo", "reject", None, None, None, None, False),
    ("mr", "r", "दुसऱ्या दुकानातून घेईन", "reject", None, None, None, None, False),
    ("mr", "r", "बाजूच्या गाडीवरून घेतो", "reject", None, None, None, None, False),
    ("gu", "r", "બીજી દુકાનેથી લઈ લઈશ", "reject", None, None, None, None, False),
    ("gu", "r", "baju ni lari thi lai laish", "reject", None, None, None, None, False),
    ("kn", "r", "ಬೇರೆ ಅಂಗಡಿಯಲ್ಲಿ ತಗೊಳ್ತೀನಿ", "reject", None, None, None, None, False),
    ("kn", "r", "pakkada angadili tagotini", "reject", None, None, None, None, False),
    ("ml", "r", "വേറെ കടയിൽ നിന്ന് വാങ്ങിക്കോളാം", "reject", None, None, None, None, False),
    ("ml", "r", "adutha kadayil ninnu vangikkam", "reject", None, None, None, None, False),
    ("pa", "r", "ਦੂਜੀ ਦੁਕਾਨ ਤੋਂ ਲੈ ਲਵਾਂਗਾ", "reject", None, None, None, None, False),
    ("pa", "r", "agli rehri ton lai lavanga", "reject", None, None, None, None, False),
    ("mr", "r", "नाही हो, परवडत नाही", "reject", None, None, None, None, False),
    # "X, won't give even one rupee more": X stands, marked final
    ("en", "r", "45, I won't give even one rupee more", "counter", 45, None, None, None, True),
    ("en", "r", "fifty, won't pay a single rupee more", "counter", 50, None, None, None, True),
    ("hi", "r", "पैंतालीस, एक रुपया भी ज़्यादा नहीं दूँगा", "counter", 45, None, None, None, True),
    ("ta", "r", "நாப்பத்தஞ்சு, ஒரு ரூபா கூட ஜாஸ்தி தர மாட்டேன்", "counter", 45, None, None, None, True),
    ("te", "r", "నలభై ఐదు, ఒక్క రూపాయి కూడా ఎక్కువ ఇవ్వను", "counter", 45, None, None, None, True),
    ("bn", "r", "পঁয়তাল্লিশ, এক টাকাও বেশি দেব না", "counter", 45, None, None, None, True),
    ("mr", "r", "पंचेचाळीस, एक रुपया पण जास्त देणार नाही", "counter", 45, None, None, None, True),
    ("gu", "r", "પિસ્તાલીસ, એક રૂપિયો પણ વધારે નહીં આપું", "counter", 45, None, None, None, True),
    ("kn", "r", "ನಲವತ್ತೈದು, ಒಂದು ರೂಪಾಯಿ ಕೂಡ ಜಾಸ್ತಿ ಕೊಡಲ್ಲ", "counter", 45, None, None, None, True),
    ("ml", "r", "നാല്പത്തഞ്ച്, ഒരു രൂപ പോലും കൂടുതൽ തരില്ല", "counter", 45, None, None, None, True),
    ("pa", "r", "ਪੰਤਾਲੀ, ਇੱਕ ਰੁਪਈਆ ਵੀ ਵੱਧ ਨਹੀਂ ਦੇਵਾਂਗਾ", "counter", 45, None, None, None, True),
    # a word of agreement in a question, or about how to pay: no accept
    ("hi", "r", "paytm chalega na?", "other", None, None, None, None, False),
    ("hi", "r", "कार्ड से दे दूँ, ठीक है?", "other", None, None, None, None, False),
    ("en", "r", "UPI fine?", "other", None, None, None, None, False),
    ("en", "r", "Can I pay by card, okay?", "other", None, None, None, None, False),
    ("ta", "r", "கார்டு ஓகேவா?", "other", None, None, None, None, False),
    ("ta", "r", "gpay pannalama, sari thaane?", "other", None, None, None, None, False),
    ("te", "r", "UPI సరేనా?", "other", None, None, None, None, False),
    ("bn", "r", "ফোনপে তে দিলে চলবে?", "other", None, None, None, None, False),
    ("bn", "r", "upi chalbe to?", "other", None, None, None, None, False),
    ("mr", "r", "फोनपे चालेल ना?", "other", None, None, None, None, False),
    ("gu", "r", "કાર્ડ ચાલશે?", "other", None, None, None, None, False),
    ("kn", "r", "ಕಾರ್ಡ್ ಸರಿನಾ?", "other", None, None, None, None, False),
    ("ml", "r", "കാർഡ് മതിയോ?", "other", None, None, None, None, False),
    ("pa", "r", "ਕਾਰਡ ਠੀਕ ਹੈ?", "other", None, None, None, None, False),
    ("pa", "r", "paytm chalega ji?", "other", None, None, None, None, False),
    # small talk: a tag "no?", a clock time, "how are you", the cart and the traffic
    ("hi", "o", "बहुत गर्मी है आज, नहीं?", "other", None, None, None, None, False),
    ("hi", "o", "saadhe paanch baje aaiye", "other", None, None, None, None, False),
    ("hi", "o", "kya haal hai bhaiya?", "other", None, None, None, None, False),
    ("en", "o", "Very hot today, no?", "other", None, None, None, None, False),
    ("en", "o", "I'm coming at 7 with my wife", "other", None, None, None, None, False),
    ("ta", "o", "வெயில் ஜாஸ்தி, இல்ல?", "other", None, None, None, None, False),
    ("ta", "o", "eppadi irukeenga akka?", "other", None, None, None, None, False),
    ("te", "o", "ela unnav anna?", "other", None, None, None, None, False),
    ("te", "o", "ఏడు గంటలకు రండి", "other", None, None, None, None, False),
    ("bn", "o", "আজ খুব গরম, তাই না?", "other", None, None, None, None, False),
    ("bn", "o", "কেমন আছো ভাই?", "other", None, None, None, None, False),
    ("mr", "o", "कसे आहात काका?", "other", None, None, None, None, False),
    ("mr", "o", "सात वाजता या", "other", None, None, None, None, False),
    ("gu", "o", "kem cho kaka?", "other", None, None, None, None, False),
    ("gu", "o", "saat vage aavjo", "other", None, None, None, None, False),
    ("kn", "o", "ಹೇಗಿದ್ದೀಯ ಅಣ್ಣ?", "other", None, None, None, None, False),
    ("kn", "o", "elu gantege banni", "other", None, None, None, None, False),
    ("ml", "o", "സുഖമല്ലേ ചേച്ചീ?", "other", None, None, None, None, False),
    ("ml", "o", "ഏഴു മണിക്ക് വരാം", "other", None, None, None, None, False),
    ("pa", "o", "ਕਿਵੇਂ ਹੋ ਭਾਜੀ?", "other", None, None, None, None, False),
    ("pa", "o", "ਸੱਤ ਵਜੇ ਆ ਜਾਣਾ", "other", None, None, None, None, False),
    # the whole lot for a price: a total, with compound hundreds and their case endings
    ("hi", "r", "सारी टोकरी बारह सौ में दे दो", "counter", 1200, False, None, None, False),
    ("hi", "r", "poora bora pandrah sau mein", "counter", 1500, False, None, None, False),
    ("en", "r", "Give me the whole basket for 600", "counter", 600, False, None, None, False),
    ("ta", "r", "முழு மூட்டையும் ஆயிரத்துக்கு குடுங்க", "counter", 1000, False, None, None, False),
    ("te", "r", "మొత్తం సంచి పన్నెండు వందలకు ఇవ్వండి", "counter", 1200, False, None, None, False),
    ("bn", "r", "পুরো বস্তাটা বারোশো টাকায় দিন", "counter", 1200, False, None, None, False),
    ("mr", "r", "सगळी टोपली बाराशेला द्या", "counter", 1200, False, None, None, False),
    ("gu", "r", "આખો થેલો બારસોમાં આપો", "counter", 1200, False, None, None, False),
    ("kn", "r", "ಎಲ್ಲಾ ಸೇರಿ ಸಾವಿರದ ಇನ್ನೂರಕ್ಕೆ ಕೊಡಿ", "counter", 1200, False, None, None, False),
    ("ml", "r", "മുഴുവൻ ചാക്ക് ആയിരത്തി ഇരുനൂറിന് തരൂ", "counter", 1200, False, None, None, False),
    ("pa", "r", "ਸਾਰਾ ਥੈਲਾ ਬਾਰਾਂ ਸੌ ਵਿੱਚ ਦੇ ਦਿਓ", "counter", 1200, False, None, None, False),
    # romanized fraction hundreds
    ("hi", "r", "dedh sau de dunga", "counter", 150, None, None, None, False),
    ("hi", "r", "saade teen sau de do", "counter", 350, None, None, None, False),
    ("bn", "r", "dedsho dibo", "counter", 150, None, None, None, False),
    ("bn", "r", "ded sho taka debo", "counter", 150, None, None, None, False),
    ("bn", "r", "aaraisho taka", "counter", 250, None, None, None, False),
    ("mr", "r", "didshe rupaye deto", "counter", 150, None, None, None, False),
    ("gu", "r", "dodhso rupiya aapish", "counter", 150, None, None, None, False),
    ("pa", "r", "dhaai sau rupaye", "counter", 250, None, None, None, False),
    ("te", "r", "nuta yabhai rupayalu", "counter", 150, None, None, None, False),
    # a rate asked: the unit, no quantity
    ("hi", "o", "एक दर्जन केले कितने के?", "question", None, None, 1, "dozen", False),
    ("en", "o", "How much is a kilo of onions?", "question", None, None, None, "kg", False),
    ("ta", "o", "ஒரு கிலோ எவ்வளவு?", "question", None, None, None, "kg", False),
    ("te", "o", "ఒక కిలో ఎంత?", "question", None, None, None, "kg", False),
    ("bn", "o", "ek kilo koto?", "question", None, None, None, "kg", False),
    ("mr", "o", "एक किलो किती?", "question", None, None, None, "kg", False),
    ("gu", "o", "એક કિલોના કેટલા?", "question", None, None, None, "kg", False),
    ("kn", "o", "ಒಂದು ಕೆಜಿ ಎಷ್ಟು?", "question", None, None, None, "kg", False),
    ("ml", "o", "ഒരു കിലോ എത്ര?", "question", None, None, None, "kg", False),
    ("pa", "o", "ਇੱਕ ਕਿੱਲੋ ਕਿੰਨੇ ਦਾ?", "question", None, None, None, "kg", False),
    ("hi", "o", "do kilo kitne ka?", "question", None, None, 2, "kg", False),
    # a unit named after the verb that sets the price, or after a form of address
    ("hi", "r", "बावन कर दो भाई साहब, किलो", "counter", 52, True, None, "kg", False),
    ("en", "r", "make it 52 sir, a kilo", "counter", 52, True, None, "kg", False),
    ("ta", "r", "ஐம்பத்திரண்டு போடுங்க, கிலோ", "counter", 52, True, None, "kg", False),
    ("te", "r", "యాభై రెండు చేయండి, కిలో", "counter", 52, True, None, "kg", False),
    ("bn", "r", "বাহান্ন করে দিন, কেজি", "counter", 52, True, None, "kg", False),
    ("mr", "r", "बावन्न करा, किलो", "counter", 52, True, None, "kg", False),
    ("gu", "r", "બાવન કરી દો, કિલો", "counter", 52, True, None, "kg", False),
    ("kn", "r", "ಐವತ್ತೆರಡು ಮಾಡಿ, ಕೆಜಿ", "counter", 52, True, None, "kg", False),
    ("ml", "r", "അമ്പത്തിരണ്ട് ആക്കൂ, കിലോ", "counter", 52, True, None, "kg", False),
    ("pa", "r", "ਬਵੰਜਾ ਕਰ ਦਿਓ, ਕਿੱਲੋ", "counter", 52, True, None, "kg", False),
    # English rupees and paise in two groups, with money named around them; else asked
    ("en", "r", "make it thirty seven fifty", "counter", 37.5, None, None, None, False),
    ("en", "o", "twenty six twenty five per piece", "offer", 26.25, True, None, "piece", False),
    ("en", "r", "okay make it sixty", "counter", 60, None, None, None, False),
    ("en", "r", "thirty seven fifty", "counter", None, None, None, None, False),
    # quantity fractions before a price with a case ending: the price a total
    ("mr", "r", "पावणे दोन किलो ऐंशीला द्याल का?", "counter", 80, False, 1.75, "kg", False),
    ("mr", "r", "अडीच किलो सव्वाशेला द्या", "counter", 125, False, 2.5, "kg", False),
    ("hi", "r", "ढाई किलो सौ रुपये में दोगे?", "counter", 100, False, 2.5, "kg", False),
    ("gu", "r", "દોઢ કિલો સાઠમાં આપશો?", "counter", 60, False, 1.5, "kg", False),
    ("bn", "r", "আড়াই কেজি একশো টাকায় দেবেন?", "counter", 100, False, 2.5, "kg", False),
    ("pa", "r", "ਡੇਢ ਕਿੱਲੋ ਸੱਠ ਵਿੱਚ ਦਿਓਗੇ?", "counter", 60, False, 1.5, "kg", False),
    ("ta", "r", "ரெண்டே கால் கிலோ நூறுக்கு தருவீங்களா?", "counter", 100, False, 2.25, "kg", False),
    ("kn", "r", "ಎರಡೂ ಕಾಲು ಕೆಜಿ ನೂರಕ್ಕೆ ಕೊಡ್ತೀರಾ?", "counter", 100, False, 2.25, "kg", False),
    ("ml", "r", "രണ്ടേകാൽ കിലോ നൂറിന് തരുമോ?", "counter", 100, False, 2.25, "kg", False),
    # unit words that are also verbs: "pack it" is no bunch
    ("ta", "r", "சரி அண்ணா, கட்டுங்க", "accept", None, None, None, None, False),
    ("ta", "o", "கட்டு பதினைந்து ரூபா", "offer", 15, True, None, "bunch", False),
    ("kn", "o", "ಕಟ್ಟು ಹದಿನೈದು ರೂಪಾಯಿ", "offer", 15, True, None, "bunch", False),
    ("te", "o", "కట్ట పదిహేను రూపాయలు", "offer", 15, True, None, "bunch", False),
    # more of the same classes: "further on", a loss "comes", "then" and "for you"
    ("hi", "r", "आगे वाले ठेले पे देख लूँगा", "reject", None, None, None, None, False),
    ("gu", "r", "aagal ni dukan thi lai laish", "reject", None, None, None, None, False),
    ("kn", "r", "ನಷ್ಟ ಆಗುತ್ತೆ ಸಾರ್, ಆಗಲ್ಲ", "reject", None, None, None, None, False),
    ("te", "r", "nashtam avutundi andi", "reject", None, None, None, None, False),
    ("ta", "r", "loss aagum anna, mudiyaathu", "reject", None, None, None, None, False),
    ("ml", "r", "നഷ്ടമാകും ചേട്ടാ", "reject", None, None, None, None, False),
    ("en", "o", "so much dust on this road today no", "other", None, None, None, None, False),
    ("en", "o", "the mango truck arrives at seven", "other", None, None, None, None, False),
    ("ta", "r", "அம்பது ஒரு ரூபா கூட ஜாஸ்தி தர மாட்டேன்", "counter", 50, None, None, None, True),
    ("hi", "r", "पचानवे कर दो, सौ पूरे नहीं दूँगा", "counter", 95, None, None, None, False),
    ("ml", "r", "sheri, ambathirandu aakk", "counter", 52, None, None, None, False),
    ("pa", "r", "ਚੰਗਾ, ਬਵੰਜਾ ਲਾ ਲਓ", "counter", 52, None, None, None, False),
    ("kn", "r", "ಸರಿ, ನಿಮಗೋಸ್ಕರ ಐವತ್ತೆರಡು", "counter", 52, None, None, None, False),
    ("ml", "r", "എല്ലാം ഇരുനൂറിന് തരാം", "counter", 200, False, None, None, False),
    ("ta", "r", "முழு பையும் இருநூறுக்கு", "counter", 200, False, None, None, False),
    ("gu", "r", "આખી લારી બે હજારમાં આપો", "counter", 2000, False, None, None, False),
    ("mr", "r", "संपूर्ण गाडी दोन हजारला", "counter", 2000, False, None, None, False),
    ("bn", "o", "গাড়িটা একটু সরিয়ে নাও ভাই", "other", None, None, None, None, False),
    ("gu", "r", "pandarso ma aapo", "counter", 1500, None, None, None, False),
    ("gu", "r", "sattar so ma aapo", "counter", None, None, None, None, False),
    ("hi", "r", "ठीक है, अदरक पीस दो", "accept", None, None, None, None, False),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}:{c[2]}")
def test_understood_by_class(case: tuple[Any, ...]) -> None:
    language, context, text, intent, rupees, per_unit, quantity, unit, final = case
    said = understand(text, language=language, has_outstanding_offer=context == "r")
    recorded = said.amount_paise if said.confidence >= MIN_CONFIDENCE else None
    got = (str(said.intent), recorded, said.per_unit, said.quantity, said.unit, said.final)
    want = (
        intent,
        None if rupees is None else round(rupees * 100),
        per_unit,
        quantity,
        unit,
        final,
    )
    assert got == want


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "My other shop is in lane number 5."),
        ("hi", "doosra wala de do"),
    ],
)
def test_another_shop_in_passing_refuses_nothing(language: str, text: str) -> None:
    said = understand(text, language=language)
    assert said.intent != "reject"


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("hi", "theek hai bhaiya", "accept"),
        ("en", "okay, done", "accept"),
        ("hi", "nahi", "reject"),
        ("en", "No, too much", "reject"),
        ("hi", "tamatar kaise diye?", "question"),
        ("gu", "કેમ આપ્યા?", "question"),
    ],
)
def test_plain_moves_still_stand(language: str, text: str, intent: str) -> None:
    said = understand(text, language=language, has_outstanding_offer=True)
    assert said.intent == intent
