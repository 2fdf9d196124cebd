"""Settings from the environment, with the standard Bot Framework variable names."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from knowledge import DEFAULT_FAQ
from store.reminders import ReminderPolicy
from store.retention import DEFAULT_MONTHS
from store.routine import DEFAULT_ROUTINE

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


class ConfigError(RuntimeError):
    """The configuration cannot be used; the message says which setting and why."""


class Settings(BaseSettings):
    # hide_input_in_errors: a validation error would otherwise print every setting, secrets too.
    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", populate_by_name=True, hide_input_in_errors=True
    )

    app_id: str = Field(default="", alias="MicrosoftAppId")
    app_password: str = Field(default="", alias="MicrosoftAppPassword")
    app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = Field(
        default="SingleTenant", alias="MicrosoftAppType"
    )
    app_tenant_id: str = Field(default="", alias="MicrosoftAppTenantId")
    host: str = Field(default="127.0.0.1", alias="HOST")
    port: int = Field(default=3978, alias="PORT", ge=1, le=65535)
    data_dir: Path = Field(default=Path("data"), alias="DATA_DIR")
    database_url: str = Field(default="", alias="DATABASE_URL")
    db_pool_min: int = Field(default=1, alias="DATABASE_POOL_MIN", ge=1)
    db_pool_max: int = Field(default=10, alias="DATABASE_POOL_MAX", ge=1)
    routine_path: Path = Field(default=DEFAULT_ROUTINE, alias="ROUTINE_FILE")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")
    coordinator_ids: str = Field(default="", alias="COORDINATOR_AAD_IDS")
    coordinator_contact: str = Field(
        default="bemanningssamordnaren (adressen finns på intranätet)", alias="COORDINATOR_CONTACT"
    )
    payroll_contact: str = Field(
        default="Löneservice (se Löneservice hemsida)", alias="PAYROLL_CONTACT"
    )
    faq_path: Path = Field(default=DEFAULT_FAQ, alias="FAQ_FILE")
    allowed_tenant_id: str = Field(default="", alias="ALLOWED_TENANT_ID")
    local_mode_confirmed: bool = Field(default=False, alias="LOCAL_MODE")
    outbox_interval: float = Field(default=5.0, alias="OUTBOX_INTERVAL_SECONDS", gt=0)
    reminder_draft_days: int = Field(default=7, alias="REMINDER_DRAFT_DAYS", ge=1)
    reminder_coordinator_working_days: int = Field(
        default=3, alias="REMINDER_COORDINATOR_WORKING_DAYS", ge=1
    )
    reminder_review_days: int = Field(default=180, alias="REMINDER_REVIEW_DAYS", ge=1)
    reminder_document_warning_days: int = Field(
        default=60, alias="REMINDER_DOCUMENT_WARNING_DAYS", ge=0
    )
    scheduler_interval: float = Field(default=300.0, alias="SCHEDULER_INTERVAL_SECONDS", gt=0)
    # A call to the Bot Connector that has not answered in this time counts as failed. Kept
    # well under the outbox's 60 s claim, so no other instance takes a delivery still in flight.
    connector_timeout: float = Field(default=20.0, alias="CONNECTOR_TIMEOUT_SECONDS", gt=0, le=45)
    # Months a closed case is kept after it was last needed (store/retention.py).
    retention_months: int = Field(default=DEFAULT_MONTHS, alias="RETENTION_MONTHS", gt=0)

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.upper() not in LOG_LEVELS:
            raise ValueError(f"LOG_LEVEL ska vara en av {', '.join(LOG_LEVELS)}")
        return value.upper()

    @property
    def coordinators(self) -> frozenset[str]:
        """Entra object ids of the staffing coordinators and their stand-ins, comma-separated."""
        return frozenset(part.strip() for part in self.coordinator_ids.split(",") if part.strip())

    @property
    def reminder_policy(self) -> ReminderPolicy:
        """The reminders' waiting times (snooze is always a week, as the button says)."""
        return ReminderPolicy(
            draft_days=self.reminder_draft_days,
            coordinator_working_days=self.reminder_coordinator_working_days,
            review_days=self.reminder_review_days,
            document_warning_days=self.reminder_document_warning_days,
        )

    @property
    def tenant(self) -> str:
        """The only tenant whose users are served; empty (any) is allowed in local mode only."""
        return self.allowed_tenant_id or self.app_tenant_id

    @property
    def local_mode(self) -> bool:
        """No app id: nothing is authenticated. Only for a developer's machine or the Playground."""
        return not self.app_id

    @model_validator(mode="after")
    def _production_is_complete(self) -> Settings:
        if self.app_id and self.app_type != "UserAssignedMSI" and not self.app_password.strip():
            raise ValueError("MicrosoftAppId är satt men MicrosoftAppPassword saknas.")
        if self.app_id and self.app_type != "MultiTenant" and not self.app_tenant_id:
            raise ValueError("MicrosoftAppId är satt men MicrosoftAppTenantId saknas.")
        _check_modes(self)
        return self


def _check_modes(settings: Settings) -> None:
    """Production knows its tenant; local mode (nothing authenticated) is never an accident."""
    if settings.app_id and not settings.tenant.strip():
        raise ValueError(
            "MicrosoftAppId är satt men varken ALLOWED_TENANT_ID eller MicrosoftAppTenantId: "
            "boten måste veta vilken tenant den betjänar."
        )
    if settings.app_id and settings.local_mode_confirmed:
        raise ValueError("LOCAL_MODE=true men MicrosoftAppId är satt: välj ett av lägena.")
    loopback = settings.host in ("127.0.0.1", "localhost", "::1")
    if settings.local_mode and not loopback and not settings.local_mode_confirmed:
        raise ValueError(
            f"MicrosoftAppId saknas och HOST är {settings.host}: lokalt läge (utan "
            "autentisering) lyssnar bara på 127.0.0.1, om inte LOCAL_MODE=true är satt."
        )


def load_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        raise ConfigError(f"Ogiltig konfiguration: {describe(exc)}") from exc
    except ValueError as exc:
        raise ConfigError(f"Ogiltig konfiguration: {exc}") from exc


_IN_SWEDISH = {
    "greater_than": "måste vara större än {gt}",
    "greater_than_equal": "måste vara minst {ge}",
    "less_than_equal": "får vara högst {le}",
    "int_parsing": "måste vara ett heltal",
    "float_parsing": "måste vara ett tal",
    "bool_parsing": "måste vara true eller false",
    "literal_error": "måste vara en av {expected}",
}


def describe(error: ValidationError) -> str:
    """Each problem as "SETTING: what is wrong", without pydantic's links and never the value."""
    problems = []
    for item in error.errors(include_url=False, include_input=False):
        where = ".".join(str(part) for part in item["loc"])
        message = _IN_SWEDISH.get(item["type"], "{msg}").format(
            msg=str(item["msg"]).removeprefix("Value error, "), **item.get("ctx", {})
        )
        message = message.replace("' or '", "' eller '")
        problems.append(f"{where}: {message}" if where else message)
    return "; ".join(problems)
