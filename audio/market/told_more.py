"""Yet more ways the acts of the table are told, kept apart as `audio.market.table_told`'s
are and joined to the act's own cues the same way.

- A taste asked or offered with a verb of showing or giving it ("ఒక ముక్క రుచి
  చూపించండి", "एक तुकडा चाखायला द्या", "એક ટુકડો ચખાડો", "ഒരെണ്ണം ടേസ്റ്റ് ചെയ്തു
  നോക്കാമോ?"): `taste`.
- Goods said dented or cracked in everyday words ("మూత సొట్టపోయింది", "চিড় ধরেছে",
  "तडे गेलेत"): `quality_soft`. Water said dripping is left to the bag it asks for
  (`audio.market.leak_reason`).
"""

from __future__ import annotations

MORE: dict[str, dict[str, str]] = {
    "taste": {
        "te": "రుచి చూపించ; రుచి చూపెట్ట; ruchi chupinch*",
        "mr": "चाखायला; चाखून बघ; chakhayla",
        "gu": "ચખાડ; chakhad*",
        "ml": "ടേസ്റ്റ് ചെയ്തു നോക്ക; ടേസ്റ്റ് ചെയ്ത് നോക്ക; ടേസ്റ്റ് നോക്ക; taste cheythu nokk*",
    },
    "quality_soft": {
        "te": "సొట్టపో; సొట్ట పో; సొట్టలు పడ; సొట్ట పడ; sottapoy*",
        "bn": "চিড় ধরেছে; চিড় খেয়েছে; চিড় আছে; চিড়=; chir dhoreche",
        "mr": "तडे गेल; तडा गेला; तडे पडल; tade gel*",
    },
}
"""Per act, per language: cues beside the act's own row and `table_told`'s."""
