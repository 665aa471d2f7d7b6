#!/usr/bin/env bash
# Smoke test of the Linux package: builds the app-image and checks, under a virtual display (Xvfb), that the
# packaged app — its own runtime, no Java from this machine — starts on a fresh data folder, opens its database with
# the demo case in it, shows its main window (a screenshot is kept), and that its command line exports hand-outs
# and returns its exit codes.
#
#   installer/smoke-test-linux.sh                  build the app-image (installer/build-linux.sh) and test it
#   installer/smoke-test-linux.sh --no-build       test target/installer/Banso as it is
#   installer/smoke-test-linux.sh --deb            also build the .deb and check its contents (dpkg-deb -I / -c)
#   installer/smoke-test-linux.sh --install-deb    also install the .deb (root only: dpkg -i), start the installed
#                                                  app, check the file type, and remove the package again (dpkg -P)
#   --offline                                      passed on to the build (Maven -o)
#
# Needs: xvfb, xdotool, imagemagick (import, convert); for --deb dpkg-deb. Leaves its results (screenshot, logs,
# exported files) in target/installer-smoke/. Prints "SMOKE TEST PASSED" and exits 0, or names the failed check.
set -euo pipefail
cd "$(dirname "$0")/.."

build=true; deb=false; install_deb=false; build_args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    --deb) deb=true ;;
    --install-deb) deb=true; install_deb=true ;;
    --offline) build_args+=(--offline) ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done
for tool in Xvfb xdotool xprop import convert identify jar; do
  command -v "$tool" >/dev/null || { echo "error: $tool missing (apt install xvfb xdotool x11-utils imagemagick; jar: a JDK)" >&2; exit 1; }
done
if [ "$(locale charmap 2>/dev/null)" != "UTF-8" ]; then export LC_ALL=C.UTF-8; fi

app=target/installer/Banso
res=target/installer-smoke
passed=0
pass() { echo "  ok   $*"; passed=$((passed + 1)); }
fail() { echo "  FAIL $*" >&2; exit 1; }
step() { echo; echo "== $* ($SECONDS s)"; }

if $build; then
  step "build"
  if $deb; then installer/build-linux.sh ${build_args[@]+"${build_args[@]}"}
  else installer/build-linux.sh --app-image-only ${build_args[@]+"${build_args[@]}"}; fi
fi
[ -x "$app/bin/Banso" ] || fail "no app-image at $app (run without --no-build)"
rm -rf "$res"
mkdir -p "$res"
data="$(mktemp -d)/data"   # a fresh data folder: the app creates it
pids=()
cleanup() {
  for p in ${pids[@]+"${pids[@]}"}; do kill "$p" 2>/dev/null || true; done
  rm -rf "$(dirname "$data")"
}
trap cleanup EXIT

step "virtual display"
exec 3> "$res/display"
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp >"$res/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do [ -s "$res/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$res/display")"
[ "$DISPLAY" != ":" ] || fail "Xvfb did not start ($res/xvfb.log)"
pass "Xvfb on $DISPLAY"

step "1. start with a fresh data folder and --demo; the app reports its window and closes itself"
# banso.startupProbe: BansoApp prints "BANSO_SHOWN <ms after JVM start>" once the window is shown, then closes it.
# JAVA_TOOL_OPTIONS reaches the JVM inside the packaged launcher like any -D option.
set +e
JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true timeout 120 "$app/bin/Banso" --data-dir "$data" --demo \
  >"$res/start.out" 2>"$res/start.log"
rc=$?
set -e
[ $rc -eq 0 ] || fail "the app exited with $rc ($res/start.log)"
shown="$(sed -n 's/^BANSO_SHOWN \([0-9]*\)$/\1/p' "$res/start.out")"
[ -n "$shown" ] || fail "no BANSO_SHOWN line: the main window was not shown ($res/start.out, $res/start.log)"
pass "main window shown ${shown} ms after the JVM started"
[ -s "$data/banso.mv.db" ] || fail "no database file $data/banso.mv.db"
pass "database created: $data/banso.mv.db ($(du -k "$data/banso.mv.db" | cut -f1) KB)"
grep -Eq 'Successfully applied [0-9]+ migrations|Schema .* is up to date' "$res/start.log" \
  || fail "no Flyway migration in the log ($res/start.log)"
