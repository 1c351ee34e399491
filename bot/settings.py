"""Settings from the environment and .env, read once at start-up and validated."""
from __future__ import annotations

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from core.timezones import known_zone


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./backcoach.db"
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    data_dir: str = "./data"  # charts, exports and the Discord command hash are written here
    output_retention_minutes: float = Field(default=60.0, gt=0)  # charts and exports are deleted after this long
    reply_outbox_retention_hours: float = Field(default=24.0, gt=0)  # undelivered replies are deleted after this long

    telegram_bot_token: str = ""
    telegram_api_base_url: str = ""  # e.g. http://127.0.0.1:8081/bot for a self-hosted Bot API server
    telegram_webhook_url: str = ""  # set to use webhook mode instead of long polling
    telegram_webhook_listen: str = "127.0.0.1"
    telegram_webhook_port: int = Field(default=8443, ge=1, le=65535)
    telegram_webhook_secret: str = ""

    discord_bot_token: str = ""
    discord_guild_id: int | None = None
    discord_message_content: bool = False
    discord_shard_count: int | None = Field(default=None, ge=1)
    discord_shard_ids: str = ""  # comma-separated shard ids this process runs, e.g. "0,1"

    postman_enabled: bool = True
    postman_tick_seconds: float = Field(default=5.0, gt=0)

    database_startup_timeout: float = Field(default=60.0, gt=0)  # wait this long for the database and migrations
    health_port: int = Field(default=0, ge=0, le=65535)  # /healthz, /readyz and /metrics; 0 turns it off
    health_listen: str = "127.0.0.1"
    platform_start_attempts: int = Field(default=6, ge=1)  # tries to reach Telegram/Discord at start-up
    platform_start_backoff: float = Field(default=2.0, gt=0)  # first wait between tries, doubled each time

    @field_validator("discord_guild_id", "discord_shard_count", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        # Never ZoneInfo(value) directly: a region such as "America" is a directory of the zone
        # database, and zoneinfo answers it with an OS error instead of "not found".
        zone = known_zone(value)
        if zone is None:
            raise ValueError(f"unknown time zone {value[:60]!r} (use an IANA name like Europe/London)")
        return zone

    @field_validator("database_url")
    @classmethod
    def _supported_url(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return value.upper()

    @field_validator("discord_shard_ids")
    @classmethod
    def _shard_ids(cls, value: str) -> str:
        # isdigit() is true for "²", which int() refuses: only ASCII digits are shard ids.
        if value and not all(part.strip().isascii() and part.strip().isdigit() for part in value.split(",")):
            raise ValueError("must be comma-separated whole numbers, e.g. 0,1")
        return value

    @property
    def shard_ids(self) -> list[int] | None:
        return [int(p.strip()) for p in self.discord_shard_ids.split(",")] if self.discord_shard_ids else None


class SettingsError(Exception):
    """A setting has a value the coach cannot use; the message names the variable."""


def load_settings(**overrides: object) -> Settings:
    from pydantic import ValidationError

    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as error:
        first = error.errors()[0]
        variable = str(first["loc"][0]).upper() if first["loc"] else "a setting"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise SettingsError(f"{variable}: {message}") from None
