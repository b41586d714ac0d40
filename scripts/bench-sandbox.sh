#!/usr/bin/env bash
# Start-up benchmark of the sandbox (a separate script, never a test).
#
# Usage: scripts/bench-sandbox.sh [-n RUNS] [-j SANDBOX_JAR]
#   Two figures, each the median of RUNS fresh JVMs:
#   - `java -jar sandbox.jar --port 0 --port-file F` until the port file exists (what scripts wait
#     for) and until the sandbox answers its first request; wall and CPU of that JVM up to then;
#   - in-process `Sandbox.start()` until the first answer: the first start in a JVM (cold) and the
#     median of 20 further starts in the same JVM (warm, what each further test pays), and the
#     median close of those.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
runs=15 jar=$root/sandbox/target/sandbox.jar
while getopts 'n:j:' opt; do
  case $opt in
    n) runs=$OPTARG ;;
    j) jar=$OPTARG ;;
    *) sed -n '2,9p' "$0" >&2; exit 2 ;;
  esac
done
[ -f "$jar" ] || { echo "no sandbox jar at $jar: run ./mvnw -B -q package -DskipTests first" >&2; exit 1; }
classpath=$jar
# The sandbox's own runtime dependencies, if it has any (copied next to it by the build).
[ -d "$(dirname "$jar")/lib" ] && classpath="$jar:$(dirname "$jar")/lib/*"

python3 - "$runs" "$jar" "$classpath" "$root/scripts/lib/SandboxStartTimer.java" <<'PY'
import os, re, statistics, subprocess, sys, tempfile, time, urllib.request, urllib.error

runs, jar, classpath, timer = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")

def jar_start():
    with tempfile.TemporaryDirectory() as work:
        port_file = os.path.join(work, "port")
        start = time.perf_counter()
        proc = subprocess.Popen(["java", "-jar", jar, "--port", "0", "--port-file", port_file],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while not os.path.exists(port_file):
                if proc.poll() is not None:
                    raise SystemExit("the sandbox exited before listening")
                time.sleep(0.002)
            listening = (time.perf_counter() - start) * 1000
            port = open(port_file).read().strip()
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/me", timeout=10)
            except urllib.error.HTTPError:
                pass
            answered = (time.perf_counter() - start) * 1000
            cpu = cpu_ms(proc.pid)
        finally:
            proc.kill()
            proc.wait()
        return listening, answered, cpu

rows = [jar_start() for _ in range(runs)]
print(f"{runs} runs each; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
print(f"java -jar: port file after {statistics.median(r[0] for r in rows):.0f} ms, "
      f"first answer after {statistics.median(r[1] for r in rows):.0f} ms (wall, median); "
      f"CPU by then {statistics.median(r[2] for r in rows):.0f} ms")

cold, warm, close = [], [], []
for _ in range(runs):
    out = subprocess.run(["java", "-cp", classpath, timer, "20"], capture_output=True, text=True, check=True).stdout
    m = re.search(r"cold_ms=([\d.]+) warm_median_ms=([\d.]+) warm_close_median_ms=([\d.]+)", out)
    cold.append(float(m.group(1))); warm.append(float(m.group(2))); close.append(float(m.group(3)))
print(f"in-process Sandbox.start() to first answer: cold {statistics.median(cold):.1f} ms, "
      f"warm {statistics.median(warm):.1f} ms, warm close {statistics.median(close):.1f} ms (medians)")
PY
