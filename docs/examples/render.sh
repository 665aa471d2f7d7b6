#!/usr/bin/env bash
# Rebuilds the example hand-outs of the さくら市 demo case, its 報告会 deck and the 市町村一覧 of 栃木県 (with generated
# cases in other towns; docs/examples/*.xlsx, *.pptx) and their pictures as printed by LibreOffice
# (docs/screenshots/report-*.png: every sheet, so the データ and グラフ sheets too; docs/screenshots/deck-*.png).
# Needs LibreOffice (libreoffice-calc-nogui, libreoffice-impress-nogui) and poppler-utils.
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
# the 報告会 deck (令和4年度_さくら市_報告会.pptx, written by ExampleExport too): every slide as LibreOffice Impress shows it
rm -f docs/screenshots/deck-*.png
cp docs/examples/*_報告会.pptx "$tmp/deck.pptx"
(cd "$tmp" && soffice --headless --convert-to pdf deck.pptx >/dev/null 2>&1)
pdftoppm -png -r 60 "$tmp/deck.pdf" docs/screenshots/deck
ls docs/screenshots/deck-*.png
