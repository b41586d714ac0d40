#!/usr/bin/env bash
# The main job: the full auth journey against the local sandbox (docs/dev-smoke-checklist.md).
# Expects `./mvnw -B -q package -DskipTests` to have run. Prints each command and its real output;
# `auth token` output is shortened, because a token is a secret even from a sandbox.
set -uo pipefail
cd "$(dirname "$0")/.."

. scripts/lib/sandbox.sh

start_sandbox --interval 1

export SPEC_KITTY_HOME="$work/home"
export SPEC_KITTY_SAAS_URL="$base"
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
