#!/usr/bin/env bash
# Load figures of the request desk on 127.0.0.1: fills the database with COUNT requests, then measures
# online submissions per second and inbox latency. Usage: bench/load/run.sh sqlite|postgres [COUNT]
# (postgres: needs GONGKAI_TEST_POSTGRES, e.g. from: eval "$(scripts/postgres start)")
set -euo pipefail
cd "$(dirname "$0")/../.."
provider=${1:-sqlite}
count=${2:-1000000}
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
dotnet build src/Gongkai.Web -c Release -nologo -clp:ErrorsOnly >/dev/null
dotnet build bench/load -c Release -nologo -clp:ErrorsOnly >/dev/null
load="dotnet bench/load/bin/Release/net10.0/Gongkai.Load.dll"
work=$(mktemp -d /tmp/gongkai-load.XXXXXX)
if [ "$provider" = sqlite ]; then
  export Database__Provider=Sqlite ConnectionStrings__Gongkai="Data Source=$work/load.db"
  generator_connection="Data Source=$work/load.db"
else
  db="gongkai_load_$$"
  psql_cs="$GONGKAI_TEST_POSTGRES"
  host=$(echo "$psql_cs" | sed -E 's/.*Host=([^;]+).*/\1/'); pgport=$(echo "$psql_cs" | sed -E 's/.*Port=([^;]+).*/\1/')
  psql -h "$host" -p "$pgport" -U postgres -d postgres -qc "CREATE DATABASE $db" >/dev/null
  export Database__Provider=Postgres ConnectionStrings__Gongkai="Host=$host;Port=$pgport;Username=postgres;Database=$db;Maximum Pool Size=100"
  generator_connection="$ConnectionStrings__Gongkai"
fi
export Urls="http://127.0.0.1:$port" Demo__Password="Load-Test-2026" Logging__LogLevel__Default=Warning
server() { (cd src/Gongkai.Web && exec dotnet bin/Release/net10.0/Gongkai.Web.dll >"$work/server.log" 2>&1) & echo $!; }
wait_up() { for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/" >/dev/null && return 0; sleep 0.2; done; echo "server did not start" >&2; exit 1; }
pid=$(server); wait_up; kill "$pid"; wait "$pid" 2>/dev/null || true      # migrate and seed the demo installation
$load generate "$provider" "$generator_connection" "$count"
pid=$(server); wait_up
trap 'kill $pid 2>/dev/null || true' EXIT
echo "provider $provider, $count generated requests"
$load inbox "http://127.0.0.1:$port" rh.clerk Load-Test-2026 500 1
$load inbox "http://127.0.0.1:$port" rh.clerk Load-Test-2026 1000 4
$load submit "http://127.0.0.1:$port" 10 4
$load submit "http://127.0.0.1:$port" 10 32
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$work"
