"""Goods said brought from the farm this very morning claim freshness: "ఈ రోజు ఉదయమే
తోట నుంచి దింపాం", "ಇವತ್ತು ಬೆಳಿಗ್ಗೆನೇ ತೋಟದಿಂದ ಇಳಿಸಿದ್ದು", "picked from the grove this
morning". Where they come from says when they left it: the morning is the claim
(`claim_fresh`), as a claim from the mandi this morning is (`tests/corpus/README.md`).

A `claim_origin` cue said in a line with a word for this morning or today (`MORNING`, per
language, in its script and romanized) is heard as `claim_fresh`. Words are matched like
cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import at, forms_in

ORIGIN = "claim_origin"
FRESH = "claim_fresh"

MORNING = {
    "en": "this morning; early morning; today morning; morning itself; at dawn; dawn today; "
    "before sunrise; picked today; plucked today",
    "hi": "आज सुबह; सुबह ही; सुबह-सुबह; सुबह सुबह; aaj subah; subah hi; subah subah; तड़के; "
    "भोर में; bhor mein",
    "ta": "இன்னைக்கு காலை; காலையில; காலைல; இன்று காலை; kaalaila; kalaila; innaikku kaalai",
    "te": "ఉదయమే; ఈ రోజు ఉదయం; పొద్దున; పొద్దునే; ఈ ఉదయం; podduna; poddune; udayame",
    "bn": "আজ সকালে; সকালেই; ভোরে; aaj sokale; sokalei; bhore",
    "mr": "आज सकाळी; सकाळीच; पहाटे; aaj sakali; sakalich; pahate",
    "gu": "આજે સવારે; સવારે જ; વહેલી સવારે; aaje savare; savare j",
    "kn": "ಬೆಳಿಗ್ಗೆ; ಬೆಳಗ್ಗೆ; ಇವತ್ತು ಬೆಳಿಗ್ಗೆ; beligge; belagge",
    "ml": "ഇന്ന് രാവിലെ; രാവിലെ തന്നെ; രാവിലെ; innu raavile; raavile; ravile",
    "pa": "ਅੱਜ ਸਵੇਰੇ; ਸਵੇਰੇ ਹੀ; ਤੜਕੇ; ajj savere; savere; tadke",
}
"""Per language, words for this morning (English's heard in every language)."""


def brought_this_morning(words: list[str], language: str) -> bool:
    """Whether the line says this morning (see above)."""
    return any(at(f, words, i) for i in range(len(words)) for f in forms_in(language, MORNING))
