#!/usr/bin/env bash
# Checks that commands which make no network call do not load the HTTP stack (Feign, Jackson,
# java.net.http): building it lazily keeps those commands fast (java-stack notes §6).
# Runs the packaged launcher with class-load logging (SPEC_KITTY_JAVA_OPTS) and fails when any
# such class was loaded. Also lists how many classes of our HTTP adapter were loaded (info only:
# naming an adapter type may load it without loading Feign).
#
# Usage: scripts/check-no-http-classes.sh [IMAGE_DIR]   (default adapters-cli/target/spec-kitty)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
image=${1:-$root/adapters-cli/target/spec-kitty}
launcher=$image/bin/spec-kitty
[ -x "$launcher" ] || { echo "no launcher at $launcher: run ./mvnw package first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 700 "$work/logged-in" "$work/empty"
install -m 600 "$root/adapters-cli/src/dist/training/credentials.toml" "$work/logged-in/credentials"
unset SPEC_KITTY_SAAS_URL SPEC_KITTY_ENABLE_SAAS_SYNC JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS

forbidden='^(feign|com\.fasterxml\.jackson|java\.net\.http|jdk\.internal\.net\.http)\.'
adapter='^ai\.speckitty\.auth\.adapters\.http\.'
failed=0 n=0

# check HOME_NAME COMMAND...: one launcher run with class-load logging into a file.
check() {
  local home_name=$1 home=$work/$1
  shift
  n=$((n + 1))
  local log=$work/classes-$n.log status=0
  HOME=$work SPEC_KITTY_HOME=$home NO_COLOR=1 \
    SPEC_KITTY_JAVA_OPTS="-Xlog:class+load=info:file=$log:none" \
    "$launcher" "$@" >/dev/null 2>"$work/err-$n" </dev/null || status=$?
  # With `:none` decorations a line is "<class name> source: <where>".
  local total http ours
  total=$(wc -l <"$log")
  http=$(cut -d' ' -f1 "$log" | grep -Ec "$forbidden" || true)
  ours=$(cut -d' ' -f1 "$log" | grep -Ec "$adapter" || true)
  printf '%-46s exit %3s  %5s classes  %3s HTTP-stack  %3s adapters.http\n' \
    "spec-kitty $* ($home_name)" "$status" "$total" "$http" "$ours"
  if [ "$http" -gt 0 ]; then
    failed=1
    cut -d' ' -f1 "$log" | grep -E "$forbidden" | head -5 | sed 's/^/    loaded: /'
  fi
  if [ "$status" = 2 ]; then
    echo "    (exit 2 is a usage error: is the command implemented?)"
  fi
}

check empty --version
check empty --help
check empty auth status
check logged-in auth status
check logged-in auth status --json
check logged-in auth whoami
check logged-in auth token
check logged-in auth doctor
check logged-in auth doctor --json
check logged-in sync status --check

if [ "$failed" = 1 ]; then
  echo "FAIL: a command without network use loaded the HTTP stack; build it lazily" >&2
  exit 1
fi
echo "OK: no offline command loaded the HTTP stack"
