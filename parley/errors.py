"""One error hierarchy: the library raises these, the CLI and the API translate them."""

from __future__ import annotations


class ParleyError(Exception):
    """Base class of every error parley raises on purpose."""


class InputError(ParleyError):
    """A document could not be read: empty, binary, malformed, too large."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = path or "<input>"
        if line is not None:
            where = f"{where}:{line}"
        super().__init__(f"{where}: {message}")
        self.reason = message


class ExtractionError(ParleyError):
    """The NLP pipeline failed on a document."""


class StoreError(ParleyError):
    """The store could not be opened, migrated or written."""


class ConfigError(ParleyError):
    """A setting, model name or resource file is wrong."""
