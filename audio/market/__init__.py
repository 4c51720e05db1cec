"""Market talk as acts: greetings, quality doubts, freshness claims, payment, bags, ...

What is said at a stall beyond price moves is understood as one of a fixed inventory of
acts (`inventory.ACTS`, one table) and said again in the listener's language from that
act's rendering, so "ye tamatar naram hain" reaches a Tamil listener as Tamil words saying
the tomatoes are soft, not as a transliteration. `recognise.market_act` finds the act from
cue phrases on folded tokens; `render.say` says it, naming the product in the listener's
own words.
"""

from audio.market.inventory import ACTS, LANGUAGES, ActEntry
from audio.market.recognise import MarketAct, is_courtesy, market_act
from audio.market.render import say

__all__ = ["ACTS", "LANGUAGES", "ActEntry", "MarketAct", "is_courtesy", "market_act", "say"]
