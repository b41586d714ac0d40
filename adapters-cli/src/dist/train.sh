#!/bin/sh
# Trains the image's start-up cache at build time, inside the image, with the launcher's flags.
# Usage: train.sh IMAGE_DIR JAVA_SPEC_VERSION WORK_DIR [JDK_HOME]
#
# 1. Runs the packaged launcher on typical commands against fake sessions (training/), each
#    writing the list of classes it loaded: offline commands on a fresh session, and, with
#    JDK_HOME given, network commands against training/TrainingServer.java on a loopback port
#    (a refresh, doctor --server, the sync probe), so that the HTTP stack is archived too.
# 2. Merges the lists and dumps one static CDS archive (AppCDS) of all those classes, the JDK's
#    and the app's: <image>/lib/spec-kitty.jsa, which the launcher passes as
#    -XX:SharedArchiveFile.
# Why not one recording run (-XX:ArchiveClassesAtExit, or the JDK 24+ AOT cache with
# -XX:AOTCacheOutput): those see one JVM, so one command, and could not store picocli's Java 5
# classes (now compiled for Java 17 by build-picocli.sh, so the dump also verifies them). The merged
# static dump covers every training command and stores picocli; measured on JDK 17 and 25 it costs 15-40 ms less
# CPU per start than either recording run and than an AOT-linked (-XX:+AOTClassLinking) dump,
# which must leave picocli out too. SPEC_KITTY_TRAIN_AOT=1 builds that AOT-linked cache instead
# (JDK 24+; <image>/lib/spec-kitty.aot, which the launcher prefers when present).
# The archive holds no paths outside the image, so it stays valid wherever the image is copied.
#
# Extending: add a `train` line below (or `try_train` for a command that may not exist yet:
# its usage error, exit 2, skips it).
set -eu

image=$1 feature=$2 work=$3 jdk=${4:-}
dist=$(cd -P -- "$(dirname -- "$0")" && pwd -P)
launcher=$image/bin/spec-kitty

if [ "${SPEC_KITTY_TRAIN_AOT:-0}" = 1 ] && [ "$feature" -ge 24 ]; then
  cache=$image/lib/spec-kitty.aot
  dump_flags="-XX:+AOTClassLinking"
  verify_flag="-XX:AOTMode=on"
else
  cache=$image/lib/spec-kitty.jsa
  dump_flags=
  verify_flag="-Xshare:on"
fi
rm -f "$image/lib/spec-kitty.aot" "$image/lib/spec-kitty.jsa"
rm -rf "$work"
mkdir -p "$work/classlists"

# A private home (SPEC §3: dir 0700, file 0600) holding training/credentials.toml, edited by
# the sed script given as second argument.
make_home() {
  mkdir -p "$work/$1"
  chmod 700 "$work/$1"
  sed "$2" "$dist/training/credentials.toml" >"$work/$1/credentials"
  chmod 600 "$work/$1/credentials"
}
make_home home ''

# The training server starts now, so that its start-up overlaps the offline runs.
server_pid=
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
}
trap stop_server EXIT
if [ -n "$jdk" ]; then
  env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS -u _JAVA_OPTIONS \
    "$jdk/bin/java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    "$dist/training/TrainingServer.java" "$work/server.port" \
    >"$work/server.log" 2>&1 </dev/null &
  server_pid=$!
fi

# train NAME ALLOWED ARGS...: runs one command from the image in $home (with the extra
# environment $train_env) and checks its exit status against ALLOWED (a list like "0 1"). Its
# output goes to the work dir, not to the build log; its class list to classlists/ ($java_opts,
# when set, replaces the class-list option).
home=home train_env= java_opts= status=0
train() {
  name=$1 allowed=$2
  shift 2
  status=0
  # shellcheck disable=SC2086
  env -u SPEC_KITTY_SAAS_URL -u SPEC_KITTY_ENABLE_SAAS_SYNC \
    -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS -u _JAVA_OPTIONS \
    HOME="$work" SPEC_KITTY_HOME="$work/$home" NO_COLOR=1 $train_env \
    SPEC_KITTY_JAVA_OPTS="${java_opts:--XX:DumpLoadedClassList=$work/classlists/$name}" \
    "$launcher" "$@" >"$work/$name.out" 2>"$work/$name.err" </dev/null || status=$?
  case " $allowed " in
    *" $status "*) ;;
    *)
      echo "training run 'spec-kitty $*' exited $status (expected $allowed):" >&2
      cat "$work/$name.err" >&2
      return 1
      ;;
  esac
}

