"""More ways the acts of the table are told, kept apart from the long rows they add to.

Cues (`MORE`) and fillers (`MORE_FILLERS`) written as in `audio.market.inventory`: per
act, per language, phrases apart by ";". They join the act's own cues when the table is
built, so they are heard exactly as those are.

- Goods sold down to none ("not a single one left", "एकही उरलं नाही", "બચ્યો નથી"):
  `out_of_stock`.
- Stitching come open, a seam split ("सिलाई उधड़ी", "தையல் பிரிஞ்சிருக்கு", "కుట్టు
  ఊడిపోయింది", "ਸਿਲਾਈ ਉੱਧੜੀ"): the goods' damage (`quality_soft`); goods lying unsold for
  days or ages ("lying here for ages", "बहुत दिनों से पड़ा", "অনেকদিন পড়ে আছে"): old stock
  (`quality_old`).
- The finger-licking praise ("you'll keep licking your fingers", "उँगलियाँ चाटते रह
  जाओगे", "আঙুল চাটবেন") and a taste called super ("సూపర్ రుచి", "അടിപൊളി ടേസ്റ്റ്"):
  `claim_sweet`.
- Fish straight from the boat or the harbour, or dried on the seller's own beach
  ("सीधी नाव से", "நேரா படகுல", "ನೇರ ದೋಣಿ", "ਸਿੱਧੀ ਕਿਸ਼ਤੀ ਤੋਂ"), and goods said not brought
  from outside: `claim_origin`. A boat taken ("naav se nadi paar karni hai") is travel.
- A handful more asked ("আর এক মুঠো দিন", "એક મુઠ્ઠી વધારે"): `ask_extra`.

A godown named ("गोडाऊनमधून आणतो") is a filler: its Marathi "गोड" is no sweetness.
"""

from __future__ import annotations

