#!/usr/bin/env bash
# Sync at bootcamp scale (issue 18): LEARNERS learners (default 100) × REVIEWS reviews (default
# 10,000) pushed to a throwaway PostgreSQL cluster, then `cohort report --server` built from it.
# Prints the time of each quarter of the learners' syncs and of the report after each quarter, so
# growth with the cohort shows. Needs Debian's postgresql package; runs the cluster as `postgres`
# when started as root. Usage: bench/sync.sh [LEARNERS] [REVIEWS]   (BIN=path to use another binary)
set -euo pipefail
learners=${1:-100}
reviews=${2:-10000}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
if [ -z "${BIN:-}" ]; then
  cargo build --quiet --bin awsdrill
  BIN="$root/target/debug/awsdrill"
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
tmp=$(mktemp -d)
chmod 755 "$tmp"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
mkdir "$tmp/pg"
[ "$(id -u)" = 0 ] && chown postgres "$tmp/pg"
cleanup() { as_pg "$pgbin/pg_ctl" -D "$tmp/pg/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$tmp"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
echo bench-admin > "$tmp/pg/pw"
as_pg "$pgbin/initdb" -D "$tmp/pg/data" -U postgres --auth=scram-sha-256 --pwfile="$tmp/pg/pw" --no-sync -E UTF8 --locale=C >/dev/null
as_pg "$pgbin/pg_ctl" -D "$tmp/pg/data" -l "$tmp/pg/log" -w \
  -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$tmp/pg" start >/dev/null
admin="postgres://postgres@127.0.0.1:$port/postgres"
export AWSDRILL_NOW=2026-12-01T00:00:00Z TZ=UTC
ms() { date +%s%3N; }

# One learner's database with REVIEWS reviews, copied for everyone (each then gets its own name,
# device and role: the rows are the same size and shape as real learners').
"$BIN" cards list --json | python3 "$root/bench/gen_history.py" "$reviews" > "$tmp/history.csv"
"$BIN" --db "$tmp/seed.db" progress import "$tmp/history.csv" >/dev/null
"$BIN" --db "$tmp/seed.db" goal set saa-c03 --date 2026-12-20 >/dev/null
PGPASSWORD=bench-admin "$BIN" sync admin init --server "$admin" >/dev/null
for i in $(seq -w 1 "$learners"); do
  cp "$tmp/seed.db" "$tmp/l$i.db"
  PGPASSWORD=bench-admin "$BIN" sync admin create-learner --server "$admin" --cohort bench --learner "l$i" \
    | grep "^127.0.0.1:" > "$tmp/l$i.pgpass"
  chmod 600 "$tmp/l$i.pgpass"
  python3 - "$tmp/l$i.db" "postgres://aws_bench_l$i@127.0.0.1:$port/postgres" "l$i" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("INSERT INTO sync_config (id, server, cohort, learner, device) VALUES (1, ?, 'bench', ?, ?)",
           (sys.argv[2], sys.argv[3], "dev-" + sys.argv[3]))
db.commit()
PY
done
PGPASSWORD=bench-admin "$BIN" sync admin create-lead --server "$admin" --cohort bench --role lead_bench \
  | grep "^127.0.0.1:" > "$tmp/lead.pgpass"
chmod 600 "$tmp/lead.pgpass"

echo "learners: $learners, reviews each: $reviews, binary: $BIN"
echo "| learners synced | reviews on server | sync time of this quarter | per learner | report (table) | report (json) | server size |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
quarter=$(( (learners + 3) / 4 ))
done_count=0
while [ "$done_count" -lt "$learners" ]; do
  start=$(ms)
  n=0
  for i in $(seq -w 1 "$learners" | sed -n "$((done_count + 1)),$((done_count + quarter))p"); do
    PGPASSFILE="$tmp/l$i.pgpass" "$BIN" --db "$tmp/l$i.db" sync >/dev/null
    n=$((n + 1))
  done
  sync_ms=$(( $(ms) - start ))
  done_count=$((done_count + n))
  start=$(ms)
  PGPASSFILE="$tmp/lead.pgpass" "$BIN" --db "$tmp/lead.db" cohort report --server "postgres://lead_bench@127.0.0.1:$port/postgres" --cohort bench >/dev/null
  table_ms=$(( $(ms) - start ))
  start=$(ms)
  PGPASSFILE="$tmp/lead.pgpass" "$BIN" --db "$tmp/lead.db" cohort report --server "postgres://lead_bench@127.0.0.1:$port/postgres" --cohort bench --format json >/dev/null
  json_ms=$(( $(ms) - start ))
  rows=$(PGPASSWORD=bench-admin "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atc "SELECT count(*) FROM awsdrill.review")
  size=$(PGPASSWORD=bench-admin "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atc "SELECT pg_size_pretty(pg_database_size('postgres'))")
  echo "| $done_count | $rows | $((sync_ms / 1000)).$(printf %03d $((sync_ms % 1000))) s | $((sync_ms / n)) ms | $table_ms ms | $json_ms ms | $size |"
done
# The server side of the report: the largest section (days, aggregated from every review) as the
# lead's role, so the row-level security policies are included.
agg="SELECT count(*) FROM (SELECT learner, day, count(*), count(*) FILTER (WHERE correct), count(correct),
  count(*) FILTER (WHERE phase_before = 0 AND mode <> 'cram') FROM awsdrill.review WHERE cohort = 'bench'
  GROUP BY learner, day) t"
PGPASSFILE="$tmp/lead.pgpass" "$pgbin/psql" -h 127.0.0.1 -p "$port" -U lead_bench -d postgres -At \
  -c '\timing on' -c "$agg" | sed -n 's/^Time: /days query as the lead (RLS applied): /p'
PGPASSWORD=bench-admin "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -At \
  -c '\timing on' -c "$agg" | sed -n 's/^Time: /days query as the admin (no RLS): /p'
# A second sync pushes nothing: the cost of an idle sync.
first=$(seq -w 1 "$learners" | head -1)
start=$(ms)
PGPASSFILE="$tmp/l$first.pgpass" "$BIN" --db "$tmp/l$first.db" sync >/dev/null
echo "idle re-sync of one learner: $(( $(ms) - start )) ms"
