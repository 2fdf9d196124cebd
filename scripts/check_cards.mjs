#!/usr/bin/env node
// Parses Adaptive Cards with Microsoft's renderer (npm `adaptivecards`) as a 1.5 host would, and
// prints every parse and validation event per card as JSON.
//
// Usage: node scripts/check_cards.mjs [samples.json]   (reads stdin without a file)
// Input: [{"name": "...", "card": {...}}, ...]
// Output: [{"name": "...", "events": [{"phase": "Parse", "event": "UnknownElementType",
//          "message": "..."}]}, ...]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

// The package's ESM `lib/` uses extensionless imports that Node cannot resolve; the UMD bundle
// works in Node without a DOM for parsing and validation.
const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.min.js");

const TARGET = AC.Versions.v1_5;
// Teams shows at most 6 actions per action set (the library's default host config says 5):
// from microsoft-teams-light.json in npm adaptivecards-designer 2.4.4.
const TEAMS = new AC.HostConfig({ supportsInteractivity: true, actions: { maxActions: 6 } });

function describe(event) {
  return {
    phase: AC.ValidationPhase[event.phase],
    event: AC.ValidationEvent[event.event],
    message: event.message,
  };
}

// The library accepts Action.Execute without `verb`; Teams routes Universal Actions on it.
function executeWithoutVerb(node, path = "card") {
  if (Array.isArray(node)) {
    return node.flatMap((item, i) => executeWithoutVerb(item, `${path}[${i}]`));
  }
  if (node === null || typeof node !== "object") return [];
  const found = [];
  if (node.type === "Action.Execute" && !(typeof node.verb === "string" && node.verb)) {
    found.push({
      phase: "Check",
      event: "ExecuteWithoutVerb",
      message: `Action.Execute "${node.title ?? ""}" at ${path} has no verb.`,
    });
  }
  for (const [key, value] of Object.entries(node)) {
    found.push(...executeWithoutVerb(value, `${path}.${key}`));
  }
  return found;
}

function checkCard(json) {
  const context = new AC.SerializationContext(TARGET);
  const card = new AC.AdaptiveCard();
  card.maxVersion = TARGET;
  card.hostConfig = TEAMS;
  card.parse(json, context);
  const events = [];
  for (let i = 0; i < context.eventCount; i++) events.push(describe(context.getEventAt(i)));
  events.push(...card.validateProperties().validationEvents.map(describe));
  events.push(...executeWithoutVerb(json));
  return events;
}

const source = process.argv[2] ? readFileSync(process.argv[2], "utf8") : readFileSync(0, "utf8");
const results = JSON.parse(source).map(({ name, card }) => ({ name, events: checkCard(card) }));
process.stdout.write(JSON.stringify(results, null, 2) + "\n");
