"""Still more ways the acts of the table are told, kept apart as `audio.market.table_told`'s
are and joined to the act's own cues the same way. General words, not phrases of a line:

- Goods sold or finished in more of the verb's forms ("ಮುಗಿದಿವೆ", they are finished;
  "വിറ്റുപോയി", got sold; "વેચાઈ ગયો"): `out_of_stock`.
- A lid or a tin dented in everyday words ("টোল খাওয়া", "चेपलं", "ചളുങ്ങി"):
  `quality_soft`.
- A little put in "just like that", for nothing ("சும்மா போட்டு", "એમ જ નાખી"), or put
  in along with the goods ("சேர்த்து போடுங்க"): `ask_extra`.
- A discount asked with the word for a concession ("छूट दो", "தள்ளுபடி", "ছাড় দিন",
  "ਛੋਟ ਦਿਓ"; the word exact where it is also "left behind", change or small, as Marathi
  "सुटी", loose), the price brought down or less charged ("ਘੱਟ ਲਾਓ"): `ask_discount`.
- Goods asked "yesterday's, aren't they?" ("कल के तो नहीं?"): `quality_old`.
- A wait asked with "stop" ("থামুন", "ನಿಲ್ಲಿ"): `wait`.
- Goods said not brought from outside ("बाहर से नहीं", "బయటినుంచి తెచ్చింది కాదు",
  "ਬਾਹਰੋਂ ਨਹੀਂ") or made by one's own hands ("ਹੱਥੀਂ ਬਣਾਏ"): `claim_origin`.
"""

from __future__ import annotations

MORE: dict[str, dict[str, str]] = {
    "out_of_stock": {
        "kn": "ಮುಗಿದಿವೆ; ಮುಗಿದೋಯ್ತು; ಮುಗಿದ್ಹೋಯ್ತು; ಮಾರಾಟ ಆಗಿದೆ; ಮಾರಾಟ ಆಗಿವೆ; mugidive",
        "ml": "വിറ്റുപോയി; വിറ്റു പോയി; വിറ്റുതീർന്നു; വിറ്റു തീർന്നു; vittupoyi; vittu poyi",
        "gu": "વેચાઈ ગયો; વેચાઈ ગયાં; વેચાઈ ગઈ છે; vechai gayo",
    },
    "quality_soft": {
        "bn": "টোল খাওয়া; টোল খেয়েছে; টোল পড়েছে; টোল পড়া; tol khaoa; tol kheyeche",
        "mr": "चेपल; चेपलेल; चेमटल; chepla*; chepal*",
        "ml": "ചളുങ്ങി; ചളുക്കം; chalungi*",
        "gu": "દબાઈ ગયું; ગોબો પડી; ગોબા પડ",
        "pa": "ਪਿਚਕ; pichak*",
    },
    "ask_extra": {
        "ta": "சும்மா போட்டு; சும்மா குடு; சும்மா தா; summa pottu*; summa kudu*; சேர்த்து போடு; "
        "சேர்த்துப் போடு; சேர்த்து குடு; serthu podu*; serthu kudu*",
        "gu": "એમ જ નાખી; એમ જ આપી; એમનેમ નાખી; એમનેમ આપી; em j nakhi*",
    },
    "ask_discount": {
        "en": "bring the price down; bring it down; lower the price; price down a bit",
        "hi": "छूट= दो; छूट= दे दो; छूट= दीजिए; छूट= दे दीजिए; छूट= दोगे; छूट= मिलेगी; chhoot do; "
        "chhut do; chhoot milegi",
        "ta": "தள்ளுபடி; thallupadi*",
        "bn": "ছাড়= দিন; ছাড়= দাও; ছাড়= দেবেন; ছাড়= পাব; chhar din; chhar deben",
        "mr": "थोडी सूट=; काहीतरी सूट=; सूट= मिळेल; सूट= द्याल; sut milel",
        "gu": "છૂટ= આપો; છૂટ= આપશો; થોડી છૂટ; કંઈક છૂટ",
        "pa": "ਛੋਟ= ਦਿਓ; ਛੋਟ= ਦੇ ਦਿਓ; ਛੋਟ= ਦਿਉ; ਛੋਟ= ਮਿਲੂ; ਕੁਝ ਛੋਟ=; ਥੋੜ੍ਹੀ ਛੋਟ=; chhot dio; "
        "ਘੱਟ ਲਾਓ; ਘੱਟ ਲਾ ਦਿਓ; ਘੱਟ ਲਗਾਓ; ghatt lao; ghat lao; ghatt laao; ghat laao",
    },
    "quality_old": {
        "hi": "कल= के तो नहीं; कल= का तो नहीं; कल= की तो नहीं; kal ke to nahi; kal ka to nahi",
    },
    "wait": {
        "bn": "একটু থামুন; থামুন; একটু থামো; ektu thamun",
        "kn": "ಸ್ವಲ್ಪ ನಿಲ್ಲಿ; ಒಂದ್ ನಿಮಿಷ ನಿಲ್ಲಿ; swalpa nilli",
    },
    "claim_origin": {
        "hi": "बाहर से नहीं; baahar se nahi; bahar se nahi",
        "te": "బయటినుంచి తెచ్చింది కాదు; బయటి నుంచి తెచ్చింది కాదు; బయటినుంచి తేలేదు",
        "pa": "ਬਾਹਰੋਂ ਨਹੀਂ; ਹੱਥੀਂ ਬਣਾ; ਆਪ ਹੱਥੀਂ; bahron nahi",
        "ta": "வெளியில இருந்து வாங்கல; வெளியிலிருந்து வாங்கல",
    },
}
"""Per act, per language: cues beside the act's own row and `table_told`'s."""
