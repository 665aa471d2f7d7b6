package jp.banso.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import jp.banso.cases.NewCase;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingFormat;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small cases and template copies for the report tests. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    /** A case of 令和8年度 with one visit (第1回現地支援, 2026-07-15) set up by {@code setup}. */
    static Meeting caseWithVisit(Store store, Consumer<Meeting> setup) {
        SupportCase c = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases());
        Meeting m = new Meeting();
        m.setCaseId(c.getId());
        m.setKind(MeetingKind.VISIT);
        m.setSequence(1);
        m.setStatus(MeetingStatus.DONE);
        m.setHeldOn(LocalDate.of(2026, 7, 15));
        m.setPlannedMonth(LocalDate.of(2026, 7, 1));
        m.setFormat(MeetingFormat.ON_SITE);
        m.setPlace("さくら市役所");
        setup.accept(m);
        store.meetings().save(m);
        return m;
    }

    static ReportForm form(String id) {
        return FormRegistry.find(id).orElseThrow();
    }

    static ExportService.Result export(Store store, Meeting m, Path out, String... forms) {
        return new ExportService(store, BoardImages.NONE, () -> LocalDate.of(2026, 7, 20)).run(
                new ExportService.Request(m.getCaseId(), m.getId(), java.util.Arrays.stream(forms).map(ReportFixtures::form).toList(), out),
                (d, t, msg) -> { });
    }

    /** A built-in template copied into the data folder's templates/reports, changed by {@code edit}. */
    static Path override(Store store, String name, Consumer<XSSFWorkbook> edit) throws IOException {
        Path dir = ReportTemplates.overrideDir(store.directory());
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".xlsx");
        try (InputStream in = ReportFixtures.class.getResourceAsStream(ReportTemplates.RESOURCE_DIR + name + ".xlsx");
             XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream out = Files.newOutputStream(file)) {
            edit.accept(wb);
            wb.write(out);
        }
        return file;
    }

    static List<Path> filesIn(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (var s = Files.list(dir)) {
            return s.toList();
        }
    }
}
