"""A cue word in its second sense says no act, and the same word in its market sense
keeps its act: "where does it stop?" asks nobody to wait, "every day it sets out" takes
no leave, "is it enough if I walk?" is no "that's all", "he comes only after three days"
calls nobody to look, a packing or a sending the listener did is what a thanks is for, a
crowd "too much" complains of no price, a village pond claims no origin, "come to the
fair" is an invitation, a procession asked of asks for no goods, a house built asks no
packing, and "reduce the charge a little" (feminine "ઓછી") asks a discount over the
regular customer it gives as its reason."""

from __future__ import annotations

import pytest

from audio.market import market_act

_CASES = [
    # "where ... stop?"
    ("te", "ఆ బండ్లు రాత్రి ఎక్కడ ఆగుతాయి?", None),
    ("hi", "ये बस कहाँ रुकती है?", None),
    ("te", "కొంచెం ఆగండి అన్నా", "wait"),
    ("hi", "भैया एक मिनट रुको", "wait"),
    # "every day ... sets out"
    ("mr", "रोज सकाळी सहाला दूधवाला निघतो", None),
    ("mr", "चला, निघतो मी", "goodbye"),
    # "enough if ...?"
    ("ml", "ഈ റോഡിലൂടെ നടന്നാൽ മതിയോ?", None),
    ("kn", "ಈ ರಸ್ತೆಯಲ್ಲಿ ಹೋದರೆ ಸಾಕಾ?", None),
    ("ml", "മതി, വേറൊന്നും വേണ്ട", "that_is_all"),
    ("kn", "ಸಾಕು, ಬೇರೆ ಏನೂ ಬೇಡ", "that_is_all"),
    # "comes only after"
    ("ml", "അവൻ മൂന്ന് ദിവസം കഴിഞ്ഞേ വരൂ", None),
    ("ml", "വരൂ ചേച്ചി, ഒന്ന് നോക്ക്", "come_look"),
    # a deed thanked
    ("hi", "धन्यवाद भैया, आपने बोरी कस के बाँध दी", "thanks"),
    ("hi", "धन्यवाद, इसे अच्छे से बाँध दीजिए", "pack_it"),
    ("te", "థాంక్స్ అండీ, సరుకు ఇంటికి పంపించారు", "thanks"),
    ("te", "డబ్బులు పంపించాను, చెక్ చేసుకోండి", "paid_check"),
    # a crowd too much
    ("ta", "inniki market-la kootam romba jaasthi", None),
    ("ta", "intha thakkali romba jaasthi anna", "too_expensive"),
    # what stands in the village or on the farm
    ("te", "మా ఊరి చెరువు ఈ సారి నిండింది", None),
    ("gu", "અમારા ગામના તળાવમાં આ વખતે પાણી ભરાયું", None),
    ("gu", "સીધા ખેતરથી આવ્યા છે", "claim_origin"),
    # an invitation to a fair
    ("te", "వచ్చే వారం మా ఊళ్ళో జాతర, మీరు కూడా రండి", None),
    ("te", "రండి అమ్మా, చూడండి", "come_look"),
    # a house built
    ("kn", "ಹೋದ ವರ್ಷ ಹೊಸ ಮನೆ ಕಟ್ಟಿದ್ವಿ", None),
    ("ta", "போன வருஷம் வீடு கட்டினோம்", None),
    ("kn", "ಚೆನ್ನಾಗಿ ಕಟ್ಟಿ ಕೊಡಿ", "pack_it"),
    # a procession asked
    ("ml", "നാളെ പള്ളിപ്പെരുന്നാളിന് ഘോഷയാത്ര ഉണ്ടോ?", None),
    ("te", "రేపు గుడి దగ్గర ఊరేగింపు ఉందా?", None),
    ("ml", "നല്ല ഏത്തപ്പഴം ഉണ്ടോ?", "have_it"),
    # a charge reduced, with its reason
    ("gu", "મજૂરી થોડી ઓછી કરો", "ask_discount"),
    ("gu", "ઘડામણ થોડી ઓછી કરો, અમે કાયમ અહીંથી જ લઈએ", "ask_discount"),
]


@pytest.mark.parametrize(("language", "text", "act"), _CASES)
def test_second_sense_says_no_act_and_market_sense_keeps_its_act(
    language: str, text: str, act: str | None
) -> None:
    got = market_act(text, language)
    assert (got.act if got is not None else None) == act
