"""A bag that is the goods: bought, described, priced or complained about.

At a stall that sells bags the word for a bag names the goods ("the kids' college starts,
so a new bag", "will this bag's colour run in the rain?", "this bag is too costly"), not a
carry bag asked for (`give_bag`). A word of newness, colour, rain, leather, price or
school said in the bag's clause makes the bag the goods; a bag asked for with a giving or
putting word and nothing of these ("एक थैली दे दो", "put it in a cover") stays `give_bag`.
A bag the speaker hangs or hooks on a vehicle in its clause ("wait, let me hang this bag
on the scooter", "ही पिशवी स्कूटरला अडकवतो") is their own bag in hand (`BAG_HUNG`), no
bag asked for either. Read through `audio.market.said_of_talk.MORE_CLAUSE_WIDE`.
"""

from __future__ import annotations

BAG_GOODS = {
    "en": "new; colour; color; fade; rain; rains; costly; expensive; pricey; leather; "
    "waterproof; school; college; branded; quality; stylish",
    "hi": "नया; नई; नए; रंग; बारिश; बरसात; महंगा; महंगी; महँगा; महँगी; चमड़े; स्कूल; कॉलेज; "
    "naya; nayi; rang; baarish; barish; mehnga; mehngi; mahanga; mahangi; school; college",
    "ta": "புது; புதிய; சாயம்; கலர்; மழை; காஸ்ட்லி; ஸ்கூல்; காலேஜ்; pudhu; saayam; mazhai",
    "te": "కొత్త; రంగు; వర్షం; వర్షంలో; కాస్ట్లీ; ఖరీదు; స్కూల్; కాలేజ్; kotta; rangu; varsham",
    "bn": "নতুন; রং; রঙ; বৃষ্টি; দামি; দামী; স্কুল; কলেজ; notun; rong; brishti; dami",
    "mr": "नवी; नवीन; नवा; रंग; पाऊस; पावसात; महाग; शाळा; शाळेसाठी; कॉलेज; navi; navin; "
    "rang; paus; mahag",
    "gu": "નવી; નવો; નવું; રંગ; વરસાદ; મોંઘી; મોંઘો; સ્કૂલ; કોલેજ; navi; navo; rang; "
    "varsad; monghi; mongho",
    "kn": "ಹೊಸ; ಬಣ್ಣ; ಮಳೆ; ಮಳೆಯಲ್ಲಿ; ದುಬಾರಿ; ಸ್ಕೂಲ್; ಕಾಲೇಜ್; hosa; banna; male; dubari",
    "ml": "പുതിയ; നിറം; മഴ; മഴയത്ത്; വിലകൂടിയ; സ്കൂൾ; കോളേജ്; puthiya; niram; mazha",
    "pa": "ਨਵਾਂ; ਨਵੀਂ; ਰੰਗ; ਮੀਂਹ; ਬਾਰਿਸ਼; ਮਹਿੰਗਾ; ਮਹਿੰਗੀ; ਸਕੂਲ; ਕਾਲਜ; navan; navi; rang; mehnga; mehngi",
}
"""Words that make a bag in their clause the goods, not a carry bag asked for."""

BAG_HUNG = {
    "en": "hang; hook; hung",
    "hi": "टांग; टाँग; लटका; taang; tang=; tangu; latka",
    "ta": "மாட்டிட்டு; மாட்டிக்க; maattittu; maattikk*",
    "te": "తగిలించ; తగిలిస్త; tagilinch*; tagilist*",
    "bn": "ঝুলিয়ে; ঝোলাই; jhuliye; jholai",
    "mr": "अडकव; लटकव; adkav*; latkav*",
    "gu": "લટકાવ; ભરાવ; latkav*; bharav*",
    "kn": "ನೇತು; ನೇತಾಕ; netu*; netak*",
    "ml": "തൂക്കിയിട; തൂക്കിയിടട്ടെ; thookkiyid*",
    "pa": "ਟੰਗ; ਲਟਕਾ; tang=; tangan; latka",
}
"""Words of hanging or hooking a bag (on a scooter's hook): the speaker's own bag."""
