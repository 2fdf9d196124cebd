"""A parent with the bot already imported that forks `python -m bot` on request.

Starting Python and importing botbuilder takes about a second, and building the FAQ index with
its model most of a second more; a fork of a process that has done both once takes milliseconds,
so the crash test can restart the bot hundreds of times. The child runs `bot.__main__.main()`,
exactly what `python -m bot` runs, with PORT and DATA_DIR set.

The zygote itself is `python -m tests.reliability.zygote`, fed one command a line on stdin:

    start PORT DATA_DIR LOG  ->  started PID       (the child logs to LOG)
    poll PID                 ->  running | exited CODE
    wait PID                 ->  exited CODE       (after the child is reaped)

At the end of its input (the test is done, or has died) it kills any child still running.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def serve() -> None:
    """Answer commands until stdin closes; never leave a child behind."""
    from bot.__main__ import main  # the expensive import, done once before any fork
    from knowledge import FaqIndex, load_faq

    # Builds the FAQ index and its model once: every child finds them built, as it finds the
    # imports.
    FaqIndex.for_content(load_faq())

    children: set[int] = set()
    print("ready", flush=True)
    try:
        for line in sys.stdin:
            command, *args = line.split()
            if command == "start":
                pid = _fork_bot(main, *args)
                children.add(pid)
                print(f"started {pid}", flush=True)
                continue
            pid = int(args[0])
            done, status = os.waitpid(pid, os.WNOHANG if command == "poll" else 0)
            if done == 0:
                print("running", flush=True)
            else:
                children.discard(pid)
                print(f"exited {os.waitstatus_to_exitcode(status)}", flush=True)
    finally:
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)


def _fork_bot(main: Callable[[], int], port: str, data_dir: str, log: str) -> int:
    pid = os.fork()
    if pid:
        return pid
    code = 70  # EX_SOFTWARE: main() raised
    try:
        out = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        os.dup2(out, 1)
        os.dup2(out, 2)
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.environ.update(PORT=port, DATA_DIR=data_dir)
        code = main()
    except SystemExit as exit_:  # how start-up failures end, as in `python -m bot`
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        # Never return into the zygote's loop, and skip its clean-up: it is not ours.
        with contextlib.suppress(Exception):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)


class Zygote:
    """The test's side: start the zygote, then fork, poll, kill and reap bots through it."""

    def __init__(self, env: dict[str, str]) -> None:
        self._env = env
        self._process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        self._process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.reliability.zygote",
            cwd=ROOT,
            env=self._env,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        assert await self._ask("") == "ready"

    async def fork(self, port: int, data_dir: Path, log: Path) -> int:
        answer = await self._ask(f"start {port} {data_dir} {log}")
        return int(answer.removeprefix("started "))

    async def exit_code(self, pid: int) -> int | None:
        """The child's exit code once it has exited (it is then reaped), else None."""
        answer = await self._ask(f"poll {pid}")
        return None if answer == "running" else int(answer.removeprefix("exited "))

    async def reap(self, pid: int) -> int:
        """Wait until the child has exited; its exit code (-9 after SIGKILL)."""
        return int((await self._ask(f"wait {pid}")).removeprefix("exited "))

    async def close(self) -> None:
        """End the zygote; it kills and reaps any child still running."""
        process = self._process
        if process is None or process.returncode is not None:
            return
        assert process.stdin is not None
        process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), timeout=30)
        except TimeoutError:
            process.kill()
            await process.wait()

    async def _ask(self, command: str) -> str:
        process = self._process
        assert process is not None, "start() first"
        assert process.stdin is not None
        assert process.stdout is not None
        if command:
            process.stdin.write(command.encode() + b"\n")
            await process.stdin.drain()
        answer = await process.stdout.readline()
        assert answer, "the zygote has exited"
        return answer.decode().strip()


if __name__ == "__main__":
    serve()
