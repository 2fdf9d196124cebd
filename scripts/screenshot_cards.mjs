#!/usr/bin/env node
// Renders each sample card with Microsoft's renderer (npm `adaptivecards`) and Teams' light host
// config in headless Debian chromium, and saves <out>/<name>.png.
//
// Usage: node scripts/screenshot_cards.mjs samples.json docs/cards
// (samples.json from `python -m scripts.export_card_samples`; `make screenshots` does it all.)
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const NODE_MODULES = fileURLToPath(new URL("../node_modules/", import.meta.url));
const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
// adaptivecards-designer ships Teams' host configs but cannot be installed beside
// adaptivecards 3 (it wants adaptivecards ^2 and monaco-editor as peers): take the one file
// from its pinned tarball instead, once, into node_modules/.cache.
const DESIGNER = "adaptivecards-designer@2.4.4";
const HOST_CONFIG = "package/lib/hostConfigs/microsoft-teams-light.json";

function teamsLightHostConfig() {
  const cached = join(NODE_MODULES, ".cache", DESIGNER, "microsoft-teams-light.json");
  if (!existsSync(cached)) {
    const work = mkdtempSync(join(tmpdir(), "designer-"));
    const tarball = execFileSync("npm", ["pack", DESIGNER, "--silent"], { cwd: work })
      .toString().trim().split("\n").pop();
    execFileSync("tar", ["-xzf", tarball, HOST_CONFIG], { cwd: work });
    mkdirSync(join(cached, ".."), { recursive: true });
    copyFileSync(join(work, HOST_CONFIG), cached);
    rmSync(work, { recursive: true, force: true });
  }
  return JSON.parse(readFileSync(cached, "utf8"));
}

// Roughly Teams' light theme around the card: a white message bubble on the grey chat.
const PAGE = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
  body { margin: 0; background: #f5f5f5; font-family: 'Segoe UI', sans-serif; }
  #card { width: 560px; margin: 16px; background: #fff; border-radius: 6px;
          box-shadow: 0 1px 2px rgba(0,0,0,.14); overflow: hidden; }
  .ac-pushButton { font: 600 14px 'Segoe UI', sans-serif; padding: 5px 12px; min-height: 32px;
                   border: 1px solid #d1d1d1; border-radius: 4px; background: #fff; color: #242424; }
  .ac-pushButton.style-positive { background: #5b5fc7; border-color: #5b5fc7; color: #fff; }
  .ac-pushButton.style-destructive { color: #c4314b; }
  .ac-input { font: 14px 'Segoe UI', sans-serif; }
  .ac-textInput, .ac-dateInput, .ac-multichoiceInput { border: 1px solid #d1d1d1;
                   border-radius: 4px; padding: 5px 8px; min-height: 32px; box-sizing: border-box; }
</style></head><body><div id="card"></div></body></html>`;

function renderCard({ card, hostConfig }) {
  const md = window.markdownit();
  AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
    result.outputHtml = md.render(text);
    result.didProcess = true;
  };
  const adaptiveCard = new AdaptiveCards.AdaptiveCard();
  adaptiveCard.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
  adaptiveCard.parse(card);
  document.getElementById("card").replaceChildren(adaptiveCard.render());
}

async function main() {
  const [samplesFile, outDir] = process.argv.slice(2);
  if (!samplesFile || !outDir) throw new Error("usage: screenshot_cards.mjs samples.json out-dir");
  const samples = JSON.parse(readFileSync(samplesFile, "utf8"));
  const hostConfig = teamsLightHostConfig();
  mkdirSync(outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "chromium-profile-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, args: ARGS, viewport: { width: 600, height: 800 },
  });
  try {
    const page = await browser.newPage();
    await page.setContent(PAGE);
    await page.addScriptTag({ path: join(NODE_MODULES, "adaptivecards/dist/adaptivecards.min.js") });
    await page.addScriptTag({
      path: join(NODE_MODULES, "markdown-it/dist/browser/markdown-it.umd.min.js"),
    });
    for (const { name, card } of samples) {
      await page.evaluate(renderCard, { card, hostConfig });
      await page.locator("#card").screenshot({ path: join(outDir, `${name}.png`) });
      console.log(`${join(outDir, name)}.png`);
    }
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
