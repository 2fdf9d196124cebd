#!/usr/bin/env node
// The end-to-end walk in Microsoft 365 Agents Playground's web UI, driven with Playwright and
// Debian's chromium: a coordinator registers her channel, a manager fills in a new-access request
// card by card, the case card appears in the channel, the coordinator takes it and marks it
// forwarded (Action.Execute, updated in place), and the manager sees each status in her chat.
// Saves NN-<step>.png per step in <out-dir>; exits 1 with the failed step's name on failure.
// How to drive the Playground's UI is in playground.mjs; this file is the story.
//
// Usage: node scripts/e2e/walk.mjs <playground-url> <out-dir>   (`make e2e` runs it via run.sh)
import { mkdirSync } from "node:fs";
import {
  atLeast, button, cardWith, cards, daysAgo, launchBrowser, openConversation, pickDate,
  postMention, say, Steps,
} from "./playground.mjs";

const STEP_TIMEOUT_MS = 15_000; // a bot reply takes well under a second; the UI a bit longer
const WALK_TIMEOUT_MS = Number(process.env.E2E_WALK_TIMEOUT_SECONDS ?? 120) * 1000;

// Names from m365agentsplayground.yml and from the bot's cards (cards/*.py).
const USER = "Alex Wilber";
const BOT = "Heroma-assistenten";
const CHANNEL = "Bemanning - Behörighetsärenden";
const REGISTERED = "Den här kanalen tar nu emot ärenden";
const PERSON = { name: "Karin Svensson", userId: "karsv12", email: "karin.svensson@example.se" };
const ASSIGNMENT = "Enhetschef (första linjens chef)";
const UNITS = ["123456 Medicinavdelning 12", "123457 Medicinmottagningen"];
const BUSINESS_AREA = "VO Medicin";

