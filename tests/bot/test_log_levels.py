"""LOG_LEVEL=DEBUG turns on our own debug output, not the libraries' (URLs, conversation ids)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from bot.__main__ import CHATTY_LIBRARIES, quiet_libraries


@pytest.fixture(autouse=True)
def restore_levels() -> Iterator[None]:
    before = {name: logging.getLogger(name).level for name in CHATTY_LIBRARIES}
    yield
    for name, level in before.items():
        logging.getLogger(name).setLevel(level)


def test_debug_stops_at_info_for_the_libraries() -> None:
    quiet_libraries("debug")
    assert logging.getLogger("urllib3.connectionpool").getEffectiveLevel() == logging.INFO
    assert not logging.getLogger("msrest.http_logger").isEnabledFor(logging.DEBUG)


def test_a_stricter_level_applies_to_the_libraries_too() -> None:
    quiet_libraries("WARNING")
    assert logging.getLogger("msal").getEffectiveLevel() == logging.WARNING
