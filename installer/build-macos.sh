#!/usr/bin/env bash
# Builds Banso for macOS users, with its own Java runtime (users need no Java). The same steps as build-linux.sh
# (installer/README.md explains each), with macOS' packaging:
#   target/installer/Banso.app              the app-image: the app bundle (runs where it is)
#   target/installer/Banso-<version>.dmg    the disk image: users drag Banso.app to Applications, or to
#                                           ~/Applications to install for themselves only (no administrator needed)
#
#   installer/build-macos.sh                    the app and the .dmg, unsigned (for trying out: Gatekeeper warns)
#   installer/build-macos.sh --app-image-only   only Banso.app
#   installer/build-macos.sh --offline          Maven offline (-o)
#
# Signing and notarisation (what users should get: Gatekeeper opens it without a warning) — set both:
#   BANSO_MAC_SIGN="Banso Project (TEAMID1234)"   the name in your "Developer ID Application: …" certificate
#                                                 (in the login keychain; Apple Developer Program membership)
#   BANSO_NOTARY_PROFILE=banso-notary              a notarytool keychain profile, made once with
#       xcrun notarytool store-credentials banso-notary --apple-id you@example.jp --team-id TEAMID1234 \
#           --password <an app-specific password from appleid.apple.com>
#
# Needs: macOS, JDK 17+ with its jmods (JAVA_HOME, or found with /usr/libexec/java_home), Maven 3.8+, Xcode command
# line tools (xcode-select --install: codesign, xcrun notarytool, stapler). Builds for the Mac it runs on (Apple
# silicon or Intel: the JDK's and JavaFX's architecture); build on each for both. Not tested by CI (it needs a Mac).
set -euo pipefail
cd "$(dirname "$0")/.."   # the repository root: every path below is relative to it

offline=()
app_image_only=false
for arg in "$@"; do
  case "$arg" in
    --offline) offline=(-o) ;;
    --app-image-only) app_image_only=true ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p;}' "$0"; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

export LC_ALL=en_US.UTF-8   # jpackage gets the Japanese texts (display name, description) as UTF-8
if [ -z "${JAVA_HOME:-}" ]; then JAVA_HOME="$(/usr/libexec/java_home -v 17+)"; fi
for tool in jlink jmod jpackage java; do
  [ -x "$JAVA_HOME/bin/$tool" ] || { echo "error: $JAVA_HOME/bin/$tool missing; set JAVA_HOME to a JDK 17+" >&2; exit 1; }
done
[ -f "$JAVA_HOME/jmods/java.base.jmod" ] || { echo "error: $JAVA_HOME/jmods missing (use a full JDK, e.g. Temurin 17)" >&2; exit 1; }

work=target/jpackage    # made by Maven (step 1); the runtime and jmods go here too
out=target/installer    # what users get
step() { echo; echo "== $* ($SECONDS s)"; }

step "1/5 Maven: the app's jar, its libraries and JavaFX for macOS"
mvn -B -q -ntp ${offline[@]+"${offline[@]}"} -Pinstaller -DskipTests package

