"""The words `counted` reads a count of goods by: "these" before a count, and the words of
taking after it, said of now or in general."""

from __future__ import annotations

from audio.market.phrases import forms

THESE = {
    "en": forms("these; those"),
    "hi": forms("ये; यह; ye; yeh; ei"),
    "ta": forms("இது; இந்த; இவை; idhu; indha; ivai"),
    "te": forms("ఇవి; ఈ; ivi; ee"),
    "bn": forms("এই; এগুলো; ei; egulo"),
    "mr": forms("हे; ह्या; या; he; hya"),
    "gu": forms("આ; aa"),
    "kn": forms("ಇವು; ಈ; ivu; ee"),
    "ml": forms("ഇവ; ഈ; iva; ee"),
    "pa": forms("ਇਹ; eh; ih"),
}
"""Per language, "these" said of the goods at hand."""

TAKING_NOW = {
    "en": forms("i'm taking; i am taking; i'm buying; i am buying"),
    "hi": forms("ले रहा; ले रही; ले रहे; le raha; le rahi; le rahe"),
    "ta": forms(
        "எடுக்கிறேன்; எடுக்குறேன்; எடுக்கறேன்; வாங்குறேன்; வாங்கறேன்; வாங்கிறேன்; "
        "edukkaren; edukkuren; edukkiren; vaanguren; vaangaren; vangaren; vanguren"
    ),
    "te": forms("తీసుకుంటున్నా; కొంటున్నా; teesukuntunna; kontunna"),
    "bn": forms("নিচ্ছি; কিনছি; nichhi; kinchhi"),
    "mr": forms("घेतेय; घेतोय; ghetey; ghetoy"),
    "gu": forms("લઉં છું; લઉ છું; lau chhu; lau chu"),
    "kn": forms(
        "ತಗೊಂಡ್ತಿದ್ದೀನಿ; ತಗೊಳ್ತಿದ್ದೀನಿ; ತಗೊಳ್ತಾ ಇದ್ದೀನಿ; ತಗೊಳ್ತಾ ಇದೀನಿ; ತೆಗೆದುಕೊಳ್ತಿದ್ದೀನಿ; "
        "tagondtiddini; tagoltiddini; tagolta iddini; togoltiddini"
    ),
    "ml": forms("എടുക്കുന്നുണ്ട്; വാങ്ങുന്നുണ്ട്; edukkunnund*; vangunnund*"),
    "pa": forms("ਲੈ ਰਿਹਾ; ਲੈ ਰਹੀ; lai reha; lai rahi"),
}
"""Per language, a taking said going on now ("I'm taking", "ले रही हूँ"), never a taking
to come at a sum ("ले लूँगी", I'll take it for)."""

TAKING = {
    "en": forms("taking; i'm taking; i am taking; buying; i'll take; will take"),
    "hi": forms(
        "बनवा रहा; बनवा रही; करवा रहा; करवा रही; banwa raha; banwa rahi; "
        "ले रहा; ले रही; ले रहे; लूंगा; लूंगी; लूँगा; लूँगी; ले लूं; ले लूँ; le raha; le rahi; lunga; lungi"
    ),
    "ta": forms(
        "போடுறேன்; போடறேன்; செஞ்சுக்கறேன்; podren; poduren; "
        "எடுக்குறேன்; எடுக்கறேன்; எடுப்பேன்; வாங்குறேன்; வாங்கறேன்; edukkuren; vaanguren"
    ),
    "te": forms(
        "చేయిస్తున్నా; చేయిస్తున్నాను; cheyistunna; "
        "తీసుకుంటున్నా; తీసుకుంటా; కొంటున్నా; కొంటా; teesukuntunna; teesukunta"
    ),
    "bn": forms("বানাচ্ছি; করাচ্ছি; banachhi; korachhi; নিচ্ছি; নেব; নেবো; নিব; কিনছি; nichhi; nebo"),
    "mr": forms(
        "करून घेतोय; करून घेतेय; बनवून घेतोय; karun ghetoy; "
        "घेतेय; घेतोय; घेते; घेतो; घेणार; ghetey; ghetoy; ghete; gheto"
    ),
    "gu": forms("બનાવડાવું છું; કરાવું છું; banavdavu chhu; લઉં છું; લઈશ; લઉં; લઉ છું; lau chhu; laish"),
    "kn": forms(
        "ಮಾಡಿಸ್ತಿದೀನಿ; ಮಾಡಿಸ್ತಿದ್ದೀನಿ; ಮಾಡಿಸ್ತಾ ಇದೀನಿ; maadistidini; madistidini; maadistiddini; "
        "ತಗೋತೀನಿ; ತಗೊಳ್ತೀನಿ; ತೆಗೆದುಕೊಳ್ತೀನಿ; ತಗೊಂಡ್ತಿದ್ದೀನಿ; ತಗೊಳ್ತಿದ್ದೀನಿ; tagoteeni; tagolteeni; tagoltiddini"
    ),
    "ml": forms(
        "ഉണ്ടാക്കുന്നുണ്ട്; ഉണ്ടാക്കിക്കുന്നുണ്ട്; undakkunnund*; "
        "എടുക്കുന്നുണ്ട്; എടുക്കുന്നു; എടുക്കും; വാങ്ങുന്നുണ്ട്; വാങ്ങുന്നു; edukkunnund*; "
        "എടുക്കുവാ; എടുക്കുവാണ്; എടുക്കാം; വാങ്ങുവാ; വാങ്ങാം; edukkuva; edukkam; vanguva; vangam"
    ),
    "pa": forms(
        "ਬਣਵਾ ਰਿਹਾ; ਬਣਵਾ ਰਹੀ; banwa reha; "
        "ਲੈ ਰਿਹਾ; ਲੈ ਰਹੀ; ਲਵਾਂਗਾ; ਲਵਾਂਗੀ; ਲੈਣੇ ਨੇ; lai reha; lai rahi; lavanga"
    ),
}
"""Per language, words of taking goods: "ले रही हूँ", "নিচ্ছি", "എടുക്കുന്നുണ്ട്"; and of having
goods made, a service bought ("तीन चाबी बनवा रहा हूँ", "mooru key maadistidini")."""
