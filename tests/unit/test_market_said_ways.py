"""Ways of saying a market act heard as that act, and their look-alikes as none: a taste
offered by biting or by putting one in the mouth, a bag said not had, a way to pay called
a hassle, the talk said settled, money said gone from the payer's phone, the scale by its
other name, a "no" that says "or" after a question, and words of an act said of a device,
a new owner, a function, a span of time, eating in one go or a damage feared."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text", "meant"),
    [
        # a taste offered by biting, chewing or putting one in the mouth
        ("hi", "काजू एक मुँह में रख के देखो, मक्खन जैसा है", "taste"),
        ("en", "Bite one and tell me if it isn't crisp", "taste"),
        ("ml", "ഈ മുന്തിരി ഒന്ന് കടിച്ച് നോക്ക്", "taste"),
        ("kn", "ಈ ಚಕ್ಕುಲಿ ಬಾಯಿಗೆ ಹಾಕಿ ನೋಡಿ", "taste"),
        ("mr", "हा पेढा तोंडात टाकून बघा", "taste"),
        ("hi", "मुँह में पानी आ गया, पर आज नहीं लूँगा", None),
        # a bag said not had asks for one; one said had stays had
        ("pa", "ਭਾਜੀ ਅੱਜ ਥੈਲੀ ਮੇਰੇ ਕੋਲ ਨਹੀਂ, ਇੱਕ ਕਵਰ ਦੇ ਦਿਓ", "give_bag"),
        ("ta", "என்கிட்ட பை இல்லைங்க, ஒரு கவர் வேணும்", "give_bag"),
        ("en", "I didn't bring one, I don't have a bag", "give_bag"),
        ("gu", "મારી પાસે થેલી છે, પ્લાસ્ટિક ના આપશો", "have_bag"),
        ("hi", "थैली नहीं चाहिए, मेरे पास है", "have_bag"),
        # a way to pay called a hassle is not the way paid; a hassle denied is no fault
        ("mr", "ऑनलाइनची भानगड नको, रोख घ्या", "pay_cash"),
        ("hi", "नकद लीजिए, ये स्कैन का झंझट मुझसे नहीं होगा", "pay_cash"),
        ("hi", "UPI कर दीजिए, कोई झंझट नहीं", "pay_upi"),
        # the talk or the bargain said settled
        ("kn", "ಮಾತು ಮುಗೀತು ಬಿಡಿ, ಕಟ್ಟಿ ಕೊಡಿ", "deal"),
        ("pa", "ਚੱਲੋ ਜੀ ਸੌਦਾ ਪੱਕਾ", "deal"),
        ("kn", "ಟೊಮೇಟೊ ಮುಗೀತು, ಸಂಜೆ ಬರುತ್ತೆ", "out_of_stock"),
        # money said gone from the payer's side
        ("kn", "ನನ್ನ ಕಡೆಯಿಂದ ಹಣ ಹೋಗಿದೆ ಸಾರ್", "paid_check"),
        ("te", "డబ్బులు వెళ్ళాయి అన్నా, ఒకసారి చూడండి", "paid_check"),
        ("kn", "ಲೈಟ್ ಹೋಗಿದೆ, ಅಂಗಡಿ ಕತ್ತಲು", None),
        # the scale by its other name, said wrong
        ("ml", "ചേട്ടാ, തുലാസ് ഒരു വശത്തേക്ക് ചരിഞ്ഞിട്ടുണ്ട്", "weigh_properly"),
        # a "no" after a yes-or-no question says "or"
        ("ta", "மாம்பழம் பழுத்திருக்கா, இல்ல காயா?", "is_ripe"),
        ("kn", "ಪಪ್ಪಾಯಿ ಹಣ್ಣಾಗಿದೆಯಾ, ಇಲ್ಲ ನಾಳೆಗಾ?", "is_ripe"),
        ("ta", "கொய்யா இல்ல நாளைக்கு வாங்க", "out_of_stock"),
        # "old" of a device, "new" of a person, a function asked: no act of the goods
        ("ta", "பழைய போனுக்கு ஸ்கிரீன் கார்டு போட்டதுக்கு நன்றி", "thanks"),
        ("ta", "இந்த கீரை பழசா இருக்கு", "quality_old"),
        ("ml", "ആ ബേക്കറി ഇപ്പോൾ പുതിയ ആൾ നടത്തുന്നു", None),
        ("hi", "आज गली में कोई फंक्शन है क्या? बहुत गाड़ियाँ खड़ी हैं", None),
        ("hi", "बढ़िया गुलाब जल है क्या?", "have_it"),
        # "for all" a span of time, "in one go" of eating, a damage feared
        ("en", "This key ring was missing for all week, thank you for finding one", "thanks"),
        ("en", "How much for all of these?", "bulk_price"),
        ("en", "Sweet as sugar, these grapes, we eat a bunch in one go", "claim_sweet"),
        ("en", "Give me a bag, these eggs might get broken", "give_bag"),
        ("en", "Three of these eggs are broken", "quality_soft"),
        # extra put on top with the everyday Marathi verb
        ("mr", "थोडं खोबरं वरून घाला", "ask_extra"),
    ],
)
def test_the_way_of_saying_is_heard_and_look_alikes_are_not(
    language: str, text: str, meant: str | None
) -> None:
    heard = market_act(text, language)
    assert (heard.act if heard else None) == meant, text