prop() { sed -n "s/^$1=//p" "$work/app.properties"; }
name="$(prop name)"                       # Banso
version="$(prop version)"                 # from pom.xml: 0.1.0 (or 0.2.0-SNAPSHOT)
short_version="${version%%-*}"            # 0.1.0: what Finder's "Get Info" and the About box show
[[ "$short_version" =~ ^([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || { echo "error: expected x.y.z, got '$version'" >&2; exit 1; }
# jpackage takes --app-version for CFBundleVersion, the build number, and refuses one that starts with 0 (0.1.0).
# So the build number is the version as one number, x*10000 + y*100 + z: 0.1.0 -> 100, 1.2.3 -> 10203. It grows with
# every release as macOS expects; users see 0.1.0 (CFBundleShortVersionString from Info.plist.in).
build_number=$(( BASH_REMATCH[1] * 10000 + BASH_REMATCH[2] * 100 + BASH_REMATCH[3] ))

step "2/5 JavaFX jars -> jmods (so that jlink puts JavaFX's native libraries into the runtime's lib/)"
mkdir -p "$work/jmods"
for classes in "$work"/javafx/classes/*/; do
  artifact="$(basename "$classes")"                            # javafx-graphics-mac-aarch64
  module="$(echo "$artifact" | cut -d- -f1,2 | tr - .)"         # javafx.graphics
  natives="$work/javafx/natives/$artifact"                     # libglass.dylib, libprism_es2.dylib, …
  libs=()
  if [ -n "$(ls -A "$natives" 2>/dev/null)" ]; then libs=(--libs "$natives"); fi
  "$JAVA_HOME/bin/jmod" create --class-path "$classes" ${libs[@]+"${libs[@]}"} "$work/jmods/$module.jmod"
done

step "3/5 jlink: the Java runtime (installer/runtime-modules.txt)"
modules="$(grep -v '^[[:space:]]*#' installer/runtime-modules.txt | grep -v '^[[:space:]]*$' | paste -sd, -)"
jlink_args=(
  --module-path "$JAVA_HOME/jmods:$work/jmods"   # the JDK's modules and the JavaFX jmods of step 2
  --add-modules "$modules"
  --strip-debug                # no line-number and local-variable tables in the JDK's classes
  --no-header-files            # no C headers, no man pages: nobody compiles against this runtime
  --no-man-pages
  --include-locales=en,ja      # of jdk.localedata keep English and Japanese (和暦, 曜日)
  --output "$work/runtime"
  # no --compress: the .dmg compresses better itself, and start-up is faster (installer/README.md)
)
"$JAVA_HOME/bin/jlink" "${jlink_args[@]}"

step "4/5 CDS: a class-data archive of the JDK and JavaFX classes Banso loads while starting"
# As on Linux: one training run (the window opens and closes itself) lists the classes, -Xshare:dump stores the JDK
# and JavaFX ones with checksums in the runtime's default archive (lib/server/classes.jsa). Must happen before
# signing (step 5 signs every file of the runtime). A missing, mismatched or damaged archive is ignored by the JVM.
runtime_java="$work/runtime/bin/java"
classlist="$work/banso.classlist"
training_dir="$(mktemp -d)"
dump=("$runtime_java" -Xshare:dump -XX:+VerifySharedSpaces)
if "$runtime_java" -XX:DumpLoadedClassList="$classlist" -Dbanso.startupProbe=true -Dfile.encoding=UTF-8 \
     -cp "$work/input/*" "$(prop main.class)" --data-dir "$training_dir/data" --demo >"$work/cds-training.log" 2>&1 \
   && grep -q '^BANSO_SHOWN' "$work/cds-training.log"; then
  dump+=(-XX:SharedClassListFile="$classlist")
else
  echo "warning: no training run ($work/cds-training.log); the runtime gets the JDK's default class list" >&2
fi
rm -rf "$training_dir"
"${dump[@]}" >"$work/cds-dump.log" 2>&1 || { echo "error: CDS dump failed, see $work/cds-dump.log" >&2; exit 1; }

step "5/5 jpackage: Banso.app$($app_image_only || echo ' and the .dmg')"
rm -rf "$out"
mkdir -p "$out" "$work/macos"
sed -e "s/@DISPLAY_NAME@/$(prop display.name)/" -e "s/@VERSION@/$short_version/" installer/macos/Info.plist.in \
  >"$work/macos/Info.plist"
signing=()
if [ -n "${BANSO_MAC_SIGN:-}" ]; then
  # jpackage signs every binary and the bundle with "Developer ID Application: $BANSO_MAC_SIGN", hardened runtime,
  # a secure timestamp and its default entitlements for a JVM (JIT: allow-jit, allow-unsigned-executable-memory, …)
  signing=(--mac-sign --mac-signing-key-user-name "$BANSO_MAC_SIGN")
fi
common=(
  --name "$name"                           # Banso: Banso.app, the menu bar's name
  --app-version "$build_number"            # CFBundleVersion (see above)
  --description "$(prop description)"
  --vendor "$(prop vendor)"
  --copyright "$(prop copyright)"
  --icon installer/icon/banso.icns
  --mac-package-identifier jp.banso.app    # CFBundleIdentifier: never change it (macOS keys settings and permissions by it)
  --mac-package-name "$name"               # the name in the menu bar (at most 16 characters)
  --resource-dir "$work/macos"             # Info.plist: the Japanese display name, the version
  ${signing[@]+"${signing[@]}"}
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
  --file-associations installer/macos/file-associations.properties   # .banso: 「Banso ケースバンドル」
  --dest "$out"
)
"$JAVA_HOME/bin/jpackage" "${app_image[@]}"
echo "app: $out/$name.app ($(du -sh "$out/$name.app" | cut -f1))"

if ! $app_image_only; then
  dmg=(
    --type dmg
    --app-image "$out/$name.app"           # Banso.app above, as it is (already signed if BANSO_MAC_SIGN is set)
    "${common[@]}"
    --file-associations installer/macos/file-associations.properties
    --dest "$out"
  )
  "$JAVA_HOME/bin/jpackage" "${dmg[@]}"
  # jpackage names it after --app-version (the build number): give it the version users know
  mv "$out/$name-$build_number.dmg" "$out/$name-$version.dmg"
  image="$out/$name-$version.dmg"
  if [ -n "${BANSO_MAC_SIGN:-}" ]; then
    codesign --sign "Developer ID Application: $BANSO_MAC_SIGN" --timestamp "$image"   # sign the disk image too
  fi
  if [ -n "${BANSO_NOTARY_PROFILE:-}" ]; then
    # Apple checks the signed app for malware and records it (a few minutes); stapling attaches the ticket to the
    # .dmg, so that Gatekeeper accepts it without asking Apple (users may be offline)
    xcrun notarytool submit "$image" --keychain-profile "$BANSO_NOTARY_PROFILE" --wait
    xcrun stapler staple "$image"
    spctl --assess --type open --context context:primary-signature --verbose "$image"
  fi
  echo "dmg: $image ($(du -h "$image" | cut -f1))"
fi
echo
echo "done in $SECONDS s"
