"""Start-up refuses an incomplete production configuration and an accidental local mode."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from tests.support.auth import APP_ID, APP_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = (
    "MicrosoftAppId",
    "MicrosoftAppPassword",
    "MicrosoftAppType",
    "MicrosoftAppTenantId",
    "ALLOWED_TENANT_ID",
    "HOST",
    "LOCAL_MODE",
    "LOG_LEVEL",
    "RETENTION_MONTHS",
    "PORT",
    "COORDINATOR_AAD_IDS",
)


def start(tmp_path: Path, **settings: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot` with exactly `settings` (and no .env: it runs in an empty folder)."""
    env = {k: v for k, v in os.environ.items() if k not in SETTINGS}
    env.update(settings, DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_without_a_tenant_is_refused_and_the_password_is_not_printed(
    tmp_path: Path,
) -> None:
    result = start(
        tmp_path,
        MicrosoftAppId=APP_ID,
        MicrosoftAppPassword=APP_PASSWORD,
        MicrosoftAppType="MultiTenant",  # botbuilder needs no tenant then; we do
    )
    assert result.returncode == 2
    assert "ALLOWED_TENANT_ID" in result.stderr
    assert APP_PASSWORD not in result.stderr + result.stdout


def test_local_mode_on_a_network_address_needs_local_mode_set(tmp_path: Path) -> None:
    result = start(tmp_path, HOST="0.0.0.0")
    assert result.returncode == 2
    assert "LOCAL_MODE=true" in result.stderr


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"MicrosoftAppId": APP_ID, "MicrosoftAppTenantId": "t"}, "MicrosoftAppPassword saknas"),
        (
            {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "   ", "MicrosoftAppTenantId": "t"},
            "MicrosoftAppPassword saknas",
        ),
        ({"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "p"}, "MicrosoftAppTenantId saknas"),
        (
            {
                "MicrosoftAppId": APP_ID,
                "MicrosoftAppPassword": APP_PASSWORD,
                "MicrosoftAppType": "MultiTenant",
            },
            "ALLOWED_TENANT_ID",
        ),
        (
            {
                "MicrosoftAppId": APP_ID,
                "MicrosoftAppPassword": "p",
                "MicrosoftAppTenantId": "t",
                "LOCAL_MODE": "true",
            },
            "välj ett av lägena",
        ),
        ({"HOST": "0.0.0.0"}, "LOCAL_MODE=true"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL: LOG_LEVEL ska vara en av DEBUG, INFO"),
        ({"RETENTION_MONTHS": "0"}, "RETENTION_MONTHS: måste vara större än 0"),
        ({"PORT": "abc"}, "PORT: måste vara ett heltal"),
        ({"MicrosoftAppType": "Foo"}, "'SingleTenant' eller 'UserAssignedMSI'"),
    ],
)
def test_incomplete_configuration_is_refused_without_echoing_values(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(ConfigError) as refused:
        load_settings()
    assert message in str(refused.value)
    assert APP_PASSWORD not in str(refused.value)
    assert "input_value" not in str(refused.value)


@pytest.mark.parametrize(
    "env",
    [
        {},  # local mode on loopback: the developer's machine
        {"HOST": "0.0.0.0", "LOCAL_MODE": "true"},  # explicit, e.g. in a dev container
        {"MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "p", "MicrosoftAppTenantId": "t"},
        {
            "MicrosoftAppId": APP_ID,
            "MicrosoftAppType": "UserAssignedMSI",
            "MicrosoftAppTenantId": "t",
        },
    ],
)
def test_complete_configurations_load(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, env: dict[str, str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in SETTINGS:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    settings = load_settings()
    assert settings.local_mode is ("MicrosoftAppId" not in env)


def test_a_taken_port_stops_start_up_with_a_clear_message(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = start(tmp_path, PORT=str(port))
    assert result.returncode == 2
    assert f"Kan inte lyssna på 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_start_up_warns_when_no_coordinator_is_configured(tmp_path: Path) -> None:
    with socket.socket() as taken:  # stop right after the warnings: the port is taken
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = start(tmp_path, PORT=str(taken.getsockname()[1]))
    assert "COORDINATOR_AAD_IDS är tomt" in result.stderr
