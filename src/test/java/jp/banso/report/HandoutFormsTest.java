package jp.banso.report;

import static jp.banso.report.Sheets.below;
import static jp.banso.report.Sheets.date;
import static jp.banso.report.Sheets.find;
import static jp.banso.report.Sheets.number;
import static jp.banso.report.Sheets.right;
import static jp.banso.report.Sheets.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.banso.board.BoardPicture;
import jp.banso.cases.DemoCase;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Every built-in form for the さくら市 demo case (plus an older profile snapshot, so the comparison has numbers),
 * read back with POI: the data is in the right cells, dates are real dates in 和暦 format, the print setup holds.
 */
class HandoutFormsTest {
    @TempDir
    static Path dir;
    static Store store;
    static SupportCase demo;
    static Path out;
    static List<Path> files;

    @BeforeAll
    static void exportEverything() throws Exception {
        FxToolkit.registerPrimaryStage(); // board pictures are drawn with JavaFX (headless Monocle here)
        store = Store.open(dir.resolve("data"));
        demo = DemoCase.create(store);
        ProfileSnapshot older = store.cases().snapshots(demo.getMunicipalityId()).get(0).copyForNewDate(LocalDate.of(2021, 4, 1));
        older.setPopulation(44_100);
        older.setElderlyPopulation(11_700);
        older.setCareCertificationRate(new BigDecimal("16.10"));
        store.cases().save(older);
        out = dir.resolve("out");
        ExportService service = new ExportService(store, BoardImages.drawnBy(BoardPicture::render), () -> LocalDate.of(2023, 3, 31));
        List<Meeting> meetings = store.meetings().list(demo.getId());
        ExportService.Result caseFiles = service.run(new ExportService.Request(demo.getId(), null,
                List.of(form("case-summary"), form("year-schedule")), out), (d, t, m) -> { });
        ExportService.Result first = service.run(new ExportService.Request(demo.getId(), visit(meetings, 1).getId(),
                List.of(form("meeting-record"), form("issue-sheet"), form("group-work")), out), (d, t, m) -> { });
        ExportService.Result second = service.run(new ExportService.Request(demo.getId(), visit(meetings, 2).getId(),
                List.of(form("meeting-record"), form("group-work")), out), (d, t, m) -> { });
        assertThat(second.notes()).containsExactly("グループワーク記録：この会議にはボードがありません（出力しません）");
        files = Stream.of(caseFiles, first, second).flatMap(r -> r.files().stream()).toList();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static ReportForm form(String id) {
        return FormRegistry.find(id).orElseThrow();
    }

    static Meeting visit(List<Meeting> meetings, int n) {
        return meetings.stream().filter(m -> m.getKind() == MeetingKind.VISIT && m.getSequence() == n).findFirst().orElseThrow();
    }

    static XSSFWorkbook file(String name) {
        Path f = out.resolve(name);
        assertThat(f).exists();
        return Sheets.open(f);
    }

    @Test
    void filesAreNamedByYearMunicipalityMeetingAndForm() {
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(
                "令和4年度_さくら市_ケース概要.xlsx",
                "令和4年度_さくら市_年間スケジュール.xlsx",
                "令和4年度_さくら市_第1回現地支援_支援記録票.xlsx",
                "令和4年度_さくら市_第1回現地支援_課題整理表.xlsx",
                "令和4年度_さくら市_第1回現地支援_グループワーク記録.xlsx",
                "令和4年度_さくら市_第2回現地支援_支援記録票.xlsx");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void meetingRecordHoldsTheMeetingItsPeopleRecordAndActionItems() throws Exception {
        try (XSSFWorkbook wb = file("令和4年度_さくら市_第2回現地支援_支援記録票.xlsx")) {
            Sheet s = wb.getSheet("支援記録票");
            assertThat(text(Sheets.cell(s, 0, 0))).isEqualTo("支援記録票");
            assertThat(text(Sheets.cell(s, 1, 0))).isEqualTo("令和4年度　さくら市（栃木県）");
            assertThat(date(Sheets.cell(s, 1, 6))).isEqualTo(LocalDate.of(2023, 3, 31));
            assertThat(text(right(find(s, "会議")))).isEqualTo("第2回現地支援");
            assertThat(text(right(find(s, "日付")))).isEqualTo("令和4年12月5日"); // the date label: a planned meeting shows its month
            assertThat(text(right(find(s, "時間")))).isEqualTo("10:00〜16:00");
            assertThat(text(right(find(s, "場所")))).isEqualTo("さくら市内 会議室");
            assertThat(text(right(find(s, "形式")))).isEqualTo("現地");
            Cell org = find(s, "所属");
            assertThat(Stream.iterate(1, i -> i + 1).limit(7).map(i -> text(below(org, i))).toList()).containsExactly(
                    "さくら市 高齢福祉部局", "地域包括支援センター", "さくら市社会福祉協議会", "ケアマネジャー・サービス提供事業所",
                    "栃木県 高齢対策課", "関東信越厚生局", "アドバイザー");
            assertThat(text(right(find(s, "午前：講義")))).isEqualTo("10:00〜12:00");
            assertThat(text(right(find(s, "テーマ")))).startsWith("通所型サービスＣの位置付けを関係者で共有し");
            assertThat(text(right(find(s, "課題")))).isEqualTo("・要支援者は生活行為（IADL）が下がってくるが、そこを通所Ｃで改善していく重要性\n・卒業後の活躍の場が決まっていない");
            assertThat(text(right(find(s, "まとめ")))).contains("「循環型」の通所Ｃを目指したい");
            Cell what = below(find(s, "宿題（アクション）"), 2);
            assertThat(text(what)).isEqualTo("通所Ｃの仕様書案を作成する");
            assertThat(text(right(what))).isEqualTo("さくら市・地域包括支援センター");
            assertThat(date(right(right(what)))).isEqualTo(LocalDate.of(2022, 12, 16));
            assertThat(text(right(right(right(what))))).isEqualTo("済");
            assertThat(text(below(what, 2))).startsWith("民生委員から紹介された方");
            assertThat(text(right(right(right(below(what, 2)))))).isEmpty();
            assertPrintable(wb, s, false);
        }
    }

    @Test
    void issueSheetListsIssuesByPriorityWithTheGapTheyBridge() throws Exception {
        try (XSSFWorkbook wb = file("令和4年度_さくら市_第1回現地支援_課題整理表.xlsx")) {
            Sheet s = wb.getSheetAt(0);
            assertThat(text(Sheets.cell(s, 0, 0))).isEqualTo("課題整理表（課題一覧シート）");
            assertThat(text(Sheets.cell(s, 1, 0))).endsWith("第1回現地支援");
            Cell no = find(s, "No.");
            assertThat(List.of("あるべき姿", "現状", "課題", "優先度", "種類", "対応の方向性", "担当部署", "状態", "投票"))
                    .isEqualTo(Stream.iterate(1, i -> i + 1).limit(9).map(i -> text(Sheets.cell(s, no.getRowIndex(), i))).toList());
            int r = no.getRowIndex() + 1;
            assertThat(number(Sheets.cell(s, r, 0))).isEqualTo(1);
            assertThat(text(Sheets.cell(s, r, 1))).startsWith("通所Ｃで元気になった高齢者が");
            assertThat(text(Sheets.cell(s, r, 2))).startsWith("通所Ｃの利用者が非常に少ない");
            assertThat(text(Sheets.cell(s, r, 3))).isEqualTo("卒業後の活躍の場まで見通した、通いやすい通所Ｃに立て直す");
            assertThat(text(Sheets.cell(s, r, 8))).isEqualTo("未着手");
            assertThat(number(Sheets.cell(s, r, 9))).isEqualTo(4);
            assertThat(text(Sheets.cell(s, r + 1, 3))).isEqualTo("通所Ｃの位置付けと対象者像を、包括・ケアマネ・事業所と共有する");
            assertThat(number(Sheets.cell(s, r + 1, 9))).isEqualTo(2);
            assertThat(s.getRow(r + 2)).isNull();
            assertPrintable(wb, s, true);
            assertThat(s.getRepeatingRows().getFirstRow()).isEqualTo(no.getRowIndex());
        }
    }

    @Test
    void groupWorkHasTheBoardPictureUnstretchedAndEveryNoteByLane() throws Exception {
        try (XSSFWorkbook wb = file("令和4年度_さくら市_第1回現地支援_グループワーク記録.xlsx")) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2); // the board's sheet and the データ sheet
            assertThat(wb.getSheetName(1)).isEqualTo(DataSheets.DATA);
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("第1回現地支援 あるべき姿 ・ 現状 ・ 課題");
            assertThat(text(right(find(s, "ボード")))).isEqualTo("第1回現地支援 あるべき姿 / 現状 / 課題");
            assertThat(text(right(find(s, "テンプレート")))).isEqualTo("あるべき姿 / 現状 / 課題");
            assertThat(number(right(find(s, "付箋")))).isEqualTo(10);
            assertThat(number(right(find(s, "投票（シール）")))).isEqualTo(6);
            XSSFDrawing drawing = s.getDrawingPatriarch();
            assertThat(drawing.getCTDrawing().sizeOfOneCellAnchorArray()).isEqualTo(1);
            var anchor = drawing.getCTDrawing().getOneCellAnchorArray(0);
            byte[] png = wb.getAllPictures().get(0).getData();
            int[] px = FitImageCommand.dimensions(png);
            double shown = (double) anchor.getExt().getCx() / anchor.getExt().getCy();
            assertThat(shown).isCloseTo((double) px[0] / px[1], within(0.01));
            Cell vision = find(s, "あるべき姿（3枚）");
            assertThat(text(below(vision, 1))).isEqualTo("グループ（島）");
            assertThat(text(Sheets.cell(s, vision.getRowIndex() + 2, 2))).startsWith("通所Ｃで元気になった高齢者が");
            assertThat(text(Sheets.cell(s, vision.getRowIndex() + 2, 5))).isEqualTo("アドバイザー");
            Cell issues = find(s, "課題（2枚）");
            assertThat(text(Sheets.cell(s, issues.getRowIndex() + 2, 2))).isEqualTo("卒業後の活躍の場まで見通した、通いやすい通所Ｃに立て直す");
            assertThat(number(Sheets.cell(s, issues.getRowIndex() + 2, 6))).isEqualTo(4);
            assertThat(text(Sheets.cell(s, issues.getRowIndex() + 2, 7))).isEqualTo("★");
            find(s, "現状（5枚）");
            assertPrintable(wb, s, true);
            assertThat(s.getRowBreaks()).isNotEmpty();
        }
    }