pass "schema migrated ($(grep -Eo 'Successfully applied [0-9]+ migrations[^(]*' "$res/start.log" | head -1))"

step "1b. the launcher maps the app's AOT cache (lib/app/banso.aot): the app's own classes come from it"
# -Xlog to a file: the launcher's -Xlog:aot*=off only silences the terminal
aot_used() {   # aot_used <launcher> <log>: the cache mapped, and jp.banso classes loaded from it
  JAVA_TOOL_OPTIONS="-Xlog:aot,class+load:file=$2" "$1" export --no-such-option >/dev/null 2>&1 || true
  grep -q 'Using AOT-linked classes: true' "$2" && grep -q 'jp\.banso\.app\.Launcher source: shared objects file' "$2"
}
[ -s "$app/lib/app/banso.aot" ] || fail "no AOT cache $app/lib/app/banso.aot (see target/jpackage/aot-training.log)"
aot_used "$app/bin/Banso" "$res/aot-app-image.log" || fail "the app-image does not use its AOT cache ($res/aot-app-image.log)"
pass "AOT cache used by $app/bin/Banso ($(du -h "$app/lib/app/banso.aot" | cut -f1); $(grep -c 'source: shared objects file' "$res/aot-app-image.log") classes from it)"
# the JVM's own warnings (restricted native access, sun.misc.Unsafe) and its log's warnings and errors (the AOT cache)
jvm_warnings='^WARNING: |\]\[(warning|error) *\]'
if grep -Eq "$jvm_warnings" "$res/start.out" "$res/start.log"; then
  grep -E "$jvm_warnings" "$res/start.out" "$res/start.log" | head -5 >&2
  fail "the JVM printed warnings at start ($res/start.out, $res/start.log)"
fi
pass "no JVM warnings at start (native access, Unsafe, AOT cache)"

step "2. the demo case is in the database (read with the bundled runtime and H2 jar, read-only)"
h2_jar="$(ls "$app"/lib/app/h2-*.jar)"
"$app/lib/runtime/bin/java" -cp "$h2_jar" org.h2.tools.Shell \
  -url "jdbc:h2:file:$data/banso;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;ACCESS_MODE_DATA=r" -user banso -password "" \
  -sql "select m.prefecture, m.name, y.fiscal_year, (select count(*) from meeting e where e.case_id = c.id) as meetings from support_case c join municipality m on m.id = c.municipality_id left join case_fiscal_year y on y.case_id = c.id" \
  >"$res/h2-query.txt" 2>&1 || fail "H2 query failed ($res/h2-query.txt)"
grep -q 'さくら市' "$res/h2-query.txt" || fail "the demo case (さくら市) is not in the database ($res/h2-query.txt)"
pass "demo case found: $(grep 'さくら市' "$res/h2-query.txt" | head -1 | tr -s ' ')"

step "3. the main window on screen: title, window icon, screenshot"
"$app/bin/Banso" --data-dir "$data" >"$res/window.out" 2>"$res/window.log" &
app_pid=$!
pids+=($app_pid)
wid="$(timeout 90 xdotool search --sync --onlyvisible --name 'Banso' 2>/dev/null | head -1)" \
  || fail "no visible window named Banso within 90 s ($res/window.log)"
title="$(xdotool getwindowname "$wid")"
pass "window $wid: 「$title」"
sleep 3   # let the first frames render
xprop -id "$wid" WM_CLASS >"$res/window-props.txt"
# only the head of the icon: xprop may die of SIGPIPE once head has its 200 bytes, which pipefail must not take for a failure
{ xprop -id "$wid" _NET_WM_ICON || true; } | head -c 200 >>"$res/window-props.txt"
grep -q '_NET_WM_ICON(CARDINAL)' "$res/window-props.txt" || fail "the window has no icon ($res/window-props.txt)"
pass "window icon set ($(grep -o 'Icon ([0-9]* x [0-9]*)' "$res/window-props.txt" | head -1))"
import -window "$wid" "$res/main-window.png"
size="$(identify -format '%w×%h' "$res/main-window.png")"
colours="$(convert "$res/main-window.png" -format '%k' info:)"
[ "$colours" -gt 200 ] || fail "the screenshot looks blank ($colours colours): $res/main-window.png"
pass "screenshot $res/main-window.png ($size, $colours colours)"
kill "$app_pid"
for _ in $(seq 100); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.2; done
! kill -0 "$app_pid" 2>/dev/null || fail "the app did not end on SIGTERM"
pass "app ended on SIGTERM"

