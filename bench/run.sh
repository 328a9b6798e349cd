#!/usr/bin/env bash
# skynet-kg benchmark: extraction (JMH), end-to-end load vs Jena's bulk loader, query latency vs stock Fuseki and
# Virtuoso, peak memory of the load. Usage: bench/run.sh [--quick] [N...]   (default N = 1000 50000; --quick: 1000)
# Results go to bench/results/ (one .tsv per measure, raw logs beside them). Environment: BENCH_WORK=DIR keeps the
# work files there; BENCH_HEAP (512m); BENCH_REQUESTS per query and client count (20); BENCH_SKIP_QUERY=1;
# BENCH_SKIP_JMH=1; BENCH_SKIP_LOAD=1 reuses the store and N-Quads kept in BENCH_WORK (queries only);
# BENCH_REPEAT runs of each load up to 1,000 documents (5; the median is reported); BENCH_SKIP_PLAIN=1 leaves out
# the extra runs of our load with plain java -jar (up to 1,000 documents); BENCH_CLIENTS ("1 8"),
# BENCH_MIN_PER_CLIENT (5) and BENCH_WARMUP (5) lighten the query benchmark on large stores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/bench/results
WORK=${BENCH_WORK:-$(mktemp -d /tmp/skynet-bench.XXXX)}
SIZES=(1000 50000)
if [[ "${1:-}" == "--quick" ]]; then SIZES=(1000); shift; fi
if [[ $# -gt 0 ]]; then SIZES=("$@"); fi
HEAP=${BENCH_HEAP:-512m}
REQUESTS=${BENCH_REQUESTS:-20}
CLIENTS=${BENCH_CLIENTS:-1 8}                  # client counts of the query benchmark
MIN_PER_CLIENT=${BENCH_MIN_PER_CLIENT:-5}      # requests per client at least
WARMUP=${BENCH_WARMUP:-5}                      # warm-up requests per client, not timed
mkdir -p "$OUT"

echo "== build" >&2
mvn -q -B -o package -DskipTests
(cd bench/jmh && mvn -q -B package)
JAR=$ROOT/target/skynet-kg.jar
BENCHCP=$ROOT/bench/jmh/target/skynet-kg-bench-0.1.0-SNAPSHOT.jar:$JAR
JMHCP=$BENCHCP:$(cd bench/jmh && mvn -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)

{ echo "nproc: $(nproc)"; free -h; java -version 2>&1; grep -m1 'model name' /proc/cpuinfo; uptime; } > "$OUT/machine.txt"

secs() { awk '/Elapsed \(wall clock\)/ {n=split($NF,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$1"; }
hwm() { awk '/Maximum resident set size/ {print $NF}' "$1"; }
status() { awk '/Exit status/ {print ($NF == 0 ? "ok" : "FAILED (exit " $NF ")")}' "$1"; }

[[ -n "${BENCH_SKIP_LOAD:-}" && -f $OUT/load.tsv ]] || echo -e "N\twhat\tseconds\tpeak_rss_kb\tresult" > "$OUT/load.tsv"
echo -e "N\tserver\tquery\tclients\tp50_ms\tp99_ms\tqps" > "$OUT/query.tsv"
for N in "${SIZES[@]}"; do
  C=$WORK/corpus-$N
  [[ -d $C ]] || java -jar "$JAR" generate --docs "$N" --seed 1 --out "$C"
  echo "== N=$N extraction score" >&2
  java -cp "$BENCHCP" org.skynetkg.bench.Score "$C" > "$OUT/score-$N.txt"

  if [[ $N == "${SIZES[0]}" && -z "${BENCH_SKIP_JMH:-}" ]]; then
    echo "== extraction, JMH, 1 thread" >&2
    java -cp "$JMHCP" org.openjdk.jmh.Main ExtractionBenchmark -p corpus="$C" -t 1 -f 1 -wi 5 -w 10s -i 5 -r 10s \
      -rf csv -rff "$OUT/jmh-extraction.csv" > "$OUT/jmh-extraction.log"
  fi

  # The same TDB2 loader on both sides: what `load --bulk auto` picks for this heap (phased from 1 GiB, sequential
  # below, where the phased loader runs out of memory on large loads), and the phased one where the heap allows.
  PLANS=(sequential); [[ $N -le 1000 ]] && PLANS=(sequential phased)
  [[ -n "${BENCH_SKIP_LOAD:-}" && -d $WORK/store-$N && -f $WORK/all-$N.nq ]] && PLANS=()   # queries only, on the kept work files
  # Short loads vary by 10-15% from run to run on a shared 2-core machine: each side runs REPEAT times,
  # alternately, and the median is the figure (a row per run, then a "median" row per side).
  REPEAT=${BENCH_REPEAT:-5}; [[ $N -gt 1000 ]] && REPEAT=1
  # Our side runs as users run it, through bin/skynet-kg (class-data archive, parallel collector, later C2);
  # up to 1,000 documents it also runs with plain `java -jar` and the same heap, for the launcher's share.
  PLAIN=""; [[ $N -le 1000 && -z "${BENCH_SKIP_PLAIN:-}" ]] && PLAIN=yes
  for plan in ${PLANS[@]+"${PLANS[@]}"}; do
    heap=$HEAP; [[ $plan == phased ]] && heap=${BENCH_PHASED_HEAP:-2g}
    ours="skynet-kg load via bin/skynet-kg (extract, validate, --bulk $plan, -Xmx$heap)"
    plain="skynet-kg load via java -jar (--bulk $plan, -Xmx$heap, without the launcher's options)"
    for r in $(seq "$REPEAT"); do
      echo "== N=$N load $r/$REPEAT, $plan, -Xmx$heap: ours, ${PLAIN:+ours with java -jar, }then Jena's bulk loader on the same quads" >&2
      rm -rf "$WORK/store-$N"
      JAVA_OPTS=-Xmx$heap /usr/bin/time -v bin/skynet-kg load --bulk $plan --store "$WORK/store-$N" "$C" > /dev/null 2> "$OUT/load-$plan-$N.log" || true
      echo -e "$N\t$ours, run $r\t$(secs "$OUT/load-$plan-$N.log")\t$(hwm "$OUT/load-$plan-$N.log")\t$(status "$OUT/load-$plan-$N.log")" >> "$OUT/load.tsv"
      [[ -f $WORK/all-$N.nq ]] || java -jar "$JAR" export --store "$WORK/store-$N" --format nq "$WORK/all-$N.nq"
      if [[ -n $PLAIN ]]; then
        rm -rf "$WORK/store-$N-plain"
        /usr/bin/time -v java -Xmx$heap -jar "$JAR" load --bulk $plan --store "$WORK/store-$N-plain" "$C" > /dev/null 2> "$OUT/plain-$plan-$N.log" || true
        echo -e "$N\t$plain, run $r\t$(secs "$OUT/plain-$plan-$N.log")\t$(hwm "$OUT/plain-$plan-$N.log")\t$(status "$OUT/plain-$plan-$N.log")" >> "$OUT/load.tsv"
        rm -rf "$WORK/store-$N-plain"
      fi
      raw="Jena TDB2 $plan bulk loader, same $(wc -l < "$WORK/all-$N.nq") quads (N-Quads), -Xmx$heap"
      rm -rf "$WORK/raw-$N"
      /usr/bin/time -v java -Xmx$heap -cp "$BENCHCP" org.skynetkg.bench.RawBulkLoad $plan "$WORK/all-$N.nq" "$WORK/raw-$N" \
        > "$OUT/raw-$plan-$N.out" 2> "$OUT/raw-$plan-$N.log" || true
      echo -e "$N\t$raw, run $r\t$(secs "$OUT/raw-$plan-$N.log")\t$(hwm "$OUT/raw-$plan-$N.log")\t$(status "$OUT/raw-$plan-$N.log")" >> "$OUT/load.tsv"
    done
    if [[ $REPEAT -gt 1 ]]; then
      sides=("$ours" "$raw"); [[ -n $PLAIN ]] && sides=("$ours" "$plain" "$raw")
      for what in "${sides[@]}"; do
        times=$(awk -F'\t' -v n="$N" -v w="$what, run " '$1 == n && index($2, w) == 1 {print $3}' "$OUT/load.tsv" | sort -n)
        k=$(echo "$times" | wc -l)
        echo -e "$N\t$what, median of $k\t$(echo "$times" | sed -n "$(( (k + 1) / 2 ))p")\t\t" >> "$OUT/load.tsv"
      done
    fi
  done

  if [[ -n "${BENCH_SKIP_QUERY:-}" ]]; then continue; fi
  echo "== N=$N queries" >&2
  rm -rf "$WORK/store-$N-stock"; cp -r "$WORK/store-$N" "$WORK/store-$N-stock"
  bin/skynet-kg serve --store "$WORK/store-$N" --port 3131 --timeout 60 > "$WORK/serve.log" 2>&1 & OURS=$!
  java -cp "$BENCHCP" org.skynetkg.bench.StockFuseki "$WORK/store-$N-stock" 3132 > "$WORK/stock.log" 2>&1 & STOCK=$!
  # under set -e a failing kill in the trap would turn a finished run into exit status 1
  trap 'kill $OURS $STOCK 2>/dev/null || true; bench/virtuoso.sh stop "$WORK/virtuoso-$N" || true' EXIT
  VIRT=""
  if bench/virtuoso.sh start "$WORK/virtuoso-$N" "$WORK/all-$N.nq" 3133 1133 > "$OUT/virtuoso-$N.log" 2>&1; then VIRT=yes; fi
  for port in 3131 3132; do
    for i in $(seq 60); do curl -s -o /dev/null "http://127.0.0.1:$port/skynet/sparql?query=ASK%7B%7D" && break; sleep 1; done
  done
  for q in queries/*.rq bench/queries/*.rq; do
    for c in $CLIENTS; do
      R=$(( REQUESTS / c > MIN_PER_CLIENT ? REQUESTS / c : MIN_PER_CLIENT ))   # requests per client: about REQUESTS in all
      java -cp "$BENCHCP" org.skynetkg.bench.QueryDriver skynet-kg http://127.0.0.1:3131/skynet/sparql "$q" $c "$R" $WARMUP | sed "s/^/$N\t/" >> "$OUT/query.tsv" || echo "skynet-kg: $q failed" >&2
      java -cp "$BENCHCP" org.skynetkg.bench.QueryDriver stock-fuseki http://127.0.0.1:3132/skynet/sparql "$q" $c "$R" $WARMUP | sed "s/^/$N\t/" >> "$OUT/query.tsv" || echo "stock: $q failed" >&2
      if [[ -n $VIRT ]]; then
        java -cp "$BENCHCP" org.skynetkg.bench.QueryDriver virtuoso http://127.0.0.1:3133/sparql "$q" $c "$R" $WARMUP | sed "s/^/$N\t/" >> "$OUT/query.tsv" \
          || echo "virtuoso: $q failed" >> "$OUT/virtuoso-$N.log"
      fi
    done
  done
  kill $OURS $STOCK; wait $OURS $STOCK 2>/dev/null || true
  [[ -n $VIRT ]] && bench/virtuoso.sh stop "$WORK/virtuoso-$N" >> "$OUT/virtuoso-$N.log" 2>&1
done
echo "results in $OUT; work files in $WORK" >&2
