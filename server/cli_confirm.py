"""The one refusal every command that destroys data or moves money shares: asked to act
without `--yes` where it cannot ask (or, for some, at all), it says what it would do and
exits 2, the status of a usage error (the command line lacks what it needs), never 1,
which a script reads as a failure worth running again."""

from __future__ import annotations

import click

EXIT_NEEDS_YES = 2
"""Exit status of a command refused for want of `--yes` (click's usage-error status)."""


class NeedsYes(click.ClickException):
    """`Error: <what it would do>; pass --yes …` on one line, exit status 2."""

    exit_code = EXIT_NEEDS_YES