async function walk(page, url, outDir) {
  const w = new Steps(page, outDir);
  let reference = "";

  await w.step("connected", async () => {
    await page.goto(url);
    await page.getByText("Connected.").first().waitFor(); // the Playground's log panel
    await atLeast(cards(page).filter({ hasText: "Vad vill du göra?" }), 1); // install → welcome
    await button(page, "Hide log panel").click();
    return cardWith(page, "Vad vill du göra?");
  });

  await w.step("channel-registered", async () => {
    // Opening the channel installs the bot in the team (the Playground sends the events); as a
    // coordinator added it, the bot registers the team's General channel. Wait for that, so it
    // cannot overtake the explicit registration of this channel below.
    await openConversation(page, CHANNEL);
    const registered = page.getByText(REGISTERED);
    await registered.first().waitFor({ timeout: 10_000 }).catch(() => {});
    const before = await registered.count();
    await postMention(page, BOT, "registrera kanal");
    await atLeast(registered, before + 1);
    return registered.last();
  });

  await w.step("menu", async () => {
    await openConversation(page, "Personal Chat");
    const menus = cards(page).filter({ hasText: "Vad vill du göra?" });
    const before = await menus.count();
    await say(page, "hej");
    await atLeast(menus, before + 1);
    return menus.last();
  });

  await w.step("assignment", async () => {
    await button(cardWith(page, "Vad vill du göra?"), "Ny behörighet").click();
    const card = cardWith(page, "Steg 1 av");
    await card.getByRole("radio", { name: ASSIGNMENT, exact: true }).check();
    return card;
  });

  await w.step("role", async () => {
    await button(cardWith(page, "Steg 1 av"), "Nästa").click();
    const card = cardWith(page, "Steg 2 av");
    await card.filter({ hasText: "Behörighetsroll" }).filter({ hasText: ASSIGNMENT }).waitFor();
    return card;
  });

  await w.step("person", async () => {
    await button(cardWith(page, "Steg 2 av"), "Stämmer, fortsätt").click();
    const card = cardWith(page, "Steg 3 av");
    await card.getByRole("textbox", { name: "Namn", exact: true }).fill(PERSON.name);
    const userId = card.getByRole("textbox", { name: "Användar-id (t.ex. VGR-ID)", exact: true });
    await userId.fill(PERSON.userId);
    await card.getByRole("textbox", { name: "E-post", exact: true }).fill(PERSON.email);
    return card;
  });

  await w.step("units", async () => {
    await button(cardWith(page, "Steg 3 av"), "Nästa").click();
    const card = cardWith(page, "Steg 4 av");
    const units = card.getByRole("textbox", { name: "Ansvar (ett per rad)", exact: true });
    await units.fill(UNITS.join("\n"));
    const area = card.getByRole("textbox", { name: "Verksamhetsområde", exact: true });
    await area.fill(BUSINESS_AREA);
    return card;
  });

  const introduction = daysAgo(45);
  const forManagers = daysAgo(40);
  const heromaCourse = daysAgo(30);

  await w.step("courses", async () => {
    await button(cardWith(page, "Steg 4 av"), "Nästa").click();
    const card = cardWith(page, "Steg 5 av");
    const label = (course) => ({ name: `${course}, godkänd datum`, exact: true });
    await pickDate(page, card.getByRole("combobox", label("Heroma – Introduktion")), introduction);
    await pickDate(page, card.getByRole("combobox", label("Heroma – För chefer")), forManagers);
    return card;
  });

  await w.step("heroma-course", async () => {
    await button(cardWith(page, "Steg 5 av"), "Nästa").click();
    const card = cardWith(page, "Steg 6 av");
    const done = card.getByRole("radio", { name: "Har genomfört Heromautbildningen", exact: true });
    await done.check();
    const date = { name: "Datum då Heromautbildningen genomfördes", exact: true };
    await pickDate(page, card.getByRole("combobox", date), heromaCourse);
    return card;
  });

  await w.step("review", async () => {
    await button(cardWith(page, "Steg 6 av"), "Nästa").click();
    let card = cardWith(page, "Steg 7 av");
    const form = [PERSON.name, PERSON.userId, UNITS[1], introduction.iso, heromaCourse.iso];
    for (const shown of form) card = card.filter({ hasText: shown }); // what she checks
    await card.waitFor();
    await card.getByRole("checkbox", { name: /^Ansvarig chef/ }).check();
    await card.getByRole("checkbox", { name: /^Kontroll/ }).check();
    return card;
  });

  await w.step("receipt", async () => {
    await button(cardWith(page, "Steg 7 av"), "Skicka till bemanningssamordnaren").click();
    const receipt = cardWith(page, /Skickat: HB-\d{4}-\d{4,}/);
    // Said only when the channel card was posted during the submission itself.
    await receipt.filter({ hasText: "går nu till bemanningssamordnarens kanal" }).waitFor();
    reference = (await receipt.innerText()).match(/HB-\d{4}-\d{4,}/)[0];
    return receipt;
  });

  const channelCard = () => cardWith(page, `${reference} · Ny behörighet`);

  await w.step("channel-card", async () => {
    await openConversation(page, CHANNEL);
    const card = channelCard().filter({ hasText: "Inskickad · hanteras av ingen ännu" });
    await card.filter({ hasText: PERSON.name }).waitFor();
    return card;
  });

  await w.step("channel-taken", async () => {
    await button(channelCard(), "Jag hanterar").click();
    const card = channelCard().filter({ hasText: `Under handläggning · hanteras av ${USER}` });
    await button(card, "Skickad till Löneservice").waitFor();
    return card;
  });

  await w.step("channel-forwarded", async () => {
    await button(channelCard(), "Skickad till Löneservice").click();
    const card = channelCard().filter({ hasText: "Vidarebefordrad till Löneservice ·" });
    await button(card, "Klar").waitFor();
    const copies = await cards(page).filter({ hasText: `${reference} · Ny behörighet` }).count();
    if (copies !== 1) throw new Error(`the channel shows ${copies} cards for ${reference}, not 1`);
    return card;
  });

  await w.step("manager-status", async () => {
    await openConversation(page, "Personal Chat");
    await cardWith(page, `${reference}: Under handläggning`).waitFor();
    const forwarded = cardWith(page, `${reference}: Vidarebefordrad till Löneservice`);
    await forwarded.filter({ hasText: `Hanteras av ${USER}` }).waitFor();
    return forwarded;
  });

  await w.step("my-cases", async () => {
    const status = cardWith(page, `${reference}: Vidarebefordrad till Löneservice`);
    await button(status, "Mina ärenden").click();
    const mine = cardWith(page, "Mina ärenden").filter({ hasText: reference });
    await mine.filter({ hasText: "Vidarebefordrad till Löneservice" }).waitFor();
    return mine;
  });

  return reference;
}

async function main() {
  const [url, outDir] = process.argv.slice(2);
  if (!url || !outDir) throw new Error("usage: walk.mjs <playground-url> <out-dir>");
  mkdirSync(outDir, { recursive: true });
  const { context, close } = await launchBrowser();
  const deadline = setTimeout(() => {
    console.error(`e2e: FAILED: the walk took longer than ${WALK_TIMEOUT_MS / 1000} s`);
    setTimeout(() => process.exit(1), 5_000).unref();
    close().finally(() => process.exit(1));
  }, WALK_TIMEOUT_MS);
  const started = Date.now();
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const reference = await walk(page, url, outDir);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`e2e: OK - ${reference} submitted, taken and forwarded in ${seconds} s`);
  } finally {
    clearTimeout(deadline);
    await close();
  }
}

try {
  await main();
} catch (error) {
  const lines = error.message.replace(/\x1b\[[0-9;]*m/g, "").split("\n"); // no terminal colours
  console.error(`e2e: FAILED at ${lines[0]}`);
  console.error(lines.slice(1).join("\n"));
  process.exit(1);
}
