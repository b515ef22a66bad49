#!/usr/bin/env bash
# Import benchmark: 1,000,000 rows x 20 mixed columns, imported, typed and stored as a dataset version by the
# engine (JVM heap capped at 512 MB), against pandas.read_csv on the same file, on the same machine, runs
# interleaved so that both see the same load. The workbench runs twice per round in a fresh JVM: plain, and with an
# AppCDS archive of the classes an import loads (dumped once by a training import of the first 100,000 rows, as
# the ./workbench launcher does at build time). Prints every run and the medians; see docs/benchmarks.md.
#
# Usage: bench/import-bench.sh [work-folder] [runs]     (defaults: /tmp/mlwb-import-bench, 3)
# Needs: JDK 17, Maven, and Debian's python3-pandas as /usr/bin/python3 (apt-get install python3-pandas).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:-/tmp/mlwb-import-bench}
RUNS=${2:-3}
PYTHON=/usr/bin/python3
mkdir -p "$WORK"

if ! "$PYTHON" -c 'import pandas' 2>/dev/null; then
    echo "pandas is missing for $PYTHON: apt-get install python3-pandas" >&2
    exit 1
fi
if [ ! -f "$WORK/big.csv" ]; then
    echo "Generating $WORK/big.csv ..."
    (cd "$WORK" && "$PYTHON" "$ROOT/bench/make_big_csv.py")
fi

echo "Building the engine and its test classes ..."
(cd "$ROOT" && mvn -o -q -pl engine test-compile \
    && mvn -o -q -pl engine dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt")
# AppCDS archives only classes from jars, so the engine and the benchmark main go into one jar.
jar cf "$WORK/engine-bench.jar" -C "$ROOT/engine/target/classes" . \
    -C "$ROOT/engine/target/test-classes" io/mlworkbench/engine/bench
CP="$WORK/engine-bench.jar:$(cat "$WORK/classpath.txt")"
JAVA_RUN=(java -Xmx512m -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$CP")
BENCH=io.mlworkbench.engine.bench.ImportBench
echo "Dumping the AppCDS archive with a training import of 100,000 rows ..."
head -n 100001 "$WORK/big.csv" > "$WORK/train.csv"
rm -f "$WORK/import.jsa"
"${JAVA_RUN[@]}" -XX:ArchiveClassesAtExit="$WORK/import.jsa" "$BENCH" "$WORK/train.csv" 1 > /dev/null

PANDAS='import time, pandas as pd
t = time.perf_counter(); c = time.process_time()
pd.read_csv("big.csv")
print("pandas: %.3f s wall, %.3f s CPU" % (time.perf_counter() - t, time.process_time() - c))'

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$WORK/results.txt"
for i in $(seq 1 "$RUNS"); do
    (cd "$WORK" && "$PYTHON" -c "$PANDAS") | tee -a "$WORK/results.txt"
    "${JAVA_RUN[@]}" "$BENCH" "$WORK/big.csv" 1 | grep '^run' | sed 's/^run 1/workbench (fresh JVM)/' \
        | tee -a "$WORK/results.txt"
    "${JAVA_RUN[@]}" -XX:SharedArchiveFile="$WORK/import.jsa" "$BENCH" "$WORK/big.csv" 1 | grep '^run' \
        | sed 's/^run 1/workbench (fresh JVM, AppCDS)/' | tee -a "$WORK/results.txt"
done
"${JAVA_RUN[@]}" "$BENCH" "$WORK/big.csv" "$RUNS" | grep '^run' | tail -1 | sed 's/^run [0-9]*/workbench (warm JVM)/' \
    | tee -a "$WORK/results.txt"
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

awk '
/^pandas/ { p[np++] = $2 }
/^workbench \(fresh JVM\)/ { w[nw++] = $4; wc[nwc++] = $7 }
/^workbench \(fresh JVM, AppCDS\)/ { a[na++] = $5; ac[nac++] = $8 }
/^pandas/ { pc[npc++] = $5 }
function median(a, n,   i, j, t) {
    for (i = 0; i < n; i++) for (j = i + 1; j < n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return n % 2 ? a[int(n / 2)] : (a[n / 2 - 1] + a[n / 2]) / 2
}
END {
    mp = median(p, np); mw = median(w, nw); ma = median(a, na)
    printf "median wall time: pandas.read_csv %.3f s, workbench import %.3f s (ratio %.2f), with AppCDS %.3f s (ratio %.2f)\n", \
        mp, mw, mw / mp, ma, ma / mp
    printf "median CPU time: pandas.read_csv %.3f s, workbench import %.3f s, with AppCDS %.3f s\n", \
        median(pc, npc), median(wc, nwc), median(ac, nac)
}' "$WORK/results.txt"
