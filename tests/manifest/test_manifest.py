"""The Teams app package: schema-valid for its manifestVersion, complete, with proper icons.

Microsoft's schemas come from npm `@microsoft/app-manifest` in node_modules (`make node_modules`);
nothing here touches the network.
"""

from __future__ import annotations

import json
import os
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
import regex

from scripts.build_package import MANIFEST_DIR, PackageError, build_package
from scripts.make_icons import color_icon, outline_icon

from .png import png_header, png_pixels
from .schemas import schema_errors

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "node_modules/@microsoft/app-manifest/build/json-schemas/teams"
APP_ID = "6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f"
ENV = {"MicrosoftAppId": APP_ID, "BOT_DOMAIN": "heroma-bot.example.se"}
PERSONAL_COMMANDS = [
    "meny", "ny behörighet", "förändring", "avslut", "chefskoppling",
    "mina ärenden", "fortsätt", "frågor", "hjälp", "avbryt",
]  # fmt: skip
TEAM_COMMANDS = ["registrera kanal", "öppna ärenden", "visa ärende", "exportera"]
COMMAND_KEY = regex.compile(r"bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(\w+)")


def require_schemas() -> None:
    """Fail under CI (the Makefile installs node_modules there), skip on a bare checkout."""
    if not SCHEMAS.is_dir():
        message = f"{SCHEMAS.relative_to(ROOT)} is missing: run `make node_modules` first."
        if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
            pytest.fail(message)
        pytest.skip(message)


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


def test_schema_check_knows_const_and_unicode_patterns(
    manifest: dict[str, Any], tmp_path: Path
) -> None:
    wrong_version = {**manifest, "manifestVersion": "1.17"}
    schema = schema_file(manifest, "MicrosoftTeams.schema.json")
    # A plain draft-04 validator ignores `const` and would accept this.
    expected = f"manifestVersion: {manifest['manifestVersion']!r} was expected"
    assert schema_errors(wrong_version, schema) == [expected]
    letters = tmp_path / "letters.json"
    letters.write_text(json.dumps({"properties": {"name": {"pattern": "^\\p{L}+$"}}}))
    assert schema_errors({"name": "Åsa"}, letters) == []
    assert len(schema_errors({"name": "Åsa1"}, letters)) == 1


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
