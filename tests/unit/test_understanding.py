"""Understanding spoken offers: one table of transcripts and what must be read from them.

Each case names only the fields it is about; `rs` is the amount in rupees (checked as
paise), `negated` lists the rupee amounts said only to be refused.
"""

from __future__ import annotations

from typing import Any

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Catalogue, CatalogueItem, Intent, looks_garbled, understand

CATALOGUE_ITEMS = [
    CatalogueItem(key, dict(zip(("en", "hi", "ta", "te", "bn", "mr"), names, strict=False)))
    for key, *names in [
        ("tomato", "Tomato", "टमाटर", "தக்காளி", "టమాటా", "টমেটো", "टोमॅटो"),
        ("onion", "Onion", "प्याज़", "வெங்காயம்", "ఉల్లిపాయ", "পেঁয়াজ", "कांदा"),
        ("potato", "Potato", "आलू", "உருளைக்கிழங்கு", "బంగాళదుంప", "আলু", "बटाटा"),
        ("banana", "Banana", "केला", "வாழைப்பழம்", "అరటి పండు", "কলা", "केळी"),
        ("green_chilli", "Green chilli", "हरी मिर्च", "பச்சை மிளகாய்", "పచ్చి మిర్చి"),
        ("coriander", "Coriander", "धनिया", "கொத்தமல்லி", "కొత్తిమీర", "ধনেপাতা", "कोथिंबीर"),
        ("milk", "Milk", "दूध", "பால்", "పాలు", "দুধ"),
        ("egg", "Egg", "अंडा", "முட்டை", "గుడ్డు", "ডিম"),
        ("okra", "Okra, lady finger", "भिंडी", "வெண்டைக்காய்", "బెండకాయ"),
    ]
]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue(CATALOGUE_ITEMS)


A, C, OK, NO, Q, X = "offer", "counter", "accept", "reject", "question", "other"

