"""The log's last line of defence masks tokens, secrets and personal identifiers."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest
from pydantic import BaseModel, ValidationError

from bot.log_filter import MASK, install, redact
from tests.support.auth import APP_PASSWORD, KeyServer


@pytest.mark.parametrize(
    ("text", "kept", "masked"),
    [
        ("Authorization: Bearer abc.def-ghi", "Authorization: Bearer", "abc.def-ghi"),
        ("header 'Basic dXNlcjpwYXNz'", "Basic", "dXNlcjpwYXNz"),
        ("postgresql://heroma:s3cr3t@db:5432/heroma", "postgresql://", "s3cr3t"),
        ("till anna.andersson@example.se", "till [e-post]", "anna.andersson"),
        ("personnummer 19850101-1234 och 850101-1234", "personnummer", "0101-1234"),
        ("personnummer 198501011234", "personnummer", "198501011234"),
        ("kanal 19:coordinators@thread.tacv2", "19:coordinators@thread.tacv2", "[e-post]"),
        ("ärende HB-2026-0001, 123456 Medicinavdelning", "HB-2026-0001, 123456 Medic", MASK),
    ],
)
def test_redact(text: str, kept: str, masked: str) -> None:
    clean = redact(text)
    assert kept in clean
    assert masked not in clean


def test_a_signed_token_and_a_known_secret_are_masked() -> None:
    token = KeyServer().token("https://smba.example.test/")
    clean = redact(f"got {token} with {APP_PASSWORD}", [APP_PASSWORD, "", "ab"])
    assert token[:20] not in clean
    assert APP_PASSWORD not in clean
    assert clean == f"got {MASK} with {MASK}"


class Person(BaseModel):
    name: str
    age: int


@pytest.fixture
def captured() -> Iterator[io.StringIO]:
    output = io.StringIO()
    handler = logging.StreamHandler(output)  # added after install(): masked all the same
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("bot.test_log_filter")
    logger.addHandler(handler)
    yield output
    logger.removeHandler(handler)


def test_records_and_their_tracebacks_are_masked(captured: io.StringIO) -> None:
    install([APP_PASSWORD])
    logger = logging.getLogger("bot.test_log_filter")
    logger.warning("login with %s for %s", APP_PASSWORD, "anna.andersson@example.se")
    submitted = {"name": "Anna Andersson", "age": "anna.andersson@example.se"}
    try:
        Person.model_validate(submitted)  # (a traceback quotes this line, not the values)
    except ValidationError:
        logger.exception("Turn failed [abc123]")
    output = captured.getvalue()
    assert "Turn failed [abc123]" in output
    assert "ValidationError" in output  # the traceback is kept
    assert APP_PASSWORD not in output
    assert "anna.andersson" not in output
    assert "Anna Andersson" not in output  # pydantic's input_value is masked
    install([APP_PASSWORD])  # a second install does not wrap the factory twice
    assert logging.getLogRecordFactory().__name__ == "masked"
    assert logging.getLogRecordFactory().__closure__ is not None


def test_a_record_that_cannot_be_masked_is_not_written_as_is(
    captured: io.StringIO, monkeypatch: pytest.MonkeyPatch
) -> None:
    install()

    def broken(text: str, secrets: object = ()) -> str:
        raise RuntimeError("no")

    monkeypatch.setattr("bot.log_filter.redact", broken)
    logging.getLogger("bot.test_log_filter").warning("to %s", "anna.andersson@example.se")
    assert "anna" not in captured.getvalue()
    assert "kunde inte maskeras" in captured.getvalue()
