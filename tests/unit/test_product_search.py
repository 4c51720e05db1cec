"""How a product search compares names (`catalog.folded`, and the pages' `finding.js`,
which folds the same way): case, Latin accents, compatibility forms and spacing do not
matter; the vowel signs and nuktas of Indian scripts do (they are letters)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from server.domain.catalog import folded, name_matches
from server.web.pages import STATIC

CASES = [
    ("Crème  Brûlée", "creme brulee"),
    ("ÅNGSTRÖM", "angstrom"),
    ("ﬁg", "fig"),  # a ligature unfolds
    ("Straße", "strasse"),
    (" आलू\tटिक्की ", "आलू टिक्की"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_folded(text: str, expected: str) -> None:
    assert folded(text) == expected


def test_indian_vowel_signs_are_kept() -> None:
    assert folded("कीमत") != folded("कमत")
    assert folded("ஊறுகாய்") != folded("ஊறகாய")
    # ज़ precomposed or as ज and a nukta: one spelling.
    assert folded("\u095b\u0930\u093e") == folded("\u091c\u093c\u0930\u093e")


def test_any_name_in_any_script_matches() -> None:
    names = {"en": "Nagpur Orange", "hi": "नागपुरी संतरा", "ta": ""}
    assert name_matches(names, folded("संतरा"))
    assert name_matches(names, folded("ORANGE"))
    assert not name_matches(names, folded("सेब"))


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_pages_fold_as_the_server_does() -> None:
    texts = [text for text, _ in CASES if "ß" not in text]  # casefold is wider than lower
    script = (
        f"import({json.dumps(str(STATIC / 'finding.js'))})"
        f".then((m) => console.log(JSON.stringify({json.dumps(texts)}.map(m.folded))))"
    )
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [folded(t) for t in texts]