# (language, transcript, expected fields)
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- English numbers and prices
    ("en", "forty", {"intent": A, "rs": 40}),
    ("en", "forty five", {"rs": 45}),
    ("en", "forty five rupees", {"rs": 45, "intent": A}),
    ("en", "two hundred and fifty", {"rs": 250}),
    ("en", "two hundred fifty rupees", {"rs": 250}),
    ("en", "one thousand two hundred", {"rs": 1200}),
    ("en", "one fifty", {"rs": 150}),
    ("en", "I can give one twenty five", {"rs": 125}),
    ("en", "a hundred rupees", {"rs": 100}),
    ("en", "fifty rupees per kilo", {"rs": 50, "per_unit": True, "unit": "kg"}),
    ("en", "Rs 40", {"rs": 40}),
    ("en", "Rs. 40 only", {"rs": 40}),
    ("en", "₹40", {"rs": 40}),
    ("en", "₹ 1,200", {"rs": 1200}),
    ("en", "1,200 rupees", {"rs": 1200}),
    ("en", "INR 500", {"rs": 500}),
    ("en", "40 bucks", {"rs": 40}),
    ("en", "I will do 200", {"rs": 200, "intent": A}),
    ("en", "Do you have tomatoes?", {"amount_paise": None, "product": "tomato"}),
    ("en", "2k for everything", {"rs": 2000, "per_unit": False}),
    ("en", "50 paise", {"amount_paise": 50}),
    ("en", "forty rupees fifty paise", {"amount_paise": 4050}),
    ("en", "40.50", {"amount_paise": 4050}),
    ("en", "Rs 40.5", {"amount_paise": 4050}),
    ("en", "99.99 rupees", {"amount_paise": 9999}),
    # --- romanized Hindi: numbers and every compound
    ("hi", "pachaas", {"rs": 50, "intent": A}),
    ("hi", "pachas rupaye", {"rs": 50}),
    ("hi", "chalis", {"rs": 40}),
    ("hi", "chaalis rupaye", {"rs": 40}),
    ("hi", "bees rupaye", {"rs": 20}),
    ("hi", "tees", {"rs": 30}),
    ("hi", "sattar rupaye", {"rs": 70}),
    ("hi", "assi", {"rs": 80}),
    ("hi", "nabbe rupaye", {"rs": 90}),
    ("hi", "ninyaanve", {"rs": 99}),
    ("hi", "unnees rupaye", {"rs": 19}),
    ("hi", "paintalis", {"rs": 45}),
    ("hi", "pachhattar rupaye", {"rs": 75}),
    ("hi", "sau rupaye", {"rs": 100}),
    ("hi", "ek sau", {"rs": 100}),
    ("hi", "do sau", {"rs": 200}),
    ("hi", "do sau pachaas", {"rs": 250}),
    ("hi", "teen sau bees rupaye", {"rs": 320}),
    ("hi", "dedh sau", {"rs": 150}),
    ("hi", "dedh sau rupaye", {"rs": 150}),
    ("hi", "dhai sau", {"rs": 250}),
    ("hi", "saadhe teen sau", {"rs": 350}),
    ("hi", "sade teen sau rupaye", {"rs": 350}),
    ("hi", "sawa do sau", {"rs": 225}),
    ("hi", "paune do sau", {"rs": 175}),
    ("hi", "sawa sau", {"rs": 125}),
    ("hi", "paune teen sau", {"rs": 275}),
    ("hi", "hazaar rupaye", {"rs": 1000}),
    ("hi", "ek hazaar do sau", {"rs": 1200}),
    ("hi", "dedh hazaar", {"rs": 1500}),
    ("hi", "dhai hazaar", {"rs": 2500}),
    ("hi", "saadhe teen hazaar", {"rs": 3500}),
    ("hi", "do hazar", {"rs": 2000}),
    ("hi", "ek lakh", {"rs": 100_000}),
    ("hi", "dedh lakh rupaye", {"rs": 150_000}),
    ("hi", "dedh rupaye", {"amount_paise": 150}),
    ("hi", "dhai rupaye", {"amount_paise": 250}),
    ("hi", "chaalis rupaye pachaas paise", {"amount_paise": 4050}),
    ("hi", "paanch rupaye pachaas paise", {"amount_paise": 550}),
    ("hi", "pachaas paise", {"amount_paise": 50}),
    ("hi", "40 rupaye 50 paise", {"amount_paise": 4050}),
    ("hi", "rupay 40", {"rs": 40}),
    ("hi", "40 rupay", {"rs": 40}),
    ("hi", "40 rupaiye", {"rs": 40}),
    ("hi", "40 rs", {"rs": 40}),
    ("hi", "40/-", {"rs": 40}),
    ("hi", "Rs.40/- kilo", {"rs": 40, "per_unit": True, "unit": "kg"}),
    ("hi", "do sau saath", {"rs": 260}),
    ("hi", "do rupaye", {"rs": 2}),
    # --- Devanagari Hindi
    ("hi", "चालीस रुपये", {"rs": 40}),
    ("hi", "चालीस रुपए", {"rs": 40}),
    ("hi", "४० रु", {"rs": 40}),
    ("hi", "पचास", {"rs": 50}),
    ("hi", "सौ", {"rs": 100}),
    ("hi", "दो सौ पचास", {"rs": 250}),
    ("hi", "एक हज़ार दो सौ", {"rs": 1200}),
    ("hi", "एक हजार दो सौ रुपये", {"rs": 1200}),
    ("hi", "डेढ़ सौ", {"rs": 150}),
    ("hi", "ढाई सौ", {"rs": 250}),
    ("hi", "साढ़े तीन सौ", {"rs": 350}),
    ("hi", "सवा दो सौ", {"rs": 225}),
    ("hi", "पौने दो सौ", {"rs": 175}),
    ("hi", "हज़ार", {"rs": 1000}),
    ("hi", "चालीस रुपये पचास पैसे", {"amount_paise": 4050}),
    ("hi", "टमाटर 40 रुपए किलो", {"rs": 40, "per_unit": True, "unit": "kg", "product": "tomato"}),
    ("hi", "किलो का चालीस", {"rs": 40, "per_unit": True, "unit": "kg"}),
    ("hi", "दर्जन के साठ रुपये", {"rs": 60, "per_unit": True, "unit": "dozen"}),
    ("hi", "डेढ़ सौ रुपये किलो", {"rs": 150, "per_unit": True}),
    ("hi", "दो किलो तीन सौ में", {"rs": 300, "per_unit": False, "quantity": 2, "unit": "kg"}),
    ("hi", "कितने का है", {"intent": Q}),
    ("hi", "टमाटर कितने का है?", {"intent": Q, "product": "tomato"}),
    ("hi", "ठीक है", {"intent": OK, "amount_paise": None}),
    ("hi", "ठीक है 250 फाइनल", {"intent": A, "rs": 250, "final": True}),
    ("hi", "नहीं", {"intent": NO}),
    ("hi", "नहीं नहीं 250 दे दो", {"intent": C, "rs": 250}),
    ("hi", "300 नहीं, 250", {"intent": C, "rs": 250, "negated": [300]}),
    ("hi", "बहुत ज़्यादा है", {"intent": NO}),
    ("hi", "कुल 500", {"rs": 500, "per_unit": False}),
    ("hi", "आधा किलो", {"quantity": 0.5, "unit": "kg", "intent": X}),
    # --- per unit or total
    ("hi", "rs 40 per kilo", {"rs": 40, "per_unit": True, "unit": "kg"}),
    ("hi", "40 rupaye kilo", {"rs": 40, "per_unit": True, "unit": "kg", "quantity": None}),
    ("hi", "kilo ka 40", {"rs": 40, "per_unit": True, "unit": "kg"}),
    ("hi", "kilo ki 40", {"rs": 40, "per_unit": True}),
    ("hi", "kilo ke 40 rupaye", {"rs": 40, "per_unit": True}),
    ("hi", "40 ka kilo", {"rs": 40, "per_unit": True, "unit": "kg"}),
    ("hi", "ek kilo 40", {"rs": 40, "per_unit": True, "quantity": None, "unit": "kg"}),
    ("hi", "ek kilo ka chalis", {"rs": 40, "per_unit": True, "quantity": None}),
    ("hi", "40 ka ek kilo", {"rs": 40, "per_unit": True, "quantity": None, "unit": "kg"}),
    ("hi", "prati kilo 40", {"rs": 40, "per_unit": True}),
    ("hi", "darjan ke 60", {"rs": 60, "per_unit": True, "unit": "dozen"}),
    ("hi", "10 rupaye ek", {"rs": 10, "per_unit": True}),
    ("hi", "ek ka 10", {"rs": 10, "per_unit": True}),
    ("hi", "2 kilo 300 mein", {"rs": 300, "per_unit": False, "quantity": 2, "unit": "kg"}),
    ("hi", "do kilo 300 mein", {"rs": 300, "per_unit": False, "quantity": 2, "unit": "kg"}),
    ("hi", "300 mein do kilo", {"rs": 300, "per_unit": False, "quantity": 2}),
    ("hi", "do kilo tamatar 80 rupaye", {"rs": 80, "per_unit": False, "product": "tomato"}),
    ("hi", "dedh kilo 60", {"rs": 60, "per_unit": False, "quantity": 1.5}),
    ("hi", "sab milake 500", {"rs": 500, "per_unit": False}),
    ("hi", "sab milakar 500 rupaye", {"rs": 500, "per_unit": False}),
    ("hi", "kul 600", {"rs": 600, "per_unit": False}),
    ("hi", "total 1,500", {"rs": 1500, "per_unit": False}),
    ("hi", "poora 400 mein le lo", {"rs": 400, "per_unit": False}),
    ("en", "500 in all", {"rs": 500, "per_unit": False}),
    ("en", "500 for everything", {"rs": 500, "per_unit": False}),
    ("en", "500 total", {"rs": 500, "per_unit": False}),
    ("en", "10 each", {"rs": 10, "per_unit": True}),
    ("en", "10 rupees per piece", {"rs": 10, "per_unit": True, "unit": "piece"}),
    ("en", "40 rupees a kilo", {"rs": 40, "per_unit": True, "unit": "kg", "quantity": None}),
    ("en", "40 a kilo", {"rs": 40, "per_unit": True}),
    ("en", "40/kg", {"rs": 40, "per_unit": True, "unit": "kg"}),
    ("en", "a dozen for 60", {"rs": 60, "per_unit": True, "quantity": None, "unit": "dozen"}),
    ("en", "2 kilos for 90", {"rs": 90, "per_unit": False, "quantity": 2}),
    ("en", "90 for 2 kilos", {"rs": 90, "per_unit": False, "quantity": 2}),
    ("en", "1.5 kg for 90", {"rs": 90, "per_unit": False, "quantity": 1.5}),
    ("en", "fifty", {"rs": 50, "per_unit": None}),
    ("hi", "tamatar 40", {"rs": 40, "per_unit": None, "product": "tomato"}),
    # --- quantities and units
    ("hi", "2 kilo", {"quantity": 2, "unit": "kg", "amount_paise": None, "intent": X}),
    ("hi", "do kilo", {"quantity": 2, "unit": "kg", "amount_paise": None}),
    ("hi", "dedh kilo", {"quantity": 1.5, "unit": "kg"}),
    ("hi", "dhai kilo aloo", {"quantity": 2.5, "unit": "kg", "product": "potato"}),
    ("hi", "aadha kilo", {"quantity": 0.5, "unit": "kg"}),
    ("en", "half kilo", {"quantity": 0.5, "unit": "kg"}),
    ("hi", "paav kilo", {"quantity": 0.25, "unit": "kg"}),
    ("hi", "sawa kilo", {"quantity": 1.25, "unit": "kg"}),
    ("hi", "250 gram", {"quantity": 250, "unit": "g"}),
    ("en", "500 grams", {"quantity": 500, "unit": "g"}),
    ("en", "2kg", {"quantity": 2, "unit": "kg"}),
    ("hi", "ek darjan", {"quantity": 1, "unit": "dozen"}),
    ("en", "a dozen", {"quantity": 1, "unit": "dozen"}),
    ("hi", "do darjan kele", {"quantity": 2, "unit": "dozen", "product": "banana"}),
    ("hi", "5 piece", {"quantity": 5, "unit": "piece"}),
    ("hi", "5 nag 50", {"rs": 50, "quantity": 5, "unit": "piece", "per_unit": False}),
    ("en", "3 pcs", {"quantity": 3, "unit": "piece"}),
    (
        "hi",
        "ek litre doodh 60",
        {"rs": 60, "quantity": None, "unit": "litre", "per_unit": True, "product": "milk"},
    ),
    ("en", "2 liters of milk", {"quantity": 2, "unit": "litre", "product": "milk"}),
    (
        "hi",
        "dhaniya ki gaddi 10 rupaye",
        {"rs": 10, "unit": "bunch", "per_unit": True, "product": "coriander"},
    ),
    ("hi", "do gaddi 15", {"rs": 15, "quantity": 2, "unit": "bunch", "per_unit": False}),
    ("hi", "teen tamatar 10", {"rs": 10, "quantity": 3, "product": "tomato"}),
    # --- questions
    ("hi", "kitne ka hai", {"intent": Q}),
    ("hi", "tamatar kitne ka hai", {"intent": Q, "product": "tomato"}),
    ("hi", "kitna hua", {"intent": Q}),
    ("hi", "kya rate hai", {"intent": Q}),
    ("hi", "price kya hai", {"intent": Q}),
    ("hi", "pyaaz ka bhav kya hai", {"intent": Q, "product": "onion"}),
    ("hi", "do kilo kitne mein doge", {"intent": Q, "quantity": 2, "unit": "kg"}),
    ("en", "how much", {"intent": Q}),
    (
        "en",
        "How much for two kilos of tomatoes?",
        {"intent": Q, "quantity": 2, "product": "tomato"},
    ),
    ("en", "what is the price of onions", {"intent": Q, "product": "onion"}),
    ("en", "rate?", {"intent": Q}),
    ("hi", "aloo?", {"intent": Q, "product": "potato"}),
    # --- accept
    ("en", "ok", {"intent": OK, "amount_paise": None}),
    ("en", "Okay.", {"intent": OK}),
    ("en", "done", {"intent": OK}),
    ("en", "deal", {"intent": OK}),
    ("en", "I accept", {"intent": OK}),
    ("en", "ok done at 250", {"intent": OK, "rs": 250}),
    ("hi", "theek hai", {"intent": OK}),
    ("hi", "thik hai bhaiya", {"intent": OK}),
    ("hi", "chalo", {"intent": OK}),
    ("hi", "haan", {"intent": OK}),
    ("hi", "haan ji, pakka", {"intent": OK}),
    ("hi", "theek hai 250 final", {"intent": A, "rs": 250, "final": True}),
    ("hi", "chalo 180 pakka", {"intent": OK, "rs": 180}),
    ("hi", "theek hai do sau", {"intent": OK, "rs": 200}),
    ("hi", "kya 200 theek hai?", {"intent": A, "rs": 200}),
    # --- reject
    ("en", "no", {"intent": NO}),
    ("en", "no no", {"intent": NO}),
    ("en", "too much", {"intent": NO}),
    ("en", "That's too expensive", {"intent": NO}),
    ("en", "no deal", {"intent": NO}),
    ("en", "not ok", {"intent": NO}),
    ("hi", "nahi", {"intent": NO}),
    ("hi", "nahin bhai", {"intent": NO}),
    ("hi", "bilkul nahi", {"intent": NO}),
    ("hi", "bahut zyada hai", {"intent": NO}),
    ("hi", "bahut mehenga hai", {"intent": NO}),
    ("hi", "mat karo", {"intent": NO}),
    ("hi", "theek nahi hai", {"intent": NO}),
    ("hi", "thoda kam karo", {"intent": Q}),  # asks for a better price
    ("hi", "300? nahi", {"intent": NO, "amount_paise": None, "negated": [300]}),
    ("hi", "300 bilkul nahi", {"intent": NO, "negated": [300]}),
    ("hi", "ok nahi, nahi", {"intent": NO}),
    # --- counters: a refused price, then the one that stands
    ("hi", "300 nahi, 250", {"intent": C, "rs": 250, "negated": [300]}),
    ("hi", "300 nahi 250", {"intent": C, "rs": 250, "negated": [300]}),
    ("hi", "nahi nahi 250 de do", {"intent": C, "rs": 250, "negated": []}),
    ("hi", "teen sau nahi, dhai sau", {"intent": C, "rs": 250, "negated": [300]}),
    ("hi", "do sau nahi, dedh sau", {"intent": C, "rs": 150, "negated": [200]}),
    ("hi", "300 rupaye nahi, 250 rupaye", {"intent": C, "rs": 250, "negated": [300]}),
    ("hi", "300 bahut zyada hai, 250 de do", {"intent": C, "rs": 250, "negated": [300]}),
    ("hi", "300 mein nahi dunga, 250 lo", {"intent": C, "rs": 250, "negated": [300]}),
    ("en", "no, 250", {"intent": C, "rs": 250, "negated": []}),
    ("en", "not 300, 250", {"intent": C, "rs": 250, "negated": [300]}),
    ("en", "300 is too much, 250", {"intent": C, "rs": 250, "negated": [300]}),
    ("en", "three hundred? no. two fifty", {"intent": C, "rs": 250, "negated": [300]}),
    ("hi", "theek hai, par 300 nahi 250", {"intent": C, "rs": 250}),
    ("hi", "250 se kam nahi", {"intent": A, "rs": 250, "negated": []}),
    ("en", "not less than 250", {"intent": A, "rs": 250, "negated": []}),
    # --- Tamil: digits, native digits, keywords
    ("ta", "40 ரூபாய்", {"rs": 40, "intent": A}),
    ("ta", "௪௦ ரூபாய்", {"rs": 40}),
    (
        "ta",
        "ஒரு கிலோ தக்காளி 40 ரூபாய்",
        {"rs": 40, "per_unit": True, "quantity": None, "unit": "kg", "product": "tomato"},
    ),
    ("ta", "கிலோ 60 ரூபாய்", {"rs": 60, "per_unit": True, "unit": "kg"}),
    ("ta", "கிலோவுக்கு 60 ரூபாய்", {"rs": 60, "per_unit": True, "unit": "kg"}),
    ("ta", "2 கிலோ 100 ரூபாய்", {"rs": 100, "per_unit": False, "quantity": 2}),
    ("ta", "மொத்தம் 500 ரூபாய்", {"rs": 500, "per_unit": False}),
    ("ta", "சரி", {"intent": OK}),
    ("ta", "சரி 250", {"intent": OK, "rs": 250}),
    ("ta", "சரிங்க", {"intent": OK}),
    ("ta", "வேண்டாம்", {"intent": NO}),
    ("ta", "300 வேண்டாம், 250", {"intent": C, "rs": 250, "negated": [300]}),
    ("ta", "தக்காளி எவ்வளவு?", {"intent": Q, "product": "tomato"}),
    ("ta", "ரொம்ப அதிகம்", {"intent": NO}),
    # --- Telugu
    ("te", "40 రూపాయలు", {"rs": 40}),
    ("te", "౪౦ రూపాయలు", {"rs": 40}),
    ("te", "కిలో 40 రూపాయలు", {"rs": 40, "per_unit": True, "unit": "kg"}),
    ("te", "2 కిలోలు 90 రూపాయలు", {"rs": 90, "per_unit": False, "quantity": 2}),
    ("te", "సరే", {"intent": OK}),
    ("te", "వద్దు", {"intent": NO}),
    ("te", "300 వద్దు 250", {"intent": C, "rs": 250, "negated": [300]}),
    ("te", "ఎంత", {"intent": Q}),
    ("te", "టమాటా ఎంత?", {"intent": Q, "product": "tomato"}),
    ("te", "మొత్తం 500", {"rs": 500, "per_unit": False}),
    # --- Bengali
    ("bn", "৪০ টাকা", {"rs": 40}),
    ("bn", "40 টাকা", {"rs": 40}),
    ("bn", "এক কেজি ৪০ টাকা", {"rs": 40, "per_unit": True, "quantity": None, "unit": "kg"}),
    ("bn", "কেজি ৬০ টাকা", {"rs": 60, "per_unit": True}),
    ("bn", "২ কেজি ১০০ টাকা", {"rs": 100, "per_unit": False, "quantity": 2}),
    ("bn", "ঠিক আছে", {"intent": OK}),
    ("bn", "না", {"intent": NO}),
    ("bn", "৩০০ না, ২৫০", {"intent": C, "rs": 250, "negated": [300]}),
    ("bn", "কত", {"intent": Q}),
    ("bn", "আলু কত?", {"intent": Q, "product": "potato"}),
    ("bn", "মোট ৫০০ টাকা", {"rs": 500, "per_unit": False}),
    ("bn", "কেজি ৬০ টাকায়", {"rs": 60, "per_unit": True}),
    ("bn", "নাম কি", {"intent": X}),
    # --- Marathi
    ("mr", "40 रुपये", {"rs": 40}),
    ("mr", "४० रुपये किलो", {"rs": 40, "per_unit": True, "unit": "kg"}),
    ("mr", "एक किलो चाळीस रुपये", {"rs": 40, "per_unit": True, "quantity": None}),
    ("mr", "दोन किलो शंभर रुपये", {"rs": 100, "per_unit": False, "quantity": 2}),
    ("mr", "पन्नास रुपये", {"rs": 50}),
    ("mr", "दीड किलो", {"quantity": 1.5, "unit": "kg"}),
    ("mr", "ठीक आहे", {"intent": OK}),
    ("mr", "नको", {"intent": NO}),
    ("mr", "300 नको, 250", {"intent": C, "rs": 250, "negated": [300]}),
    ("mr", "किती", {"intent": Q}),
    ("mr", "कांदा किती?", {"intent": Q, "product": "onion"}),
    ("mr", "एकूण 500", {"rs": 500, "per_unit": False}),
    # --- products across scripts
    ("hi", "tamatar 40 rupaye kilo", {"rs": 40, "product": "tomato"}),
    ("hi", "tamaatar chahiye", {"product": "tomato", "intent": X}),
    ("en", "tomatoes 40 a kilo", {"rs": 40, "per_unit": True, "product": "tomato"}),
    ("hi", "pyaaz 30 kilo", {"product": "onion"}),
    ("hi", "pyaz do kilo", {"product": "onion", "quantity": 2}),
    ("hi", "hari mirch 10 rupaye", {"rs": 10, "product": "green_chilli"}),
    ("en", "green chillies ten rupees", {"rs": 10, "product": "green_chilli"}),
    ("hi", "bhindi 60", {"rs": 60, "product": "okra"}),
    ("en", "lady finger 60", {"rs": 60, "product": "okra"}),
    ("hi", "ek darjan kele 60", {"rs": 60, "product": "banana", "unit": "dozen"}),
    ("hi", "अंडे 6 रुपये", {"rs": 6, "product": "egg"}),
    ("en", "eggs 6 each", {"rs": 6, "per_unit": True, "product": "egg"}),
    # --- robustness: punctuation, mixed scripts, Whisper's habits
    ("hi", "Bhaiya, tamatar ₹40 kilo hai.", {"rs": 40, "per_unit": True, "product": "tomato"}),
    ("hi", "नहीं-नहीं, 250 दे दो!", {"intent": C, "rs": 250}),
    ("hi", "Theek hai... 250 final.", {"intent": A, "rs": 250, "final": True}),
    ("hi", "टमाटर forty rupees kilo", {"rs": 40, "per_unit": True, "product": "tomato"}),
    ("hi", "250 de do na", {"intent": A, "rs": 250}),
    ("hi", "de do", {"intent": X, "amount_paise": None}),
    ("hi", "aur kuch", {"intent": X, "amount_paise": None}),
    ("en", "", {"intent": X, "amount_paise": None}),
    ("en", "hello", {"intent": X}),
    ("en", "I'll give you 200, not more", {"intent": A, "rs": 200, "unit": None}),
    ("en", "it's a deal", {"intent": OK}),
    ("en", "can't do it", {"intent": NO}),
    ("hi", "10 minute ruko", {"intent": X, "amount_paise": None}),
    ("hi", "5 percent kam karo", {"intent": Q, "amount_paise": None}),
    ("hi", "ek chai", {"intent": X, "amount_paise": None}),
    ("en", "meet me at 8", {"rs": 8}),
    # --- several numbers: which price and which quantity
    ("en", "Give me 2 kilos at 35 per kilo", {"rs": 35, "per_unit": True, "quantity": 2}),
    ("hi", "40 rupaye kilo, do kilo dena", {"rs": 40, "per_unit": True, "quantity": 2}),
    ("hi", "Nahi bhai, 40 bahut hai, 30 lagao", {"intent": C, "rs": 30, "negated": [40]}),
    ("hi", "ek kilo 40, do kilo 75", {"rs": 75, "per_unit": False, "quantity": 2}),
    # Two offers at two prices (150 and 160 a kilo): the last is asked about, not taken.
    ("hi", "2 kilo 300 mein, ek kilo 160", {"rs": 160, "per_unit": True, "confidence": 0.5}),
    ("hi", "tamatar 40 rupaye kilo, pyaaz 30", {"rs": 30, "per_unit": None, "unit": None}),
    ("hi", "do kilo aloo aur ek kilo pyaaz kitne ka", {"intent": Q, "amount_paise": None}),
    ("hi", "पाँच सौ रुपये में तीन किलो", {"rs": 500, "per_unit": False, "quantity": 3}),
]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [pytest.param(*case, id=f"{case[0]}:{case[1]}") for case in CASES],
)
def test_understands(
    language: str, text: str, expected: dict[str, Any], catalogue: Catalogue
) -> None:
    result = understand(text, language=language, catalogue=catalogue)
    got = result.to_json()
    for key, want in expected.items():
        if key == "rs":
            assert result.amount_paise == want * 100, got
        elif key == "negated":
            assert [m.amount_paise // 100 for m in result.mentions if m.negated] == want, got
        else:
            assert got[key] == want, f"{key}: {got}"


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 200
    assert {case[0] for case in CASES} >= {"en", "hi", "ta", "te", "bn", "mr"}


@pytest.mark.parametrize(
    ("text", "outstanding", "intent"),
    [
        ("250", False, Intent.OFFER),
        ("250", True, Intent.COUNTER),
        ("do sau pachaas rupaye", True, Intent.COUNTER),
        ("ek kilo 40", False, Intent.OFFER),
        ("300 nahi, 250", False, Intent.COUNTER),
        ("theek hai", True, Intent.ACCEPT),
        ("nahi", True, Intent.REJECT),
        ("kitne ka hai", True, Intent.QUESTION),
    ],
)
def test_a_bare_price_counters_only_an_outstanding_offer(
    text: str, outstanding: bool, intent: Intent
) -> None:
    assert understand(text, language="hi", has_outstanding_offer=outstanding).intent is intent


def test_mentions_point_into_the_original_text() -> None:
    text = "Bhai, ₹300 nahi — 250 rupaye de do"
    result = understand(text, language="hi")
    assert [(text[m.start : m.end], m.negated) for m in result.mentions] == [
        ("₹300", True),
        ("250 rupaye", False),
    ]
    assert [m.amount_paise for m in result.mentions] == [30000, 25000]


def test_to_json_carries_every_field() -> None:
    result = understand("ek kilo tamatar 40", language="hi", catalogue=Catalogue(CATALOGUE_ITEMS))
    assert result.to_json() == {
        "intent": "offer",
        "amount_paise": 4000,
        "per_unit": True,
        "quantity": None,
        "unit": "kg",
        "product": "tomato",
        "confidence": result.confidence,
        "language": "hi",
        "final": False,
        "mentions": [
            {"amount_paise": 4000, "start": 16, "end": 18, "negated": False, "per_unit": True}
        ],
    }


def test_confidence_is_lower_when_unsure() -> None:
    clear = understand("40 rupaye kilo", language="hi")
    bare = understand("40", language="hi")
    two_prices = understand("40 ya 50", language="hi")
    nothing = understand("namaste bhaiya", language="hi")
    mixed = understand("nahi... theek hai", language="hi")
    assert 0 <= nothing.confidence < mixed.confidence < bare.confidence < clear.confidence <= 1
    # Two prices that both stand are two readings: below the recording threshold.
    assert two_prices.amount_paise == 5000
    assert nothing.confidence < two_prices.confidence < MIN_CONFIDENCE <= bare.confidence


def test_without_a_catalogue_there_is_no_product() -> None:
    assert understand("tamatar 40", language="hi").product is None


def test_unknown_language_falls_back_to_digits_english_and_hindi() -> None:
    result = understand("ಟೊಮೆಟೊ 40 rupees per kilo, theek hai?", language="kn")
    assert (result.amount_paise, result.per_unit, result.unit) == (4000, True, "kg")
    assert result.language == "kn"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "వందకంటే ఎక్కువ ఇవ్వను"),
        ("kn", "ನೂರಕ್ಕಿಂತ ಜಾಸ್ತಿ ಕೊಡಲ್ಲ"),
        ("ta", "நூறுக்குள்ள தாங்க"),
        ("hi", "सौ से ज़्यादा नहीं दूँगा"),
        ("en", "not more than a hundred"),
    ],
)
def test_a_limit_is_an_offer_of_the_limit(language: str, text: str) -> None:
    # "Not more than 100", with "than"/"within" as a separate word or an ending on the
    # number: an offer of 100, never a refusal.
    result = understand(text, language=language)
    assert (result.intent, result.amount_paise) == (Intent.OFFER, 10000)


