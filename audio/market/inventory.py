"""The market act inventory: everyday stall talk that is not a price move, as one table.

Each act has an English gloss and, per language (hi en ta te bn mr gu kn ml pa), a
rendering and the cues people say it with. The table is data, split by act group across
`table_social`, `table_goods` and `table_payment`, with further cues in `table_told`,
`table_also` and `table_kinds`; this module assembles and checks it.

Rendering: "without product|with {product}" when the act can name a product, else one
sentence. Cues: phrases separated by ";", words by spaces, written the way people say
them (native script or romanized); they are folded with `audio.lexicon.fold` when the
table is built. A word in an Indic script of three letters or more also matches as a stem
("ताज" matches "ताज़ा", "ताज़े") unless it ends in "=" ("வாங்க=", come, is not "வாங்கு",
buy); a Latin word matches as written unless it ends in "*".
A "?" written apart is the question mark said ("છે ?": is there?). A cue with a leading
"~" is a broad word heard only in its act's market frame (`audio.market.frames`): "~free"
asks for extra only beside a giving word ("put some coriander free", not "are you free?").
English cues are heard in every language (market talk mixes English: "fresh", "cash").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

LANGUAGES = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")


@dataclass(frozen=True, slots=True)
class ActEntry:
    id: str
    gloss: str
    say: dict[str, str]
    """Per language: the rendering, "without product|with {product}" when it names one."""
    cues: dict[str, tuple[str, ...]]
    """Per language: the cue phrases as written (folded when matched)."""
    weak: bool = False
    """A courtesy (hello, thanks, bye) that yields to any other act said with it."""
    joins: tuple[str, ...] = ()
    """Two or more of these acts said together are this act ("UPI or cash?")."""
    frame: bool = False
    """A frame other acts are said in ("is there ...?", "anything else?"): yields to any
    act said with it that is no courtesy ("any other variety?" asks for another)."""
    over: tuple[str, ...] = ()
    """Acts this one is meant over when said with them: reasons given for it ("these are
    small, show me better ones", "I come every day, give a discount") or the next step
    after it ("done, pack it")."""
    price_talk: bool = False
    """Talk about the price or the deal itself ("too expensive", "done"): a negotiation
    move understanding reads in it stands, and the act is said only when it reads none."""
    asks: bool = False
    """Price talk that asks for something a bare price question loses ("give a little
    discount", "how much for all of it?"): where understanding reads only a question with
    no price, the act is said instead (a question is recorded nowhere)."""
    goes_on: bool = False
    """Carries a purchase on (paying, packing, weighing, "that's all"): said after a price
    was offered, an "ok" before it still agrees to that price."""
    owns_right: bool = False
    """Said with a word for "right" ("సరిగా తూకం వెయ్యి", "ठीक से तौलो"): the accept read
    in that word is the act's own, never an agreement, with or without a price on the
    table."""
    takes_product: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "takes_product", any("|" in s for s in self.say.values()))


def act(
    act_id: str,
    gloss: str,
    *,
    weak: bool = False,
    joins: tuple[str, ...] = (),
    frame: bool = False,
    over: tuple[str, ...] = (),
    price_talk: bool = False,
    asks: bool = False,
    goes_on: bool = False,
    owns_right: bool = False,
    **languages: tuple[str, str],
) -> ActEntry:
    """One table row: `hi=("rendering", "cue; cue phrase; ...")` per language."""
    return ActEntry(
        id=act_id,
        gloss=gloss,
        say={lang: said for lang, (said, _) in languages.items()},
        cues={
            lang: tuple(c.strip() for c in cues.split(";") if c.strip())
            for lang, (_, cues) in languages.items()
        },
        weak=weak,
        joins=joins,
        frame=frame,
        over=over,
        price_talk=price_talk,
        asks=asks,
        goes_on=goes_on,
        owns_right=owns_right,
    )


FILLER = ""
"""The act id under which `FILLERS` are indexed: words that say no act of their own."""


def _build() -> dict[str, ActEntry]:
    from audio.market.table_also import also_cues
    from audio.market.table_goods import GOODS
    from audio.market.table_kinds import kinds_cues
    from audio.market.table_payment import PAYMENT
    from audio.market.table_social import SOCIAL
    from audio.market.table_told import more_cues

    rows = [
        replace(
            e,
            cues={
                lang: (
                    *cues,
                    *more_cues(e.id, lang),
                    *also_cues(e.id, lang),
                    *kinds_cues(e.id, lang),
                )
                for lang, cues in e.cues.items()
            },
        )
        for e in (*SOCIAL, *GOODS, *PAYMENT)
    ]
    return check_table(rows)


def check_table(entries: tuple[ActEntry, ...] | list[ActEntry]) -> dict[str, ActEntry]:
    """The table by id, refusing a row that is listed twice, lacks a language, or
    says a product where it cannot."""
    table: dict[str, ActEntry] = {}
    for entry in entries:
        if entry.id in table:
            raise ValueError(f"market act {entry.id!r} is listed twice")
        missing = [lang for lang in LANGUAGES if lang not in entry.say or not entry.cues[lang]]
        if missing:
            raise ValueError(f"market act {entry.id!r} lacks {', '.join(missing)}")
        for lang, said in entry.say.items():
            forms = said.split("|")
            if len(forms) > 2 or (len(forms) == 2) != entry.takes_product:
                raise ValueError(
                    f"market act {entry.id!r} ({lang}): say it with and without a product"
                )
            if len(forms) == 2 and "{product}" not in forms[1]:
                raise ValueError(f"market act {entry.id!r} ({lang}): no {{product}} slot")
        table[entry.id] = entry
    for entry in table.values():
        unknown = [j for j in (*entry.joins, *entry.over) if j not in table]
        if unknown:
            raise ValueError(f"market act {entry.id!r} joins unknown acts {unknown}")
    return table


ACTS: dict[str, ActEntry] = _build()
"""Every market act by id."""
