#!/usr/bin/env bash
# The main job: the full auth journey against the local sandbox (docs/dev-smoke-checklist.md).
# Expects `./mvnw -B -q package -DskipTests` to have run. Prints each command and its real output;
# `auth token` output is shortened, because a token is a secret even from a sandbox.
set -uo pipefail
cd "$(dirname "$0")/.."

launcher=adapters-cli/target/spec-kitty/bin/spec-kitty
sandbox_jar=sandbox/target/sandbox.jar
for f in "$launcher" "$sandbox_jar"; do
  [ -e "$f" ] || { echo "missing $f: run ./mvnw -B -q package -DskipTests first" >&2; exit 1; }
done

work=$(mktemp -d)
sandbox_pid=
cleanup() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

java -jar "$sandbox_jar" --port 0 --port-file "$work/port" --interval 1 >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
[ -s "$work/port" ] || { echo "the sandbox did not start:" >&2; cat "$work/sandbox.log" >&2; exit 1; }

export SPEC_KITTY_HOME="$work/home"
export SPEC_KITTY_SAAS_URL="http://127.0.0.1:$(cat "$work/port")"
export SPEC_KITTY_ENABLE_SAAS_SYNC=1
echo "# sandbox at $SPEC_KITTY_SAAS_URL, SPEC_KITTY_HOME=$SPEC_KITTY_HOME"

failures=0
step() { # expected-exit, then the spec-kitty arguments
  local expected=$1; shift
  echo
  echo "\$ spec-kitty $*"
  "$launcher" "$@"
  local rc=$?
  echo "[exit $rc]"
  if [ "$rc" -ne "$expected" ]; then
    echo "!! expected exit $expected" >&2
    failures=$((failures + 1))
  fi
}

step 0 auth login --headless
step 0 auth status
step 0 auth doctor
step 0 auth doctor --server
step 0 sync status --check
echo
echo "\$ spec-kitty auth token"
token=$("$launcher" auth token); rc=$?
echo "${token:0:6}… (${#token} characters; shortened here)"
echo "[exit $rc]"
[ "$rc" -eq 0 ] && [ -n "$token" ] || failures=$((failures + 1))
step 0 auth logout
step 0 auth status

echo
if [ "$failures" -eq 0 ]; then
  echo "smoke journey: all steps behaved as expected"
else
  echo "smoke journey: $failures step(s) did not behave as expected" >&2
  exit 1
fi
