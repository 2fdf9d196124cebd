"""A last line of defence for the log: tokens, secrets and personal identifiers are masked.

The bot does not log personal data in the first place (tests/bot/test_log_privacy.py scans a
whole flow). This catches what slips through from elsewhere: an exception message quoting a
value, a library's debug output, a token in a URL. It works at record creation (a log record
factory), so every handler gets the masked record, whenever and by whom it was added.

Names cannot be recognised by a pattern; they are kept out by not logging them.
"""

from __future__ import annotations

import logging
import re
import traceback
from collections.abc import Callable, Iterable
from typing import Any

MASK = "[dolt]"
UNMASKABLE = "(loggposten kunde inte maskeras och visas inte)"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization headers and bare JWTs (header.payload.signature, base64url)
    (re.compile(r"\b(Bearer|Basic)\s+[^\s'\",]+", re.IGNORECASE), rf"\1 {MASK}"),
    (re.compile(r"\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*"), MASK),
    # user:password@ in a URL (DATABASE_URL)
    (re.compile(r"(\b[a-z][a-z0-9+.-]*://)[^/\s:@]+:[^/\s@]+@", re.IGNORECASE), rf"\1{MASK}@"),
    # pydantic quotes the rejected input; the message around it is what matters
    (re.compile(r"input_value=.*?(?=, input_type=)", re.DOTALL), f"input_value={MASK}"),
    # e-mail addresses, but not Teams thread ids (19:abc@thread.tacv2)
    (re.compile(r"[\w.+-]+@(?!thread\.|unq\.gbl\.)[\w-]+(?:\.[\w-]+)+"), "[e-post]"),
    # Swedish personal identity numbers (ÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN)
    (re.compile(r"\b(?:(?:19|20)\d{6}-?\d{4}|\d{6}[-+]\d{4})\b"), "[personnummer]"),
)
_MIN_SECRET = 4  # shorter "secrets" would mask ordinary words
_secrets: set[str] = set()
_installed: list[Callable[..., logging.LogRecord]] = []


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every token, secret, e-mail address and personal identity number masked."""
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= _MIN_SECRET:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def install(secrets: Iterable[str] = ()) -> None:
    """Mask every log record from now on; `secrets` (e.g. the app password) are added to the
    ones already known. Calling it again does not wrap the factory twice."""
    _secrets.update(secret for secret in secrets if secret)
    if _installed:
        return
    original = logging.getLogRecordFactory()
    _installed.append(original)
    # Held by the closure: module globals are gone during interpreter shutdown.
    mask, unmaskable = _mask, UNMASKABLE

    def masked(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = original(*args, **kwargs)
        try:
            mask(record)
        except Exception:  # logging must not fail; an unmaskable record is not written as is
            record.msg, record.args, record.exc_info, record.exc_text = unmaskable, None, None, None
        return record

    logging.setLogRecordFactory(masked)


def _mask(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # a broken format string: logging reports it when the record is written
        return
    clean = redact(message, _secrets)
    if clean != message:
        record.msg, record.args = clean, None
    if record.exc_info and record.exc_info[0] is not None:
        # The traceback is formatted now, masked, and kept: formatters use exc_text when set.
        text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        record.exc_text = redact(text, _secrets)
    if record.stack_info:
        record.stack_info = redact(record.stack_info, _secrets)
