#!/usr/bin/env bash
# Runs every Jazzer @FuzzTest of the repository for real, one at a time, SECONDS each, and prints
# per target the executions and the crashes found. `./mvnw verify` only replays the seed corpora.
#
#   scripts/fuzz.sh SECONDS          e.g. scripts/fuzz.sh 60
#   MAVEN_ARGS=-o scripts/fuzz.sh 60 offline (Maven 3.9 reads MAVEN_ARGS)
#
# Jazzer's JUnit integration fuzzes when JAZZER_FUZZ is set; JAZZER_MAX_DURATION (the option
# jazzer.max_duration) overrides @FuzzTest(maxDuration). A crashing input is written next to the
# target's seeds (src/test/resources/<package>/<Class>Inputs/<method>/crash-*): keep it as a seed.
# Logs: target/fuzz/<module>.<Class>.<method>.log. Exit status: 0 only when no target crashed or
# failed to run.
set -euo pipefail

if [[ $# -ne 1 || ! $1 =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: scripts/fuzz.sh SECONDS   (fuzzing time per target, a positive whole number)" >&2
    exit 2
fi
seconds=$1
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
logs="$root/target/fuzz"
mkdir -p "$logs"

# module|fully.qualified.Class|method for every method annotated @FuzzTest under */src/test/java.
targets() {
    grep -rl --include='*.java' '@FuzzTest' ./*/src/test/java 2>/dev/null | sort | while read -r file; do
        module=${file#./}
        module=${module%%/src/test/java/*}
        class=${file#*/src/test/java/}
        class=${class%.java}
        class=${class//\//.}
        awk '/@FuzzTest/ { pending = 1; next }
             pending && match($0, /void[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/) {
                 name = substr($0, RSTART, RLENGTH); sub(/^void[ \t]+/, "", name); sub(/[ \t]*\($/, "", name)
                 print name; pending = 0 }' "$file" | while read -r method; do
            echo "$module|$class|$method"
        done
    done
}

mapfile -t all < <(targets)
if [[ ${#all[@]} -eq 0 ]]; then
    echo "no @FuzzTest found under */src/test/java" >&2
    exit 1
fi
echo "Fuzzing ${#all[@]} targets for ${seconds} s each (logs in ${logs#"$root"/})."

# Compile once up front, so a build problem is reported as such and not as a failed target.
modules=$(printf '%s\n' "${all[@]}" | cut -d'|' -f1 | sort -u | paste -sd, -)
if ! ./mvnw -B -q test-compile -pl "$modules" -am >"$logs/build.log" 2>&1; then
    echo "the build failed; see ${logs#"$root"/}/build.log" >&2
    exit 1
fi

status=0
printf '%-16s %-58s %12s %8s  %s\n' module target executions crashes note
for entry in "${all[@]}"; do
    IFS='|' read -r module class method <<<"$entry"
    log="$logs/$module.${class##*.}.$method.log"
    set +e
    JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" \
        ./mvnw -B test -pl "$module" -am -Dtest="$class#$method" -Dsurefire.failIfNoSpecifiedTests=false \
        >"$log" 2>&1
    mvn_exit=$?
    set -e
    # libFuzzer ends with "Done N runs in S second(s)" (also after a finding, which stops the run);
    # if it never got there, the last "#N" progress line is how far it got. Each finding is
    # written out as a "Test unit" (the crash-* file).
    executions=$(sed -n 's/^Done \([0-9][0-9]*\) runs in .*/\1/p' "$log" | tail -1)
    if [[ -z $executions ]]; then
        executions=$(sed -n 's/^#\([0-9][0-9]*\)[[:space:]].*/\1/p' "$log" | tail -1)
        executions=${executions:+≥$executions}
    fi
    crashes=$(grep -c 'Test unit written to' "$log" || true)
    note=""
    if [[ $crashes -gt 0 ]]; then
        note=$(grep -m1 -o 'FuzzTestFindingException: .*' "$log" | sed 's/^FuzzTestFindingException: //' | cut -c1-110)
        status=1
    elif [[ $mvn_exit -ne 0 ]]; then
        note="the run failed (exit $mvn_exit); see ${log#"$root"/}"
        status=1
    fi
    printf '%-16s %-58s %12s %8s  %s\n' "$module" "${class##*.}#$method" "${executions:-?}" "$crashes" "$note"
done
exit $status
