#!/usr/bin/env bash
# The one command to try the bot locally: ensures tools, starts the bot on 127.0.0.1:3978 and the
# Microsoft 365 Agents Playground (a Teams emulator) on port 56150, waits until both answer, prints the
# URL to open, and stops both on Ctrl-C. Logs go to artifacts/run-local/.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

bot_port=3978
playground_port=56150
logs="$repo_root/artifacts/run-local"
mkdir -p "$logs"

scripts/ensure-tools.sh

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

for port in "$bot_port" "$playground_port"; do
  if port_open "$port"; then
    echo "run-local: port $port is already in use; stop whatever listens there (ss -ltnp | grep $port)" >&2
    exit 1
  fi
done

pids=()
cleanup() {
  trap - INT TERM EXIT
  echo
  echo "run-local: stopping bot and Playground"
  # Each child runs in its own session (setsid), so the whole group goes: dotnet run's bot process and
  # the Playground's node process included.
  for pid in "${pids[@]}"; do
    kill -TERM -- "-$pid" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

echo "run-local: starting the bot (log: ${logs#"$repo_root"/}/bot.log)"
# The Playground sends no tokens: authentication off, which the bot allows only in Development and only on request.
ASPNETCORE_URLS="http://127.0.0.1:$bot_port" ASPNETCORE_ENVIRONMENT=Development Bot__AllowUnauthenticated=true Web__AllowLocalSignIn=true \
  setsid dotnet run --project bot/Collaboration.Bot >"$logs/bot.log" 2>&1 &
pids+=("$!")

echo "run-local: starting the Agents Playground (log: ${logs#"$repo_root"/}/playground.log)"
# Run from tools/playground so that it reads .m365agentsplayground.yml (the mock users and team);
# without TEAMSAPPTESTER_BROWSER=none it tries xdg-open and exits.
(
  cd tools/playground
  TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$logs/playground.log" \
    exec setsid node_modules/.bin/agentsplayground \
      -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p "$playground_port"
) >"$logs/playground.out" 2>&1 &
pids+=("$!")

wait_for() { # wait_for NAME PORT PID SECONDS LOG
  local name="$1" port="$2" pid="$3" seconds="$4" log="$5"
  for ((i = 0; i < seconds; i++)); do
    if port_open "$port"; then
      echo "run-local: $name answers on port $port"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run-local: $name exited before it answered; last lines of $log:" >&2
      tail -n 30 "$log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "run-local: $name did not answer on port $port within $seconds s; last lines of $log:" >&2
  tail -n 30 "$log" >&2
  exit 1
}

# The first dotnet run restores and builds, hence the long wait for the bot.
wait_for "Agents Playground" "$playground_port" "${pids[1]}" 60 "$logs/playground.out"
wait_for "bot" "$bot_port" "${pids[0]}" 300 "$logs/bot.log"

echo
echo "run-local: ready. Open http://localhost:$playground_port in a browser (Teams emulator, bot at http://127.0.0.1:$bot_port/api/messages)."
echo "run-local: press Ctrl-C to stop both."
wait -n "${pids[@]}" || true
echo "run-local: one of the processes exited; see $logs" >&2
