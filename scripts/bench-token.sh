#!/usr/bin/env bash
# Wall time of `spec-kitty auth token` against the sandbox (a separate script, never a test):
#   (a) fresh token: no network, one lock-free read;
#   (b) expired token: one refresh per run (the access expiry is moved to the past before each run);
#   (c) stampedes of N concurrent processes on one expired session: first start to last exit,
#       and the refresh requests the sandbox saw (SPEC §4.3: must be exactly 1).
# (a) and (b) run interleaved in shuffled order, as do the stampede sizes, so a neighbour's load
# hits every case alike. Prints the median wall time (min, max), the median CPU time (user+sys of
# every process of the run) and the 1-minute load average seen during each case.
#
# Usage: scripts/bench-token.sh [-n RUNS] [-w WARMUPS] [-r STAMPEDE_REPEATS] [-s "8 32"]
#   -n  timed runs of (a) and (b) (default 20)     -w  warm-up runs of (a) and (b) (default 2)
#   -r  repeats of each stampede (default 5)       -s  stampede sizes (default "8 32")
# SPEC_KITTY_BIN=/path/to/spec-kitty picks the command measured. Default: the packaged launcher
# adapters-cli/target/spec-kitty/bin/spec-kitty when it is built; otherwise a generated wrapper
# `java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -p <module path> -m <cli module>/<Main>` over the
# jars `./mvnw package -DskipTests` builds (this script runs that build). JAVA=/path/to/java picks
# the JVM of that wrapper and of the sandbox (default: java on PATH).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
runs=20 warmups=2 repeats=5 sizes="8 32"
while getopts 'n:w:r:s:' opt; do
  case $opt in
    n) runs=$OPTARG ;;
    w) warmups=$OPTARG ;;
    r) repeats=$OPTARG ;;
    s) sizes=$OPTARG ;;
    *) sed -n '2,18p' "$0" >&2; exit 2 ;;
  esac
done
java=${JAVA:-java}
launcher=$root/adapters-cli/target/spec-kitty/bin/spec-kitty
sandbox_jar=$root/sandbox/target/sandbox.jar

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bin=${SPEC_KITTY_BIN:-}
if [ -n "$bin" ]; then
  kind="SPEC_KITTY_BIN"
elif [ -x "$launcher" ]; then
  bin=$launcher kind="packaged launcher"
else
  echo "# no packaged launcher: building the jars and a java -p wrapper" >&2
  ./mvnw -B -q -pl adapters-cli -am package -DskipTests dependency:build-classpath \
    -Dmdep.outputFile=target/bench.modulepath -DincludeScope=runtime >/dev/null
  cli_jar=$(ls adapters-cli/target/adapters-cli-*.jar | head -n 1)
  module_path=$root/$cli_jar:$(cat adapters-cli/target/bench.modulepath)
  bin=$work/spec-kitty
  cat >"$bin" <<EOF
#!/bin/sh
exec "$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -p "$module_path" \\
  -m ai.speckitty.auth.adapters.cli/ai.speckitty.auth.adapters.cli.Main "\$@"
EOF
  chmod +x "$bin"
  kind="java -p wrapper (C1, SerialGC, default CDS)"
fi
if [ ! -f "$sandbox_jar" ]; then
  ./mvnw -B -q -pl sandbox package -DskipTests >/dev/null
fi

# A clean environment for the measured command: no user settings, proxies or JVM options.
unset SPEC_KITTY_SAAS_URL SPEC_KITTY_ENABLE_SAAS_SYNC SPEC_KITTY_JAVA_OPTS JAVA_TOOL_OPTIONS \
  JDK_JAVA_OPTIONS _JAVA_OPTIONS HTTP_PROXY HTTPS_PROXY http_proxy https_proxy ALL_PROXY all_proxy
export NO_COLOR=1

BENCH_LIB=$root/scripts/lib python3 - "$bin" "$kind" "$java" "$sandbox_jar" "$work" "$runs" "$warmups" "$repeats" $sizes <<'PY'
import os, random, resource, statistics, subprocess, sys, time
from datetime import datetime, timedelta, timezone

bin_, kind, java, sandbox_jar, work = sys.argv[1:6]
runs, warmups, repeats = (int(a) for a in sys.argv[6:9])
sizes = [int(a) for a in sys.argv[9:]]
sys.path.insert(0, os.environ["BENCH_LIB"])
import sandbox_client
from sandbox_client import write_credentials


def fail(message):
    sandbox_client.fail("bench-token", message)


def expire_access(home):
    sandbox_client.expire_access(home, "bench-token")


def env_for(home):
    env = dict(os.environ)
    env["SPEC_KITTY_HOME"] = home
    return env