    @Test
    void caseSummaryComparesTheLatestFiguresWithThePreviousSnapshot() throws Exception {
        try (XSSFWorkbook wb = file("令和4年度_さくら市_ケース概要.xlsx")) {
            Sheet s = wb.getSheetAt(0);
            assertThat(text(Sheets.cell(s, 0, 0))).isEqualTo("ケース概要（カルテ）");
            assertThat(text(right(find(s, "プログラム")))).isEqualTo("老健局主導型");
            assertThat(text(right(find(s, "申請時テーマ")))).startsWith("保険者としての悩みごと\n1. 通所型サービスＣの利用者が非常に少ない");
            assertThat(text(right(find(s, "現在の状態")))).isEqualTo("MS2");
            assertThat(text(right(find(s, "到達段階")))).isEqualTo("6. 実施(D)");
            Cell asOf = find(s, "基準日");
            assertThat(date(right(asOf))).isEqualTo(LocalDate.of(2022, 5, 1));
            assertThat(date(right(right(asOf)))).isEqualTo(LocalDate.of(2021, 4, 1));
            Cell population = find(s, "人口");
            assertThat(number(right(population))).isEqualTo(43_878);
            assertThat(number(right(right(population)))).isEqualTo(44_100);
            assertThat(number(right(right(right(population))))).isEqualTo(-222);
            assertThat(text(right(right(right(right(population)))))).isEqualTo("人");
            Cell aging = find(s, "高齢化率");
            assertThat(number(right(aging))).isEqualTo(27.08);
            assertThat(number(right(right(aging)))).isEqualTo(26.53);
            assertThat(number(right(right(right(aging))))).isCloseTo(0.55, within(1e-9));
            assertThat(text(right(find(s, "総合事業のサービス（実施あり）")))).isEqualTo("訪問型サービスB、通所型サービスC");
            Cell role = find(s, "役割");
            assertThat(text(below(role, 1))).isEqualTo("市町村担当");
            assertThat(text(right(right(below(role, 1))))).isEqualTo("さくら市 高齢福祉部局（生活支援コーディネーター含む）");
            Cell states = find(s, "状態（成熟度 × 体制）の履歴");
            assertThat(date(below(states, 2))).isEqualTo(LocalDate.of(2022, 6, 1));
            assertThat(text(right(below(states, 3)))).isEqualTo("MS2");
            Cell ladder = find(s, "1. めざす姿の検討");
            assertThat(text(right(ladder))).isEqualTo("到達済");
            assertThat(text(below(ladder, 5))).isEqualTo("6. 実施(D)");
            assertThat(text(right(below(ladder, 5)))).isEqualTo("◎ 現在");
            assertThat(text(right(below(ladder, 6)))).isEmpty();
            assertThat(text(below(ladder, 8))).isEqualTo("フォローアップ");
            Cell visit = find(s, "第1回現地支援");
            assertThat(date(Sheets.cell(s, visit.getRowIndex(), 1))).isEqualTo(LocalDate.of(2022, 9, 20));
            assertThat(text(Sheets.cell(s, visit.getRowIndex(), 7))).isEqualTo("済");
            assertThat(text(below(find(s, "未完了の宿題"), 2))).isEqualTo("民生委員から紹介された方のその後を、紹介者にフィードバックする仕組みをつくる");
            assertPrintable(wb, s, false);
        }
    }

