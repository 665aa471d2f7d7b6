package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.banso.cases.NewCase;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an export makes and leaves out: forms without their data are skipped with a 注意, a meeting's year is the
 * case's in the name and the heading.
 */
class ExportServiceTest {
    @TempDir
    Path dir;

    @Test
    void aCaseWithoutRoadmapItemsGetsNoRoadmapOrMonitoringSheetButANote() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting visit = ReportFixtures.caseWithVisit(store, m -> { });
            Path out = dir.resolve("out");
            ExportService.Result r = new ExportService(store, BoardImages.NONE, () -> LocalDate.of(2026, 7, 20)).run(
                    new ExportService.Request(visit.getCaseId(), null,
                            List.of(ReportFixtures.form("case-summary"), ReportFixtures.form("roadmap"), ReportFixtures.form("monitoring")), out),
                    (d, t, m) -> { });
            assertThat(r.files()).extracting(f -> f.getFileName().toString()).containsExactly("令和8年度_さくら市_ケース概要.xlsx");
            assertThat(r.notes()).containsExactly("ロードマップ：ロードマップに取組がありません（出力しません）",
                    "モニタリングシート：ロードマップに取組がありません（出力しません）");
            assertThat(ReportFixtures.filesIn(out)).containsExactlyInAnyOrderElementsOf(r.files());
        }
    }

    @Test
    void aMeetingWithOnlyAPlannedMonthPrintsTheMonthAsItsDate() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting planned = ReportFixtures.caseWithVisit(store, m -> {
                m.setStatus(MeetingStatus.PLANNED);
                m.setHeldOn(null);
                m.setPlannedMonth(LocalDate.of(2026, 9, 1));
            });
            Path out = dir.resolve("out");
            ExportService.Result r = ReportFixtures.export(store, planned, out, "meeting-record");
            try (XSSFWorkbook wb = Sheets.open(r.files().get(0))) {
                Sheet s = wb.getSheet("支援記録票");
                assertThat(Sheets.text(Sheets.right(Sheets.find(s, "日付")))).isEqualTo("令和8年9月（予定）");
            }
        }
    }

    @Test
    void aMeetingInTheNextAprilCarriesTheCasesYearInItsNameAndHeading() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = new NewCase("群馬県", "館林市", 2018, "都道府県主導型", StartKind.INVITATION).create(store.cases());
            Meeting followUp = new Meeting();
            followUp.setCaseId(c.getId());
            followUp.setKind(MeetingKind.VISIT);
            followUp.setSequence(4);
            followUp.setStatus(MeetingStatus.DONE);
            followUp.setHeldOn(LocalDate.of(2019, 4, 10)); // 平成31年度, a follow-up of the 平成30年度 support
            followUp.setPlannedMonth(LocalDate.of(2019, 4, 1));
            store.meetings().save(followUp);
            ExportService.Result r = ReportFixtures.export(store, followUp, dir.resolve("out"), "meeting-record");
            assertThat(r.files()).extracting(f -> f.getFileName().toString()).containsExactly("平成30年度_館林市_第4回現地支援_支援記録票.xlsx");
            try (XSSFWorkbook wb = Sheets.open(r.files().get(0))) {
                Sheet s = wb.getSheet("支援記録票");
                assertThat(Sheets.text(Sheets.cell(s, 1, 0))).isEqualTo("平成30年度　館林市（群馬県）");
                assertThat(Sheets.text(Sheets.right(Sheets.find(s, "日付")))).isEqualTo("平成31年4月10日");
            }
        }
    }

    @Test
    void noServicesEnteredPrintsABlankNotNone() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            Meeting visit = ReportFixtures.caseWithVisit(store, m -> { });
            SupportCase c = store.cases().find(visit.getCaseId()).orElseThrow();
            ProfileSnapshot p = new ProfileSnapshot();
            p.setMunicipalityId(c.getMunicipalityId());
            p.setAsOf(LocalDate.of(2026, 4, 1));
            p.setPopulation(40_000);
            store.cases().save(p);
            ExportService.Result r = new ExportService(store, BoardImages.NONE, () -> LocalDate.of(2026, 7, 20)).run(
                    new ExportService.Request(c.getId(), null, List.of(ReportFixtures.form("case-summary")), dir.resolve("out")), (d, t, m) -> { });
            try (XSSFWorkbook wb = Sheets.open(r.files().get(0))) {
                Sheet s = wb.getSheetAt(0);
                assertThat(Sheets.number(Sheets.right(Sheets.find(s, "人口")))).isEqualTo(40_000);
                Cell services = Sheets.right(Sheets.find(s, "総合事業のサービス（実施あり）"));
                assertThat(services.getCellType()).as(services.toString()).isEqualTo(CellType.BLANK);
            }
        }
    }
}
