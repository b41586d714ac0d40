#!/usr/bin/env bash
# A measurement, not a test: what one `spec-kitty auth token` does to the state files, counted by
# strace (-f, every thread of the JVM and the launcher's shell) against the local sandbox:
#   (a) fresh token: SPEC §4.3 asks for one lock-free read and no lock;
#   (b) expired token: the lock-free read, then the re-read under the lock, one lock taken.
# Prints per case: opens of the credentials file, read syscalls on it (a file read is an open and
# reads until end of file), lock acquisitions on credentials.lock (fcntl F_SETLK/F_SETLKW/F_OFD_*
# with F_WRLCK or F_RDLCK, or flock LOCK_SH/LOCK_EX) and their releases (F_UNLCK, LOCK_UN). The JDK
# on Linux locks with fcntl F_SETLK(W) (FileChannel.lock/tryLock); flock is counted in case it
# ever changes. Opens of the temp file of an atomic write are not reads and are not counted.
#
# Usage: scripts/count-io.sh [-v]   (-v also prints the counted strace lines)
# Expects `./mvnw -B -q package -DskipTests` to have run; needs strace (STRACE=/path overrides).
set -uo pipefail
cd "$(dirname "$0")/.."

verbose=
[ "${1:-}" = "-v" ] && verbose=1
strace=${STRACE:-/usr/bin/strace}
[ -x "$strace" ] || { echo "strace not found at $strace (set STRACE=/path/to/strace)" >&2; exit 1; }

. scripts/lib/sandbox.sh

start_sandbox --interval 0
unset SPEC_KITTY_SAAS_URL SPEC_KITTY_ENABLE_SAAS_SYNC SPEC_KITTY_JAVA_OPTS JAVA_TOOL_OPTIONS \
  JDK_JAVA_OPTIONS _JAVA_OPTIONS HTTP_PROXY HTTPS_PROXY http_proxy https_proxy ALL_PROXY all_proxy
export NO_COLOR=1

# One real login gives a complete credentials file that records the sandbox as its server.
SPEC_KITTY_HOME="$work/template" SPEC_KITTY_SAAS_URL="$base" "$launcher" auth login --headless >/dev/null 2>&1 \
  || { echo "the template login failed" >&2; exit 1; }

# A copy of the template in its own home, lock file included (it is never deleted, so every home
# that has seen a login has one); "expired" moves the access expiry into the past.
prepare() { # name, fresh|expired
  local home="$work/$1"
  mkdir -m 700 "$home"
  [ -e "$work/template/credentials.lock" ] || { echo "the template login left no credentials.lock" >&2; exit 1; }
  cp -p "$work/template/credentials.lock" "$home/credentials.lock"
  if [ "$2" = expired ]; then
    (umask 077 && sed -E 's|^access_expires_at = .*|access_expires_at = "2000-01-01T00:00:00Z"|' \
      "$work/template/credentials" >"$home/credentials")
  else
    (umask 077 && cp "$work/template/credentials" "$home/credentials")
  fi
}

# Runs `auth token` under strace in home $1 and prints one result row for the case named $2.
measure() { # home name, case label
  local home="$work/$1" trace="$work/$1.strace"
  SPEC_KITTY_HOME="$home" "$strace" -f -qq -y -s 0 -o "$trace" \
    -e trace=open,openat,openat2,read,pread64,readv,preadv,preadv2,flock,fcntl \
    "$launcher" auth token >/dev/null 2>"$work/$1.err"
  local rc=$?
  [ "$rc" -eq 0 ] || { echo "auth token ($2) exited $rc:" >&2; cat "$work/$1.err" >&2; exit 1; }
  local creds="$home/credentials" lock="$home/credentials.lock"
  # -y prints each fd with its path: read(7</…/credentials>, …). An open names the path as its argument.
  local opens reads locks unlocks
  opens=$(grep -E "open(at2?)?\(.*\"$creds\"" "$trace" | grep -vc ' = -1 ')
  reads=$(grep -Ec "(p?readv?|preadv2|pread64)\([0-9]+<$creds>" "$trace")
  locks=$(grep -E "(fcntl|flock)\([0-9]+<$lock>" "$trace" | grep -Ec 'F_WRLCK|F_RDLCK|LOCK_EX|LOCK_SH')
  unlocks=$(grep -E "(fcntl|flock)\([0-9]+<$lock>" "$trace" | grep -Ec 'F_UNLCK|LOCK_UN')
  printf '%-28s %6s %12s %6s %9s\n' "$2" "$opens" "$reads" "$locks" "$unlocks"
  if [ -n "$verbose" ]; then
    grep -E "open(at2?)?\(.*\"$creds\"|\([0-9]+<$creds>|(fcntl|flock)\([0-9]+<$lock>" "$trace" | sed 's/^/    /'
  fi
}

prepare fresh fresh
prepare expired expired
echo "# auth token on $launcher against the sandbox at $base (strace -f)"
printf '%-28s %6s %12s %6s %9s\n' "case" "opens" "read calls" "locks" "unlocks"
measure fresh "(a) fresh token"
measure expired "(b) expired token (refresh)"
