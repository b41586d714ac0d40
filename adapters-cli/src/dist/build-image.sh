#!/bin/sh
# Builds the runnable spec-kitty application (a jlink image of the whole app) and trains its
# start-up cache; run by Maven in `package` (adapters-cli/pom.xml, exec-maven-plugin).
# Usage: build-image.sh JAVA_HOME JAVA_SPEC_VERSION MODULES_DIR APP_JAR IMAGE_DIR WORK_DIR
#   JAVA_HOME          the JDK that runs Maven: its jlink links the image, so image == that JDK
#   JAVA_SPEC_VERSION  its feature version (17, 21, 25, ...): picks compression and cache kind
#   MODULES_DIR        the runtime dependencies as modular jars (tomlj already patched)
#   APP_JAR            the adapters-cli jar (the main module)
#   IMAGE_DIR          output: <image>/bin/spec-kitty is the application
#   WORK_DIR           scratch space for the training run
set -eu

java_home=$1 feature=$2 modules=$3 app_jar=$4 image=$5 work=$6
dist=$(cd -P -- "$(dirname -- "$0")" && pwd -P)
main_module=ai.speckitty.auth.adapters.cli

started=$(date +%s)

# Up-to-date check: the image is rebuilt only when an input changed (a repeated `verify` that
# changed only tests skips about 10 s). The patched tomlj jar is rewritten with new timestamps on
# every build, so it counts by name; its content follows from the tomlj version and the pom.
stamp=$image.inputs
inputs() {
  echo "$java_home $feature compress=${SPEC_KITTY_IMAGE_COMPRESS:-1} aot=${SPEC_KITTY_TRAIN_AOT:-0}"
  cat "$java_home/release" 2>/dev/null || true
  for jar in "$modules"/*.jar; do
    case ${jar##*/} in
      tomlj-*) echo "${jar##*/}" ;;
      *) cksum "$jar" ;;
    esac
  done
  cksum "$app_jar" "$dist/../../pom.xml"
  find "$dist" -type f ! -name "*.md" | LC_ALL=C sort | while IFS= read -r file; do cksum "$file"; done
}
if [ -f "$stamp" ] && [ -x "$image/bin/spec-kitty" ] && inputs | cmp -s - "$stamp" \
    && { [ -f "$image/lib/spec-kitty.jsa" ] || [ -f "$image/lib/spec-kitty.aot" ]; }; then
  echo "spec-kitty image: $image/bin/spec-kitty is up to date"
  exit 0
fi
rm -f "$stamp"

# moditect writes its jars with mode 600; keep the inputs readable for anyone who reruns jlink.
chmod 644 "$modules"/*.jar

# jdk.crypto.ec: the TLS key exchanges most servers want (folded into java.base on newer JDKs,
# where it remains as an empty module and costs nothing).
add_modules=$main_module
if "$java_home/bin/java" --list-modules 2>/dev/null | grep -q '^jdk\.crypto\.ec@'; then
  add_modules=$add_modules,jdk.crypto.ec
fi

# zip compression shrinks lib/modules by about a third; the trained cache holds the classes a
# command needs, so start-up barely reads it. `zip-6` is the spelling from JDK 21 on.
if [ "${SPEC_KITTY_IMAGE_COMPRESS:-1}" = 0 ]; then compress=--compress=0
elif [ "$feature" -ge 21 ]; then compress=--compress=zip-6
else compress=--compress=2; fi

rm -rf "$image"
# jlink itself runs with C1 only and the serial GC: half the CPU time of its defaults.
"$java_home/bin/jlink" -J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC \
  --module-path "$modules:$app_jar" \
  --add-modules "$add_modules" \
  --output "$image" \
  --strip-debug --no-header-files --no-man-pages "$compress"

# No --generate-cds-archive: train.sh writes one archive with the JDK's and the app's classes.
# Should a JDK add its default archives anyway, the no-compressed-oops one only serves heaps over
# 32 GB (11-15 MB for nothing here).
rm -f "$image/lib/server/classes_nocoops.jsa"

cp "$dist/bin/spec-kitty" "$image/bin/spec-kitty"
chmod 755 "$image/bin/spec-kitty"

sh "$dist/train.sh" "$image" "$feature" "$work" "$java_home"
inputs >"$stamp"

ended=$(date +%s)
size=$(du -sk "$image" | cut -f1)
echo "spec-kitty image: $image/bin/spec-kitty ($((size / 1024)) MB, JDK $feature," \
  "built in $((ended - started)) s)"
