#!/usr/bin/env bash
# The one test command: ensures tools, builds, runs every test project, and ends with the line
# "N passed, N failed". Exits non-zero when the build fails or any test fails.
# The end-to-end tests (tests/Collaboration.EndToEnd.Tests) run the bot built here against the Agents
# Playground in Chromium; they leave screenshots and logs in artifacts/e2e/<scenario>/.
# Usage: scripts/test.sh [--no-browser]
#   --no-browser  skip installing Chromium (the end-to-end tests that need it will then fail)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo_root"

ensure_args=(--browser)
for arg in "$@"; do
  case "$arg" in
    --no-browser) ensure_args=() ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown option '$arg' (known: --no-browser)" >&2; exit 2 ;;
  esac
done

scripts/ensure-tools.sh "${ensure_args[@]}"

results="$repo_root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "test.sh: building Collaboration.sln"
if ! dotnet build Collaboration.sln --nologo -v quiet; then
  echo "test.sh: BUILD FAILED (see the errors above); no tests ran" >&2
  echo "0 passed, 0 failed"
  exit 1
fi

echo "test.sh: running tests, TRX files go to ${results#"$repo_root"/}"
test_status=0
dotnet test Collaboration.sln --no-build --nologo \
  --logger "trx;LogFilePrefix=tests" --results-directory "$results" 2>&1 | tee "$results/dotnet-test.log" \
  || test_status=$?

# The prefix gets a timestamp in whole seconds; two projects finishing in the same second would share a
# file and one project's counts would vanish from the sum. Fail loudly rather than under-count.
reported=$(grep -c '^Results File: ' "$results/dotnet-test.log" || true)
distinct=$(grep '^Results File: ' "$results/dotnet-test.log" | sort -u | wc -l || true)
if [[ "$reported" -ne "$distinct" ]]; then
  echo "test.sh: $reported test runs wrote only $distinct distinct TRX files; the summary would be incomplete" >&2
  test_status=1
fi

# The Office add-in's Office.js code is tested in Node (tests/addin, office-addin-mock from its package-lock). TAP's
# closing "# pass N" / "# fail N" lines are added to the sum below; a failing or crashed node run fails the script.
echo "test.sh: running the add-in's node tests (tests/addin)"
node_status=0
( cd tests/addin && npm ci --no-audit --no-fund --loglevel=error && node --test --test-reporter=tap ) \
  > "$results/addin-node.tap" 2>&1 || node_status=$?
tap_count() { # tap_count NAME -> the number on TAP's "# NAME N" summary line, 0 when absent
  grep -E "^# $1 [0-9]+$" "$results/addin-node.tap" | tail -1 | grep -o '[0-9]\+' || echo 0
}
node_passed=$(tap_count pass)
node_failed=$(( $(tap_count fail) + $(tap_count cancelled) ))
echo "test.sh: node tests: $node_passed passed, $node_failed failed (TAP in ${results#"$repo_root"/}/addin-node.tap)"
if [[ "$node_status" -ne 0 ]]; then
  grep -E '^not ok|^# (Subtest|fail)|npm (ERR|error)' "$results/addin-node.tap" >&2 || tail -20 "$results/addin-node.tap" >&2
  if [[ "$node_failed" -eq 0 ]]; then
    # npm ci or node itself failed before any test reported: count the run as one failure, never as a pass.
    node_failed=1
  fi
fi

# Sum the <Counters .../> element of every TRX file; grep and sed because a fresh machine may lack python/jq.
counter() { # counter NAME FILE -> the attribute's value, 0 when absent
  grep -o '<Counters [^>]*>' "$2" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]\+' || echo 0
}
total=0 passed=0 failed=0 skipped=0 files=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  files=$((files + 1))
  total=$((total + $(counter total "$trx")))
  passed=$((passed + $(counter passed "$trx")))
  # Errors, timeouts and aborts are failures as far as anyone reading the summary is concerned.
  failed=$((failed + $(counter failed "$trx") + $(counter error "$trx") + $(counter timeout "$trx") + $(counter aborted "$trx")))
  skipped=$((skipped + $(counter notExecuted "$trx")))
done

passed=$((passed + node_passed))
failed=$((failed + node_failed))
skipped=$((skipped + $(tap_count skipped)))
total=$((total + node_passed + node_failed))
echo "test.sh: $files TRX file(s) and the node tests, $total tests in all, $skipped skipped"
if [[ "$files" -eq 0 ]]; then
  echo "test.sh: no TRX files were written; the test run itself failed" >&2
  echo "$passed passed, $failed failed"
  exit 1
fi
if [[ "$test_status" -ne 0 && "$failed" -eq 0 ]]; then
  # A crashed test host writes no failed counter; the exit code is the only trace.
  echo "test.sh: dotnet test exited with $test_status although no test failed; see its output above" >&2
fi
echo "$passed passed, $failed failed"
if [[ "$failed" -ne 0 || "$test_status" -ne 0 ]]; then
  exit 1
fi
