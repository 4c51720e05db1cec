"""What goes wrong with a speech model, each with a message that says what to do: not
installed or not prepared, a file changed, a cache that cannot be written or is full."""

from __future__ import annotations


class ModelNotAvailable(LookupError):
    """The model is not installed or not prepared; the message says how to fix it."""


class ModelTampered(ModelNotAvailable):
    """A model file's SHA-256 is not the pinned one: it is refused, never loaded."""


class ModelCacheReadOnly(ModelNotAvailable):
    """`base` is missing, truncated or changed in a model cache this process cannot write,
    so it cannot be joined again there: no retry or restart helps; the message says what
    the operator can do (a writable cache, or preparing it again where the copy is made)."""


class ModelCacheFull(ModelNotAvailable):
    """No room (or a refused write) to join `base`; the message names the folder."""
