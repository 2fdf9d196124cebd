"""The Teams app package: schema-valid for its manifestVersion, complete, with proper icons.

Microsoft's schemas come from npm `@microsoft/app-manifest` in node_modules (`make node_modules`);
nothing here touches the network.
"""

from __future__ import annotations

import json
import os
import struct
import tomllib
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex
from jsonschema import Draft4Validator, Draft7Validator, FormatChecker, ValidationError, validators

from scripts.build_package import MANIFEST_DIR, PackageError, build_package
from scripts.make_icons import color_icon, outline_icon

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "node_modules/@microsoft/app-manifest/build/json-schemas/teams"
APP_ID = "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f"
ENV = {"MicrosoftAppId": APP_ID, "BOT_DOMAIN": "heroma-bot.example.se"}
PERSONAL_COMMANDS = [
    "meny", "ny behörighet", "förändring", "avslut", "chefskoppling",
    "mina ärenden", "fortsätt", "frågor", "hjälp", "avbryt",
]  # fmt: skip
COMMAND_KEY = regex.compile(r"bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(\w+)")
TEAM_COMMANDS = ["registrera kanal", "öppna ärenden", "visa ärende", "exportera"]


def require_schemas() -> None:
    """Fail under CI (the Makefile installs node_modules there), skip on a bare checkout."""
    if not SCHEMAS.is_dir():
        message = f"{SCHEMAS.relative_to(ROOT)} is missing: run `make node_modules` first."
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    # Microsoft's patterns use \p{L} (from v1.23), which only `regex` understands.
    if validator.is_type(instance, "string") and not regex.search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _pattern_properties(
    validator: Any, patterns: dict[str, Any], instance: Any, schema: Any
) -> Iterator[ValidationError]:
    if validator.is_type(instance, "object"):
        for pattern, subschema in patterns.items():
            for key, value in instance.items():
                if regex.search(pattern, key):
                    yield from validator.descend(value, subschema, path=key, schema_path=pattern)


FORMATS = FormatChecker(formats=())
FORMATS.checks("regex", raises=regex.error)(regex.compile)
FORMATS.checks("uri")(lambda value: not isinstance(value, str) or "://" in value)

# The schemas say draft-04 but also use draft-06/07's `const` and `if`/`then`/`else`.
TeamsValidator = validators.extend(
    Draft4Validator,
    {
        "const": Draft7Validator.VALIDATORS["const"],
        "if": Draft7Validator.VALIDATORS["if"],
        "pattern": _pattern,
        "patternProperties": _pattern_properties,
    },
)


def schema_errors(document: dict[str, Any], schema_file: Path) -> list[str]:
    schema = json.loads(schema_file.read_text("utf-8"))
    validator = TeamsValidator(schema, format_checker=FORMATS)
    return [
        f"{'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in validator.iter_errors(document)
    ]


def png_header(data: bytes) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from the IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height, depth, colour_type = struct.unpack(">IIBB", data[16:26])
    return width, height, depth, colour_type


