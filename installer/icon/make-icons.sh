#!/usr/bin/env bash
# Makes every icon file from the SVG sources in this folder. The results are committed, so building an
# installer (on any OS) needs none of these tools; run this only after changing an SVG.
#   needs: rsvg-convert (Debian: librsvg2-bin), ImageMagick's convert (imagemagick), python3
set -euo pipefail
cd "$(dirname "$0")"
app_res=../../src/main/resources/jp/banso/ui/icon

# banso-small.svg is drawn for 16–32 px, banso.svg for 48 px and up
svg_for() { if [ "$1" -le 32 ]; then echo banso-small.svg; else echo banso.svg; fi; }

mkdir -p png "$app_res"
for s in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" "$(svg_for "$s")" -o "png/banso-$s.png"
done
for s in 16 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$s" -h "$s" bundle.svg -o "png/bundle-$s.png"
done

# Windows: one .ico with the sizes Explorer and the start menu ask for
convert png/banso-{16,24,32,48,64,128,256}.png banso.ico
convert png/bundle-{16,32,48,256}.png bundle.ico
# macOS: .icns with PNG entries, as iconutil makes them (16 … 1024 px, the 2x sizes included)
./png2icns.py banso.icns png/banso-{16,32,64,128,256,512,1024}.png
./png2icns.py bundle.icns png/bundle-{16,32,64,128,256,512,1024}.png
# Linux: jpackage takes one PNG for the menu entry and one for the file type
cp png/banso-256.png banso.png
cp png/bundle-256.png bundle.png

# the window icon of the app itself (BansoApp adds them to the stage; the OS picks the size it needs)
for s in 16 32 48 64 128 256; do cp "png/banso-$s.png" "$app_res/banso-$s.png"; done
echo "icons written to $(pwd) and $app_res"
