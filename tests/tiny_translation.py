"""A tiny CTranslate2 translation model, built by the tests themselves.

It has the shape of an NLLB model converted for CTranslate2 (a Transformer with a shared
vocabulary holding FLORES-200 language tags, and a `tokenizer.json`), with weights set
by hand so that what it says is known: after the target's tag it says that language's
greeting, then ends. The source reaches the encoder (real attention over it) but the
decoder's answer depends only on the tag, which is what lets a test check that the
provider asks for the right target, batches, and turns tokens back into text.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import numpy as np

SPECIALS = ["<unk>", "<s>", "</s>", "<pad>"]


def build(folder: Path, greetings: dict[str, str], *, words: tuple[str, ...] = ()) -> Path:
    """Write the model into `folder`: `greetings` maps FLORES tags to the one word the
    model says in that language; `words` are extra source words it can read."""
    from ctranslate2 import specs
    from tokenizers import Tokenizer
    from tokenizers.models import WordLevel
    from tokenizers.pre_tokenizers import Whitespace

    tags = list(greetings)
    vocab = [*SPECIALS, *tags, *dict.fromkeys([*greetings.values(), *words])]
    following = {tag: word for tag, word in greetings.items()}
    size = len(vocab)
    spec = specs.TransformerSpec.from_config(1, 1)
    rng = np.random.default_rng(7)
    for name, value in spec.variables().items():
        if value is None:
            _set(spec, name, _weight(name, size, vocab, following, rng))
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize(quantization=None)
    folder.mkdir(parents=True, exist_ok=True)
    spec.save(str(folder))
    tokenizer = Tokenizer(WordLevel({t: i for i, t in enumerate(vocab)}, unk_token="<unk>"))
    tokenizer.pre_tokenizer = Whitespace()
    tokenizer.add_special_tokens([*SPECIALS, *tags])
    tokenizer.save(str(folder / "tokenizer.json"))
    return folder


def _weight(
    name: str, size: int, vocab: list[str], following: dict[str, str], rng: np.random.Generator
) -> Any:
    d, ff = size, 8
    if name.endswith("gamma"):
        return np.ones(d)
    if name.endswith("beta"):
        return np.zeros(d)
    if "embeddings" in name:  # one-hot, large enough to outweigh the position signal
        return np.eye(size) * 10
    if name == "decoder/projection/weight":  # a bigram table: tag → greeting → </s>
        table = np.zeros((size, d))
        for i, token in enumerate(vocab):
            table[vocab.index(following.get(token, "</s>")), i] = 1
        return table
    decoder = name.startswith("decoder/")
    if name.endswith("self_attention/linear_0/weight"):
        return rng.normal(size=(3 * d, d)) * 0.1
    if name.endswith("self_attention/linear_1/weight"):  # the decoder's residual only
        return np.zeros((d, d)) if decoder else rng.normal(size=(d, d)) * 0.1
    if name.endswith("attention/linear_0/weight"):  # cross-attention: query
        return rng.normal(size=(d, d)) * 0.1
    if name.endswith("attention/linear_1/weight"):  # cross-attention: keys and values
        return rng.normal(size=(2 * d, d)) * 0.1
    if name.endswith("attention/linear_2/weight"):  # cross-attention's output: silenced
        return np.zeros((d, d))
    if name.endswith("ffn/linear_0/weight"):
        return rng.normal(size=(ff, d)) * 0.1
    if name.endswith("ffn/linear_1/weight"):
        return np.zeros((d, ff)) if decoder else rng.normal(size=(d, ff)) * 0.1
    raise ValueError(f"no weight for {name}")


def _set(spec: Any, path: str, array: np.ndarray) -> None:
    node = spec
    parts = path.split("/")
    for part in parts[:-1]:
        indexed = re.fullmatch(r"(layer|embeddings|linear)_(\d+)", part)
        if hasattr(node, part) or indexed is None:
            node = getattr(node, part)
        else:
            node = getattr(node, indexed[1])[int(indexed[2])]
    setattr(node, parts[-1], array.astype(np.float32))
