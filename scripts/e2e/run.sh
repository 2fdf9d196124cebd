#!/usr/bin/env bash
# `make e2e`: starts the bot and Microsoft 365 Agents Playground on free loopback ports, walks the
# flows in the Playground's web UI (scripts/e2e/walk.mjs) and always stops both. Screenshots of
# every step and the logs land in e2e-screenshots/ (or $E2E_OUT).
#
# Needs .venv, node_modules and /usr/bin/chromium (the make target sees to them).
# E2E_OFFLINE=1 runs it all in a new network namespace with only loopback (root/unshare): proof
# that nothing leaves the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

if [ "${E2E_OFFLINE:-}" = "1" ] && [ -z "${E2E_IN_NETNS:-}" ]; then
  exec unshare --net env E2E_IN_NETNS=1 \
    bash -c 'ip link set lo up && exec bash "$0"' "$ROOT/scripts/e2e/run.sh"
fi

OUT=${E2E_OUT:-$ROOT/e2e-screenshots}
LIMIT=${E2E_TIMEOUT_SECONDS:-180} # the whole run, start to stop
PYTHON=${E2E_PYTHON:-$ROOT/.venv/bin/python}
PLAYGROUND=$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js
# The Playground's current user and tenant (scripts/e2e/m365agentsplayground.yml): she is the
# manager and also the only staffing coordinator the bot accepts.
USER_AAD_ID=00000000-0000-0000-0000-0000000000020
TENANT_ID=00000000-0000-0000-0000-0000000000001

say() { echo "e2e: $*"; }
free_port() {
  "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
alive() { kill -0 "$1" 2>/dev/null; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/heroma-e2e.XXXXXX")
BOT_PID=""
PLAYGROUND_PID=""

stop() {
  local pid=$1 i
  [ -n "$pid" ] && alive "$pid" || return 0
  kill "$pid" 2>/dev/null || true
  for i in $(seq 50); do alive "$pid" || break; sleep 0.1; done
  alive "$pid" && kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}

cleanup() {
  local status=$?
  stop "$PLAYGROUND_PID"
  stop "$BOT_PID"
  cp "$WORK/bot.log" "$WORK/playground.log" "$OUT/" 2>/dev/null || true
  cp "$WORK"/playground/devTools/events_recording_* "$OUT/playground-events.log" 2>/dev/null || true
  if [ "$status" -ne 0 ]; then
    {
      echo "--- bot.log (end) ---"; tail -n 30 "$WORK/bot.log" 2>/dev/null || true
      echo "--- playground.log (end) ---"; tail -n 15 "$WORK/playground.log" 2>/dev/null || true
      echo "e2e: FAILED after $SECONDS s; screenshots and logs in $OUT"
    } >&2
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits (until the run's deadline) for `check` to succeed while process `pid` lives.
wait_for() {
  local what=$1 pid=$2 check=$3
  until eval "$check"; do
    alive "$pid" || { echo "e2e: $what exited during start" >&2; return 1; }
    [ "$SECONDS" -lt "$LIMIT" ] || { echo "e2e: $what did not start in time" >&2; return 1; }
    sleep 0.2
  done
}

mkdir -p "$OUT" "$WORK/data" "$WORK/playground"
find "$OUT" -maxdepth 1 \( -name '*.png' -o -name '*.log' \) -delete
cp scripts/e2e/m365agentsplayground.yml "$WORK/playground/.m365agentsplayground.yml"
BOT_PORT=${E2E_BOT_PORT:-$(free_port)}
PLAYGROUND_PORT=${E2E_PLAYGROUND_PORT:-$(free_port)}

# Local mode (no app id, whatever .env says); a fresh store; the outbox checks twice a second.
env MicrosoftAppId= MicrosoftAppPassword= HOST=127.0.0.1 PORT="$BOT_PORT" DATA_DIR="$WORK/data" \
  OUTBOX_INTERVAL_SECONDS=0.5 COORDINATOR_AAD_IDS="$USER_AAD_ID" ALLOWED_TENANT_ID="$TENANT_ID" \
  LOG_LEVEL=INFO "$PYTHON" -m bot >"$WORK/bot.log" 2>&1 &
BOT_PID=$!

# The Playground reads .m365agentsplayground.yml and writes devTools/ in its working folder.
# No telemetry, no browser of its own; it listens on all interfaces (it has no option for that).
(
  cd "$WORK/playground"
  exec env TEAMSAPPTESTER_BROWSER=none APPLICATION_INSIGHTS_NO_STATSBEAT=true \
    node "$PLAYGROUND" start -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams \
    -p "$PLAYGROUND_PORT" --disable-telemetry --enable-events-recording
) >"$WORK/playground.log" 2>&1 &
PLAYGROUND_PID=$!

wait_for "the bot" "$BOT_PID" 'port_open "$BOT_PORT"'
# It takes another port when the asked one is taken, and says which.
wait_for "the Playground" "$PLAYGROUND_PID" 'grep -q "^Listening on [0-9]" "$WORK/playground.log"'
PLAYGROUND_PORT=$(sed -n 's/^Listening on \([0-9]*\).*/\1/p' "$WORK/playground.log" | head -n 1)
wait_for "the Playground" "$PLAYGROUND_PID" 'port_open "$PLAYGROUND_PORT"'
say "bot on 127.0.0.1:$BOT_PORT, Playground on http://127.0.0.1:$PLAYGROUND_PORT (${SECONDS} s)"

# walk.mjs stops itself at the deadline; `timeout` is the backstop should node itself hang.
E2E_WALK_TIMEOUT_SECONDS=$((LIMIT - SECONDS)) timeout --kill-after=5 $((LIMIT - SECONDS + 10)) \
  node scripts/e2e/walk.mjs "http://127.0.0.1:$PLAYGROUND_PORT/" "$OUT"
# A failed turn apologises in the chat, which the walk might not notice: the log tells.
if grep -E " (ERROR|CRITICAL) |Traceback" "$WORK/bot.log" >&2; then
  echo "e2e: the walk passed but the bot logged errors (above)" >&2
  exit 1
fi
say "passed in $SECONDS s; screenshots in $OUT"
# The plain summary line CI reads after the pytest run: the walk is one end-to-end test.
echo "e2e: 1 passed, 0 failed"