def unfilter(kind: int, line: bytearray, up: bytes, bpp: int) -> bytearray:
    """Undoes one of PNG's five row filters in place."""
    for x in range(len(line)):
        a, b = line[x - bpp] if x >= bpp else 0, up[x]
        c = up[x - bpp] if x >= bpp else 0
        p = a + b - c
        paeth = min((abs(p - a), a), (abs(p - b), b), (abs(p - c), c), key=lambda t: t[0])[1]
        line[x] = (line[x] + (0, a, b, (a + b) // 2, paeth)[kind]) & 0xFF
    return line


def png_pixels(data: bytes) -> list[bytes]:
    """The RGBA pixels of an 8-bit RGBA, non-interlaced PNG."""
    width, height, depth, colour_type = png_header(data)
    assert (depth, colour_type, data[28]) == (8, 6, 0), "expected 8-bit RGBA, not interlaced"
    idat, pos = bytearray(), 8
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * 4 + 1
    rows = [bytes(stride - 1)]
    for y in range(height):
        line = bytearray(raw[y * stride + 1 : (y + 1) * stride])
        rows.append(bytes(unfilter(raw[y * stride], line, rows[-1], 4)))
    return [row[i : i + 4] for row in rows[1:] for i in range(0, stride - 1, 4)]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The files of a package built with ENV, by name."""
    path = build_package(tmp_path_factory.mktemp("package"), ENV)
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture(scope="module")
def manifest(package: dict[str, bytes]) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(package["manifest.json"])
    return result


def schema_file(manifest: dict[str, Any], name: str) -> Path:
    require_schemas()
    path = SCHEMAS / f"v{manifest['manifestVersion']}" / name
    assert path.is_file(), f"@microsoft/app-manifest ships no {path.relative_to(SCHEMAS)}"
    return path


def test_manifest_matches_the_schema_of_its_version(manifest: dict[str, Any]) -> None:
    assert schema_errors(manifest, schema_file(manifest, "MicrosoftTeams.schema.json")) == []
    assert f"/v{manifest['manifestVersion']}/" in manifest["$schema"]


def test_localization_files_match_their_schema_and_the_manifest(
    package: dict[str, bytes], manifest: dict[str, Any]
) -> None:
    schema = schema_file(manifest, "MicrosoftTeams.Localization.schema.json")
    languages = manifest["localizationInfo"]["additionalLanguages"]
    assert [language["languageTag"] for language in languages] == ["en"]
    for language in languages:
        strings = json.loads(package[language["file"]])
        assert schema_errors(strings, schema) == []
        assert f"/v{manifest['manifestVersion']}/" in strings["$schema"]
        for key in strings:  # each translated command string must exist in the manifest
            if match := COMMAND_KEY.fullmatch(key):
                command_list, command, field = match.groups()
                commands = manifest["bots"][0]["commandLists"][int(command_list)]["commands"]
                assert field in commands[int(command)], key


def test_package_holds_the_manifest_and_its_files_at_the_root(
    package: dict[str, bytes], manifest: dict[str, Any]
) -> None:
    assert sorted(package) == ["color.png", "en.json", "manifest.json", "outline.png"]
    assert set(manifest["icons"].values()) == {"color.png", "outline.png"}
    assert b"${{" not in package["manifest.json"]


def test_ids_version_and_domain_come_from_the_environment(manifest: dict[str, Any]) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        version = tomllib.load(file)["project"]["version"]
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    assert manifest["webApplicationInfo"]["id"] == APP_ID
    assert manifest["version"] == version
    assert manifest["validDomains"] == ["heroma-bot.example.se"]


def test_bot_offers_the_commands_the_dialogs_understand(manifest: dict[str, Any]) -> None:
    bot = manifest["bots"][0]
    assert bot["scopes"] == ["personal", "team"]
    assert bot["supportsFiles"] is False
    titles = {
        scope: [command["title"] for command in commands["commands"]]
        for commands in bot["commandLists"]
        for scope in commands["scopes"]
    }
    assert titles == {"personal": PERSONAL_COMMANDS, "team": TEAM_COMMANDS}
    assert all(c["description"] for cl in bot["commandLists"] for c in cl["commands"])


def test_icons_have_teams_sizes_and_an_alpha_channel(package: dict[str, bytes]) -> None:
    assert png_header(package["color.png"]) == (192, 192, 8, 6)
    assert png_header(package["outline.png"]) == (32, 32, 8, 6)


def test_outline_icon_is_white_on_transparent(package: dict[str, bytes]) -> None:
    pixels = png_pixels(package["outline.png"])
    assert all(pixel[3] == 0 or pixel[:3] == b"\xff\xff\xff" for pixel in pixels)
    assert any(pixel[3] == 255 for pixel in pixels), "the outline icon is empty"


def test_committed_icons_are_what_make_icons_draws() -> None:
    for name, draw in (("color.png", color_icon), ("outline.png", outline_icon)):
        assert png_pixels((MANIFEST_DIR / name).read_bytes()) == png_pixels(draw()), name


def test_without_bot_domain_there_are_no_valid_domains(tmp_path: Path) -> None:
    build_package(tmp_path, {"MicrosoftAppId": APP_ID})
    assert json.loads((tmp_path / "manifest.json").read_text("utf-8"))["validDomains"] == []


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "MicrosoftAppId must be the bot's app id"),
        ({"MicrosoftAppId": "min-bot"}, "ett GUID"),
        ({"MicrosoftAppId": APP_ID, "BOT_DOMAIN": "https://bot.example.se/"}, "host name"),
    ],
)
def test_build_refuses_a_bad_environment(env: dict[str, str], message: str, tmp_path: Path) -> None:
    with pytest.raises(PackageError, match=message):
        build_package(tmp_path, env)
    assert not (tmp_path / "appPackage.zip").exists()