    @Test
    void yearScheduleListsEveryMeetingWithItsAttendees() throws Exception {
        try (XSSFWorkbook wb = file("令和4年度_さくら市_年間スケジュール.xlsx")) {
            Sheet s = wb.getSheetAt(0);
            Cell no = find(s, "No.");
            int meetings = store.meetings().list(demo.getId()).size();
            assertThat(number(Sheets.cell(s, no.getRowIndex() + meetings, 0))).isEqualTo(meetings);
            Cell visit = find(s, "第1回現地支援");
            int r = visit.getRowIndex();
            assertThat(date(Sheets.cell(s, r, 2))).isEqualTo(LocalDate.of(2022, 9, 20));
            assertThat(Sheets.cell(s, r, 1).getCellStyle().getDataFormatString()).contains("m\"月\"").doesNotContain("d\"日\"");
            assertThat(text(Sheets.cell(s, r, 3))).isEqualTo("13:30〜16:30");
            assertThat(text(Sheets.cell(s, r, 5))).isEqualTo("現地");
            assertThat(text(Sheets.cell(s, r, 8))).startsWith("さくら市 高齢福祉部局、地域包括支援センター、");
            assertPrintable(wb, s, true);
        }
    }

    /** A4, fit to the page width, footer with page numbers, a print area down to the last row, nothing left of the markup. */
    static void assertPrintable(XSSFWorkbook wb, Sheet s, boolean landscape) {
        PrintSetup p = s.getPrintSetup();
        assertThat(p.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(p.getLandscape()).isEqualTo(landscape);
        assertThat(s.getFitToPage()).isTrue();
        assertThat(p.getFitWidth()).isEqualTo((short) 1);
        assertThat(p.getFitHeight()).isEqualTo((short) 0);
        assertThat(s.getFooter().getCenter()).isEqualTo("&P / &N");
        assertThat(s.getRepeatingRows()).isNotNull();
        assertThat(wb.getPrintArea(wb.getSheetIndex(s))).endsWith("$" + (s.getLastRowNum() + 1));
        assertThat(((XSSFSheet) s).getCTWorksheet().getPageSetup().isSetUsePrinterDefaults()).isFalse();
        assertThat(s.getCellComments()).isEmpty();
        assertThat(wb.getSheet(TemplateCheck.HELP_SHEET_PREFIX)).isNull();
        for (Cell c : Sheets.all(s)) {
            assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
            if (c.getCellType() == CellType.STRING) {
                assertThat(c.getStringCellValue()).as(c.getAddress().toString()).doesNotContain("${");
            }
            assertThat(s.getRow(c.getRowIndex()).getHeightInPoints()).isLessThanOrEqualTo(409f);
        }
    }
}
