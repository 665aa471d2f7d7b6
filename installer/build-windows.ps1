<#
.SYNOPSIS
  Builds the Windows installer of Banso, with its own Java runtime (users need no Java).

.DESCRIPTION
  The same steps as installer/build-linux.sh (installer/README.md explains each), with Windows' packaging:
    target\installer\Banso\               the app-image: a folder that runs where it is (Banso.exe, banso-cli.exe)
    target\installer\Banso-<version>.msi  the installer. It installs for the current user only, without
                                          administrator rights, into %LOCALAPPDATA%\Banso (the user may pick another
                                          folder), with a start-menu entry in the folder 「伴走 (Banso)」, a desktop
                                          shortcut and the .banso file type (「Banso ケースバンドル」).
  Not tested by CI (it needs Windows): run it on a Windows machine and try the installer there
  (installer/README.md, "Windows").

  Needs: JDK 17+ with its jmods (JAVA_HOME), Maven 3.8+ (mvn on PATH), and WiX Toolset 3.x (candle.exe and
  light.exe on PATH): jpackage 17 builds .msi/.exe files with WiX 3 only, not with WiX 4 or later.

.PARAMETER Type
  msi (the default) or exe (a self-extracting .exe around the same installer, for users who expect an .exe).
.PARAMETER Offline
  Maven offline (-o): every dependency already in the local repository.
.PARAMETER AppImageOnly
  Only the app-image, no installer (no WiX needed).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 -Type exe
#>
param(
    [ValidateSet('msi', 'exe')] [string] $Type = 'msi',
    [switch] $Offline,
    [switch] $AppImageOnly
)
# This file is UTF-8 with a byte-order mark, so that Windows PowerShell 5.1 reads its Japanese comments right.
$ErrorActionPreference = 'Stop'
Set-Location (Split-Path -Parent $PSScriptRoot)   # the repository root: every path below is relative to it
$started = Get-Date
function Step([string] $text) { Write-Host ''; Write-Host ("== {0} ({1:N0} s)" -f $text, ((Get-Date) - $started).TotalSeconds) }

