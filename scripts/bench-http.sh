#!/usr/bin/env bash
# What each HTTP call of the adapter costs over loopback against the sandbox: the first call in a
# fresh JVM (cold: adapter set-up, then the call; plus the whole child JVM's wall time) and the
# median after warm-up. Usage: scripts/bench-http.sh [cold runs per call, default 7] [warm reps, default 30]
# BENCH_JAVA=/path/to/java and BENCH_JAVA_OPTS="..." choose the measured JVM (default: this java,
# -XX:TieredStopAtLevel=1 -XX:+UseSerialGC as the CLI launcher uses).
set -euo pipefail
cd "$(dirname "$0")/.."

cp_file=adapters-http/target/bench.classpath
./mvnw -B -q -pl adapters-http -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
classpath="adapters-http/target/test-classes:adapters-http/target/classes:$(cat "$cp_file")"

java -XX:+UseSerialGC -cp "$classpath" ai.speckitty.auth.adapters.http.bench.BenchDriver "${1:-7}" "${2:-30}"
