"""The exception hierarchy. Shells (CLI, API) map these to exit codes and HTTP statuses."""

from __future__ import annotations

import zipfile
from xml.etree.ElementTree import ParseError


class SahelwatchError(Exception):
    """Base of every error sahelwatch raises on purpose."""

    exit_code = 2
    http_status = 400


class UsageError(SahelwatchError):
    """The caller asked for something that cannot be done as asked."""


class InputError(SahelwatchError):
    """An input file cannot be read at all (missing, unknown format, unreadable encoding).

    ``path`` and ``line`` name where; the message says why.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.path = path
        self.line = line
        where = path or ""
        if line is not None:
            where += f":{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.reason = message


class UnknownFormatError(InputError):
    """The header matches no supported format."""


class SettingsError(SahelwatchError):
    """A setting has an invalid value; the message says which and how to fix it."""


class StoreError(SahelwatchError):
    """The database cannot be opened or migrated."""

    exit_code = 2
    http_status = 500


class NotFoundError(SahelwatchError):
    http_status = 404


#: What openpyxl raises, while opening or reading, for a damaged workbook (measured on damaged
#: files): not a zip archive, a missing part, XML that does not parse, a cell or style of the
#: wrong type. Catch these around openpyxl calls only, and turn them into an :class:`InputError`.
WORKBOOK_ERRORS: tuple[type[Exception], ...] = (zipfile.BadZipFile, KeyError, ParseError, ValueError, TypeError,
                                                OSError, EOFError)
