#!/usr/bin/env bash
# Start-up time of the packaged app against the class-path start, under Xvfb, on one data folder with the demo case:
# milliseconds from JVM start to the window shown (BANSO_SHOWN) and to the case list in it (BANSO_READY), with the
# bare JavaFX window of the benchmark (jp.banso.bench.BareWindow) on the same bundled runtime as the yardstick; the
# variants taken in turns so that a busy machine slows all of them alike. Prints the median and the p95 of each and
# its ratio to the bare window with the same cache treatment.
#
#   installer/measure-startup-linux.sh [ROUNDS]     (default 7; needs target/installer/Banso: build-linux.sh)
#
# Variants:
#   bare-window              the bare window on the app-image's runtime, with the runtime's default CDS archive
#   bare-window-aot          the same with its own AOT cache, made here by a training run of the bare window
#   classpath                Banso from target/classes and the Maven dependencies on this machine's java, as
#                            `mvn javafx:run` starts it (its ratio is to bare-window: another JDK, no AOT cache)
#   app-image                target/installer/Banso with its AOT cache (lib/app/banso.aot): ratio to bare-window-aot
#   app-image-without-aot    the same app-image without its AOT cache: ratio to bare-window
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
cp -a "$app" "$tmp/no-aot"
rm -f "$tmp/no-aot/lib/app/banso.aot"
[ -f "$app/lib/app/banso.aot" ] || echo "warning: $app has no AOT cache (see the build's log)" >&2
runtime_java="$app/lib/runtime/bin/java"
# the launcher's JVM options (lib/app/Banso.cfg) without its cache: the bare window runs with the same ones
mapfile -t jvm_options < <(sed -n 's/^java-options=//p' "$app/lib/app/Banso.cfg" | grep -v '^-XX:AOTCache=')

exec 3> "$tmp/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$tmp/display")"

data="$tmp/data"
JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true "$app/bin/Banso" --data-dir "$data" --demo >/dev/null 2>&1   # the demo case
[ -f "target/test-classes/jp/banso/bench/BareWindow.class" ] || { echo "error: no BareWindow (run mvn -o test-compile)" >&2; exit 1; }
# in a jar of its own: an AOT cache takes classes from jars only
jar cf "$tmp/bare-window.jar" -C target/test-classes jp/banso/bench/BareWindow.class \
  -C target/test-classes 'jp/banso/bench/BareWindow$Launch.class'
bare_window=(-Dbanso.startupProbe=true -cp "$tmp/bare-window.jar" 'jp.banso.bench.BareWindow$Launch')
"$runtime_java" "${jvm_options[@]}" -XX:AOTCacheOutput="$tmp/bare-window.aot" "${bare_window[@]}" >/dev/null 2>&1 \
  || { echo "error: the bare window's training run failed" >&2; exit 1; }

# Each run prints "SHOWN READY": the window on screen, and the case list in it (the bare window has no list: "-").
times() { awk '/^BANSO_SHOWN/ {s=$2} /^BANSO_READY/ {r=$2} END {printf "%s %s", s, (r == "" ? "-" : r)}'; }
run() {
  case "$1" in
    bare-window) "$runtime_java" "${jvm_options[@]}" "${bare_window[@]}" 2>/dev/null | times ;;
    bare-window-aot) "$runtime_java" "${jvm_options[@]}" -XX:AOTCache="$tmp/bare-window.aot" "${bare_window[@]}" \
                 2>/dev/null | times ;;
    classpath) java -Dbanso.startupProbe=true -Dfile.encoding=UTF-8 -cp "$classpath" jp.banso.app.Launcher \
                 --data-dir "$data" --no-demo 2>/dev/null | times ;;
    app-image) JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true "$app/bin/Banso" --data-dir "$data" --no-demo 2>/dev/null | times ;;
    app-image-without-aot) JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true "$tmp/no-aot/bin/Banso" --data-dir "$data" \
                 --no-demo 2>/dev/null | times ;;
  esac
}
variants=(bare-window bare-window-aot classpath app-image app-image-without-aot)
yardstick() { case "$1" in app-image) echo bare-window-aot ;; *) echo bare-window ;; esac; }
for v in "${variants[@]}"; do run "$v" >/dev/null; done   # one warm-up each (file cache)
for r in $(seq "$rounds"); do
  for v in "${variants[@]}"; do echo "$v $(run "$v")" >>"$tmp/times"; done
done
echo "ms from JVM start ($rounds runs each, taken in turns; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg));"
echo "runtime: $("$runtime_java" -version 2>&1 | sed -n 2p); ratios to the bare window with the same cache treatment"
# median and p95 (nearest rank) of column $2 of variant $1
stat() { awk -v v="$1" -v c="$2" '$1 == v {print $c}' "$tmp/times" | sort -n \
  | awk '{a[NR]=$1} END {printf "%d %d", a[int((NR+1)/2)], a[int(NR*0.95+0.999)]}'; }
for v in "${variants[@]}"; do
  read -r shown shown95 <<<"$(stat "$v" 2)"
  if [ "$v" = bare-window ] || [ "$v" = bare-window-aot ]; then
    printf "%-22s window %5d (p95 %5d)\n" "$v" "$shown" "$shown95"
  else
    read -r ready ready95 <<<"$(stat "$v" 3)"
    base="$(stat "$(yardstick "$v")" 2 | cut -d' ' -f1)"
    printf "%-22s window %5d (p95 %5d, %.2f×)   case list %5d (p95 %5d, %.2f×)   ÷ %s\n" "$v" "$shown" "$shown95" \
      "$(echo "$shown/$base" | bc -l)" "$ready" "$ready95" "$(echo "$ready/$base" | bc -l)" "$(yardstick "$v")"
  fi
done
