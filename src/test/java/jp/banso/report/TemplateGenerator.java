package jp.banso.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontCharset;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import jp.banso.report.forms.CaseSummaryForm;
import jp.banso.report.forms.GroupWorkForm;
import jp.banso.report.forms.IssueSheetForm;
import jp.banso.report.forms.MeetingRecordForm;
import jp.banso.report.forms.MonitoringForm;
import jp.banso.report.forms.RoadmapForm;
import jp.banso.report.forms.YearScheduleForm;

/**
 * Builds the built-in templates once; the committed .xlsx files are the source of truth from then on (a prefecture
 * edits those in Excel, and so may we). Run again only to start the templates over:
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=jp.banso.report.TemplateGenerator},
 * or for some only: {@code -Dexec.args="src/main/resources/jp/banso/report/templates portfolio"}.
 */
public final class TemplateGenerator {
    static final String FONT = "游ゴシック";
    /**
     * 和暦. Excel's {@code [$-ja-JP-x-gannen]} is not understood by LibreOffice 7 (it prints the serial number), so the
     * format is {@code [$-411]} (ja-JP), which both read, with a condition that writes 令和元年 for 2019-05-01…12-31.
     */
    static final String WAREKI_DATE = "[>=43831][$-411]ggge\"年\"m\"月\"d\"日\";[>=43586][$-411]\"令和元年\"m\"月\"d\"日\";[$-411]ggge\"年\"m\"月\"d\"日\"";
    static final String WAREKI_MONTH = "[>=43831][$-411]ggge\"年\"m\"月\";[>=43586][$-411]\"令和元年\"m\"月\";[$-411]ggge\"年\"m\"月\"";
    private static final byte[] BORDER = {(byte) 0x80, (byte) 0x80, (byte) 0x80};
    private static final byte[] SECTION_FILL = {(byte) 0xD6, (byte) 0xE9, (byte) 0xE2};
    private static final byte[] HEADER_FILL = {(byte) 0xEC, (byte) 0xF3, (byte) 0xF0};
    private static final byte[] LABEL_FILL = {(byte) 0xF4, (byte) 0xF7, (byte) 0xF6};
    private static final byte[] ACCENT = {(byte) 0x1F, (byte) 0x6F, (byte) 0x5C};
    private static final byte[] MUTED = {(byte) 0x5D, (byte) 0x66, (byte) 0x70};

