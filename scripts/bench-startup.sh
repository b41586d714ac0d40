#!/usr/bin/env bash
# Start-up benchmark of the packaged spec-kitty launcher (a separate script, never a test): the
# table of issue 11, the CPU and wall time of each command against the JVM's own floor.
#
# Usage: scripts/bench-startup.sh [-n RUNS] [-w WARMUPS] [-i IMAGE_DIR] [-c NAME=COMMAND]...
#   -n  timed runs per case (default 20)      -w  warm-up rounds (default 2)
#   -i  the jlink image (default adapters-cli/target/spec-kitty, built by ./mvnw package)
#   -c  an extra case; COMMAND is run by sh -c with $IMAGE and $SPEC_KITTY_HOME set, e.g.
#       -c 'old --version=/work/baseline/spec-kitty/bin/spec-kitty --version'; a case whose name
#       ends in "(refresh)" runs on the refresh home against the sandbox, like the built-in one
#
# The floor is the image's own `bin/java -version` with the app's start-up archive: the same JVM,
# flags aside, doing nothing. Commands: `--version`, `--help`, `auth status`, `auth whoami` and
# `auth token` on a signed-in home whose tokens are far from expiry (offline), and `auth token`
# that must refresh, against the sandbox on a loopback port (its access expiry is moved into the
# past before each run, untimed; each run must print a new token). For context: the image's
# `java -version` without the archive, and the system `java -version`.
# Every round runs each case once, in shuffled order, so a neighbour's load hits every case alike.
# Reports per case the median CPU time (user+sys of the process tree, from wait4) and wall time,
# each also as a multiple of the floor's median, the 90th percentile of CPU and the median peak
# RSS. Issue 11's goal: median CPU of each offline command at most 2.5x the floor.
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
    *) sed -n '2,20p' "$0" >&2; exit 2 ;;
  esac
