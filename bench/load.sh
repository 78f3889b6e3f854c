#!/usr/bin/env bash
# The web workspace's load test (issue 13), loopback only and bounded: builds the site and bench/Gongkai.Load in Release,
# then for each database starts the site on a fresh database, creates UNITS units, imports UNITS × YEARS seed-derived text
# reports through the API (timed), publishes them, and drives the report page, the public page and the API with CLIENTS
# closed-loop clients for SECONDS each. Prints a Markdown table per database; exits 1 when a target is missed.
#   bench/load.sh [sqlite|postgres|both]      env: UNITS (5000) YEARS (2) CLIENTS (50) SECONDS (10)
# PostgreSQL: a throw-away cluster (initdb + pg_ctl in a temporary folder, as the postgres user when run as root).
set -euo pipefail
cd "$(dirname "$0")/.."
which="${1:-both}"
UNITS="${UNITS:-5000}" YEARS="${YEARS:-2}" CLIENTS="${CLIENTS:-50}" SECONDS_PER_ENDPOINT="${SECONDS:-10}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build -c Release src/Gongkai.Web -v q -nologo >/dev/null
dotnet build -c Release bench/Gongkai.Load -v q -nologo >/dev/null
tool=bench/Gongkai.Load/bin/Release/net10.0/Gongkai.Load.dll
args=(--units "$UNITS" --years "$YEARS" --clients "$CLIENTS" --seconds "$SECONDS_PER_ENDPOINT" --web src/Gongkai.Web/bin/Release/net10.0/Gongkai.Web.dll)
status=0

if [ "$which" = sqlite ] || [ "$which" = both ]; then
  dotnet "$tool" --database Sqlite "${args[@]}" || status=1
fi

if [ "$which" = postgres ] || [ "$which" = both ]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)"; exit 1; }
  dir=$(mktemp -d /tmp/gongkai-load-pg.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  as=()
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$dir/db" -U app --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$dir/db" -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=300" -l "$dir/log" -w start >/dev/null
  trap '"${as[@]}" "$bin/pg_ctl" -D "$dir/db" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
  "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U app gongkai
  dotnet "$tool" --database Postgres --connection "Host=127.0.0.1;Port=$port;Database=gongkai;Username=app;Maximum Pool Size=200" "${args[@]}" || status=1
fi
exit $status
