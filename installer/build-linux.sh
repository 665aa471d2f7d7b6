#!/usr/bin/env bash
# Builds Banso for Linux users, with its own Java runtime (users need no Java):
#   target/installer/Banso/                         the app-image: a folder that runs where it is (bin/Banso)
#   target/installer/Banso-<version>-linux-<arch>.tar.gz   that folder packed: the per-user install, no root needed
#   target/installer/banso_<version>-1_<arch>.deb   the package: /opt/banso, a menu entry, the .banso file type
#
#   installer/build-linux.sh                    all three
#   installer/build-linux.sh --app-image-only   only the app-image (what the smoke test needs; a minute faster)
#   installer/build-linux.sh --offline          Maven -o: every dependency already in ~/.m2
#
# Needs: Maven 3.8+ with a JDK 17+ (it compiles the app for Java 17), and a JDK 25+ for the bundled runtime and its
# ahead-of-time cache (BANSO_RUNTIME_JDK, default /usr/lib/jvm/temurin-25-jdk-amd64); for the .deb also dpkg-deb and
# fakeroot. The cache's training run (step 5) needs a display or xvfb-run (package xvfb); without either the app
# gets no cache, which is only slower. The tests are not run: run `mvn verify` first (CI does). Every step is
# explained in installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."   # the repository root: every path below is relative to it

offline=()
app_image_only=false
for arg in "$@"; do
  case "$arg" in
    --offline) offline=(-o) ;;
    --app-image-only) app_image_only=true ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

# jpackage writes the Japanese texts (description, menu name) in the locale's charset: make sure it is UTF-8
if [ "$(locale charmap 2>/dev/null)" != "UTF-8" ]; then export LC_ALL=C.UTF-8; fi

# The runtime's JDK: 25 or later, for the AOT cache (JEP 483/514/515). Maven keeps the JDK it finds (JAVA_HOME or
# javac on PATH): the app is compiled for Java 17 either way (pom.xml, release 17).
jdk="${BANSO_RUNTIME_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
jdk_version="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null || true)"
if [ -z "$jdk_version" ] || [ "$jdk_version" -lt 25 ]; then
  echo "error: no JDK 25+ at $jdk (found: ${jdk_version:-none}); install Temurin 25 there or set BANSO_RUNTIME_JDK" >&2
  exit 1
fi
for tool in jlink jmod jpackage java; do
  [ -x "$jdk/bin/$tool" ] || { echo "error: $jdk/bin/$tool missing; BANSO_RUNTIME_JDK must be a full JDK 25+" >&2; exit 1; }
done

work=target/jpackage    # made by Maven (step 1); the runtime and jmods go here too
out=target/installer    # what users get
step() { echo; echo "== $* ($SECONDS s)"; }

step "1/5 Maven: the app's jar, its libraries and JavaFX for Linux"
# (sed: this Maven prints colour codes even with -B -q)
mvn -B -q -ntp ${offline[@]+"${offline[@]}"} -Pinstaller -DskipTests package | sed 's/\x1b\[[0-9;]*m//g'

