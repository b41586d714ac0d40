#!/bin/sh
# Compiles picocli from its published sources for the project's Java release and puts the modular
# jar into the image's module directory; run by Maven in `package` (adapters-cli/pom.xml).
# Usage: build-picocli.sh JAVA_HOME RELEASE VERSION SOURCES_JAR MODULES_DIR WORK_DIR BINARY_JAR
# When SOURCES_JAR is missing (a mirror that serves no sources), BINARY_JAR goes in as published:
# the image works the same, each start only verifies picocli again.
#
# Why: picocli ships Java 5 class files (no stack maps). The start-up archive stores such classes
# unverified, so every start verified the ~140 picocli classes a command loads with the old
# type-inferring verifier: 10-14 ms of CPU per start, a sixth of `--version` (issue 11). The same
# sources compiled for Java 17 are verified once, when the archive is dumped. The code is picocli's,
# unchanged; only the class-file version differs (string concatenation compiled inline, as for our
# own modules). The jar is rebuilt only when an input changed, so the image's up-to-date check
# (build-image.sh) sees the same bytes.
set -eu

java_home=$1 release=$2 version=$3 sources=$4 modules=$5 work=$6 binary=$7
jar=$work/picocli-$version.jar
stamp=$work/inputs

if [ ! -f "$sources" ]; then
  echo "picocli $version: no sources jar was served; the image uses the published jar (slower start-up)" >&2
  rm -rf "$work"
  cp -p "$binary" "$modules/"
  exit 0
fi

inputs() {
  echo "$java_home $release $version"
  cat "$java_home/release" 2>/dev/null || true
  cksum "$sources" "$0"
}

if [ ! -f "$jar" ] || ! inputs | cmp -s - "$stamp"; then
  rm -rf "$work"
  mkdir -p "$work/src" "$work/classes"
  (cd "$work/src" && "$java_home/bin/jar" xf "$sources")
  # The descriptor picocli's own jar carries (META-INF/versions/9/module-info.class).
  printf 'module info.picocli {\n    requires static java.sql;\n    exports picocli;\n}\n' \
    >"$work/src/module-info.java"
  if ! "$java_home/bin/javac" -J-XX:TieredStopAtLevel=1 -J-XX:+UseSerialGC \
      --release "$release" -nowarn -Xlint:none -XDstringConcat=inline -encoding UTF-8 \
      -d "$work/classes" "$work/src/module-info.java" "$work/src/picocli/"*.java \
      >"$work/javac.log" 2>&1; then
    echo "compiling picocli $version from $sources failed:" >&2
    cat "$work/javac.log" >&2
    exit 1
  fi
  "$java_home/bin/jar" --create --file "$jar" --module-version "$version" -C "$work/classes" .
  inputs >"$stamp"
  echo "picocli $version: compiled for Java $release ($jar)"
fi
cp -p "$jar" "$modules/"
