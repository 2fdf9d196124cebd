"""One bot under load, alone in its own process: `python -m benchmarks.serve ours|echo DATA_DIR`.

benchmarks/load.py starts this so that the simulated managers and the fake Bot Connector (in
production: Teams and Microsoft's servers) do not share an event loop and a CPU with the bot they
measure. Prints the URL of its /api/messages once it listens, then serves until stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
from pathlib import Path

from aiohttp import web

from benchmarks.echo import echo_app
from benchmarks.harness import our_app
from bot.tuning import use_fast_event_loop


async def serve(bot: str, data_dir: Path) -> None:
    # The echo sample is built without importing our app, whose start-up tuning is process-wide.
    app = echo_app() if bot == "echo" else our_app(data_dir)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    print(f"http://127.0.0.1:{port}/api/messages", flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await runner.cleanup()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("bot", choices=("ours", "echo"))
    parser.add_argument("data_dir", type=Path)
    args = parser.parse_args()
    use_fast_event_loop()  # what `python -m bot` runs on, for both bots as in one process
    asyncio.run(serve(args.bot, args.data_dir))


if __name__ == "__main__":
    main()
