#!/usr/bin/env bash
# Virtuoso Open Source for the query benchmark: virtuoso.sh start DIR FILE.nq HTTP_PORT SQL_PORT | stop DIR
# Installs the Debian package if missing; loads the N-Quads with ld_dir/rdf_loader_run; exits non-zero (and says
# why) when Virtuoso cannot be installed or started, so that run.sh skips it.
set -uo pipefail
cmd=$1; dir=$2
if [[ $cmd == stop ]]; then
  pid=$(cat "$dir/pid" 2>/dev/null) && kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  exit 0
fi
nq=$3; http=$4; sql=$5
if ! command -v virtuoso-t > /dev/null; then
  echo "virtuoso-t missing: installing virtuoso-opensource with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y virtuoso-opensource > /dev/null 2>&1 || { echo "cannot install virtuoso-opensource: skipped"; exit 1; }
fi
ISQL=$(command -v isql-vt || command -v isql) || { echo "no isql: skipped"; exit 1; }
rm -rf "$dir"; mkdir -p "$dir/load"
cp "$nq" "$dir/load/data.nq"
cat > "$dir/virtuoso.ini" <<INI
[Database]
DatabaseFile = $dir/db.db
TransactionFile = $dir/db.trx
ErrorLogFile = $dir/db.log
xa_persistent_file = $dir/db.pxa
[TempDatabase]
DatabaseFile = $dir/temp.db
TransactionFile = $dir/temp.trx
[Parameters]
ServerPort = 127.0.0.1:$sql
DirsAllowed = ., $dir/load, /usr/share/virtuoso-opensource-7/vad
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
[HTTPServer]
ServerPort = 127.0.0.1:$http
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 16
ServerThreads = 16
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
INI
# $! must be virtuoso-t itself: "cd && virtuoso-t &" would background a subshell, and stop would kill only that
(cd "$dir" || exit 1; virtuoso-t -f -c "$dir/virtuoso.ini" > "$dir/out.log" 2>&1 & echo $! > "$dir/pid")
for i in $(seq 60); do "$ISQL" $sql dba dba exec="status();" > /dev/null 2>&1 && break; sleep 1; done
"$ISQL" $sql dba dba exec="status();" > /dev/null 2>&1 || { echo "Virtuoso did not start: $(tail -3 "$dir/db.log" 2>/dev/null)"; exit 1; }
start=$(date +%s.%N)
"$ISQL" $sql dba dba exec="ld_dir('$dir/load', 'data.nq', 'urn:default'); rdf_loader_run(); checkpoint;" || { echo "Virtuoso load failed"; exit 1; }
echo "virtuoso load: $(echo "$(date +%s.%N) - $start" | bc) s"
# the union of all named graphs as default graph, like skynet-kg and Fuseki with unionDefaultGraph
echo "virtuoso: started on 127.0.0.1:$http"