# Runs a program and stops the script if it fails (PowerShell itself does not look at exit codes).
function Invoke-Tool([string] $exe, [string[]] $arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed (exit code $LASTEXITCODE)" }
}
# Runs a program with its output in a file (PowerShell 5.1 would turn every line on stderr into an error).
function Invoke-Logged([string] $exe, [string[]] $arguments, [string] $log) {
    $quoted = $arguments | ForEach-Object { if ($_ -match '[\s"]') { '"' + ($_ -replace '"', '\"') + '"' } else { $_ } }
    $p = Start-Process -FilePath $exe -ArgumentList ($quoted -join ' ') -NoNewWindow -Wait -PassThru `
        -RedirectStandardOutput $log -RedirectStandardError "$log.err"
    return $p.ExitCode
}

$javaHome = $env:JAVA_HOME
if (-not $javaHome -or -not (Test-Path "$javaHome\jmods\java.base.jmod")) {
    throw 'Set JAVA_HOME to a JDK 17+ that has a jmods folder (for example Eclipse Temurin 17 JDK).'
}
if (-not $AppImageOnly -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    throw 'WiX Toolset 3.x is not on PATH (candle.exe, light.exe): install it from https://github.com/wixtoolset/wix3/releases'
}
$work = 'target\jpackage'    # made by Maven (step 1); the runtime and jmods go here too
$out = 'target\installer'    # what users get

Step '1/5 Maven: the app''s jar, its libraries and JavaFX for Windows'
$mvnArgs = @('-B', '-q', '-ntp', '-Pinstaller', '-DskipTests', 'package')
if ($Offline) { $mvnArgs = @('-o') + $mvnArgs }
Invoke-Tool 'mvn' $mvnArgs

$props = @{}
foreach ($line in Get-Content -Encoding UTF8 "$work\app.properties") {
    if ($line -match '^([^#=]+)=(.*)$') { $props[$Matches[1]] = $Matches[2] }
}
$version = $props['version']                   # from pom.xml: 0.1.0 (or 0.2.0-SNAPSHOT)
$appVersion = ($version -split '-')[0]         # jpackage takes numbers only: 0.2.0-SNAPSHOT -> 0.2.0
if ($appVersion -notmatch '^\d+(\.\d+){0,2}$') { throw "cannot make a package version of '$version'" }

# The Java launcher gets its arguments in the system's ANSI code page, so Japanese text passed to jpackage on the
# command line survives only where that is Japanese (932). Elsewhere the installer gets the ASCII names.
$acp = (Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Nls\CodePage').ACP
if ($acp -eq '932') {
    $description = $props['description']         # 伴走的支援のためのオフライン・ワークベンチ
    $menuGroup = $props['display.name']          # 伴走 (Banso)
} else {
    Write-Warning "The system code page is $acp, not 932 (Japanese): the start-menu folder is named 'Banso' and the description is in English."
    $description = 'Banso: offline workbench for accompanying support'
    $menuGroup = $props['name']
}

Step '2/5 JavaFX jars -> jmods (so that jlink puts JavaFX''s DLLs into the runtime)'
New-Item -ItemType Directory -Force "$work\jmods" | Out-Null
foreach ($classes in Get-ChildItem -Directory "$work\javafx\classes") {
    $artifact = $classes.Name                              # javafx-graphics-win
    $module = ($artifact -split '-')[0..1] -join '.'       # javafx.graphics
    $natives = "$work\javafx\natives\$artifact"            # glass.dll, prism_d3d.dll, … (graphics only)
    $jmodArgs = @('create', '--class-path', $classes.FullName)
    if ((Test-Path $natives) -and (Get-ChildItem $natives)) { $jmodArgs += @('--libs', $natives) }
    Invoke-Tool "$javaHome\bin\jmod.exe" ($jmodArgs + "$work\jmods\$module.jmod")
}

Step '3/5 jlink: the Java runtime (installer\runtime-modules.txt)'
$modules = (Get-Content -Encoding UTF8 installer\runtime-modules.txt | Where-Object { $_ -notmatch '^\s*(#|$)' } | ForEach-Object { $_.Trim() }) -join ','
$jlinkArgs = @(
    '--module-path', "$javaHome\jmods;$work\jmods"   # the JDK's modules and the JavaFX jmods of step 2
    '--add-modules', $modules
    '--strip-debug'                                  # no line-number and local-variable tables in the JDK's classes
    '--no-header-files'                              # no C headers, no man pages: nobody compiles against this runtime
    '--no-man-pages'
    '--include-locales=en,ja'                        # of jdk.localedata keep English and Japanese (和暦, 曜日)
    '--output', "$work\runtime"
    # no --compress: the installer compresses better itself, and start-up is faster (installer/README.md)
)
Invoke-Tool "$javaHome\bin\jlink.exe" $jlinkArgs

Step '4/5 CDS: a class-data archive of the JDK and JavaFX classes Banso loads while starting'
# One training run (the window opens and closes itself, on a fresh data folder with the demo case) lists the classes
# the app loads; -Xshare:dump stores the JDK and JavaFX ones in the runtime's default archive (bin\server\classes.jsa),
# with checksums. A missing, mismatched or damaged archive is ignored by the JVM: slower, never broken.
$java = "$work\runtime\bin\java.exe"
$classlist = "$work\banso.classlist"
$trainingDir = Join-Path ([IO.Path]::GetTempPath()) ("banso-cds-" + [guid]::NewGuid())
$rc = Invoke-Logged $java @("-XX:DumpLoadedClassList=$classlist", '-Dbanso.startupProbe=true', '-Dfile.encoding=UTF-8',
    '-cp', "$work\input\*", $props['main.class'], '--data-dir', $trainingDir, '--demo') "$work\cds-training.log"
$dumpArgs = @('-Xshare:dump', '-XX:+VerifySharedSpaces')
if ($rc -eq 0 -and (Select-String -Quiet '^BANSO_SHOWN' "$work\cds-training.log")) {
    $dumpArgs += "-XX:SharedClassListFile=$classlist"
} else {
    Write-Warning "No training run ($work\cds-training.log): the runtime gets the JDK's default class list."
}
Remove-Item -Recurse -Force $trainingDir -ErrorAction SilentlyContinue
if ((Invoke-Logged $java $dumpArgs "$work\cds-dump.log") -ne 0) { throw "CDS dump failed: $work\cds-dump.log" }

Step "5/5 jpackage: the app-image$(if (-not $AppImageOnly) { " and the .$Type" })"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $out | Out-Null
$common = @(
    '--name', $props['name']                    # Banso: Banso.exe, the folder Banso, the name in "Apps"
    '--app-version', $appVersion
    '--description', $description
    '--vendor', $props['vendor']
    '--copyright', $props['copyright']
    '--icon', 'installer\icon\banso.ico'        # the .exe's, the shortcuts' and the "Apps" list's icon
)
$appImage = @('--type', 'app-image') + $common + @(
    '--input', "$work\input"                    # the app's jar and its libraries: all of them go on the class path
    '--main-jar', $props['main.jar']
    '--main-class', $props['main.class']        # jp.banso.app.Launcher: the window, or the command line (export …)
    '--runtime-image', "$work\runtime"          # the runtime of steps 3 and 4 instead of jpackage's own jlink
    '--java-options', '-Dfile.encoding=UTF-8'   # as in development (mvn javafx:run)
    '--java-options', '-XX:+VerifySharedSpaces' # check the CDS archive's checksums (step 4)
    # Banso.exe is a window program: Windows gives it no console, so a command line needs a console launcher of
    # its own: banso-cli.exe export --case … (its output and exit code arrive in cmd and PowerShell)
    '--add-launcher', 'banso-cli=installer\windows\cli-launcher.properties'
    '--dest', $out
)
Invoke-Tool "$javaHome\bin\jpackage.exe" $appImage
Write-Host "app-image: $out\$($props['name'])"

if (-not $AppImageOnly) {
    $installer = @('--type', $Type, '--app-image', "$out\$($props['name'])") + $common + @(
        '--win-per-user-install'                 # for this user only, into %LOCALAPPDATA%\Banso: no administrator rights
        '--win-dir-chooser'                      # let the user choose another folder
        '--win-menu'                             # a start-menu entry …
        '--win-menu-group', $menuGroup           # … in the folder 「伴走 (Banso)」
        '--win-shortcut'                         # a desktop shortcut
        # the same for every version, never change it: it lets a newer installer replace an older one (upgrade)
        '--win-upgrade-uuid', '5329b297-d8cf-4d59-ba16-9efa659c7a15'
        '--file-associations', 'installer\windows\file-associations.properties'   # .banso: Banso.exe "<file>"
        '--dest', $out
    )
    # -J-Duser.language=ja: jpackage runs in Japanese, so it builds the installer with WiX's Japanese culture
    # (ja-JP, code page 932): Japanese dialogs, and the Japanese names and file-type description fit in it.
    Invoke-Tool "$javaHome\bin\jpackage.exe" (@('-J-Duser.language=ja', '-J-Duser.country=JP') + $installer)
    Get-ChildItem "$out\*.$Type" | ForEach-Object { Write-Host ("{0}: {1} ({2:N1} MB)" -f $Type, $_.FullName, ($_.Length / 1MB)) }
}
Write-Host ''
Write-Host ("done in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds)
