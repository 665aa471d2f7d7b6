#!/usr/bin/env bash
# Start-up time of the packaged app against the class-path start, under Xvfb, on one data folder with the demo case:
# milliseconds from JVM start to the main window shown (BANSO_SHOWN, -Dbanso.startupProbe=true), the variants taken
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

shown() { grep -m1 '^BANSO_SHOWN' | cut -d' ' -f2; }
run() {
  case "$1" in
    classpath) java -Dbanso.startupProbe=true -Dfile.encoding=UTF-8 -cp "$classpath" jp.banso.app.Launcher \
                 --data-dir "$data" --no-demo 2>/dev/null | shown ;;
    app-image) JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true "$app/bin/Banso" --data-dir "$data" --no-demo 2>/dev/null | shown ;;
    app-image-without-cds) JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true "$tmp/no-cds/bin/Banso" --data-dir "$data" \
                 --no-demo 2>/dev/null | shown ;;
  esac
}
variants=(classpath app-image app-image-without-cds)
for v in "${variants[@]}"; do run "$v" >/dev/null; done   # one warm-up each (file cache)
for r in $(seq "$rounds"); do
  for v in "${variants[@]}"; do echo "$v $(run "$v")" >>"$tmp/times"; done
done
echo "start to main window shown, ms ($rounds runs each, taken in turns; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
for v in "${variants[@]}"; do
  sort -n <(sed -n "s/^$v //p" "$tmp/times") | awk -v v="$v" '{a[NR]=$1} END {
    printf "%-24s median %5d   min %5d   all:", v, a[int((NR+1)/2)], a[1]; for (i=1;i<=NR;i++) printf " %d", a[i]; print "" }'
done