MORE: dict[str, dict[str, str]] = {
    "out_of_stock": {
        "en": "not a single one left; not one left; nothing left of",
        "ta": "எல்லாம் போயிடுச்சு; எல்லாம் வித்துப் போச்சு; எல்லாம் வித்து போச்சு; ellam vithu pochu",
        "mr": "उरलं नाही; उरला नाही; उरली नाही; उरले नाहीत; उरलेलं नाही; urla nahi; urli nahi; "
        "urle nahit",
        "gu": "બચ્યો નથી; બચ્યું નથી; બચી નથી; બચ્યા નથી; bachyu nathi; bachyo nathi",
    },
    "quality_soft": {
        "en": "come open; come undone; come unstitched; seam has split; seams have split",
        "hi": "उधड़; udhad*; पिचका; पिचकी; पिचके; पिचक गय*; रिस रहा; रिस रही; रिसता; रिसती; pichka*",
        "ta": "தையல் பிரி; தையல் விட்டு; தையல் போய்; thaiyal piri*",
        "te": "కుట్టు ఊడి; కుట్లు ఊడి; కుట్టు విడి; కుట్లు విడి; kuttu oodi*",
        "bn": "সেলাই … খুলে; সেলাই খোলা; সেলাই উঠে; selai khule*",
        "kn": "ಹೊಲಿಗೆ ಬಿಟ್ಟು; ಹೊಲಿಗೆ ಬಿಚ್ಚಿ; ಹೊಲಿಗೆ ಹೋಗಿ; holige bittu",
        "pa": "ਉੱਧੜ; ਉਧੜ; udhad*",
    },
    "quality_old": {
        "en": "lying here for; been lying here; lying around for; lying for ages; "
        "sitting here for ages; on the shelf for ages; for ages on the shelf",
        "hi": "दिनों से पड़*; दिन से पड़*; महीनों से पड़*; कब से पड़*; dino se pad*",
        "ta": "நாளா கிடக்கு; நாளா கிடந்த; நாளாக் கிடக்கு; நாளா இங்க கிடக்கு; naala kidak*",
        "te": "రోజులుగా … పడి; రోజుల నుంచి … పడి; rojuluga … padi",
        "bn": "অনেকদিন পড়ে; অনেক দিন পড়ে; দিন ধরে পড়ে; অনেকদিন ধরে পড়ে; onekdin pore",
        "mr": "दिवसांपासून पडल; दिवसांपासून पडून; दिवसांपासून पडलेल; divsanpasun pad*",
        "gu": "દિવસથી પડ્ય; દિવસોથી પડ્ય; દિવસથી પડેલ; દિવસોથી પડેલ; divas thi padyo",
        "kn": "ದಿನದಿಂದ … ಬಿದ್ದ; ದಿನಗಳಿಂದ … ಬಿದ್ದ; ದಿನದಿಂದ ಬಿದ್ದ; dinadinda … bidd*",
        "ml": "നാളായി … കിടക്കു; നാളായി കിടക്കു; ദിവസമായി … കിടക്കു; naalaayi … kidakk*",
        "pa": "ਦਿਨਾਂ ਤੋਂ ਪਿਆ; ਦਿਨਾਂ ਤੋਂ ਪਈ; ਦਿਨਾਂ ਤੋਂ ਪਏ; ਚਿਰ ਤੋਂ ਪਿਆ; dinan ton pya",
    },
    "claim_sweet": {
        "en": "licking your fingers; lick your fingers; finger licking; finger-licking; "
        "tastes amazing; tastes great; tastes super; super taste; taste is super",
        "hi": "उँगलियाँ चाट; उंगलियां चाट; उंगलियाँ चाट; उँगली चाट; उंगली चाट; ungliyan chaat*",
        "ta": "விரல சூப்பி; விரலை சூப்பி; விரல் சூப்பி; விரலை நக்கி",
        "te": "వేళ్ళు నాక్కు; వేళ్లు నాక్కు; వేళ్ళు నాకు; సూపర్ రుచి; రుచి సూపర్; velllu naak*",
        "bn": "আঙুল চাট; আঙুল চেটে; খেতে দারুণ; দারুণ খেতে; angul chat*",
        "mr": "बोटं चाट; बोटे चाट; बोट चाट; मस्त चव; bota chat*",
        "gu": "આંગળા ચાટ; આંગળીઓ ચાટ; આંગળી ચાટ; સ્વાદ સરસ; સરસ સ્વાદ; aangla chat*",
        "kn": "ಬೆರಳು ನೆಕ್ಕ; ಬೆರಳು ಚೀಪ; ಸೂಪರ್ ರುಚಿ; ರುಚಿ ಸೂಪರ್; ಸಖತ್ ರುಚಿ",
        "ml": "വിരൽ നക്കി; വിരല് നക്ക; അടിപൊളി ടേസ്റ്റ്; സൂപ്പർ ടേസ്റ്റ്; നല്ല ടേസ്റ്റ്",
        "pa": "ਉਂਗਲਾਂ ਚੱਟ; ਉਂਗਲੀਆਂ ਚੱਟ; ਸਵਾਦ ਆ ਜਾ; ਸੁਆਦ ਆ ਜਾ",
    },
    "claim_origin": {
        "en": "straight from the boat; straight off the boat; straight from the harbour; "
        "straight from the harbor; our own beach; own shore",
        "hi": "सीधी नाव से; सीधा नाव से; सीधे नाव से; नाव से उतार*; किनारे सुखा*; "
        "seedhi naav se; naav se utar*",
        "ta": "நேரா படகுல; நேரா படகிலிருந்து; படகுல இருந்து நேரா; கடற்கரையிலேயே காய; "
        "எங்க கடற்கரை; nera padagula",
        "te": "నేరుగా పడవ; నేరుగా రేవు; సొంత ఒడ్డు; మా ఒడ్డున; "
        "బయటి నుంచి తెచ్చినవి కావు; బయట నుంచి తెచ్చినవి కావు; nerugaa padava",
        "bn": "সোজা নৌকা; সোজা নৌকো; সরাসরি নৌকা; soja nouka",
        "mr": "थेट होडी; किनाऱ्यावरच वाळव; किनाऱ्यावर वाळव; बाहेरून आणलेली नाही; thet hodi*",
        "gu": "સીધી હોડી; સીધા હોડી; બંદરની; અમારા દરિયાકિનારે; દરિયાકિનારે જ; sidhi hodi*",
        "kn": "ನೇರ ದೋಣಿ; ನೇರವಾಗಿ ದೋಣಿ; ನೇರ ಬಂದರಿನಿಂದ; ನಮ್ಮದೇ ಕಡಲತೀರ; ಕಡಲತೀರದಲ್ಲಿ ಒಣಗಿಸ; ಹೊರಗಿನಿಂದ ತಂದಿಲ್ಲ; nera doni*",
        "ml": "സ്വന്തം കടപ്പുറ; പുറത്തുനിന്ന് കൊണ്ടുവന്നതല്ല; ഹാർബറിൽ നിന്ന് നേരിട്ട്; "
        "വള്ളത്തിൽ നിന്ന് നേരിട്ട്; നേരിട്ട് വള്ളത്തിൽ",
        "pa": "ਸਿੱਧੀ ਕਿਸ਼ਤੀ; ਸਿੱਧਾ ਕਿਸ਼ਤੀ; ਸਿੱਧੇ ਕਿਸ਼ਤੀ; ਕੰਢੇ ਤੋਂ ਆਈ; ਕੰਢੇ ਤੋਂ ਆਇਆ; ਕੰਢੇ ਤੋਂ ਆਏ; sidhi kishti",
    },
    "ask_extra": {
        "bn": "আর এক মুঠো; আরও এক মুঠো; এক মুঠো বেশি; ar ek mutho",
        "gu": "મુઠ્ઠી વધારે; એક મુઠ્ઠી વધારે; વધારે નાખો; mutthi vadhare",
        "ml": "ഒരു പിടി കൂടി; ഒരുപിടി കൂടി; oru pidi koodi",
        "te": "ఇంకో గుప్పెడు; ఇంకా ఒక గుప్పెడు; inko guppedu",
        "kn": "ಇನ್ನೊಂದು ಹಿಡಿ; ಇನ್ನೂ ಒಂದು ಹಿಡಿ; innondu hidi",
        "ta": "இன்னொரு கைப்பிடி; இன்னும் ஒரு கைப்பிடி; innoru kaippidi",
        "pa": "ਇੱਕ ਮੁੱਠ ਹੋਰ; ਮੁੱਠ ਹੋਰ; ਇੱਕ ਮੁੱਠੀ ਹੋਰ; ek muth hor",
        "mr": "अजून एक मूठ; आणखी एक मूठ; ajun ek mooth",
    },
}
"""Per act, per language: cues beside the act's own row."""

MORE_FILLERS: dict[str, tuple[str, ...]] = {
    "mr": ("गोडाऊन", "गोडावून", "गोडाउन", "godown", "godaun"),
    "hi": ("गोडाउन", "गोडाऊन"),
    "gu": ("ગોડાઉન",),
}
"""Per language, words that say no act though a cue stands in them."""


def more_cues(act: str, language: str) -> tuple[str, ...]:
    """The cues of `MORE` for `act` in `language`, each stripped."""
    from audio.market.told_more import MORE as YET_MORE
    from audio.market.told_yet import MORE as STILL_MORE

    said = "; ".join(t.get(act, {}).get(language, "") for t in (MORE, YET_MORE, STILL_MORE))
    return tuple(c.strip() for c in said.split(";") if c.strip())
