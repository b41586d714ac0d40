#!/bin/sh
# Trains the image's start-up cache at build time, inside the image, with the launcher's flags.
# Usage: train.sh IMAGE_DIR JAVA_SPEC_VERSION WORK_DIR
#
# 1. Runs the packaged launcher on typical offline commands against a fake logged-in session
#    (training/credentials.toml), each writing the list of classes it loaded.
# 2. Merges the lists and dumps one static CDS archive (AppCDS) of all those classes, the JDK's
#    and the app's: <image>/lib/spec-kitty.jsa, which the launcher passes as
#    -XX:SharedArchiveFile.
# Why not one recording run (-XX:ArchiveClassesAtExit, or the JDK 24+ AOT cache with
# -XX:AOTCacheOutput): those see one JVM, so one command, and cannot store picocli's 172 Java 5
# classes, which are then parsed from the image on every start. The merged static dump covers
# every training command and stores picocli; measured on JDK 17 and 25 it costs 20-40 ms less
# CPU per start than either recording run and than an AOT-linked (-XX:+AOTClassLinking) dump,
# which must leave picocli out too. SPEC_KITTY_TRAIN_AOT=1 builds that AOT-linked cache instead
# (JDK 24+; <image>/lib/spec-kitty.aot, which the launcher prefers when present).
# The archive holds no paths outside the image, so it stays valid wherever the image is copied.
#
# Extending: add a `train` line below. A command that loads the HTTP stack (Feign, Jackson)
# needs a server: start the sandbox on a loopback port here and point SPEC_KITTY_SAAS_URL at it
# (with a matching [server] url in the training session), so network commands start fast too.
set -eu

image=$1 feature=$2 work=$3
dist=$(cd -P -- "$(dirname -- "$0")" && pwd -P)
launcher=$image/bin/spec-kitty
main=ai.speckitty.auth.adapters.cli/ai.speckitty.auth.adapters.cli.Main

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

# A private home with a fresh fake session (SPEC §3: dir 0700, file 0600).
rm -rf "$work"
mkdir -p "$work/home" "$work/classlists"
chmod 700 "$work/home"
cp "$dist/training/credentials.toml" "$work/home/credentials"
chmod 600 "$work/home/credentials"

# Runs one command from the image and checks its exit status (ALLOWED: a list like "0 1").
# Its output goes to the work dir, not to the build log; its class list to classlists/ (or
# $java_opts, when set, replaces the class-list option).
java_opts=
train() {
  name=$1 allowed=$2
  shift 2
  status=0
  env -u SPEC_KITTY_SAAS_URL -u SPEC_KITTY_ENABLE_SAAS_SYNC \
    -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS -u _JAVA_OPTIONS \
    HOME="$work" SPEC_KITTY_HOME="$work/home" NO_COLOR=1 \
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

# The training commands (doctor exits 1 on a critical finding, which is still a working doctor).
train status 0 auth status
train status-json 0 auth status --json
train doctor "0 1" auth doctor
train doctor-json "0 1" auth doctor --json
train help 0 --help
train auth-help 0 auth --help
train version 0 --version

# One list: class lines by name (their numeric ids differ between runs and must go), the @
# lines (lambda forms and proxies) once each; dynamic proxy classes cannot be preloaded. The
# `@cp` lines (JDK 24+) ask for AOT-resolved constants, which makes the dump link the classes and
# then drop the old picocli ones: kept only for the AOT-linked cache.
keep_cp=0
[ -n "$dump_flags" ] && keep_cp=1
awk -v keep_cp="$keep_cp" '/^#/ { next }
     /^@cp / && !keep_cp { next }
     /^@/ { if (!seen[$0]++) print; next }
     $1 ~ /\$Proxy[0-9]+$/ { next }
     { if (!seen[$1]++) print $1 }' "$work"/classlists/* >"$work/classlist"

# shellcheck disable=SC2086
if ! env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS -u _JAVA_OPTIONS \
    "$image/bin/java" -Xshare:dump $dump_flags \
    -XX:SharedClassListFile="$work/classlist" -XX:SharedArchiveFile="$cache" \
    -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxRAM=16g \
    -Xlog:disable -Xlog:all=warning:file="$work/dump.log" \
    -m "$main" >"$work/dump.out" 2>&1; then
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
