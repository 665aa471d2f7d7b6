#!/usr/bin/env bash
# Start-up time of the packaged app against the class-path start, under Xvfb, on one data folder with the demo case:
# milliseconds from JVM start to the window shown (BANSO_SHOWN) and to the case list in it (BANSO_READY), with the
# bare JavaFX window of the benchmark on the same bundled runtime as the yardstick; the variants taken
# in turns so that a busy machine slows all of them alike. Prints the median and the minimum of each.
#
#   installer/measure-startup-linux.sh [ROUNDS]     (default 7; needs target/installer/Banso: build-linux.sh)
#
# Variants: the class path (java of this machine, target/classes and the Maven dependencies, as `mvn javafx:run`
# starts it), the app-image (target/installer/Banso), and the same app-image without its CDS archive.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-7}"
app=target/installer/Banso
[ -x "$app/bin/Banso" ] || { echo "error: no $app (run installer/build-linux.sh first)" >&2; exit 1; }
if [ "$(locale charmap 2>/dev/null)" != "UTF-8" ]; then export LC_ALL=C.UTF-8; fi

tmp="$(mktemp -d)"
pids=()
cleanup() { for p in ${pids[@]+"${pids[@]}"}; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT

mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=runtime >/dev/null 2>&1 \
  || { echo "error: mvn dependency:build-classpath failed (run mvn -o compile first)" >&2; exit 1; }
classpath="target/classes:$(cat "$tmp/cp.txt")"
cp -a "$app" "$tmp/no-cds"
rm -f "$tmp/no-cds/lib/runtime/lib/server/classes.jsa"

exec 3> "$tmp/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$tmp/display")"

data="$tmp/data"
JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true "$app/bin/Banso" --data-dir "$data" --demo >/dev/null 2>&1   # the demo case

# Each run prints "SHOWN READY": the window on screen, and the case list in it (the bare window has no list: "-").
times() { awk '/^BANSO_SHOWN/ {s=$2} /^BANSO_READY/ {r=$2} END {printf "%s %s", s, (r == "" ? "-" : r)}'; }
run() {
  case "$1" in
    bare-window) "$app/lib/runtime/bin/java" -Dbanso.startupProbe=true -cp target/test-classes 'jp.banso.bench.BareWindow$Launch' \
                 2>/dev/null | times ;;
    classpath) java -Dbanso.startupProbe=true -Dfile.encoding=UTF-8 -cp "$classpath" jp.banso.app.Launcher \
                 --data-dir "$data" --no-demo 2>/dev/null | times ;;
    app-image) JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true "$app/bin/Banso" --data-dir "$data" --no-demo 2>/dev/null | times ;;
    app-image-without-cds) JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true "$tmp/no-cds/bin/Banso" --data-dir "$data" \
                 --no-demo 2>/dev/null | times ;;
  esac
}
[ -f "target/test-classes/jp/banso/bench/BareWindow.class" ] || { echo "error: no BareWindow (run mvn -o test-compile)" >&2; exit 1; }
variants=(bare-window classpath app-image app-image-without-cds)
for v in "${variants[@]}"; do run "$v" >/dev/null; done   # one warm-up each (file cache)
for r in $(seq "$rounds"); do
  for v in "${variants[@]}"; do echo "$v $(run "$v")" >>"$tmp/times"; done
done
echo "ms from JVM start ($rounds runs each, taken in turns; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg));"
echo "the bare window runs on the app-image's own Java runtime (with its CDS archive of JDK and JavaFX classes)"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
bare="$(awk '$1 == "bare-window" {print $2}' "$tmp/times" | median)"
for v in "${variants[@]}"; do
  shown="$(awk -v v="$v" '$1 == v {print $2}' "$tmp/times" | median)"
  if [ "$v" = bare-window ]; then
    printf "%-24s window %5d\n" "$v" "$shown"
  else
    ready="$(awk -v v="$v" '$1 == v {print $3}' "$tmp/times" | median)"
    printf "%-24s window %5d (%.2f×)   case list %5d (%.2f×)\n" "$v" "$shown" "$(echo "$shown/$bare" | bc -l)" \
      "$ready" "$(echo "$ready/$bare" | bc -l)"
  fi
done
