#!/usr/bin/env bash
# A measurement, not a test: kill -9 at random moments around a refresh against the local sandbox,
# and count the sessions lost. kill -9 cannot be caught, so a process killed after the server
# rotated the refresh token and before the new one was written loses the session: the inherent
# limit of refresh-token rotation (SIGINT and SIGTERM are covered by InterruptionTest, 0 lost).
# Usage: scripts/measure-kill9.sh [RUNS (100)] [SLOW_ANSWER_MS (500)]. Expects
# `./mvnw -B -q package -DskipTests` to have run. Prints `kill9 runs=N lost=L`.
#
# Each run: a new sandbox session written as an expired-access-token credentials file; the sandbox
# rotates at once and answers the refresh SLOW_ANSWER_MS late; `auth token` starts, and once the
# refresh has reached the sandbox it is killed with -9 after a random 0..SLOW_ANSWER_MS+300 ms
# (before the answer, while reading or writing it, or after it exited). Then the sandbox clock
# moves past the replay grace window and a follow-up `auth token` decides: 0 = the session
# survived, anything else = lost (4: the spent token was rejected and the session deleted).
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-100}
slow_ms=${2:-500}
. scripts/lib/sandbox.sh

start_sandbox --interval 0 --grace 1
admin() { curl -sf -X POST "$base/__sandbox/$1" "${@:2}"; }

# One real login gives a complete credentials file; each run swaps in a new session's tokens.
SPEC_KITTY_HOME="$work/template" SPEC_KITTY_SAAS_URL="$base" "$launcher" auth login --headless >/dev/null 2>&1 \
  || { echo "the template login failed" >&2; exit 1; }

field() { sed -E "s/.*\"$1\":\"([^\"]*)\".*/\1/"; }
sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }

lost=0
already_exited=0
for i in $(seq 1 "$runs"); do
  session=$(admin session) || { echo "the sandbox issued no session" >&2; exit 1; }
  home="$work/run-$i"
  mkdir -m 700 "$home"
  (umask 077 && sed -E \
    -e "s|^access = .*|access = \"$(field access_token <<<"$session")\"|" \
    -e "s|^refresh = .*|refresh = \"$(field refresh_token <<<"$session")\"|" \
    -e "s|^access_expires_at = .*|access_expires_at = \"2000-01-01T00:00:00Z\"|" \
    -e "s|^id = \"sess_.*|id = \"$(field session_id <<<"$session")\"|" \
    "$work/template/credentials" >"$home/credentials")
  admin journal/clear >/dev/null
  admin fault -d path=/oauth/token -d kind=slow -d delay_ms="$slow_ms" -d times=1 >/dev/null

  SPEC_KITTY_HOME="$home" "$launcher" auth token >/dev/null 2>&1 &
  pid=$!
  for _ in $(seq 1 1500); do
    curl -sf "$base/__sandbox/journal?path=/oauth/token" | grep -q '"count":[1-9]' && break
    sleep 0.02
  done
  sleep_ms $((RANDOM % (slow_ms + 301)))
  kill -9 "$pid" 2>/dev/null || already_exited=$((already_exited + 1))
  wait "$pid" 2>/dev/null

  admin faults/clear >/dev/null
  admin clock/advance -d seconds=5 >/dev/null
  SPEC_KITTY_HOME="$home" "$launcher" auth token >/dev/null 2>&1 || lost=$((lost + 1))
done

echo "kill9 runs=$runs lost=$lost"
echo "(killed 0..$((slow_ms + 300)) ms after the refresh reached the sandbox, which answered after $slow_ms ms;" \
  "$already_exited process(es) had already exited)"