@pytest.mark.parametrize(
    ("language", "heard"),
    [
        # A recogniser's garbled output, each once read as a confident wrong price:
        ("en", "Take the whole creative apples for 1200,200."),  # not ₹12,00,200
        ("ta", "பூண்டு, பிலோ, மூணு, திருமா, பூமாய்,"),  # "மூணு" beside a garbled kilo/rupee
        ("bn", "বাকোর৒ী্ড়োুূ৅ৡ৲৹ৣ৯৻৵ৱ৴ঢ়৷৕્ে"),  # a digit in a run of stray vowel signs
        ("pa", "ੀੁਪੇ੍ੂ੃ੈੋ੉੒੊੄੎੆ੌ੏ੑ੐ਗ਼ੜ੖੔੭੝੕੗੡"),
        ("hi", "टमाटर चाली1स रुपये"),  # a digit run into a word
    ],
)
def test_garbled_speech_is_never_a_confident_price(language: str, heard: str) -> None:
    result = understand(heard, language=language)
    assert result.amount_paise is None or result.confidence < MIN_CONFIDENCE, result


def test_digit_groups_are_read_only_where_they_group() -> None:
    assert understand("1,20,000 rupees", language="en").amount_paise == 12_000_000
    assert understand("120,000 rupees", language="en").amount_paise == 12_000_000
    two = understand("1200,200 rupees", language="en")
    assert two.confidence < MIN_CONFIDENCE


