"""Settings from the environment, with the standard Bot Framework variable names."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from store.routine import DEFAULT_ROUTINE


class ConfigError(RuntimeError):
    """The configuration cannot be used; the message says which setting and why."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    app_id: str = Field(default="", alias="MicrosoftAppId")
    app_password: str = Field(default="", alias="MicrosoftAppPassword")
    app_type: Literal["MultiTenant", "SingleTenant", "UserAssignedMSI"] = Field(
        default="SingleTenant", alias="MicrosoftAppType"
    )
    app_tenant_id: str = Field(default="", alias="MicrosoftAppTenantId")
    host: str = Field(default="127.0.0.1", alias="HOST")
    port: int = Field(default=3978, alias="PORT", ge=1, le=65535)
    data_dir: Path = Field(default=Path("data"), alias="DATA_DIR")
    routine_path: Path = Field(default=DEFAULT_ROUTINE, alias="ROUTINE_FILE")
    log_level: str = Field(default="INFO", alias="LOG_LEVEL")
    coordinator_ids: str = Field(default="", alias="COORDINATOR_AAD_IDS")
    allowed_tenant_id: str = Field(default="", alias="ALLOWED_TENANT_ID")
    outbox_interval: float = Field(default=5.0, alias="OUTBOX_INTERVAL_SECONDS", gt=0)

    @property
    def coordinators(self) -> frozenset[str]:
        """Entra object ids of the staffing coordinators and their stand-ins, comma-separated."""
        return frozenset(part.strip() for part in self.coordinator_ids.split(",") if part.strip())

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
        if self.app_id and self.app_type != "UserAssignedMSI" and not self.app_password:
            raise ValueError("MicrosoftAppId är satt men MicrosoftAppPassword saknas.")
        if self.app_id and self.app_type != "MultiTenant" and not self.app_tenant_id:
            raise ValueError("MicrosoftAppId är satt men MicrosoftAppTenantId saknas.")
        return self


def load_settings() -> Settings:
    try:
        return Settings()
    except ValueError as exc:
        raise ConfigError(f"Ogiltig konfiguration: {exc}") from exc
