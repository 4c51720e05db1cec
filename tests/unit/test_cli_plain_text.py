"""The text a voice command reads (`understand`, `translate`, `speak`) is words: a
terminal's escape sequence is removed whole (its digits are no offer) and any other
control character read as a space; the joiners Indic scripts need are kept."""

from __future__ import annotations

import json

from click.testing import CliRunner

from server.cli import main
from server.cli_voice import plain_text


def test_escape_sequences_and_control_characters_are_not_words() -> None:
    assert plain_text("\x1b[31mred") == "red"
    assert plain_text("\x1b[1;31m50\x1b[0m rupees") == "50 rupees"
    assert plain_text("a\x1b]0;title\x07b") == "ab"
    assert plain_text("x\ty\nz\x00") == "x y z "
    assert plain_text("चालीस रुपये\u200d") == "चालीस रुपये\u200d"


def test_understand_reads_no_offer_in_a_colour_code() -> None:
    result = CliRunner().invoke(main, ["understand", "-l", "hi", "\x1b[31mred"])
    assert result.exit_code == 0, result.output
    said = json.loads(result.output)
    assert said["amount_paise"] is None, said
    assert said["text"] == "red"