def token_once(home):
    """One `auth token`: its wall ms and the token it printed (it must exit 0 and print one line)."""
    start = time.perf_counter()
    proc = subprocess.Popen([bin_, "auth", "token"], env=env_for(home), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    out, err = proc.communicate()
    wall = (time.perf_counter() - start) * 1000
    if proc.returncode != 0 or len(out.splitlines()) != 1:
        fail(f"auth token: exit {proc.returncode}, stderr: {err.strip()}")
    return wall, out.strip()


def children_cpu_ms():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


class Series:
    """Wall and CPU times of one case, the refresh requests seen and the load average around it."""

    def __init__(self, name, want):
        self.name, self.want = name, want
        self.wall, self.cpu, self.refreshes, self.loads = [], [], [], []

    def add(self, wall, cpu, refreshes):
        self.wall.append(wall)
        self.cpu.append(cpu)
        self.refreshes.append(refreshes)
        self.loads.append(os.getloadavg()[0])

    def check(self):
        if any(r != self.want for r in self.refreshes):
            fail(f"{self.name}: refresh requests per run {self.refreshes}, expected {self.want} each")

    def row(self):
        seen = sorted(set(self.refreshes))
        return (self.name, len(self.wall), statistics.median(self.wall), min(self.wall), max(self.wall),
                statistics.median(self.cpu), ",".join(map(str, seen)) + f" (want {self.want})",
                "%.1f-%.1f" % (min(self.loads), max(self.loads)))


def measured(sandbox, action):
    """Runs action(); returns its wall ms, the CPU ms of the processes it reaped, and the refreshes it caused."""
    before_refreshes, before_cpu = sandbox.refreshes(), children_cpu_ms()
    start = time.perf_counter()
    action()
    wall = (time.perf_counter() - start) * 1000
    return wall, children_cpu_ms() - before_cpu, sandbox.refreshes() - before_refreshes


def fresh_runner(sandbox):
    home = os.path.join(work, "fresh")
    write_credentials(home, sandbox.url, sandbox.new_session(), datetime.now(timezone.utc) + timedelta(minutes=50))
    return lambda: token_once(home)


def refresh_runner(sandbox):
    home = os.path.join(work, "refresh")
    session = sandbox.new_session()
    write_credentials(home, sandbox.url, session, datetime.now(timezone.utc) + timedelta(minutes=50))
    previous = [session["access_token"]]

    def run():
        token = token_once(home)[1]
        if token == previous[0]:
            fail("auth token printed the expired token")
        previous[0] = token
    return run, lambda: expire_access(home)


def stampede(sandbox, size, repeat):
    home = os.path.join(work, f"stampede-{size}-{repeat}")
    session = sandbox.new_session()
    write_credentials(home, sandbox.url, session, datetime.now(timezone.utc) - timedelta(minutes=1))
    env = env_for(home)

    def run():
        procs = [subprocess.Popen([bin_, "auth", "token"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True) for _ in range(size)]
        outputs = [p.communicate() for p in procs]
        bad = [(p.returncode, err.strip()) for p, (_, err) in zip(procs, outputs) if p.returncode != 0]
        if bad:
            fail(f"stampede of {size}: {len(bad)} processes failed, e.g. exit {bad[0][0]}: {bad[0][1]}")
        tokens = {out.strip() for out, _ in outputs}
        if len(tokens) != 1 or session["access_token"] in tokens:
            fail(f"stampede of {size}: {len(tokens)} different tokens printed (or the expired one)")
    return run


version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
print(f"# measured: {bin_} ({kind})")
print(f"# JAVA for the sandbox{' and the wrapper' if kind.startswith('java -p') else ''}: {version}")
print(f"# cpus: {os.cpu_count()}, load average at start: %.2f %.2f %.2f" % os.getloadavg())
sandbox = sandbox_client.Sandbox(java, sandbox_jar, work, "bench-token")
try:
    check = os.path.join(work, "check")
    write_credentials(check, sandbox.url, sandbox.new_session(), datetime.now(timezone.utc) + timedelta(minutes=50))
    token_once(check)  # fail early, not with a table of error timings

    # (a) and (b) interleaved in shuffled order, so a neighbour's load hits both alike.
    fresh = Series("(a) auth token, fresh token", 0)
    refresh = Series("(b) auth token, must refresh", 1)
    run_fresh = fresh_runner(sandbox)
    run_refresh, expire = refresh_runner(sandbox)
    for round_no in range(warmups + runs):
        order = [(fresh, run_fresh, None), (refresh, run_refresh, expire)]
        random.shuffle(order)
        for series, run, prepare in order:
            if prepare:
                prepare()
            result = measured(sandbox, run)
            if round_no >= warmups:
                series.add(*result)
    stampedes = {size: Series(f"(c) stampede of {size}, first start to last exit", 1) for size in sizes}
    for repeat in range(repeats):
        order = list(sizes)
        random.shuffle(order)
        for size in order:
            stampedes[size].add(*measured(sandbox, stampede(sandbox, size, repeat)))
finally:
    sandbox.close()

all_series = [fresh, refresh] + [stampedes[size] for size in sizes]
for series in all_series:
    series.check()
header = ("case", "runs", "median wall ms", "min", "max", "median CPU ms (all procs)", "refreshes per run",
          "1-min load avg")
rows = [s.row() for s in all_series]
cell = lambda c: f"{c:.0f}" if isinstance(c, float) else str(c)
widths = [max(len(cell(c)) for c in col) for col in zip(header, *rows)]
print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
print("-+-".join("-" * w for w in widths))
for r in rows:
    print(" | ".join(cell(c).rjust(w) if i else cell(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
print("# load average: sampled after each run; it counts this benchmark's own processes too "
      "(a 32-process stampede alone adds about 30 for a moment)")
PY