prop() { sed -n "s/^$1=//p" "$work/app.properties"; }
name="$(prop name)"                       # Banso
version="$(prop version)"                 # from pom.xml: 0.1.0 (or 0.2.0-SNAPSHOT)
app_version="${version%%-*}"              # jpackage takes numbers only: 0.2.0-SNAPSHOT -> 0.2.0
[[ "$app_version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "error: cannot make a package version of '$version'" >&2; exit 1; }

step "2/5 JavaFX jars -> jmods (so that jlink puts JavaFX's native libraries into the runtime's lib/)"
rm -rf "$work/jmods"
mkdir -p "$work/jmods"
for classes in "$work"/javafx/classes/*/; do
  artifact="$(basename "$classes")"                            # javafx-graphics-linux
  module="$(echo "$artifact" | cut -d- -f1,2 | tr - .)"         # javafx.graphics
  natives="$work/javafx/natives/$artifact"                     # libglass.so, libprism_es2.so, … (graphics only)
  libs=()
  if [ -n "$(ls -A "$natives" 2>/dev/null)" ]; then libs=(--libs "$natives"); fi
  "$jdk/bin/jmod" create --class-path "$classes" ${libs[@]+"${libs[@]}"} "$work/jmods/$module.jmod"
done

step "3/5 jlink: the Java runtime (installer/runtime-modules.txt)"
modules="$(grep -v '^[[:space:]]*#' installer/runtime-modules.txt | grep -v '^[[:space:]]*$' | paste -sd, -)"
module_path="$work/jmods"   # the JavaFX jmods of step 2
# the JDK's own modules: its jmods if it has them; Temurin 25 has none and jlink takes them from the JDK's run-time
# image instead (JEP 493)
if [ -d "$jdk/jmods" ]; then module_path="$jdk/jmods:$module_path"; fi
rm -rf "$work/runtime"
jlink_args=(
  --module-path "$module_path"
  --add-modules "$modules"
  --strip-debug                # no line-number and local-variable tables in the JDK's classes (the app's jars keep theirs)
  --no-header-files            # no C headers, no man pages: nobody compiles against this runtime
  --no-man-pages
  --include-locales=en,ja      # of jdk.localedata's locales keep English and Japanese (和暦, 曜日)
  --generate-cds-archive       # the runtime's default class-data archive of the JDK's classes: what a start without
                               # the app's AOT cache (step 5) still gets
  --output "$work/runtime"
  # no --compress: the .deb compresses better itself (55 MB against 66 MB) and start-up is about 0.2 s faster
)
"$jdk/bin/jlink" "${jlink_args[@]}"

step "4/5 jpackage: the app-image"
rm -rf "$out"
mkdir -p "$out"
common=(
  --name "$name"                           # Banso: the launcher bin/Banso, the folder Banso/
  --app-version "$app_version"
  --description "$(prop description)"      # 伴走的支援のためのオフライン・ワークベンチ (pom.xml)
  --vendor "$(prop vendor)"
  --copyright "$(prop copyright)"
  --icon installer/icon/banso.png          # the menu entry's icon (lib/Banso.png)
)
aot_cache=banso.aot                        # lib/app/banso.aot: next to the jars it was made from (step 5)
app_image=(
  --type app-image
  "${common[@]}"
  --input "$work/input"                    # the app's jar and its libraries: all of them go on the class path
  --main-jar "$(prop main.jar)"
  --main-class "$(prop main.class)"        # jp.banso.app.Launcher: the window, or the command line (export …)
  --runtime-image "$work/runtime"          # the runtime of step 3 instead of jpackage's own jlink
  --java-options -Dfile.encoding=UTF-8     # as in development (mvn javafx:run)
  # JavaFX 21 on Java 25: it loads its native libraries (glass, prism) and its renderer Marlin allocates memory
  # through sun.misc.Unsafe; both work and would only print warnings at every start
  --java-options --enable-native-access=javafx.graphics
  --java-options --sun-misc-unsafe-memory-access=allow
  # the AOT cache of step 5; a missing, damaged (checksums: VerifySharedSpaces) or mismatched one is skipped, and
  # -Xlog:aot*=off keeps the JVM's notes about that out of the terminal: a start is at worst slower, never broken
  --java-options "-XX:AOTCache=\$APPDIR/$aot_cache"
  --java-options -XX:+VerifySharedSpaces
  --java-options "-Xlog:aot*=off"
  --dest "$out"
)
"$jdk/bin/jpackage" "${app_image[@]}"

step "5/5 AOT cache: the classes Banso loads and links while starting, and their method profiles"
# One training run of the app-image's own runtime, with the class path and options of its launcher (lib/app/Banso.cfg):
# the window opens on a data folder with the demo case (made by a first run), shows the case list and closes itself;
# at its exit the JVM writes the cache (-XX:AOTCacheOutput, JEP 514). It is made here, in the app-image, from the jars
# next to it, and travels with them into the .tar.gz and the .deb: Java 25 maps it wherever the folder ends up (the
# class path is matched by its common prefix, $APPDIR) and jpackage's re-copy for the .deb does not void it (the JDK
# does not compare the jars' times). It also does not notice a replaced jar, so the cache must never outlive its jars:
# it lives in lib/app with them, and every build, package and upgrade replaces both together. installer/README.md and
# docs/decisions/0020 explain the choice.
app_dir="$out/$name/lib/app"
cfg="$app_dir/$name.cfg"
classpath="$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|^\$APPDIR|$app_dir|" | paste -sd: -)"
mapfile -t cfg_options < <(sed -n 's/^java-options=//p' "$cfg" | grep -v -e '^-XX:AOTCache=' -e '^-Xlog:aot')
training_dir="$(mktemp -d)"
train() {   # train --demo|--no-demo [JVM options]
  local app_arg="$1"; shift
  local java=("$out/$name/lib/runtime/bin/java" "${cfg_options[@]}" "$@" -Dbanso.startupProbe=true -cp "$classpath"
              "$(prop main.class)" --data-dir "$training_dir/data" "$app_arg")
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then timeout 180 "${java[@]}"
  elif command -v xvfb-run >/dev/null; then timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" "${java[@]}"
  else echo "no display and no xvfb-run" >&2; return 1
  fi
}
if train --demo >"$work/aot-demo.log" 2>&1 \
    && train --no-demo -XX:AOTCacheOutput="$app_dir/$aot_cache" >"$work/aot-training.log" 2>&1 \
    && grep -q '^BANSO_READY' "$work/aot-training.log" && [ -s "$app_dir/$aot_cache" ]; then
  echo "training run: $(grep -o 'case list ready [0-9]* ms' "$work/aot-training.log")"
else
  rm -f "$app_dir/$aot_cache"
  echo "warning: no AOT cache (no display or xvfb-run, or the app failed: $work/aot-demo.log, $work/aot-training.log);" \
       "the app starts without it, only slower" >&2
fi
rm -rf "$training_dir"
echo "app-image: $out/$name ($(du -sh "$out/$name" | cut -f1); AOT cache $(du -h "$app_dir/$aot_cache" 2>/dev/null | cut -f1))"

if ! $app_image_only; then
  arch="$(uname -m)"
  tarball="$out/$name-$version-linux-$arch.tar.gz"
  tar -C "$out" -czf "$tarball" "$name"
  echo "tar.gz:    $tarball ($(du -h "$tarball" | cut -f1))"

  deb=(
    --type deb
    --app-image "$out/$name"               # the app-image above, as it is
    "${common[@]}"
    --linux-package-name banso             # the package name (dpkg -r banso) and the folder /opt/banso
    --linux-app-release 1                  # the Debian revision: 0.1.0-1 (jpackage 25 leaves it out unless given)
    --linux-deb-maintainer "$(prop email)"
    --linux-app-category misc              # the Debian section
    --linux-menu-group Office              # the freedesktop menu category the entry appears under
    --linux-shortcut                       # install the menu entry (installer/linux/Banso.desktop)
    --file-associations installer/linux/file-associations.properties   # .banso = application/x-banso-bundle
    --resource-dir installer/linux         # Banso.desktop: the Japanese name, and %F so that an opened file is passed on
    --dest "$out"
  )
  "$jdk/bin/jpackage" "${deb[@]}"
  echo "deb:       $(ls "$out"/*.deb) ($(du -h "$out"/*.deb | cut -f1))"
fi
echo
echo "done in $SECONDS s"
