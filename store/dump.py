"""`python -m store.dump FILE...`: a TinyDB data file as the JSON it holds, for support staff.

The files keep two checksummed copies of their database (store/atomic_storage.py), so they are
not plain JSON any more. This prints the current copy of each file as indented JSON and changes
nothing on disk; it can run while the bot runs. Exit status 1 if a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from store.atomic_storage import read_tables
from store.interfaces import StoreError


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.dump", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    failed = False
    for path in args.files:
        try:
            tables = read_tables(path)
        except (StoreError, OSError) as error:
            print(f"error: {error}", file=sys.stderr)
            failed = True
            continue
        if tables is None:
            print(f"error: {path}: no such file", file=sys.stderr)
            failed = True
            continue
        if len(args.files) > 1:
            print(f"# {path}")
        print(json.dumps(tables, ensure_ascii=False, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