step "4. command line from the packaged launcher: arguments in, files out, exit codes back"
set +e
"$app/bin/Banso" export --case さくら市 --forms all --out "$res/export" --data-dir "$data" >"$res/export.out" 2>"$res/export.err"
rc_ok=$?
"$app/bin/Banso" export --case 存在しない市 --out "$res/export-none" --data-dir "$data" >/dev/null 2>"$res/export-none.err"
rc_missing=$?
"$app/bin/Banso" export --no-such-option >/dev/null 2>"$res/export-usage.err"
rc_usage=$?
set -e
[ $rc_ok -eq 0 ] || fail "export exited with $rc_ok ($res/export.err)"
files="$(find "$res/export" -name '*.xlsx' | wc -l)"
[ "$files" -ge 7 ] || fail "export wrote $files .xlsx files, expected every form ($res/export)"
pass "export --case さくら市 --forms all: exit 0, $files .xlsx files"
pictures=0
for f in "$res"/export/*グループワーク記録.xlsx; do
  pictures=$((pictures + $(jar tf "$f" | grep -c '^xl/media/')))
done
[ "$pictures" -gt 0 ] || fail "the グループワーク記録 files have no board pictures ($res/export.err)"
pass "board pictures in the グループワーク記録 files: $pictures"
[ $rc_missing -eq 1 ] || fail "unknown case: exit $rc_missing, expected 1"
pass "unknown case: exit 1 ($(head -1 "$res/export-none.err"))"
[ $rc_usage -eq 2 ] || fail "unknown option: exit $rc_usage, expected 2"
pass "unknown option: exit 2"

if $deb; then
  step "5. the .deb: control fields, files, menu entry, file type"
  pkg="$(ls target/installer/banso_*.deb 2>/dev/null | head -1)"
  [ -n "$pkg" ] || fail "no .deb in target/installer (build with --deb)"
  dpkg-deb -I "$pkg" >"$res/deb-info.txt"
  dpkg-deb -c "$pkg" >"$res/deb-contents.txt"
  grep -q '^ Package: banso$' "$res/deb-info.txt" || fail "Package is not banso"
  version="$(sed -n 's/^version=//p' target/jpackage/app.properties)"
  grep -q "^ Version: ${version%%-*}-1$" "$res/deb-info.txt" || fail "Version is not ${version%%-*}-1 ($res/deb-info.txt)"
  grep -q '^ Depends:.*xdg-utils' "$res/deb-info.txt" || fail "Depends lacks xdg-utils"
  pass "$(basename "$pkg"): $(grep -E '^ (Package|Version|Installed-Size):' "$res/deb-info.txt" | tr -s ' ' | tr '\n' ' ')"
  for f in bin/Banso lib/banso-Banso.desktop lib/Banso.png lib/banso-Banso-MimeInfo.xml \
           lib/application-x-banso-bundle.png lib/app/Banso.cfg lib/app/banso.aot; do
    grep -q " ./opt/banso/$f\$" "$res/deb-contents.txt" || fail "/opt/banso/$f missing from the .deb"
  done
  pass "files: /opt/banso/bin/Banso, the menu entry, icon, MIME type, file-type icon, AOT cache"
  unpacked="$(mktemp -d)"
  dpkg-deb -x "$pkg" "$unpacked"
  dpkg-deb -e "$pkg" "$unpacked/DEBIAN"
  desktop="$unpacked/opt/banso/lib/banso-Banso.desktop"
  cp "$desktop" "$res/"
  grep -q '^Name\[ja\]=伴走 (Banso)$' "$desktop" || fail "no Japanese name in the menu entry"
  grep -q '^Exec=/opt/banso/bin/Banso %F$' "$desktop" || fail "the menu entry does not pass opened files (%F)"
  grep -q '^MimeType=application/x-banso-bundle' "$desktop" || fail "the menu entry does not claim .banso files"
  grep -q '^Icon=/opt/banso/lib/Banso.png$' "$desktop" || fail "the menu entry has no icon"
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
  fi
  pass "menu entry: Name[ja]=伴走 (Banso), Exec … %F, MimeType, Icon"
  grep -q 'glob pattern="\*.banso"' "$unpacked/opt/banso/lib/banso-Banso-MimeInfo.xml" || fail "MIME type lacks *.banso"
  grep -q 'Banso ケースバンドル' "$unpacked/opt/banso/lib/banso-Banso-MimeInfo.xml" || fail "MIME type lacks its description"
  pass "MIME type application/x-banso-bundle: *.banso, 「Banso ケースバンドル」"
  grep -q 'desktop_integration || echo' "$unpacked/DEBIAN/postinst" || fail "postinst is jpackage's, not installer/linux/postinst"
  pass "postinst/prerm from installer/linux (desktop integration cannot fail the install)"
  # the .deb's jars are jpackage's second copy of the app-image's: the cache made with the first must still be used
  aot_used "$unpacked/opt/banso/bin/Banso" "$res/aot-deb.log" \
    || fail "the .deb's launcher does not use its AOT cache ($res/aot-deb.log)"
  pass "AOT cache used by the .deb's launcher (unpacked: $(grep -c 'source: shared objects file' "$res/aot-deb.log") classes from it)"
  rm -rf "$unpacked"
fi

if $install_deb; then
  step "6. install the .deb, start the installed app, remove it"
  [ "$(id -u)" -eq 0 ] || fail "--install-deb needs root (dpkg -i)"
  case "$(dpkg-query -W -f='${db:Status-Abbrev}' banso 2>/dev/null)" in
    ii*|iU*|iF*|iH*) fail "banso is installed already; not touching it (dpkg -r banso first)" ;;
  esac
  dpkg -i "$pkg" >"$res/dpkg-install.log" 2>&1 || fail "dpkg -i failed ($res/dpkg-install.log; missing dependencies?)"
  pass "dpkg -i $(basename "$pkg")"
  installed_data="$(dirname "$data")/installed"
  set +e
  JAVA_TOOL_OPTIONS=-Dbanso.startupProbe=true timeout 120 /opt/banso/bin/Banso --data-dir "$installed_data" --demo \
    >"$res/installed.out" 2>"$res/installed.log"
  rc=$?
  set -e
  grep -q '^BANSO_SHOWN' "$res/installed.out" && [ $rc -eq 0 ] || { dpkg -P banso >/dev/null 2>&1; fail "installed app did not show its window ($res/installed.log)"; }
  pass "/opt/banso/bin/Banso: $(grep '^BANSO_SHOWN' "$res/installed.out")"
  touch "$res/sample.banso"
  filetype="$(xdg-mime query filetype "$res/sample.banso" 2>/dev/null || true)"
  if [ "$filetype" = "application/x-banso-bundle" ]; then pass "xdg-mime: sample.banso is $filetype"
  else echo "  note xdg-mime says '$filetype' (no MIME database update here?)"; fi
  dpkg -P banso >"$res/dpkg-remove.log" 2>&1 || fail "dpkg -P banso failed ($res/dpkg-remove.log)"
  [ ! -e /opt/banso ] || fail "/opt/banso is still there after dpkg -P"
  [ -s "$installed_data/banso.mv.db" ] || fail "the data folder did not survive the removal"
  pass "dpkg -P banso (remove and purge): /opt/banso gone, the data folder kept"
fi

echo
echo "SMOKE TEST PASSED in $SECONDS s (main window ${shown} ms after JVM start; screenshot $res/main-window.png)"
echo "smoke: $passed passed, 0 failed"