def test_natural_speech_is_not_taken_for_garbled() -> None:
    for text in ("साढ़े तीन सौ रुपये", "ஐம்பது ரூபாய்க்கு", "ಮೂವತ್ತೈದು ರೂಪಾಯಿ", "পঁয়ত্রিশ টাকা"):
        assert not looks_garbled(text), text


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Once read wrong with confidence: each must now be right.
        ("te", "ముప్పై ఐదు రూపాయలకు", (Intent.OFFER, 3500, None, None, None, False)),
        ("te", "రెండు వందల యాభై", (Intent.OFFER, 25000, None, None, None, False)),
        ("te", "వెయ్యి ఐదు వందలకు", (Intent.OFFER, 150000, None, None, None, False)),
        ("bn", "দেড় হাজার", (Intent.OFFER, 150000, None, None, None, False)),
        ("ta", "ரெண்டு கிலோ நூறு ரூபாய்க்கு", (Intent.OFFER, 10000, False, 2, "kg", False)),
        ("gu", "42 રૂપિયા 50 પૈસા", (Intent.OFFER, 4250, None, None, None, False)),
        ("ta", "எழுபது இல்ல, அறுபது தரேன்", (Intent.COUNTER, 6000, None, None, None, False)),
        ("hi", "पचहत्तर रुपये से ज़्यादा नहीं दूँगा", (Intent.OFFER, 7500, None, None, None, True)),
        (
            "en",
            "Final offer, one hundred and fifty rupees per kilo",
            (Intent.OFFER, 15000, True, None, "kg", True),
        ),
        ("hi", "dhai sau final hai bhaiya", (Intent.OFFER, 25000, None, None, None, True)),
        ("en", "thirty five rupees a kilo", (Intent.OFFER, 3500, True, None, "kg", False)),
    ],
)
def test_prices_once_read_wrong(language: str, text: str, expected: tuple[object, ...]) -> None:
    said = understand(text, language=language)
    got = (said.intent, said.amount_paise, said.per_unit, said.quantity, said.unit, said.final)
    assert got == expected
    assert said.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("hi", "सौ के चार दे दो", 4),
        ("ta", "நூறு ரூபாய்க்கு நாலு", 4),
        ("bn", "একশো টাকায় চারটে", 4),
        ("kn", "ನೂರು ರೂಪಾಯಿಗೆ ನಾಲ್ಕು", 4),
        ("pa", "ਸੌ ਦੇ ਚਾਰ", 4),
    ],
)
def test_so_many_for_a_price(language: str, text: str, count: int) -> None:
    # "Four for a hundred": the count after the price (with "of" or a "for" ending on the
    # currency) is how many, and the price is their total.
    said = understand(text, language=language)
    assert (said.amount_paise, said.per_unit, said.quantity) == (10000, False, count)
    assert said.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("en", "maximum one twenty I can pay", 12000),  # ₹1.20 is no price: 120
        ("en", "this lot for three fifty, last price", 35000),
        ("en", "make it one ten", 11000),
    ],
)
def test_indian_english_hundreds_under_five_rupees_read_as_hundreds(
    language: str, text: str, amount: int
) -> None:
    said = understand(text, language=language)
    assert said.amount_paise == amount
    assert said.confidence >= MIN_CONFIDENCE


def test_own_cue_words_are_not_numbers_with_an_ending() -> None:
    # Marathi "chala" (okay) is not Hindi "cha" (6) with the ending "-la".
    said = understand("chala theek aahe, dya", language="mr")
    assert said.amount_paise is None
    assert understand("pannasla dya", language="mr").amount_paise == 5000
