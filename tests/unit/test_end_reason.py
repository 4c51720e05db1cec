"""A reject's or cancel's reason as each reader gets it (`reason_as_read`)."""

from __future__ import annotations

from server.live.ending import reason_as_read


def by_vendor(text: str, language: str = "en") -> dict[str, str]:
    return {"text": text, "language": language, "side": "vendor"}


def test_a_reason_the_phrasebook_says_is_read_in_the_readers_language() -> None:
    got = reason_as_read(by_vendor("Sold out"), side="customer", language="ta")
    assert got == {
        "text": "தீர்ந்து போச்சு.",
        "language": "ta",
        "side": "vendor",
        "untranslated": False,
    }


def test_english_typed_by_a_tamil_vendor_is_still_understood() -> None:
    got = reason_as_read(by_vendor("No stock left", "ta"), side="customer", language="hi")
    assert got is not None and got["language"] == "hi" and not got["untranslated"]


def test_a_price_in_the_reason_is_never_said_afresh() -> None:
    got = reason_as_read(by_vendor("Sold out at 40, sorry"), side="customer", language="hi")
    assert got == {
        "text": "Sold out at 40, sorry",
        "language": "en",
        "side": "vendor",
        "untranslated": True,
    }


def test_the_side_that_gave_it_and_a_reader_of_its_language_read_it_as_typed() -> None:
    reason = by_vendor("माल ख़त्म हो गया", "hi")
    for side, language in (("vendor", "ta"), ("customer", "hi")):
        got = reason_as_read(reason, side=side, language=language)
        assert got is not None and got["text"] == "माल ख़त्म हो गया"
        assert not got["untranslated"]


def test_no_reason_is_none() -> None:
    assert reason_as_read(None, side="customer", language="hi") is None
