"""A reject's or cancel's reason reaches the other side: in the socket's `state` (and the
snapshot of a socket opened later), in `GET /api/negotiations/{id}`, and heard by the
other side's voice: in its own language where the phrasebook can say it, otherwise the
words as typed, marked untranslated, after a note of who said them in which language."""

from __future__ import annotations

from tests.conftest import Api
from tests.integration.test_channels import close, fake_speech, haggle, serving
from tests.live_helpers import open_browser
from tests.live_helpers import wait_for as wait


async def test_a_reject_reason_is_read_and_heard_by_the_shopper(database_url: str) -> None:
    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m = await haggle(api)  # an English-speaking vendor, a Hindi-speaking shopper
        cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
        vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="en", watch=True)
        r = await api.client.post(
            f"/api/negotiations/{m['n']}/reject",
            headers=api.auth(m["v"]),
            json={"reason": "Sold out, sorry"},
        )
        assert r.status_code == 200, r.text
        assert r.json()["end_reason"] == {
            "text": "Sold out, sorry",
            "language": "en",
            "side": "vendor",
        }
        await wait(lambda: cgot.of("audio_end"), what="the reason said to the shopper")
        [state] = cgot.of("state")
        assert state["rejected_by"] == "vendor"
        said = {
            "text": "टमाटर ख़त्म हो गया।",
            "language": "hi",
            "side": "vendor",
            "untranslated": False,
        }
        assert state["negotiation"]["end_reason"] == said
        # Heard instead of "not at that price", which is not what the vendor said.
        assert tts.said == [("hi", "टमाटर ख़त्म हो गया।")]
        assert [s["utterance_id"] for s in cgot.of("audio_start")] == [f"reason-{m['n']}"]
        # The vendor's own screen reads its words as typed.
        await wait(lambda: vgot.of("state"), what="the state on the console")
        assert vgot.of("state")[0]["negotiation"]["end_reason"]["text"] == "Sold out, sorry"

        read = await api.client.get(f"/api/negotiations/{m['n']}", headers=api.auth(m["c"]))
        assert read.json()["end_reason"] == {
            "text": "Sold out, sorry",
            "language": "en",
            "side": "vendor",
        }
        await close((cws, ctask), (vws, vtask))
        # A page opened later (a reload) reads it in the snapshot, in its language.
        cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
        await wait(lambda: cgot.of("snapshot"), what="the snapshot")
        assert cgot.of("snapshot")[0]["negotiation"]["end_reason"] == said
        await close((cws, ctask))


async def test_a_reason_no_phrase_says_is_passed_on_as_typed(database_url: str) -> None:
    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m = await haggle(api)
        cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
        reason = "My brother keeps this stall on Sundays, come back then"
        r = await api.client.post(
            f"/api/negotiations/{m['n']}/reject", headers=api.auth(m["v"]), json={"reason": reason}
        )
        assert r.status_code == 200, r.text
        await wait(lambda: len(tts.said) >= 2 and cgot.of("state"), what="the words")
        end = cgot.of("state")[0]["negotiation"]["end_reason"]
        assert end == {"text": reason, "language": "en", "side": "vendor", "untranslated": True}
        note, words = tts.said
        assert note[0] == "hi" and "अंग्रेज़ी" in note[1], note
        assert words == ("en", reason)
        await close((cws, ctask))


async def test_a_cancel_reason_reaches_the_vendor(database_url: str) -> None:
    async with serving(database_url) as server:
        tts = fake_speech(server)
        api = Api(server.http)
        m = await haggle(api)
        vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="en")
        reason = "मेरे पास बस चालीस रुपये हैं"  # a price in it: never said afresh
        r = await api.client.post(
            f"/api/negotiations/{m['n']}/cancel", headers=api.auth(m["c"]), json={"reason": reason}
        )
        assert r.status_code == 200, r.text
        await wait(lambda: len(tts.said) >= 2 and vgot.of("state"), what="the words")
        end = vgot.of("state")[0]["negotiation"]["end_reason"]
        assert end == {"text": reason, "language": "hi", "side": "customer", "untranslated": True}
        assert tts.said[1] == ("hi", reason)
        read = await api.client.get(f"/api/negotiations/{m['n']}", headers=api.auth(m["v"]))
        assert read.json()["end_reason"]["text"] == reason
        await close((vws, vtask))


async def test_no_reason_keeps_the_refusal(database_url: str) -> None:
    async with serving(database_url) as server:
        api = Api(server.http)
        m = await haggle(api)
        r = await api.client.post(f"/api/negotiations/{m['n']}/reject", headers=api.auth(m["v"]))
        assert r.status_code == 200, r.text
        assert r.json()["end_reason"] is None
