"""Languages the product speaks and the script each is written in (ISO 15924)."""

from __future__ import annotations

SCRIPTS: dict[str, str] = {
    "hi": "Deva",
    "mr": "Deva",
    "bn": "Beng",
    "as": "Beng",
    "ta": "Taml",
    "te": "Telu",
    "gu": "Gujr",
    "kn": "Knda",
    "ml": "Mlym",
    "pa": "Guru",
    "or": "Orya",
    "ur": "Arab",
    "en": "Latn",
}
LANGUAGES = frozenset(SCRIPTS)


def default_script(language: str) -> str:
    return SCRIPTS.get(language, "Latn")
