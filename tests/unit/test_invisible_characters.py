"""A character that shows as nothing (zero-width space, word joiner, byte-order mark,
soft hyphen, and the zero-width non-joiner and joiner) between two digits or two Latin
letters does not split what is shown as one number or word: "5\\u200b0 rupees" shows
as "50 rupees" and is read as ₹50, in every script's digits. Elsewhere the joiners stay:
Indic scripts spell words with them."""

from __future__ import annotations

import pytest

from audio.lexicon import TokenKind, tokenize
from audio.understanding.utterance import understand

HIDDEN = ["\u200b", "\u2060", "\ufeff", "\u00ad", "\u200c", "\u200d", "\u200b\u2060"]


@pytest.mark.parametrize("hidden", HIDDEN)
@pytest.mark.parametrize(
    ("text", "language", "paise"),
    [
        ("5{}0 rupees", "en", 5000),
        ("1,2{}00 rupees", "en", 120000),
        ("fif{}ty rupees", "en", 5000),
        ("५{}० रुपये", "hi", 5000),
        ("৫{}০ টাকা", "bn", 5000),
        ("௫{}௦ ரூபாய்", "ta", 5000),
        ("೫{}೦ ರೂಪಾಯಿ", "kn", 5000),
        ("૫{}૦ રૂપિયા", "gu", 5000),
    ],
)
def test_a_hidden_character_does_not_split_a_number(
    hidden: str, text: str, language: str, paise: int
) -> None:
    typed = text.format(hidden)
    assert understand(typed, language=language).amount_paise == paise
    assert understand(text.format(""), language=language).amount_paise == paise


def test_tokens_keep_their_offsets_in_the_text_as_written() -> None:
    text = "ok 5\u200b0\u2060 0 rupees"
    tokens = tokenize(text)
    assert [(t.raw, t.norm, t.kind) for t in tokens] == [
        ("ok", "ok", TokenKind.WORD),
        ("50", "50", TokenKind.NUMBER),
        ("0", "0", TokenKind.NUMBER),
        ("rupees", "rupis", TokenKind.WORD),
    ]
    assert [text[t.start : t.end] for t in tokens] == ["ok", "5\u200b0", "0", "rupees"]


def test_a_hidden_character_beside_a_space_or_between_a_digit_and_a_letter_stays_a_gap() -> None:
    assert [t.norm for t in tokenize("5 \u200b0")] == ["5", "0"]
    assert [t.kind for t in tokenize("5\u200bkg")] == [TokenKind.NUMBER, TokenKind.WORD]


@pytest.mark.parametrize(
    "word",
    ["क्\u200dष", "ര\u200dമ", "কর\u200cল", "ನ\u200cನ"],
)
def test_joiners_inside_indic_words_are_kept(word: str) -> None:
    (token,) = tokenize(word)
    assert token.raw == word and token.kind is TokenKind.WORD