# try_train: as train, but a usage error (exit 2: the command does not exist yet) skips it.
try_train() {
  name=$1 allowed=$2
  shift 2
  train "$name" "$allowed 2" "$@"
  if [ "$status" = 2 ] && [ "$allowed" != 2 ]; then
    echo "training: skipped 'spec-kitty $*' (usage error)"
    rm -f "$work/classlists/$name"
  fi
}

# Offline commands on a fresh session (doctor exits 1 on a critical finding: still working).
# The CLI builds only the commands the arguments name, so each command class is loaded (and
# archived) only by a run that names it: a class missing from the archive costs opening the
# module image on every start of that command. These runs cover every command class and the
# help, completion and JSON renderers; the network runs below cover the HTTP stack.
train status 0 auth status
train status-json 0 auth status --json
# A session without teams reads and renders through other call sites (lambdas) than one with.
make_home no-teams '/^\[\[teams\]\]/,$d; /^default_team_id/d'
home=no-teams
train status-no-teams 0 auth status
home=home
train whoami 0 auth whoami
train doctor "0 1" auth doctor
train doctor-json "0 1" auth doctor --json
train sync-status 0 sync status --json
train help 0 --help
train auth-help 0 auth --help
train help-command 0 help auth login
train completion 0 generate-completion

# Network commands against the training server, on a session recorded for it.
if [ -n "$server_pid" ]; then
  i=0
  while [ ! -s "$work/server.port" ] && [ "$i" -lt 300 ]; do
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
    i=$((i + 1))
  done
  if [ ! -s "$work/server.port" ]; then
    # Only start-up speed is at stake: say so and go on without the network runs.
    echo "training: the training server did not start, network commands are not trained:"
    sed 's/^/  /' "$work/server.log"
    stop_server
    server_pid=
  fi
fi
if [ -n "$server_pid" ]; then
  url=http://127.0.0.1:$(cat "$work/server.port")
  make_home net "s|^url = .*|url = \"$url\"|"
  # The same session with an expired access token: `auth token` refreshes it (lock, write).
  make_home expired "s|^url = .*|url = \"$url\"|; s|^access_expires_at = .*|access_expires_at = \"2020-01-01T00:00:00Z\"|"
  home=expired
  try_train token-refresh 0 auth token
  home=net
  try_train doctor-server "0 1" auth doctor --server
  train_env=SPEC_KITTY_ENABLE_SAAS_SYNC=1
  try_train sync-check 0 sync status --check
  home=home train_env=
  stop_server
  server_pid=
fi

# One list: class lines by name (their numeric ids differ between runs and must go); dynamic
# proxy classes cannot be preloaded. The @ lines (lambda forms and lambda proxies) go last, each
# as many times as one run needed it: two call sites of the same shape (e.g. the same method
# reference twice) each take one archived proxy, and a missing one is spun at run time (about 1 ms
# each, and the bytecode generator's own start-up for the first). The `@cp` lines (JDK 24+) ask
# for AOT-resolved constants, which makes the dump link the classes and then drop the old picocli
# ones: kept only for the AOT-linked cache.
keep_cp=0
[ -n "$dump_flags" ] && keep_cp=1
awk -v keep_cp="$keep_cp" 'FNR == 1 { split("", in_run) }
     /^#/ { next }
     /^@cp / && !keep_cp { next }
     /^@/ {
       if (!($0 in most)) { order[++lines] = $0; most[$0] = 0 }
       if (++in_run[$0] > most[$0]) most[$0] = in_run[$0]
       next
     }
     $1 ~ /\$Proxy[0-9]+$/ { next }
     { if (!seen[$1]++) print $1 }
     END { for (i = 1; i <= lines; i++) for (n = 0; n < most[order[i]]; n++) print order[i] }' \
  "$work"/classlists/* >"$work/classlist"

# shellcheck disable=SC2086
if ! env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS -u _JAVA_OPTIONS \
    "$image/bin/java" -Xshare:dump $dump_flags \
    -XX:SharedClassListFile="$work/classlist" -XX:SharedArchiveFile="$cache" \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxRAM=16g \
    -Xlog:disable -Xlog:all=warning:file="$work/dump.log" \
    -cp "$image/lib/no-class-path" >"$work/dump.out" 2>&1; then
  echo "creating the start-up cache failed, see $work/dump.out and $work/dump.log:" >&2
  cat "$work/dump.out" >&2
  exit 1
fi

# The cache must map with the launcher's own flags: a run that fails if it does not.
java_opts=$verify_flag
train verify 0 auth status
if [ -s "$work/verify.err" ]; then
  echo "the launcher wrote to stderr with the new cache:" >&2
  cat "$work/verify.err" >&2
  exit 1
fi
