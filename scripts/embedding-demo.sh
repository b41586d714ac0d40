#!/usr/bin/env bash
# The embedding API at work (issue 10): a second front end, the session keeper (module `keeper`,
# built on the entry point alone), next to the real CLI on one home and the local sandbox.
#   1. one expired session; 16 keeper threads and 8 `spec-kitty auth token` processes ask for a token
#      at the same moment (the sandbox answers the refresh 1.5 s late, so all of them overlap it);
#      prints `threads=16 processes=8 refreshes=N failures=M distinct_tokens=K`;
#   2. a forced browser login in the keeper, cancelled from its protocol: nothing stored, the old
#      session untouched;
#   3. the keeper's listener hearing the CLI log out, log in and refresh, with how late it heard each.
# Exits non-zero when a figure is wrong (N must be 1, M 0, K 1; each event heard within 2 s).
# Expects `./mvnw -B -q package -DskipTests` to have run (the image and keeper/target/keeper-*.jar).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/sandbox.sh

keeper_jar=$(ls keeper/target/keeper-*.jar 2>/dev/null | grep -v -- '-tests\.jar$' | head -n 1)
[ -n "$keeper_jar" ] || { echo "missing keeper/target/keeper-*.jar: run ./mvnw -B -q package -DskipTests first" >&2; exit 1; }
# The image holds the embedding module (the CLI requires it): the keeper runs on the image's own JVM.
java_of_image=${launcher%/spec-kitty}/java
unset SPEC_KITTY_SAAS_URL SPEC_KITTY_ENABLE_SAAS_SYNC JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS HTTPS_PROXY https_proxy
export NO_COLOR=1

start_sandbox --interval 0 --access-ttl 1
admin() { curl -sf -X POST "$base/__sandbox/$1" "${@:2}" >/dev/null; }
refreshes() { curl -sf "$base/__sandbox/journal?path=/oauth/token" | sed -E 's/.*"count":([0-9]+).*/\1/'; }
now_ms() { date +%s%3N; }
home=$work/home
mkdir -m 700 "$home"
cli() { SPEC_KITTY_HOME=$home SPEC_KITTY_SAAS_URL=$base "$launcher" "$@"; }
fingerprint() { printf '%s' "$1" | sha256sum | cut -c1-12; }
wrong=0

# Access tokens of 1 s count as expired at once (SPEC §4.2's 5 s margin): this login leaves an expired session.
cli auth login --headless >/dev/null 2>&1 || { echo "the seeding login failed" >&2; exit 1; }
admin config -d access_ttl=3600

coproc KEEPER { SPEC_KITTY_HOME=$home SPEC_KITTY_SAAS_URL=$base BROWSER=true \
  "$java_of_image" -p "$keeper_jar" -m ai.speckitty.auth.keeper/ai.speckitty.auth.keeper.KeeperMain 2>"$work/keeper.err"; }
say() { echo "$1" >&"${KEEPER[1]}"; }
# expect REGEX SECONDS: reads keeper lines until one matches (into $line); all are kept in $work/keeper.log.
expect() {
  local deadline=$((SECONDS + $2))
  while [ "$SECONDS" -le "$deadline" ] && IFS= read -r -t "$2" line <&"${KEEPER[0]}"; do
    echo "$line" >>"$work/keeper.log"
    [[ $line =~ $1 ]] && return 0
  done
  echo "no keeper line matched '$1'; it said:" >&2
  cat "$work/keeper.log" "$work/keeper.err" >&2
  exit 1
}
expect '^ready$' 20

echo "== 1. 16 threads and 8 CLI processes, one expired session"
curl -sf -X POST "$base/__sandbox/journal/clear" >/dev/null
admin fault -d path=/oauth/token -d kind=slow -d delay_ms=1500 -d times=1
pids=()
for i in $(seq 1 8); do
  SPEC_KITTY_HOME=$home "$launcher" auth token >"$work/cli-$i.out" 2>"$work/cli-$i.err" &
  pids+=($!)
done
say "tokens 16"
expect '^tokens ' 60
race=$line
failures=$(sed -E 's/.* failures=([0-9]+).*/\1/' <<<"$race")
distinct=$(sed -E 's/.* distinct_tokens=([0-9]+).*/\1/' <<<"$race")
for pid in "${pids[@]}"; do wait "$pid" || failures=$((failures + 1)); done
say "token"
expect '^token ' 20
keeper_token=$(sed -E 's/.*fingerprint=([0-9a-f]+).*/\1/' <<<"$line")
others=$(for i in $(seq 1 8); do [ -s "$work/cli-$i.out" ] && fingerprint "$(cat "$work/cli-$i.out")"; echo; done \
  | grep -v '^$' | sort -u | grep -vx "$keeper_token" | wc -l)
distinct=$((distinct + others))
n=$(refreshes)
echo "threads=16 processes=8 refreshes=$n failures=$failures distinct_tokens=$distinct"
{ [ "$n" = 1 ] && [ "$failures" = 0 ] && [ "$distinct" = 1 ]; } || { echo "WRONG: want refreshes=1 failures=0 distinct_tokens=1"; wrong=1; }

echo "== 2. cancel: a forced browser login, cancelled while it waits for the browser"
before=$(sha256sum "$home/credentials" | cut -d' ' -f1)
say "login --force"
expect '^login url ' 20
echo "keeper: ${line%%\?*}?..."
expect '^login waiting$' 20
echo "keeper: $line"
say "cancel"
expect '^login done ' 20
echo "keeper: $line"
after=$(sha256sum "$home/credentials" | cut -d' ' -f1)
if [ "$line" = "login done cancelled" ] && [ "$before" = "$after" ]; then
  echo "cancelled: nothing stored, the session it would have replaced is untouched"
else
  echo "WRONG: want 'login done cancelled' and an unchanged credentials file"; wrong=1
fi

echo "== 3. the listener: the CLI logs out, logs in, refreshes"
heard() { # EVENT COMMAND...: runs the CLI command, then waits for the keeper's event line
  local event=$1 started ended seen
  shift
  cli "$@" >/dev/null 2>&1 || { echo "WRONG: spec-kitty $* failed"; wrong=1; }
  ended=$(now_ms)
  expect "^event $event" 5
  seen=$(now_ms)
  echo "spec-kitty $* -> keeper: $line ($((seen - ended)) ms after the CLI exited)"
  [ $((seen - ended)) -le 2000 ] || { echo "WRONG: heard after more than 2 s"; wrong=1; }
}
heard signed-out auth logout
admin config -d access_ttl=1
heard signed-in auth login --headless
admin config -d access_ttl=3600
heard refreshed auth token

say "quit"
expect '^bye$' 10
exit "$wrong"
