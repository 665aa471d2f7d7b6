#!/usr/bin/env bash
# Builds Banso for Linux users, with its own Java runtime (users need no Java):
#   target/installer/Banso/                         the app-image: a folder that runs where it is (bin/Banso)
#   target/installer/Banso-<version>-linux-<arch>.tar.gz   that folder packed: the per-user install, no root needed
#   target/installer/banso_<version>-1_<arch>.deb   the package: /opt/banso, a menu entry, the .banso file type
#
#   installer/build-linux.sh                    all three
#   installer/build-linux.sh --app-image-only   only the app-image (what the smoke test needs; a minute faster)
#   installer/build-linux.sh --offline          Maven offline (-o): every dependency already in ~/.m2
#
# Needs: JDK 17+ with its jmods (Debian: openjdk-17-jdk-headless), Maven 3.8+; for the .deb also dpkg-deb and
# fakeroot. The start-up training run (step 4) needs a display or xvfb-run (package xvfb); without either the
# runtime gets the JDK's default class-data archive, which is only slower. The tests are not run: run
# `mvn verify` first (CI does). Every step is explained in installer/README.md.
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

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
fi
for tool in jlink jmod jpackage java; do
  [ -x "$JAVA_HOME/bin/$tool" ] || { echo "error: $JAVA_HOME/bin/$tool missing; set JAVA_HOME to a JDK 17+" >&2; exit 1; }
done
[ -f "$JAVA_HOME/jmods/java.base.jmod" ] || { echo "error: $JAVA_HOME/jmods missing (Debian: apt install openjdk-17-jdk-headless)" >&2; exit 1; }

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
mkdir -p "$work/jmods"
for classes in "$work"/javafx/classes/*/; do
  artifact="$(basename "$classes")"                            # javafx-graphics-linux
  module="$(echo "$artifact" | cut -d- -f1,2 | tr - .)"         # javafx.graphics
  natives="$work/javafx/natives/$artifact"                     # libglass.so, libprism_es2.so, … (graphics only)
  libs=()
  if [ -n "$(ls -A "$natives" 2>/dev/null)" ]; then libs=(--libs "$natives"); fi
  "$JAVA_HOME/bin/jmod" create --class-path "$classes" ${libs[@]+"${libs[@]}"} "$work/jmods/$module.jmod"
done

step "3/5 jlink: the Java runtime (installer/runtime-modules.txt)"
modules="$(grep -v '^[[:space:]]*#' installer/runtime-modules.txt | grep -v '^[[:space:]]*$' | paste -sd, -)"
jlink_args=(
  --module-path "$JAVA_HOME/jmods:$work/jmods"   # the JDK's modules and the JavaFX jmods of step 2
  --add-modules "$modules"
  --strip-debug                # no line-number and local-variable tables in the JDK's classes (the app's jars keep theirs)
  --no-header-files            # no C headers, no man pages: nobody compiles against this runtime
  --no-man-pages
  --include-locales=en,ja      # of jdk.localedata's locales keep English and Japanese (和暦, 曜日)
  --output "$work/runtime"
  # no --compress: the .deb compresses better itself (55 MB against 66 MB) and start-up is about 0.2 s faster
)
"$JAVA_HOME/bin/jlink" "${jlink_args[@]}"

step "4/5 CDS: a class-data archive of the JDK and JavaFX classes Banso loads while starting"
# One training run of the app (its window opens and closes itself, on a fresh data folder with the demo case)
# lists the classes it loads; -Xshare:dump then stores the JDK and JavaFX ones, parsed and verified, in the
# runtime's default archive (lib/server/classes.jsa), which every start maps instead of loading them again.
# The archive belongs to this runtime only: if it is missing or does not match (another JVM build), the JVM ignores
# it silently. It is written with checksums (VerifySharedSpaces, also set in the launcher, about 15 ms a start), so that
# a damaged file is ignored too instead of crashing the JVM: at worst a start is slower, never broken.
runtime_java="$work/runtime/bin/java"
classlist="$work/banso.classlist"
training_dir="$(mktemp -d)"
training=("$runtime_java" -XX:DumpLoadedClassList="$classlist" -Dbanso.startupProbe=true -Dfile.encoding=UTF-8
          -cp "$work/input/*" "$(prop main.class)" --data-dir "$training_dir" --demo)
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  training=(timeout 180 "${training[@]}")
elif command -v xvfb-run >/dev/null; then
  training=(timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" "${training[@]}")
else
  training=()
fi
dump=("$runtime_java" -Xshare:dump -XX:+VerifySharedSpaces)
if [ ${#training[@]} -gt 0 ] && "${training[@]}" >"$work/cds-training.log" 2>&1 \
    && grep -q '^BANSO_SHOWN' "$work/cds-training.log"; then
  dump+=(-XX:SharedClassListFile="$classlist")
  echo "training run: $(grep -c . "$classlist") classes listed"
else
  echo "warning: no training run (no display or xvfb-run, or the app failed: $work/cds-training.log);" \
       "the runtime gets the JDK's default class list" >&2
fi
rm -rf "$training_dir"
"${dump[@]}" >"$work/cds-dump.log" 2>&1 || { echo "error: CDS dump failed, see $work/cds-dump.log" >&2; exit 1; }
ls -l "$work/runtime/lib/server/classes.jsa"

step "5/5 jpackage: the app-image$($app_image_only || echo ', the .tar.gz and the .deb')"
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
app_image=(
  --type app-image
  "${common[@]}"
  --input "$work/input"                    # the app's jar and its libraries: all of them go on the class path
  --main-jar "$(prop main.jar)"
  --main-class "$(prop main.class)"        # jp.banso.app.Launcher: the window, or the command line (export …)
  --runtime-image "$work/runtime"          # the runtime of steps 3 and 4 instead of jpackage's own jlink
  --java-options -Dfile.encoding=UTF-8     # as in development (mvn javafx:run)
  --java-options -XX:+VerifySharedSpaces   # check the CDS archive's checksums (step 4)
  --dest "$out"
)
jpackage "${app_image[@]}"
echo "app-image: $out/$name ($(du -sh "$out/$name" | cut -f1))"

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
    --linux-deb-maintainer "$(prop email)"
    --linux-app-category misc              # the Debian section
    --linux-menu-group Office              # the freedesktop menu category the entry appears under
    --linux-shortcut                       # install the menu entry (installer/linux/Banso.desktop)
    --file-associations installer/linux/file-associations.properties   # .banso = application/x-banso-bundle
    --resource-dir installer/linux         # Banso.desktop: the Japanese name, and %F so that an opened file is passed on
    --dest "$out"
  )
  jpackage "${deb[@]}"
  echo "deb:       $(ls "$out"/*.deb) ($(du -h "$out"/*.deb | cut -f1))"
fi
echo
echo "done in $SECONDS s"
