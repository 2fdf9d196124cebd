// Driving Microsoft 365 Agents Playground's web UI (version pinned in package.json) with
// playwright-core and Debian's chromium: the browser, the selectors that work, and numbered steps
// with screenshots. The UI's labels and structure may change between Playground versions.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium"; // Debian's; Playwright never downloads a browser here
const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
  // Offline: only loopback resolves (the Playground's UI asks for fonts and animations on a CDN).
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
];

/** Chromium with a fresh profile: the context, and `close` that also removes the profile. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), "e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: { width: 1280, height: 1000 },
    locale: "en-US", // the date picker's calendar names days in English
    timezoneId: "Europe/Stockholm",
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Adaptive Cards as rendered in the conversation that is open. */
export const cards = (page) => page.locator(".ac-adaptiveCard");
export const cardWith = (page, text) => cards(page).filter({ hasText: text }).last();
export const button = (scope, name) => scope.getByRole("button", { name, exact: true });

/** Waits until `locator` matches at least `count` elements. */
export async function atLeast(locator, count) {
  await locator.nth(count - 1).waitFor();
}

/** A date `days` ago, as the card sends it (YYYY-MM-DD) and as the calendar names it. */
export function daysAgo(days) {
  const day = new Date();
  day.setDate(day.getDate() - days);
  const pad = (n) => String(n).padStart(2, "0");
  const [year, month] = [day.getFullYear(), day.toLocaleString("en-US", { month: "long" })];
  return {
    iso: `${year}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`,
    month: `${month} ${year}`, // the calendar's heading, e.g. "October 2026"
    cell: `${day.getDate()}, ${month}, ${year}`, // a day's button, e.g. "9, October, 2026"
  };
}

/** Input.Date is a date picker: open its calendar, go back to the month, click the day. */
export async function pickDate(page, input, date) {
  await input.click();
  const calendar = page.getByRole("dialog", { name: "Calendar" });
  await calendar.waitFor();
  for (let i = 0; i < 24 && !(await button(calendar, date.month).isVisible()); i++) {
    await calendar.getByRole("button", { name: /^Previous month/ }).click();
  }
  await button(calendar, date.cell).click();
  await calendar.waitFor({ state: "hidden" });
}

/** Types into the open conversation's compose box and sends it. */
export async function say(page, text) {
  await page.locator('[data-lexical-editor="true"]').last().click();
  await page.keyboard.type(text);
  await button(page, "Send Message").click();
}

/** Posts a new channel message that starts with an @mention of `bot`. */
export async function postMention(page, bot, text) {
  await page.locator('[data-lexical-editor="true"]').first().click();
  await page.keyboard.type(`@${bot.slice(0, 6)}`);
  await page.locator(".fui-MenuList [role=menuitem]").filter({ hasText: bot }).first().click();
  await page.keyboard.type(` ${text}`);
  await button(page, "Post").click();
}

/** Opens a chat or channel from the list on the left. */
export async function openConversation(page, name) {
  await page.getByRole("treeitem", { name, exact: true }).click();
}

/** Numbered steps: each saves NN-<name>.png, or NN-<name>-FAILED.png and rethrows with its name. */
export class Steps {
  constructor(page, outDir) {
    this.page = page;
    this.outDir = outDir;
    this.number = 0;
  }

  /** Runs one step, then screenshots it with `shown` (what the step produced) in view. */
  async step(name, run) {
    this.number += 1;
    const file = join(this.outDir, `${String(this.number).padStart(2, "0")}-${name}.png`);
    const started = Date.now();
    try {
      const shown = await run();
      if (shown) await shown.evaluate((el) => el.scrollIntoView({ block: "end" }));
      await this.page.screenshot({ path: file, animations: "disabled" });
    } catch (error) {
      await this.page.screenshot({ path: file.replace(/\.png$/, "-FAILED.png") }).catch(() => {});
      error.message = `step ${this.number} "${name}": ${error.message}`;
      throw error;
    }
    console.log(`e2e: ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}
