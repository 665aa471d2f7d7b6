#!/usr/bin/env bash
# Rebuilds the example hand-outs of the さくら市 demo case and the 市町村一覧 of 栃木県 (with generated cases in other
# towns; docs/examples/*.xlsx) and their pictures as printed by LibreOffice (docs/screenshots/report-*.png: every
# sheet, so the データ and グラフ sheets too). Needs LibreOffice (libreoffice-calc-nogui) and poppler-utils.
#   docs/examples/render.sh            # from the project root
set -euo pipefail
cd "$(dirname "$0")/../.."
rm -f docs/examples/*.xlsx docs/screenshots/report-*.png
mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=jp.banso.report.ExampleExport \
  -Dexec.args=docs/examples 2>/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in docs/examples/*.xlsx; do
  case "$f" in
    *ケース概要.xlsx) id=case-summary ;;
    *年間スケジュール.xlsx) id=year-schedule ;;
    *支援記録票.xlsx) id=meeting-record ;;
    *課題整理表.xlsx) id=issue-sheet ;;
    *グループワーク記録.xlsx) id=group-work ;;
    *ロードマップ.xlsx) id=roadmap ;;
    *モニタリングシート.xlsx) id=monitoring ;;
    *市町村一覧.xlsx) id=portfolio ;;
    *) id=other ;;
  esac
  cp "$f" "$tmp/$id.xlsx"
  (cd "$tmp" && soffice --headless --convert-to pdf "$id.xlsx" >/dev/null 2>&1)
  pdftoppm -png -r 80 "$tmp/$id.pdf" "docs/screenshots/report-$id"
done
ls docs/examples docs/screenshots/report-*.png
