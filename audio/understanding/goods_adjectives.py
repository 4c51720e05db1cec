"""A word of age between a count and the goods it counts: "fifty old sacks", "पचास
पुरानी बोरियाँ", "ಐವತ್ತು ಹಳೆ ಗೋಣಿಚೀಲ", "twenty new buckets". The count is of the goods
said after the word, as if the word were not there: the sacks stay sacks (a unit of
trade, no pieces) and the count is never a bare number beside a price. (A size word,
"two big glasses", is left as said: it makes the glass a vessel sold, no serving.) The
word is folded into the goods' own token (its start moved back), so every later pass
sees the count right before the goods, with no pause between."""

from __future__ import annotations

from dataclasses import replace

from audio.lexicon import Token, TokenKind, fold
from audio.numbers import find_numbers, number_table

_WORDS = frozenset(
    fold(w)
    for w in (
        "old", "new", "used",
        "पुराना", "पुरानी", "पुराने", "नया", "नई", "नए", "नये", "purana", "purani", "purane",
        "naye", "nayi",
        "பழைய", "புது", "புதிய", "pazhaya", "pudhu", "puthu",
        "పాత", "కొత్త", "paata", "kotha",
        "পুরনো", "পুরোনো", "পুরানো", "নতুন", "purono", "notun", "natun",
        "जुना", "जुनी", "जुने", "जुन्या", "नवा", "नवी", "नवे", "नव्या", "juni", "june", "juna",
        "જૂનું", "જૂની", "જૂના", "જૂનો", "નવું", "નવી", "નવા",
        "ಹಳೆ", "ಹಳೆಯ", "ಹೊಸ", "hale", "haleya", "hosa",
        "പഴയ", "പുതിയ", "pazhaya", "puthiya",
        "ਪੁਰਾਣਾ", "ਪੁਰਾਣੀ", "ਪੁਰਾਣੇ", "ਪੁਰਾਣੀਆਂ", "ਨਵਾਂ", "ਨਵੀਂ", "ਨਵੇਂ", "ਨਵੀਆਂ", "purane",
        "puraniyan",
    )
)  # fmt: skip


def _spaced(text: str, left: Token, right: Token) -> bool:
    return text[left.end : right.start].strip() == ""


def fold_adjectives(tokens: list[Token], text: str, language: str) -> list[Token]:
    """`tokens` with each age word that sits between a number and a word
    (no pause on either side) folded into that word."""
    words = [t.norm for t in tokens]
    spans = find_numbers(words, number_table(language))
    starts = {s.start for s in spans}
    folded = {}
    for span in spans:
        k = span.end
        if k + 1 >= len(tokens) or words[k] not in _WORDS or k + 1 in starts:
            continue
        adjective, goods = tokens[k], tokens[k + 1]
        if goods.kind is not TokenKind.WORD or adjective.kind is not TokenKind.WORD:
            continue
        if words[k + 1] in _WORDS:
            continue  # "two old old ...": left as said
        if _spaced(text, tokens[k - 1], adjective) and _spaced(text, adjective, goods):
            folded[k] = replace(goods, start=adjective.start)
    if not folded:
        return tokens
    kept: list[Token] = []
    for k, token in enumerate(tokens):
        if k in folded:
            continue
        kept.append(folded.get(k - 1, token))
    return kept
