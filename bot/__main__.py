"""`python -m bot`: start Heroma-assistenten on the configured host and port."""

from __future__ import annotations

import errno
import logging
import sys

from aiohttp import web

from bot.app import create_app
from bot.config import ConfigError, load_settings
from bot.log_filter import install as mask_logs
from bot.tuning import use_fast_event_loop
from knowledge import FaqContentError, load_faq
from store.factory import open_stores_async
from store.routine import RoutineError, load_routine

logger = logging.getLogger("bot")
# Libraries whose debug output carries request URLs (with conversation ids), headers or bodies.
CHATTY_LIBRARIES = ("urllib3", "msrest", "msal", "botframework", "aiohttp.client", "psycopg")
# The port is taken, the address is not this machine's, or a low port needs privileges.
_CANNOT_LISTEN = frozenset({errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.EACCES})


def quiet_libraries(level: str) -> None:
    """LOG_LEVEL=DEBUG is for our own loggers: the libraries' stay at INFO or above."""
    floor = max(logging.INFO, logging.getLevelNamesMapping()[level.upper()])
    for name in CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(floor)


def main() -> int:
    mask_logs()  # from the first record on; the app password is added once it is known
    try:
        settings = load_settings()
    except ConfigError as exc:
        logging.basicConfig(level=logging.INFO)
        logger.critical("%s", exc)
        return 2
    logging.basicConfig(
        level=settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    quiet_libraries(settings.log_level)
    mask_logs([settings.app_password])
    try:
        routine = load_routine(settings.routine_path)
        faq = load_faq(settings.faq_path)
    except (RoutineError, FaqContentError) as exc:
        logger.critical("%s", exc)
        return 2
    if settings.local_mode:
        logger.warning(
            "Lokalt läge: MicrosoftAppId är inte satt, så inga anrop autentiseras. "
            "Använd bara lokalt eller mot Agents Playground."
        )

    async def build() -> web.Application:
        """Open the stores inside the server's event loop (a PostgreSQL pool must be)."""
        try:
            stores = await open_stores_async(
                settings.data_dir,
                settings.database_url or None,
                min_pool=settings.db_pool_min,
                max_pool=settings.db_pool_max,
            )
        except Exception as exc:
            logger.critical("Lagringen kunde inte öppnas: %s", exc)
            raise SystemExit(2) from exc
        where = "PostgreSQL" if settings.database_url else f"TinyDB i {settings.data_dir.resolve()}"
        logger.info(
            "Heroma-assistenten lyssnar på http://%s:%d/api/messages (lagring: %s, rutin %s v%s)",
            settings.host,
            settings.port,
            where,
            routine.document.document_id,
            routine.document.version,
        )
        return create_app(settings, routine, stores, faq)

    if not settings.coordinators:
        logger.warning(
            "COORDINATOR_AAD_IDS är tomt: ingen kan registrera samordnarkanalen eller hantera "
            "ärenden där. Ange bemanningssamordnarnas Entra-objekt-id:n (kommaseparerade)."
        )
    loop = use_fast_event_loop()
    logger.info("Händelseloop: %s", loop)
    try:
        web.run_app(build(), host=settings.host, port=settings.port, print=None)
    except OSError as exc:
        if exc.errno not in _CANNOT_LISTEN:
            raise
        logger.critical(
            "Kan inte lyssna på %s:%d: %s", settings.host, settings.port, exc.strerror or exc
        )
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
