"""The exceptions drift raises. Every one derives from :class:`DriftError`."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DriftError", "InputError", "ParseError", "UnsupportedLanguageError"]


class DriftError(Exception):
    """Root of every error drift raises on purpose; catch this to catch them all."""


class ParseError(DriftError, ValueError):
    """A string could not be read as a number or quantity.

    Carries the text, the character position where reading failed, and suggestions of what was
    probably meant (for example ``"3.000"`` for an irregular ``"30.00"`` in German).
    """

    def __init__(self, message: str, *, text: str, position: int = 0,
                 suggestions: Sequence[str] = ()) -> None:
        self.text = text
        self.position = position
        self.suggestions = tuple(suggestions)
        full = f"{message}: {text!r} at position {position}"
        if self.suggestions:
            full += " (did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?)"
        super().__init__(full)


class UnsupportedLanguageError(DriftError, ValueError):
    """A language code drift has no tables for (it knows ``de`` and ``en``)."""

    def __init__(self, lang: object) -> None:
        self.lang = lang
        super().__init__(f"unsupported language {lang!r}: drift knows 'de' and 'en'")


class InputError(DriftError, ValueError):
    """A document or file could not be read: the message names the file and the reason."""
