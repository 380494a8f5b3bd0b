"""One exception family for the whole product.

OverensError
├── IngestError           a document could not be loaded or parsed (bad file, empty, binary)
│   ├── UnsupportedFileType   a file type the loaders do not read (HTTP 415)
│   ├── FileTooLarge          a file over the upload limit (HTTP 413)
│   └── FileConflict          another file of that name, or a doc_id clash (HTTP 409)
├── IndexMissing          no index folder yet: run `overens ingest`
├── IndexMismatch         the index was built with another model / version: rebuild
├── IndexCorrupt          the index folder is damaged: rebuild
├── ModelError            the embedding model (or the tokeniser's file) cannot be loaded or converted
├── BadQuestion           empty, too long or otherwise unusable question
├── BadFilter             unknown document / principle / party identifier
├── NotFound              an unknown document id or resource
├── Forbidden             a data-changing route without a valid token
├── BadSetting            an OVERENS_* setting that cannot be read as what it should be
├── BadPath               a file given on the command line that cannot be read or written
├── GoldFormatError       a malformed line of an evaluation gold file (eval/)
└── Overloaded            too many questions already wait for the encoder: retry after `retry_after` s

Every message says what was wrong, the value or limit, and how to fix it.
HTTP status codes are mapped in app/api.py, exit codes in app/cli.py, each in one place.
"""

from __future__ import annotations

from collections.abc import Mapping


class OverensError(Exception):
    """Base of every error the product raises on purpose."""


class IngestError(OverensError):
    pass


class UnsupportedFileType(IngestError):
    """The file's extension is not one the loaders read (HTTP 415)."""


class FileTooLarge(IngestError):
    """The file is over `Settings.max_upload_bytes` (HTTP 413)."""


class FileConflict(IngestError):
    """The corpus already holds another file of that name, or another document with that doc_id (HTTP 409)."""


class IndexMissing(OverensError):
    pass


class IndexMismatch(OverensError):
    pass


class IndexCorrupt(OverensError):
    pass


class ModelError(OverensError):
    pass


class BadQuestion(OverensError):
    pass


class BadFilter(OverensError):
    pass


class NotFound(OverensError):
    pass


class Forbidden(OverensError):
    pass


class BadSetting(OverensError):
    """A setting from the environment (OVERENS_*) that does not parse; the message names it and its value."""


class BadPath(OverensError):
    """A file named on the command line (a batch, its output, a gold set) that cannot be read or written."""


class GoldFormatError(OverensError):
    """A line of the gold file is malformed; the message names the file, the line and the field."""


class Overloaded(OverensError):
    """The bounded queue of questions is full (HTTP 503 with a Retry-After header)."""

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def code_for(error: OverensError, table: Mapping[type, int], default: int) -> int:
    """The code of the most specific class of `error` in `table` (an HTTP status, an exit code)."""
    for cls in type(error).__mro__:
        if cls in table:
            return table[cls]
    return default
