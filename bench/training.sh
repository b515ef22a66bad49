#!/usr/bin/env bash
# Training benchmark: the workbench's default models and scikit-learn's baselines on the shared datasets'
# fixed 80/20 splits, run side by side in one session. Writes bench/results/training-{java,sklearn}.csv and
# prints a combined table (the one published in docs/benchmarks.md).
#
#   bench/training.sh                 # all tasks: adult bank wine_good iris wine_quality_reg
#   bench/training.sh adult           # only Adult
#   THREADS=1 bench/training.sh adult # the workbench on one thread
#   ALGORITHMS=random_forest,gradient_boosting bench/training.sh adult   # only these workbench models
#
# Needs ../shared (or SHARED_DIR) and Debian's python3-sklearn / python3-pandas for /usr/bin/python3.
# The Java side reads the CSV files with Commons CSV (the import engine is separate); see SharedDatasets.java.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED_DIR=${SHARED_DIR:-$(cd "$ROOT/.." && pwd)/shared}
if [ ! -d "$SHARED_DIR/datasets/adult" ]; then
  echo "Shared datasets not found at $SHARED_DIR (set SHARED_DIR); nothing to benchmark."
  exit 0
fi
export SHARED_DIR
TASKS=("$@")
[ ${#TASKS[@]} -eq 0 ] && TASKS=(adult bank wine_good iris wine_quality_reg)
OUT="$ROOT/bench/results"
mkdir -p "$OUT"
# XGBoost's OpenMP threads should sleep, not spin, while waiting (matters on a shared, busy machine).
export OMP_WAIT_POLICY=PASSIVE

echo "== building the engine's test classes"
(cd "$ROOT" && mvn -o -q -pl engine test-compile \
  && mvn -o -q -pl engine dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/.cp")

TB=$(mktemp -d)
trap 'rm -rf "$TB"' EXIT
cp -r "$SHARED_DIR/bench/training-baseline/." "$TB/"
chmod -R u+w "$TB"
SUFFIX=${THREADS:+-$THREADS-thread}
rm -f "$OUT/training-sklearn$SUFFIX.csv" "$OUT/training-java$SUFFIX.csv"
# One task at a time, scikit-learn then the workbench, so both see the same machine load.
for task in "${TASKS[@]}"; do
  echo "== $task: scikit-learn (single-threaded, as in the baseline README)"
  SHARED_DATASETS="$SHARED_DIR/datasets" OMP_NUM_THREADS=1 /usr/bin/python3 "$TB/sk_bench.py" "$task" \
    >> "$OUT/sklearn.log"
  if [ -f "$OUT/training-sklearn$SUFFIX.csv" ]; then
    tail -n +2 "$TB/results/sklearn.csv" >> "$OUT/training-sklearn$SUFFIX.csv"
  else
    cp "$TB/results/sklearn.csv" "$OUT/training-sklearn$SUFFIX.csv"
  fi
  echo "== $task: workbench (threads: ${THREADS:-all cores})"
  (cd "$ROOT/engine" && java -Xmx4g ${THREADS:+-Dthreads=$THREADS} ${ALGORITHMS:+-Dalgorithms=$ALGORITHMS} \
    -Djava.util.logging.config.file=src/test/resources/logging.properties \
    -cp "target/classes:target/test-classes:$(cat "$OUT/.cp")" \
    io.mlworkbench.engine.training.bench.TrainingBenchmark "$OUT/java-$task.csv" "$task")
  if [ -f "$OUT/training-java$SUFFIX.csv" ]; then
    tail -n +2 "$OUT/java-$task.csv" >> "$OUT/training-java$SUFFIX.csv"
  else
    cp "$OUT/java-$task.csv" "$OUT/training-java$SUFFIX.csv"
  fi
  rm -f "$OUT/java-$task.csv"
done

/usr/bin/python3 "$ROOT/bench/training_table.py" "$OUT/training-sklearn$SUFFIX.csv" "$OUT/training-java$SUFFIX.csv" \
  | tee "$OUT/training-table${THREADS:+-$THREADS-thread}.md"
