# Sourced by scripts that drive the packaged launcher against the local sandbox: checks that both
# are built, makes a scratch directory ($work, removed on exit with the sandbox) and starts the
# sandbox with `start_sandbox [sandbox options]`, which sets $base to its loopback URL.
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

# WireMock loads about 4,000 classes at start; a class-data archive of them, written by the first
# start after a build (at its exit) and used by every later one, halves the start-up.
sandbox_cds=sandbox/target/sandbox.jsa
sandbox_java_options() {
  if [ "$sandbox_cds" -nt "$sandbox_jar" ]; then
    echo "-XX:SharedArchiveFile=$sandbox_cds"
  else
    echo "-XX:ArchiveClassesAtExit=$sandbox_cds"
  fi
  echo "-XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=warning:stderr"
}

start_sandbox() {
  # shellcheck disable=SC2046 # the options are words
  java $(sandbox_java_options) -jar "$sandbox_jar" --port 0 --port-file "$work/port" "$@" >"$work/sandbox.log" 2>&1 &
  sandbox_pid=$!
  for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
  [ -s "$work/port" ] || { echo "the sandbox did not start:" >&2; cat "$work/sandbox.log" >&2; exit 1; }
  base="http://127.0.0.1:$(cat "$work/port")"
}
