package jp.banso.report;

import static jp.banso.report.Sheets.find;
import static jp.banso.report.Sheets.right;
import static jp.banso.report.Sheets.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.banso.board.BoardPicture;
import jp.banso.cases.NewCase;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A meeting over two days is printed 8月22日〜23日 on the record and the year's schedule. */
class MeetingDaysPrintTest {
    @TempDir
    Path dir;

    @Test
    void twoDaysArePrintedAsARange() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = new NewCase("長野県", "みどり町", 2026, null, StartKind.ENTRY).create(store.cases());
            Meeting m = new Meeting();
            m.setCaseId(c.getId());
            m.setKind(MeetingKind.VISIT);
            m.setSequence(1);
            m.setHeldOn(LocalDate.of(2026, 8, 22));
            m.setEndsOn(LocalDate.of(2026, 8, 23));
            store.meetings().save(m);
            ExportService service = new ExportService(store, BoardImages.drawnBy(BoardPicture::render), () -> LocalDate.of(2026, 9, 1));
            ExportService.Result r = service.run(new ExportService.Request(c.getId(), m.getId(),
                    List.of(FormRegistry.find("meeting-record").orElseThrow()), dir.resolve("out")), (d, t, x) -> { });
            ExportService.Result y = service.run(new ExportService.Request(c.getId(), null,
                    List.of(FormRegistry.find("year-schedule").orElseThrow()), dir.resolve("out")), (d, t, x) -> { });
            try (XSSFWorkbook wb = new XSSFWorkbook(r.files().get(0).toFile())) {
                Sheet s = wb.getSheet("支援記録票");
                assertThat(text(right(find(s, "日付")))).isEqualTo("令和8年8月22日〜23日");
            }
            try (XSSFWorkbook wb = new XSSFWorkbook(y.files().get(0).toFile())) {
                Sheet s = wb.getSheetAt(0);
                assertThat(text(Sheets.cell(s, find(s, "第1回現地支援").getRowIndex(), 2))).isEqualTo("8月22日〜23日");
            }
        }
    }
}