done
image=$(cd "$image" && pwd)
launcher=$image/bin/spec-kitty
sandbox_jar=$root/sandbox/target/sandbox.jar
[ -x "$launcher" ] || { echo "no launcher at $launcher: run ./mvnw package first" >&2; exit 1; }
[ -f "$sandbox_jar" ] || { echo "no sandbox at $sandbox_jar: run ./mvnw package first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/home"
install -m 600 "$root/adapters-cli/src/dist/training/credentials.toml" "$work/home/credentials"

# A clean environment: no user settings, nothing that would reach a network or a proxy.
export IMAGE=$image SPEC_KITTY_HOME=$work/home HOME=$work NO_COLOR=1
unset SPEC_KITTY_SAAS_URL SPEC_KITTY_ENABLE_SAAS_SYNC SPEC_KITTY_JAVA_OPTS JAVA_TOOL_OPTIONS \
  JDK_JAVA_OPTIONS _JAVA_OPTIONS HTTP_PROXY HTTPS_PROXY http_proxy https_proxy ALL_PROXY all_proxy

# Fail early (not with a table of error timings) if the launcher does not work.
"$launcher" auth status >/dev/null

# The image has no default CDS archive of its own (training writes the app's): its bare
# `java -version` runs without one, so the fair floor is `java -version` with the app's archive.
cache_flag=
[ -f "$image/lib/spec-kitty.jsa" ] && cache_flag="-XX:SharedArchiveFile=\$IMAGE/lib/spec-kitty.jsa"
[ -f "$image/lib/spec-kitty.aot" ] && cache_flag="-XX:AOTCache=\$IMAGE/lib/spec-kitty.aot"
cases=(
  "floor: image java -version with the archive=\"\$IMAGE/bin/java\" $cache_flag -Xlog:disable -version"
  "spec-kitty --version=\"\$IMAGE/bin/spec-kitty\" --version"
  "spec-kitty --help=\"\$IMAGE/bin/spec-kitty\" --help"
  "spec-kitty auth status=\"\$IMAGE/bin/spec-kitty\" auth status"
  "spec-kitty auth whoami=\"\$IMAGE/bin/spec-kitty\" auth whoami"
  "spec-kitty auth token (fresh)=\"\$IMAGE/bin/spec-kitty\" auth token"
  "spec-kitty auth token (refresh)=\"\$IMAGE/bin/spec-kitty\" auth token"
  "image java -version, no archive=\"\$IMAGE/bin/java\" -version"
)
if command -v java >/dev/null; then
  cases+=("system java -version=java -version")
fi
cases+=("${extra[@]}")

BENCH_LIB=$root/scripts/lib python3 - "$runs" "$warmups" "$sandbox_jar" "$work" "${cases[@]}" <<'PY'
import os, random, statistics, subprocess, sys, time
from datetime import datetime, timedelta, timezone

runs, warmups, sandbox_jar, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
cases = [c.split("=", 1) for c in sys.argv[5:]]
floor_name = cases[0][0]
refresh_cases = [name for name, _ in cases if name.endswith("(refresh)")]
sys.path.insert(0, os.environ["BENCH_LIB"])
import sandbox_client


def run(command, env=None):
    """One run: wall ms, CPU ms and peak RSS (MiB) of the command, from wait4 (which counts the
    descendants the shell waited for, here the JVM), its exit code and its stdout."""
    start = time.perf_counter()
    proc = subprocess.Popen(["sh", "-c", command], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return wall, cpu, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), out


sandbox = sandbox_client.Sandbox("java", sandbox_jar, work, "bench-startup")
try:
    refresh_home = os.path.join(work, "refresh")
    session = sandbox.new_session()
    sandbox_client.write_credentials(refresh_home, sandbox.url, session,
                                     datetime.now(timezone.utc) + timedelta(minutes=50))
    refresh_env = dict(os.environ, SPEC_KITTY_HOME=refresh_home)
    last_token = [session["access_token"].encode()]
    refreshes_before = sandbox.refreshes()

    results = {name: [] for name, _ in cases}
    failures = {name: 0 for name, _ in cases}
    for round_no in range(warmups + runs):
        order = list(cases)
        random.shuffle(order)
        for name, command in order:
            env = None
            if name in refresh_cases:
                sandbox_client.expire_access(refresh_home, "bench-startup")
                env = refresh_env
            wall, cpu, rss, code, out = run(command, env)
            if name in refresh_cases:
                if out.strip() == last_token[0]:
                    sandbox_client.fail("bench-startup", "auth token printed the expired token: no refresh")
                last_token[0] = out.strip()
            if code != 0:
                failures[name] += 1
            if round_no >= warmups:
                results[name].append((wall, cpu, rss))
    refreshes = sandbox.refreshes() - refreshes_before
finally:
    sandbox.close()
if refreshes != (warmups + runs) * len(refresh_cases):
    sandbox_client.fail("bench-startup", f"{refreshes} refreshes for {(warmups + runs) * len(refresh_cases)} refresh runs")


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


floor_wall = statistics.median(r[0] for r in results[floor_name])
floor_cpu = statistics.median(r[1] for r in results[floor_name])
load = os.getloadavg()
print(f"{runs} interleaved, shuffled runs per case after {warmups} warm-up rounds; "
      f"{os.cpu_count()} CPUs, load average at the end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
header = ("case", "CPU ms", "x floor", "wall ms", "x floor", "p90 CPU", "peak RSS MiB")
rows = []
for name, _ in cases:
    walls, cpus, rsss = ([r[i] for r in results[name]] for i in range(3))
    note = f"  ({failures[name]} runs failed)" if failures[name] else ""
    cpu, wall = statistics.median(cpus), statistics.median(walls)
    rows.append((name + note, f"{cpu:.0f}", f"{cpu / floor_cpu:.2f}", f"{wall:.0f}", f"{wall / floor_wall:.2f}",
                 f"{pct(cpus, .9):.0f}", f"{statistics.median(rsss):.1f}"))
widths = [max(len(c) for c in col) for col in zip(header, *rows)]
print(" | ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths))))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
print(f"# CPU and wall: medians; x floor: the median over the floor's median ({floor_cpu:.0f} ms CPU, "
      f"{floor_wall:.0f} ms wall). Goal (issue 11): every offline command at most 2.5x the floor's CPU.")
print(f"# refresh: against the sandbox on {sandbox.url}, {refreshes} refreshes for "
      f"{(warmups + runs) * len(refresh_cases)} runs (one each)")
PY
