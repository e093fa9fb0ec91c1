#!/usr/bin/env bash
# Checks for, and on Debian 12 as root installs, what the tests and the local run need.
# Idempotent: a second run only checks. Usage: scripts/ensure-tools.sh [--browser]
#   --browser  also install Chromium (for the end-to-end tests that drive the Agents Playground)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
want_browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=true ;;
    -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
    *) echo "ensure-tools: unknown option '$arg' (known: --browser)" >&2; exit 2 ;;
  esac
done

say() { echo "ensure-tools: $*"; }
fail() { echo "ensure-tools: ERROR: $*" >&2; exit 1; }

apt_updated=false
apt_install() {
  local package="$1"
  if [[ "$(id -u)" -ne 0 ]]; then
    fail "'$package' is missing and installing it needs root. Run: sudo apt-get update && sudo apt-get install -y $package"
  fi
  command -v apt-get >/dev/null || fail "'$package' is missing and this is not a Debian-like system (no apt-get). Install $package yourself."
  # One index refresh per run: it is slow, and the second install needs no fresher index than the first.
  if [[ "$apt_updated" == false ]]; then
    say "running: apt-get update"
    apt-get update -qq || fail "apt-get update failed; fix the apt sources and run: apt-get update && apt-get install -y $package"
    apt_updated=true
  fi
  say "running: apt-get install -y $package"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null \
    || fail "installing $package failed. Run: apt-get install -y $package"
}

have_postgres_server() {
  command -v initdb >/dev/null && command -v pg_ctl >/dev/null && return 0
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

# .NET SDK: not installed here because the supported way is Microsoft's package feed or installer script.
if command -v dotnet >/dev/null; then
  say "dotnet $(dotnet --version) found"
else
  fail "the .NET SDK is missing. Install the SDK named in global.json, e.g.: https://learn.microsoft.com/dotnet/core/install/linux-debian (or dotnet-install.sh --channel 10.0)"
fi

# PostgreSQL: the store tests start a throw-away cluster (see tests/Collaboration.Fakes/Postgres).
if have_postgres_server; then
  say "PostgreSQL server binaries found"
else
  apt_install postgresql
  have_postgres_server || fail "PostgreSQL still missing after install. Run: apt-get install -y postgresql"
fi
if [[ "$(id -u)" -eq 0 ]]; then
  # PostgreSQL refuses to run as root; the tests hand the cluster to this account with runuser.
  id postgres >/dev/null 2>&1 || fail "running as root but the 'postgres' OS user is missing. Run: apt-get install --reinstall -y postgresql-common"
  command -v runuser >/dev/null || fail "running as root but runuser is missing. Run: apt-get install -y util-linux"
fi

# LibreOffice and poppler: the reports tests convert every generated deck and Word report to PDF (a real office
# suite must open them, not only the SDK's validator) and count pages with pdfinfo.
if command -v soffice >/dev/null && [[ -e /usr/lib/libreoffice/program/simpress ]] && [[ -e /usr/lib/libreoffice/program/swriter ]]; then
  say "LibreOffice (Impress, Writer) found"
else
  apt_install libreoffice-impress
  apt_install libreoffice-writer
  command -v soffice >/dev/null || fail "LibreOffice still missing after install. Run: apt-get install -y libreoffice-impress libreoffice-writer"
fi
if command -v pdftoppm >/dev/null && command -v pdfinfo >/dev/null; then
  say "poppler-utils found"
else
  apt_install poppler-utils
fi

if [[ "$want_browser" == true ]]; then
  if command -v chromium >/dev/null; then
    say "chromium found ($(command -v chromium))"
  else
    apt_install chromium
  fi
fi

# Node is not installed here: Debian 12's nodejs is 18, the Playground wants a current LTS.
if command -v node >/dev/null && command -v npm >/dev/null; then
  say "node $(node --version), npm $(npm --version) found"
else
  fail "node and npm are missing. Install Node.js 20 or later, e.g.: curl -fsSL https://deb.nodesource.com/setup_20.x | bash - && apt-get install -y nodejs"
fi

# npm packages of the repository's node tools; folders that do not exist (yet) are skipped.
# web/Collaboration.Web: teams-js for the pages (its build also runs npm ci when node_modules is missing).
# tools/infra-checks: the Dockerfile linter and the Agents Toolkit CLI of tests/Collaboration.Operations.Tests.
for folder in tools/playground tests/card-validator manifest web/Collaboration.Web tools/infra-checks; do
  dir="$repo_root/$folder"
  [[ -f "$dir/package.json" ]] || { say "$folder: no package.json, nothing to install"; continue; }
  if [[ -d "$dir/node_modules" ]]; then
    say "$folder: node_modules present"
    continue
  fi
  if [[ -f "$dir/package-lock.json" ]]; then
    say "running: npm ci (in $folder)"
    (cd "$dir" && npm ci --no-audit --no-fund) || fail "npm ci failed in $folder. Run: (cd $folder && npm ci)"
  else
    say "running: npm install (in $folder, which has no package-lock.json)"
    (cd "$dir" && npm install --no-audit --no-fund) || fail "npm install failed in $folder. Run: (cd $folder && npm install)"
  fi
done

say "all tools present"
