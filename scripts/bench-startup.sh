#!/usr/bin/env bash
# Start-up benchmark of the packaged spec-kitty launcher (a separate script, never a test).
#
# Usage: scripts/bench-startup.sh [-n RUNS] [-w WARMUPS] [-i IMAGE_DIR] [-c NAME=COMMAND]...
#   -n  timed runs per case (default 20)      -w  warm-up rounds (default 2)
#   -i  the jlink image (default adapters-cli/target/spec-kitty, built by ./mvnw package)
#   -c  an extra case; COMMAND is run by sh -c with $IMAGE and $SPEC_KITTY_HOME set
#
# Cases: `spec-kitty auth status` against a logged-in home (a fake session whose tokens are
# fresh and far from expiry), `spec-kitty --version`, the image's own `bin/java -version` (the
# same JDK without our app) bare and with the app's start-up cache, the system `java -version`
# and, when JAVA_HOME names another JDK (e.g. the one the image came from), its `java -version`. The rounds are interleaved and
# shuffled, so a neighbour's load hits every case alike. Reports the median and spread of wall
# time and the median peak RSS (the child's ru_maxrss from wait4; no external tools needed).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=20 warmups=2 image=$root/adapters-cli/target/spec-kitty
extra=()
while getopts 'n:w:i:c:' opt; do
  case $opt in
    n) runs=$OPTARG ;;
    w) warmups=$OPTARG ;;
    i) image=$OPTARG ;;
    c) extra+=("$OPTARG") ;;
    *) sed -n '2,12p' "$0" >&2; exit 2 ;;
  esac
done
image=$(cd "$image" && pwd)
launcher=$image/bin/spec-kitty
[ -x "$launcher" ] || { echo "no launcher at $launcher: run ./mvnw package first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/home"
install -m 600 "$root/adapters-cli/src/dist/training/credentials.toml" "$work/home/credentials"

# A clean environment: no user settings, nothing that would reach a network.
export IMAGE=$image SPEC_KITTY_HOME=$work/home HOME=$work NO_COLOR=1
unset SPEC_KITTY_SAAS_URL SPEC_KITTY_ENABLE_SAAS_SYNC SPEC_KITTY_JAVA_OPTS JAVA_TOOL_OPTIONS \
  JDK_JAVA_OPTIONS _JAVA_OPTIONS

# Fail early (not with a table of error timings) if the launcher does not work.
"$launcher" auth status >/dev/null

# The image has no default CDS archive of its own (training writes the app's): its bare
# `java -version` runs without one, so the fair floor is `java -version` with the app's cache.
cache_flag=
[ -f "$image/lib/spec-kitty.jsa" ] && cache_flag="-XX:SharedArchiveFile=\$IMAGE/lib/spec-kitty.jsa"
[ -f "$image/lib/spec-kitty.aot" ] && cache_flag="-XX:AOTCache=\$IMAGE/lib/spec-kitty.aot"
cases=(
  "spec-kitty auth status=\"\$IMAGE/bin/spec-kitty\" auth status"
  "spec-kitty --version=\"\$IMAGE/bin/spec-kitty\" --version"
  "image java -version=\"\$IMAGE/bin/java\" -version"
  "image java+cache -version=\"\$IMAGE/bin/java\" $cache_flag -Xlog:disable -version"
)
if command -v java >/dev/null; then
  cases+=("system java -version=java -version")
fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] \
    && [ "$(readlink -f "$JAVA_HOME/bin/java")" != "$(readlink -f "$(command -v java)")" ]; then
  cases+=("JAVA_HOME java -version=\"$JAVA_HOME/bin/java\" -version")
fi
cases+=("${extra[@]}")

python3 - "$runs" "$warmups" "${cases[@]}" <<'PY'
import os, random, statistics, subprocess, sys, time

runs, warmups = int(sys.argv[1]), int(sys.argv[2])
cases = [c.split("=", 1) for c in sys.argv[3:]]

def run(command):
    """One run: wall ms, CPU ms and peak RSS (MiB) of the command, from wait4 (which counts
    the descendants the shell waited for, here the JVM)."""
    start = time.perf_counter()
    proc = subprocess.Popen(["sh", "-c", command],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return wall, cpu, usage.ru_maxrss / 1024, proc.returncode

results = {name: [] for name, _ in cases}
failures = {name: 0 for name, _ in cases}
for round_no in range(warmups + runs):
    order = list(cases)
    random.shuffle(order)
    for name, command in order:
        wall, cpu, rss, code = run(command)
        if code != 0:
            failures[name] += 1
        if round_no >= warmups:
            results[name].append((wall, cpu, rss))

def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]

load = os.getloadavg()[0]
print(f"{runs} interleaved runs per case after {warmups} warm-up rounds; "
      f"load average {load:.2f} on {os.cpu_count()} CPUs")
print(f"{'case':<28} {'median ms':>9} {'p10':>6} {'p90':>6} {'cpu ms':>7} {'peak RSS MiB':>12}")
for name, _ in cases:
    walls = [r[0] for r in results[name]]
    cpus = [r[1] for r in results[name]]
    rsss = [r[2] for r in results[name]]
    note = f"  ({failures[name]} runs failed)" if failures[name] else ""
    print(f"{name:<28} {statistics.median(walls):>9.0f} {pct(walls, .1):>6.0f} "
          f"{pct(walls, .9):>6.0f} {statistics.median(cpus):>7.0f} "
          f"{statistics.median(rsss):>12.1f}{note}")
PY