    private TemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/jp/banso/report/templates");
        Files.createDirectories(dir);
        Map<String, java.util.function.Supplier<XSSFWorkbook>> all = new java.util.LinkedHashMap<>();
        all.put("meeting-record", TemplateGenerator::meetingRecord);
        all.put("issue-sheet", TemplateGenerator::issueSheet);
        all.put("group-work", TemplateGenerator::groupWork);
        all.put("case-summary", TemplateGenerator::caseSummary);
        all.put("year-schedule", TemplateGenerator::yearSchedule);
        all.put("roadmap", TemplateGenerator::roadmap);
        all.put("monitoring", TemplateGenerator::monitoring);
        all.put("portfolio", TemplateGenerator::portfolio);
        List<String> names = args.length > 1 ? List.of(args).subList(1, args.length) : List.copyOf(all.keySet());
        for (String name : names) {
            write(dir, name, all.get(name).get());
        }
    }

    private static void write(Path dir, String name, XSSFWorkbook wb) throws IOException {
        try (OutputStream out = Files.newOutputStream(dir.resolve(name + ".xlsx"))) {
            wb.write(out);
        }
        wb.close();
        System.out.println("wrote " + dir.resolve(name + ".xlsx"));
    }

    // --- the forms ---

    static XSSFWorkbook meetingRecord() {
        Form f = new Form("支援記録票", false, 16, 11, 11, 11, 11, 11, 11, 11);
        f.title("支援記録票");
        f.subtitle("${c.yearsLabel}　${c.municipality}（${c.prefecture}）", 4);
        f.gap();
        f.pairs("会議", "${m.title}", 7, true);
        f.row2("日付", "${m.dateLabel}", f.text, "時間", "${m.time}"); // a planned meeting shows its month
        f.row2("場所", "${m.place}", f.text, "形式", "${m.format}");
        f.row2("種類", "${m.kind}", f.text, "状態", "${m.status}");
        f.gap();
        f.section("参加者");
        f.header(new int[] {0, 4, 6}, new int[] {3, 5, 7}, "所属", "氏名", "役割");
        f.each("participants", "p", new int[] {0, 4, 6}, new int[] {3, 5, 7}, "${p.organisation}", "${p.name}", "${p.role}");
        f.gap();
        f.section("時間割");
        f.header(new int[] {0, 1, 3}, new int[] {0, 2, 7}, "区分", "時間", "内容");
        f.each("parts", "t", new int[] {0, 1, 3}, new int[] {0, 2, 7}, "${t.label}", "${t.time}", "${t.content}");
        f.gap();
        f.section("議題・次第");
        f.textRow("${m.agenda}");
        f.gap();
        f.section("記録");
        f.pairs("テーマ", "${m.theme}", 7, false);
        f.pairs("課題", "${m.issues}", 7, false);
        f.pairs("コメント（アドバイザー等から）", "${m.comments}", 7, false);
        f.pairs("進め方", "${m.approach}", 7, false);
        f.pairs("まとめ", "${m.summary}", 7, false);
        f.gap();
        f.section("宿題（アクション）");
        f.header(new int[] {0, 3, 5, 7}, new int[] {2, 4, 6, 7}, "内容", "担当", "期限", "完了");
        f.eachStyled("actionItems", "a", new int[] {0, 3, 5, 7}, new int[] {2, 4, 6, 7},
                new String[] {"${a.what}", "${a.who}", "${a.due}", "${a.done}"}, f.text, f.text, f.date, f.center);
        f.finish(1, 1);
        f.help(MeetingRecordForm.Data.class, "この会議の「配布資料を出力」で、会議ごとに1ファイル作られます。");
        return f.wb;
    }

    static XSSFWorkbook issueSheet() {
        Form f = new Form("課題整理表", true, 5, 22, 22, 24, 7, 11, 24, 12, 8, 6);
        f.title("課題整理表（課題一覧シート）");
        f.subtitle("${c.yearsLabel}　${c.municipality}（${c.prefecture}）　${scope}", 6);
        f.note("あるべき姿 − 現状 = 課題。順位・優先度・投票数の順に並べています。状態「未登録」はボードの課題の付箋（課題一覧に未登録）、"
                + "「ボード」は「事実・課題 → 解決策・対策」の組（課題＝事実・課題、対応の方向性＝解決策・対策）です。");
        int header = f.row;
        f.header(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                "No.", "あるべき姿", "現状", "課題", "優先度", "種類", "対応の方向性", "担当部署", "状態", "投票");
        f.eachStyled("issues", "i", new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                new String[] {"${i.no}", "${i.vision}", "${i.current}", "${i.statement}", "${i.level}", "${i.kind}", "${i.direction}",
                    "${i.department}", "${i.status}", "${i.votes}"},
                f.center, f.text, f.text, f.strongText, f.center, f.text, f.text, f.text, f.center, f.center);
        f.finish(header, header);
        f.help(IssueSheetForm.Data.class, "会議から出力すると、その会議のボードの付箋も載ります。ケース全体からは、すべてのボードの付箋が載ります。");
        return f.wb;
    }

    static XSSFWorkbook groupWork() {
        Form f = new Form("ボード", true, 14, 18, 24, 24, 22, 16, 8, 8);
        f.title("グループワーク記録");
        f.subtitle("${c.yearsLabel}　${c.municipality}（${c.prefecture}）　${m.title}　${m.dateLabel}", 4);
        f.row2("ボード", "${b.title}", f.strongText, "テンプレート", "${b.templateName}", 1, 3, 5, 7);
        int r = f.row++;
        f.label(r, 0, "付箋");
        f.put(r, 1, "${b.noteCount}", f.style("count", s -> {
            s.cloneStyleFrom(f.text);
            s.setDataFormat(f.wb.createDataFormat().getFormat("0\"枚\""));
            s.setAlignment(HorizontalAlignment.LEFT);
        }));
        f.label(r, 2, "グループ（島）");
        f.put(r, 3, "${b.groupCount}", f.style("groups", s -> {
            s.cloneStyleFrom(f.text);
            s.setDataFormat(f.wb.createDataFormat().getFormat("0\"個\""));
            s.setAlignment(HorizontalAlignment.LEFT);
        }));
        f.label(r, 4, "投票（シール）");
        f.merged(r, 5, 7, "${b.voteCount}", f.style("votes", s -> {
            s.cloneStyleFrom(f.text);
            s.setDataFormat(f.wb.createDataFormat().getFormat("0\"票\""));
            s.setAlignment(HorizontalAlignment.LEFT);
        }));
        f.sheet.getRow(r).setHeightInPoints(20);
        int noteRow = f.row++;
        f.merged(noteRow, 0, 7, "${b.imageNote}", f.muted);
        f.sheet.getRow(noteRow).setHeightInPoints(16);
        int imageTop = f.row;
        for (int i = 0; i < 18; i++) {
            f.sheet.createRow(f.row++).setHeightInPoints(22);
        }
        f.comment(imageTop, 0, "jx:image(src=\"b.image\" imageType=\"PNG\" lastCell=\"" + cell(f.row - 1, 7) + "\")");
        f.sheet.setRowBreak(f.row - 1);
        int laneTop = f.row;
        f.section("${l.title}（${l.noteCount}枚）");
        f.header(new int[] {0, 2, 5, 6, 7}, new int[] {1, 4, 5, 6, 7}, "グループ（島）", "付箋", "発言者", "投票", "優先");
        f.eachStyled("l.notes", "n", new int[] {0, 2, 5, 6, 7}, new int[] {1, 4, 5, 6, 7},
                new String[] {"${n.group}", "${n.text}", "${n.author}", "${n.votes}", "${n.priority}"}, f.text, f.text, f.text, f.center, f.center);
        f.gap();
        f.comment(laneTop, 0, "jx:each(items=\"b.lanes\" var=\"l\" lastCell=\"" + cell(f.row - 1, 7) + "\")");
        f.areaComment = "jx:each(items=\"boards\" var=\"b\" multisheet=\"sheetNames\" lastCell=\"" + cell(f.row - 1, 7) + "\")";
        f.finish(0, 1);
        f.help(GroupWorkForm.Data.class, "シート「ボード」が、会議のボードごとに1枚ずつ複写されます（シート名はボード名）。"
                + "ボードの画像は jx:image の範囲に、縦横比を保ったまま入ります。");
        return f.wb;
    }

    static XSSFWorkbook caseSummary() {
        Form f = new Form("ケース概要", false, 32, 10, 10, 10, 10, 10, 10, 10);
        f.title("ケース概要（カルテ）");
        f.subtitle("${c.yearsLabel}　${c.municipality}（${c.prefecture}）　${c.programme}", 4);
        f.gap();
        f.section("基本情報");
        f.row2("プログラム", "${c.programme}", f.text, "きっかけ", "${c.startKind}");
        f.pairs("申請時テーマ", "${c.applicationTheme}", 7, false);
        f.pairs("再定義した課題", "${c.redefinedIssue}", 7, false);
        f.row2("現在の状態", "${c.state}", f.strongText, "到達段階", "${c.stage}");
        f.row2("個別協議・上限超過", "${c.overCap}", f.text, "フォローアップ元", "${c.followsCase}");
        f.gap();
        f.section("市町村プロフィール");
        f.header(new int[] {0, 1, 3, 5, 7}, new int[] {0, 2, 4, 6, 7}, "項目", "最新", "前回", "増減（最新−前回）", "単位");
        f.figure("基準日", "asOf", null, null, "");
        f.figure("人口", "population", "#,##0", "+#,##0;-#,##0;0", "人");
        f.figure("世帯数", "households", "#,##0", "+#,##0;-#,##0;0", "世帯");
        f.figure("高齢者人口（65歳以上）", "elderlyPopulation", "#,##0", "+#,##0;-#,##0;0", "人");
        f.figure("高齢化率", "agingRate", "0.00", "+0.00;-0.00;0.00", "%");
        f.figure("後期高齢者人口（75歳以上）", "lateElderlyPopulation", "#,##0", "+#,##0;-#,##0;0", "人");
        f.figure("後期高齢者割合", "lateElderlyRate", "0.00", "+0.00;-0.00;0.00", "%");
        f.figure("面積", "areaKm2", "#,##0.00", "+#,##0.00;-#,##0.00;0.00", "km²");
        f.figure("日常生活圏域数", "livingAreas", "0", "+0;-0;0", "圏域");
        f.figure("要介護認定率", "careCertificationRate", "0.00", "+0.00;-0.00;0.00", "%");
        f.figure("地域包括支援センター（直営）", "centresDirect", "0", "+0;-0;0", "か所");
        f.figure("地域包括支援センター（委託）", "centresOutsourced", "0", "+0;-0;0", "か所");
        f.figure("生活支援コーディネーター（第1層）", "coordinatorsLayer1", "0", "+0;-0;0", "人");
        f.figure("生活支援コーディネーター（第2層）", "coordinatorsLayer2", "0", "+0;-0;0", "人");
        f.figure("協議体（第1層）", "councilsLayer1", "0", "+0;-0;0", "");
        f.figure("協議体（第2層）", "councilsLayer2", "0", "+0;-0;0", "");
        f.figure("総合事業のサービス（実施あり）", "services", "text", null, "");
        f.figure("総合事業の上限超過", "overCap", "text", null, "");
        f.figure("出典", "source", "text", null, "");
        f.gap();
        f.section("支援チーム");
        f.header(new int[] {0, 1, 3}, new int[] {0, 2, 7}, "役割", "氏名", "所属");
        f.each("team", "t", new int[] {0, 1, 3}, new int[] {0, 2, 7}, "${t.role}", "${t.name}", "${t.organisation}");
        f.gap();
        f.section("状態（成熟度 × 体制）の履歴");
        f.header(new int[] {0, 1, 2, 5}, new int[] {0, 1, 4, 7}, "日付", "状態", "説明", "理由");
        f.eachStyled("states", "s", new int[] {0, 1, 2, 5}, new int[] {0, 1, 4, 7},
                new String[] {"${s.date}", "${s.state}", "${s.description}", "${s.reason}"}, f.date, f.center, f.text, f.text);
        f.gap();
        f.section("到達段階");
        f.header(new int[] {0, 5}, new int[] {4, 7}, "段階", "到達");
        f.eachStyled("stages", "g", new int[] {0, 5}, new int[] {4, 7}, new String[] {"${g.label}", "${g.mark}"}, f.text, f.center);
        f.gap();
        f.section("スケジュール");
        f.header(new int[] {0, 1, 3, 6, 7}, new int[] {0, 2, 5, 6, 7}, "月", "日付", "会議", "形式", "実施");
        f.eachStyled("meetings", "v", new int[] {0, 1, 3, 6, 7}, new int[] {0, 2, 5, 6, 7},
                new String[] {"${v.month}", "${v.date}", "${v.title}", "${v.format}", "${v.done}"}, f.month, f.date, f.text, f.center, f.center);
        f.gap();
        f.section("未完了の宿題");
        f.header(new int[] {0, 4, 6}, new int[] {3, 5, 7}, "内容", "担当", "期限");
        f.eachStyled("openItems", "a", new int[] {0, 4, 6}, new int[] {3, 5, 7},
                new String[] {"${a.what}", "${a.who}", "${a.due}"}, f.text, f.text, f.date);
        f.finish(1, 1);
        f.help(CaseSummaryForm.Data.class, "「前回」は最新の一つ前の基準日のデータです（基準日が一つだけなら空欄）。");
        return f.wb;
    }

    static XSSFWorkbook yearSchedule() {
        Form f = new Form("年間スケジュール", true, 5, 13, 16, 12, 28, 10, 20, 8, 34);
        f.title("年間スケジュール");
        f.subtitle("${c.yearsLabel}　${c.municipality}（${c.prefecture}）　${c.programme}", 5);
        f.gap();
        int header = f.row;
        f.header(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8},
                "No.", "月", "日付", "時間", "会議", "形式", "場所", "状態", "参加者");
        f.eachStyled("meetings", "r", new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8}, new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8},
                new String[] {"${r.no}", "${r.month}", "${r.date}", "${r.time}", "${r.title}", "${r.format}", "${r.place}", "${r.status}", "${r.attendees}"},
                f.center, f.month, f.date, f.center, f.strongText, f.center, f.text, f.center, f.text);
        f.finish(header, header);
        f.help(YearScheduleForm.Data.class, "ケースのすべての会議を日付（予定月）の順に載せます。");
        return f.wb;
    }

    /** The status letters of {@link RoadmapForm} and the colours the template gives them (bar fill, letter hidden in it). */
    static final String[][] BAR_COLOURS = {
        {"未", "90A4AE"}, {"進", "1E88E5"}, {"完", "43A047"}, {"保", "FFB300"}, {"中", "BDBDBD"}};

    static XSSFWorkbook roadmap() {
        int months = RoadmapForm.YEARS * 12;
        int[] fixed = {4, 20, 16, 12, 11, 14, 13, 9, 9, 6}; // 段階 wide enough for 最終アウトカム on one line
        int grid = fixed.length; // the first month column
        int[] widths = new int[grid + months];
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        java.util.Arrays.fill(widths, grid, widths.length, 3);
        Form f = new Form("ロードマップ", true, widths);
        f.title("ロードマップ（工程表）");
        f.subtitle("${c.yearsLabel}　${c.municipality}（${c.prefecture}）　表示：${span}", f.lastCol - 10, f.lastCol - 5);
        f.note("色の帯が取組の期間です（灰：未着手　青：進行中　緑：完了　黄：保留　薄灰：中止）。◆はマイルストーン。");
        int header = f.row;
        int yearRow = f.row++;
        int monthRow = f.row++;
        String[] names = {"No.", "取組", "課題", "担当", "期間", "指標", "段階", "現状値", "目標値", "状況"};
        for (int c = 0; c < names.length; c++) {
            f.put(yearRow, c, names[c], f.headerStyle);
            f.put(monthRow, c, null, f.headerStyle);
            f.sheet.addMergedRegion(new CellRangeAddress(yearRow, monthRow, c, c));
        }
        XSSFCellStyle yearStyle = f.style("roadmap-year", s -> {
            s.cloneStyleFrom(f.headerStyle);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setWrapText(false);
        });
        XSSFCellStyle monthStyle = f.style("roadmap-month", s -> {
            s.cloneStyleFrom(f.headerStyle);
            s.setFont(f.font(8, false, null));
            s.setWrapText(false);
        });
        // each 年度 label merged over its twelve months, so it reads as the heading of those months in Excel and LibreOffice
        f.merged(yearRow, grid, grid + 11, "${y.label}", yearStyle);
        f.put(monthRow, grid, "${h.month}", monthStyle);
        f.comment(yearRow, grid, "jx:each(items=\"years\" var=\"y\" direction=\"RIGHT\" lastCell=\"" + cell(yearRow, grid + 11) + "\")");
        f.comment(monthRow, grid, "jx:each(items=\"months\" var=\"h\" direction=\"RIGHT\" lastCell=\"" + cell(monthRow, grid) + "\")");
        f.rowAt(yearRow).setHeightInPoints(18);
        f.rowAt(monthRow).setHeightInPoints(16);
        int itemRow = f.row++;
        String[] values = {"${r.no}", "${r.title}", "${r.issue}", "${r.owners}", "${r.period}", "${r.indicator}", "${r.level}",
            "${r.current}", "${r.target}", "${r.status}"};
        XSSFCellStyle[] styles = {f.center, f.strongText, f.text, f.text, f.center, f.text, f.center, f.text, f.text, f.center};
        for (int c = 0; c < values.length; c++) {
            f.put(itemRow, c, values[c], styles[c]);
        }
        XSSFCellStyle bar = f.style("roadmap-bar", s -> {
            Form.borders(s);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setFont(f.font(9, true, new byte[] {(byte) 0xB3, 0x26, 0x1E}));
        });
        f.put(itemRow, grid, "${m.mark}", bar);
        f.rowAt(itemRow).setHeightInPoints(30);
        f.comment(itemRow, 0, "jx:each(items=\"items\" var=\"r\" lastCell=\"" + cell(itemRow, grid) + "\")");
        f.comment(itemRow, grid, "jx:each(items=\"r.months\" var=\"m\" direction=\"RIGHT\" lastCell=\"" + cell(itemRow, grid) + "\")");
        // the bars: each status letter becomes a coloured cell (change the colours here in Excel: ホーム → 条件付き書式)
        var cf = f.sheet.getSheetConditionalFormatting();
        CellRangeAddress[] bars = {new CellRangeAddress(itemRow, itemRow + 999, grid, grid + months - 1)};
        for (String[] bc : BAR_COLOURS) {
            var rule = cf.createConditionalFormattingRule(org.apache.poi.ss.usermodel.ComparisonOperator.EQUAL, "\"" + bc[0] + "\"");
            byte[] rgb = java.util.HexFormat.of().parseHex(bc[1]);
            rule.createPatternFormatting().setFillBackgroundColor(new XSSFColor(rgb, null));
            rule.createFontFormatting().setFontColor(new XSSFColor(rgb, null));
            cf.addConditionalFormatting(bars, rule);
        }
        var milestone = cf.createConditionalFormattingRule(org.apache.poi.ss.usermodel.ComparisonOperator.EQUAL, "\"◆\"");
        milestone.createPatternFormatting().setFillBackgroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xE0, (byte) 0xB2}, null));
        cf.addConditionalFormatting(bars, milestone);
        f.finish(header, monthRow);
        f.sheet.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
        f.help(RoadmapForm.Data.class, "取組を行に、3年度分の月を列に並べます（年度の見出しは12か月分を結合したセル）。月のセルには状況の頭文字（未・進・完・保・中）か◆が入り、条件付き書式で色の帯になります。");
        return f.wb;
    }

    static XSSFWorkbook monitoring() {
        Form f = new Form("モニタリングシート", true, 4, 22, 12, 11, 14, 13, 9, 9, 6, 14, 9, 6, 28, 10); // 記録日 fits 令和5年12月20日
        f.title("モニタリングシート（ロードマップの進捗）");
        f.subtitle("${c.yearsLabel}　${c.municipality}（${c.prefecture}）　${c.programme}", 6);
        f.note("取組ごとの記録です。記録のない取組は空欄の行があります。訪問・電話・メールのたびに、指標の値・達成度・コメントを書き足してください。");
        int header = f.row;
        int[] cols = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13};
        f.header(cols, cols, "No.", "取組", "担当", "期間", "指標", "段階", "現状値", "目標値", "状況", "記録日", "指標の値", "達成度", "コメント", "記入者");
        XSSFCellStyle percent = f.style("percent", s -> {
            s.cloneStyleFrom(f.text);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setDataFormat(f.wb.createDataFormat().getFormat("0\"%\""));
        });
        f.eachStyled("rows", "r", cols, cols,
                new String[] {"${r.no}", "${r.title}", "${r.owners}", "${r.period}", "${r.indicator}", "${r.level}", "${r.current}", "${r.target}",
                    "${r.status}", "${r.recordedOn}", "${r.value}", "${r.achievement}", "${r.comment}", "${r.author}"},
                f.center, f.strongText, f.text, f.center, f.text, f.center, f.text, f.text, f.center, f.date, f.text, percent, f.text, f.text);
        f.rowAt(f.row - 1).setHeightInPoints(30);
        f.finish(header, header);
        f.help(MonitoringForm.Data.class, "ロードマップの取組ごとに、進捗の記録を日付の順に載せます。");
        return f.wb;
    }

    /**
     * A4 landscape: eleven columns at 10 pt fit its width at about 90 % (A3 would print the same rows at a size nobody
     * reads on a desk; the long reasons wrap in the last column instead). The header row repeats on every page.
     */
    static XSSFWorkbook portfolio() {
        Form f = new Form("市町村一覧", true, 8, 12, 12, 16, 11, 14, 14, 18, 7, 11, 30);
        f.todayLabel = "作成日";
        f.todayField = "${today}";
        f.title("${title}");
        f.subtitle("${prefectures}　${towns} 市町村（支援 ${supported}・要フォロー ${followUp}）", 6);
        f.note("状態は直近の変化（前 → 今）。到達段階は各ケースの最も進んだ段階。遅れ＝終了予定を過ぎた取組、記録なし＝6か月進捗の記録がない取組。"
                + "要フォロー＝そのような取組や期限を過ぎた宿題がある、または支援終了後12か月以上会議の記録がない市町村です。");
        int header = f.row;
        int[] cols = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        f.header(cols, cols, "団体コード", "市町村", "支援年度", "事業", "状態（変化）", "到達段階", "最終接触", "次の予定", "未完了の宿題",
                "遅れ／記録なしの取組", "要フォロー");
        f.eachStyled("rows", "r", cols, cols,
                new String[] {"${r.code}", "${r.municipality}", "${r.years}", "${r.programmes}", "${r.state}", "${r.stage}", "${r.lastContact}",
                    "${r.next}", "${r.openItems}", "${r.lateItems}", "${r.followUp}"},
                f.center, f.strongText, f.text, f.text, f.center, f.text, f.date, f.text, f.center, f.center, f.text);
        f.finish(header, header);
        f.help(jp.banso.report.forms.PortfolioForm.Data.class,
                "市町村一覧の画面または banso export --portfolio で、選んだ都道府県の全市町村（まだ支援していない市町村も）を1行ずつ載せます。");
        return f.wb;
    }

    static String cell(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    /** One template sheet being built, top to bottom. */
    static final class Form {
        final XSSFWorkbook wb = new XSSFWorkbook();
        final XSSFSheet sheet;
        final boolean landscape;
        final int lastCol;
        final XSSFDrawing drawing;
        final Map<String, XSSFCellStyle> styles = new HashMap<>();
        final XSSFCellStyle text;
        final XSSFCellStyle strongText;
        final XSSFCellStyle center;
        final XSSFCellStyle date;
        final XSSFCellStyle month;
        final XSSFCellStyle label;
        final XSSFCellStyle headerStyle;
        final XSSFCellStyle sectionStyle;
        final XSSFCellStyle muted;
        final XSSFCellStyle titleStyle;
        final XSSFCellStyle subtitleStyle;
        int row;
        String areaComment;
        /** The date at the right of the subtitle: its label and the field (a case form's 出力日 by default). */
        String todayLabel = "出力日";
        String todayField = "${c.today}";

        Form(String sheetName, boolean landscape, int... widths) {
            this.landscape = landscape;
            this.lastCol = widths.length - 1;
            XSSFFont base = wb.getFontAt(0);
            base.setFontName(FONT);
            base.setFontHeightInPoints((short) 10);
            base.setCharSet(FontCharset.SHIFTJIS);
            sheet = wb.createSheet(sheetName);
            drawing = sheet.createDrawingPatriarch();
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256 + 180);
            }
            sheet.setDefaultRowHeightInPoints(18);
            text = style("text", s -> {
                borders(s);
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            });
            strongText = style("strong", s -> {
                s.cloneStyleFrom(text);
                s.setFont(font(10, true, null));
            });
            center = style("center", s -> {
                s.cloneStyleFrom(text);
                s.setAlignment(HorizontalAlignment.CENTER);
            });
            date = style("date", s -> {
                s.cloneStyleFrom(text);
                s.setWrapText(false);
                s.setDataFormat(wb.createDataFormat().getFormat(WAREKI_DATE));
                s.setAlignment(HorizontalAlignment.LEFT);
            });
            month = style("month", s -> {
                s.cloneStyleFrom(date);
                s.setDataFormat(wb.createDataFormat().getFormat(WAREKI_MONTH));
            });
            label = style("label", s -> {
                borders(s);
                fill(s, LABEL_FILL);
                s.setFont(font(10, true, null));
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            });
            headerStyle = style("header", s -> {
                borders(s);
                fill(s, HEADER_FILL);
                s.setFont(font(10, true, null));
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setWrapText(true);
            });
            sectionStyle = style("section", s -> {
                borders(s);
                fill(s, SECTION_FILL);
                s.setFont(font(11, true, ACCENT));
                s.setVerticalAlignment(VerticalAlignment.CENTER);
            });
            muted = style("muted", s -> {
                s.setFont(font(9, false, MUTED));
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
            });
            titleStyle = style("title", s -> {
                s.setFont(font(16, true, null));
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setBorderBottom(BorderStyle.MEDIUM);
                s.setBottomBorderColor(new XSSFColor(ACCENT, null));
            });
            subtitleStyle = style("subtitle", s -> {
                s.setFont(font(11, true, null));
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setWrapText(true);
            });
        }

        XSSFCellStyle style(String name, java.util.function.Consumer<XSSFCellStyle> setup) {
            return styles.computeIfAbsent(name, n -> {
                XSSFCellStyle s = wb.createCellStyle();
                setup.accept(s);
                return s;
            });
        }

        XSSFFont font(int points, boolean bold, byte[] colour) {
            XSSFFont f = wb.createFont();
            f.setFontName(FONT);
            f.setCharSet(FontCharset.SHIFTJIS);
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            if (colour != null) {
                f.setColor(new XSSFColor(colour, null));
            }
            return f;
        }

        static void borders(XSSFCellStyle s) {
            XSSFColor c = new XSSFColor(BORDER, null);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setTopBorderColor(c);
            s.setBottomBorderColor(c);
            s.setLeftBorderColor(c);
            s.setRightBorderColor(c);
        }

        static void fill(XSSFCellStyle s, byte[] rgb) {
            s.setFillForegroundColor(new XSSFColor(rgb, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        XSSFRow rowAt(int r) {
            XSSFRow x = sheet.getRow(r);
            return x == null ? sheet.createRow(r) : x;
        }

        XSSFCell put(int r, int c, String value, XSSFCellStyle style) {
            XSSFCell cell = rowAt(r).createCell(c);
            if (value != null) {
                cell.setCellValue(value);
            }
            cell.setCellStyle(style);
            return cell;
        }

        /** A value over columns c1..c2, every cell styled so borders show around the merged block. */
        void merged(int r, int c1, int c2, String value, XSSFCellStyle style) {
            put(r, c1, value, style);
            for (int c = c1 + 1; c <= c2; c++) {
                put(r, c, null, style);
            }
            if (c2 > c1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, c1, c2));
            }
        }

        void label(int r, int c, String value) {
            put(r, c, value, label);
        }

        void title(String value) {
            int r = row++;
            merged(r, 0, lastCol, value, titleStyle);
            rowAt(r).setHeightInPoints(30);
        }

        /** Who and when on the left, 出力日 and the date on the right (the last two columns). */
        void subtitle(String value, int leftLast) {
            subtitle(value, leftLast, lastCol - 1);
        }

        /** As above, the date from column {@code dateFirst} (narrow columns need more of them). */
        void subtitle(String value, int leftLast, int dateFirst) {
            int r = row++;
            merged(r, 0, leftLast, value, subtitleStyle);
            XSSFCellStyle right = style("today-label", s -> {
                s.setFont(font(9, false, MUTED));
                s.setAlignment(HorizontalAlignment.RIGHT);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
            });
            XSSFCellStyle today = style("today", s -> {
                s.setFont(font(9, false, MUTED));
                s.setDataFormat(wb.createDataFormat().getFormat(WAREKI_DATE));
                s.setAlignment(HorizontalAlignment.RIGHT);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
            });
            merged(r, leftLast + 1, dateFirst - 1, todayLabel, right);
            merged(r, dateFirst, lastCol, todayField, today);
            rowAt(r).setHeightInPoints(22);
        }

        void note(String value) {
            int r = row++;
            merged(r, 0, lastCol, value, muted);
            rowAt(r).setHeightInPoints(26);
        }

        void gap() {
            rowAt(row++).setHeightInPoints(8);
        }

        void section(String value) {
            int r = row++;
            merged(r, 0, lastCol, value, sectionStyle);
            rowAt(r).setHeightInPoints(21);
        }

        /** A label in column A and its value across the rest. */
        void pairs(String name, String value, int last, boolean strong) {
            int r = row++;
            label(r, 0, name);
            merged(r, 1, last, value, strong ? strongText : text);
            rowAt(r).setHeightInPoints(20);
        }

        /** Two label/value pairs on one row (columns A, B–D, E, F–H). */
        void row2(String name1, String value1, XSSFCellStyle style1, String name2, String value2) {
            row2(name1, value1, style1, name2, value2, 1, 3, 5, lastCol);
        }

        void row2(String name1, String value1, XSSFCellStyle style1, String name2, String value2, int v1, int v1Last, int v2, int v2Last) {
            int r = row++;
            label(r, 0, name1);
            merged(r, v1, v1Last, value1, style1);
            label(r, v1Last + 1, name2);
            merged(r, v2, v2Last, value2, text);
            rowAt(r).setHeightInPoints(20);
        }

        void header(int[] from, int[] to, String... names) {
            int r = row++;
            for (int i = 0; i < names.length; i++) {
                merged(r, from[i], to[i], names[i], headerStyle);
            }
            rowAt(r).setHeightInPoints(20);
        }

        void each(String items, String var, int[] from, int[] to, String... values) {
            XSSFCellStyle[] s = new XSSFCellStyle[values.length];
            java.util.Arrays.fill(s, text);
            eachStyled(items, var, from, to, values, s);
        }

        void eachStyled(String items, String var, int[] from, int[] to, String[] values, XSSFCellStyle... style) {
            int r = row++;
            for (int i = 0; i < values.length; i++) {
                merged(r, from[i], to[i], values[i], style[i]);
            }
            rowAt(r).setHeightInPoints(18);
            comment(r, from[0], "jx:each(items=\"" + items + "\" var=\"" + var + "\" lastCell=\"" + cell(r, to[to.length - 1]) + "\")");
        }

        /** A text over the whole width. */
        void textRow(String value) {
            int r = row++;
            merged(r, 0, lastCol, value, text);
            rowAt(r).setHeightInPoints(20);
        }

        /** One row of the profile table: latest, previous and change of a figure, with its number format and unit. */
        void figure(String name, String field, String format, String changeFormat, String unit) {
            int r = row++;
            label(r, 0, name);
            XSSFCellStyle value;
            XSSFCellStyle change;
            if (format == null) {
                value = date;
                change = text;
            } else if (format.equals("text")) {
                value = text;
                change = text;
            } else {
                value = style("num:" + format, s -> {
                    s.cloneStyleFrom(text);
                    s.setWrapText(false);
                    s.setAlignment(HorizontalAlignment.RIGHT);
                    s.setDataFormat(wb.createDataFormat().getFormat(format));
                });
                change = style("num:" + changeFormat, s -> {
                    s.cloneStyleFrom(text);
                    s.setWrapText(false);
                    s.setAlignment(HorizontalAlignment.RIGHT);
                    s.setDataFormat(wb.createDataFormat().getFormat(changeFormat));
                });
            }
            merged(r, 1, 2, "${profile.latest." + field + "}", value);
            merged(r, 3, 4, "${profile.previous." + field + "}", value);
            merged(r, 5, 6, changeFormat == null ? "" : "${profile.change." + field + "}", change);
            put(r, 7, unit, center);
            rowAt(r).setHeightInPoints(18);
        }

        void comment(int r, int c, String text) {
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, c + 1, r, c + 6, r + 4);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString(text));
            comment.setAuthor("Banso");
            XSSFCell cell = rowAt(r).getCell(c);
            if (cell == null) {
                cell = rowAt(r).createCell(c);
            }
            XSSFComment existing = cell.getCellComment();
            if (existing != null) {
                existing.setString(new XSSFRichTextString(existing.getString().getString() + "\n" + text));
            } else {
                cell.setCellComment(comment);
            }
        }

        /** jx:area over everything, print setup: A4, fit to width, margins, footer with page numbers, repeated rows. */
        void finish(int repeatFrom, int repeatTo) {
            int last = row - 1;
            String area = "jx:area(lastCell=\"" + cell(last, lastCol) + "\")";
            comment(0, 0, areaComment == null ? area : area + "\n" + areaComment);
            PrintSetup ps = sheet.getPrintSetup();
            ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
            ps.setLandscape(landscape);
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(PageMargin.LEFT, 0.5);
            sheet.setMargin(PageMargin.RIGHT, 0.5);
            sheet.setMargin(PageMargin.TOP, 0.6);
            sheet.setMargin(PageMargin.BOTTOM, 0.7);
            sheet.setMargin(PageMargin.HEADER, 0.3);
            sheet.setMargin(PageMargin.FOOTER, 0.3);
            sheet.getFooter().setCenter("&P / &N");
            sheet.getFooter().setLeft("&8&A");
            sheet.setRepeatingRows(new CellRangeAddress(repeatFrom, repeatTo, -1, -1));
            wb.setPrintArea(0, 0, lastCol, 0, last);
            sheet.setDisplayGridlines(false);
        }

        /** A sheet for template authors (removed from every hand-out): what the form is and every name it can use. */
        void help(Class<? extends Record> data, String about) {
            XSSFSheet h = wb.createSheet(TemplateCheck.HELP_SHEET_PREFIX);
            h.setColumnWidth(0, 44 * 256);
            h.setColumnWidth(1, 70 * 256);
            int r = 0;
            XSSFCellStyle bold = wb.createCellStyle();
            bold.setFont(font(12, true, null));
            XSSFCellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            String[] lines = {
                "この様式（テンプレート）の使い方",
                "このシートは出力されません。様式は Excel で自由に直せます（文言・列幅・色・罫線・ロゴ・印刷設定）。",
                "直したファイルは、Banso のデータフォルダの templates\\reports\\ に同じファイル名で置くと、組み込みの様式の代わりに使われます。",
                "${…} のセルにデータが入ります。セルのメモ（jx:area、jx:each、jx:image）は、データを入れる範囲と繰り返す行を表します。",
                "jx:each の行を増やしたり消したりするときは、メモの lastCell も合わせて直してください。日付のセルは和暦の表示形式です。",
                about,
                "",
                "使える項目（[] は繰り返し。jx:each の var の名前で1件ずつ使います）"};
            for (String line : lines) {
                h.createRow(r++).createCell(0).setCellValue(line);
            }
            h.getRow(0).getCell(0).setCellStyle(bold);
            h.getRow(lines.length - 1).getCell(0).setCellStyle(bold);
            List<String> paths = Schema.paths(Schema.of(data));
            for (String p : paths) {
                h.createRow(r++).createCell(0).setCellValue(p);
            }
        }
    }
}
