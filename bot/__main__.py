"""`python -m bot`: start Heroma-assistenten on the configured host and port."""

from __future__ import annotations

import logging
import sys

from aiohttp import web

from bot.app import create_app
from bot.config import ConfigError, load_settings
from store.factory import open_stores
from store.routine import RoutineError, load_routine

logger = logging.getLogger("bot")


def main() -> int:
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
    try:
        routine = load_routine(settings.routine_path)
    except RoutineError as exc:
        logger.critical("%s", exc)
        return 2
    if settings.local_mode:
        logger.warning(
            "Lokalt läge: MicrosoftAppId är inte satt, så inga anrop autentiseras. "
            "Använd bara lokalt eller mot Agents Playground."
        )
    stores = open_stores(settings.data_dir)
    app = create_app(settings, routine, stores)
    logger.info(
        "Heroma-assistenten lyssnar på http://%s:%d/api/messages (data i %s, rutin %s v%s)",
        settings.host,
        settings.port,
        settings.data_dir.resolve(),
        routine.document.document_id,
        routine.document.version,
    )
    web.run_app(app, host=settings.host, port=settings.port, print=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
