"""Builds the Teams app package: manifest/build/manifest.json and manifest/build/appPackage.zip.

    MicrosoftAppId=<the bot's app id> [BOT_DOMAIN=bot.example.se] python scripts/build_package.py

The template uses the Teams Toolkit's `${{NAME}}` placeholders. They are filled in the parsed
JSON's string values, never in the JSON text, so a value cannot break the document.
Stdlib only, so a release machine needs no virtualenv to build the package.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
MANIFEST_DIR = ROOT / "manifest"
PACKAGE_FILES = ("color.png", "outline.png", "en.json")  # next to manifest.json in the zip
FAKE_APP_ID = "00000000-0000-0000-0000-000000000000"
GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
DOMAIN = re.compile(r"^(\*\.)?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:[0-9]{1,5})?$")
PLACEHOLDER = re.compile(r"\$\{\{(\w+)\}\}")
ZIP_DATE = (2024, 1, 1, 0, 0, 0)  # fixed, so the same input gives the same zip


class PackageError(ValueError):
    """The environment cannot make a valid package; the message is Swedish, then English."""


def app_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def settings(env: Mapping[str, str]) -> dict[str, str]:
    """The template's values from the environment, checked before anything is written."""
    app_id = env.get("MicrosoftAppId", "").strip()
    if not GUID.match(app_id):
        raise PackageError(
            f"MicrosoftAppId måste vara botens app-id (ett GUID), fick {app_id!r}. / "
            f"MicrosoftAppId must be the bot's app id (a GUID), got {app_id!r}."
        )
    domain = env.get("BOT_DOMAIN", "").strip()
    if domain and not DOMAIN.match(domain):
        raise PackageError(
            f"BOT_DOMAIN ska vara ett domännamn utan https:// och sökväg, fick {domain!r}. / "
            f"BOT_DOMAIN must be a host name without https:// or a path, got {domain!r}."
        )
    return {"MicrosoftAppId": app_id, "APP_VERSION": app_version(), "BOT_DOMAIN": domain}


def fill(node: Any, values: Mapping[str, str]) -> Any:
    """The template with every `${{NAME}}` in its strings replaced by values[NAME]."""
    if isinstance(node, dict):
        return {key: fill(value, values) for key, value in node.items()}
    if isinstance(node, list):
        return [fill(item, values) for item in node]
    if isinstance(node, str):
        return PLACEHOLDER.sub(lambda match: placeholder(match.group(1), values), node)
    return node


def placeholder(name: str, values: Mapping[str, str]) -> str:
    if name not in values:
        raise PackageError(
            f"Mallen använder ${{{{{name}}}}}, som build_package.py inte känner till. / "
            f"The template uses ${{{{{name}}}}}, which build_package.py does not provide."
        )
    return values[name]


def render_manifest(env: Mapping[str, str]) -> dict[str, Any]:
    values = settings(env)
    template = json.loads((MANIFEST_DIR / "manifest.template.json").read_text("utf-8"))
    manifest: dict[str, Any] = fill(template, values)
    if values["BOT_DOMAIN"] and values["BOT_DOMAIN"] not in manifest["validDomains"]:
        manifest["validDomains"].append(values["BOT_DOMAIN"])
    return manifest


def build_package(out_dir: Path, env: Mapping[str, str]) -> Path:
    """Writes out_dir/manifest.json and out_dir/appPackage.zip; returns the zip's path."""
    manifest = render_manifest(env)
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "manifest.json").write_text(text, "utf-8")
    files = {"manifest.json": text.encode()}
    files |= {name: (MANIFEST_DIR / name).read_bytes() for name in PACKAGE_FILES}
    package = out_dir / "appPackage.zip"
    with zipfile.ZipFile(package, "w") as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, ZIP_DATE), data, zipfile.ZIP_DEFLATED)
    return package


def main() -> int:
    try:
        app_id = settings(os.environ)["MicrosoftAppId"]
        package = build_package(MANIFEST_DIR / "build", os.environ)
    except PackageError as error:
        print(f"Fel / Error: {error}", file=sys.stderr)
        return 1
    if app_id == FAKE_APP_ID:
        print(
            "Varning: MicrosoftAppId är ett låtsas-id (bara nollor); paketet går inte att "
            "installera i Teams. / Warning: MicrosoftAppId is the all-zero placeholder; this "
            "package cannot be installed in Teams.",
            file=sys.stderr,
        )
    print(f"Wrote {package.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
