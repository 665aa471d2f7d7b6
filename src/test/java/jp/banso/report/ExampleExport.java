package jp.banso.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.banso.board.BoardPicture;
import jp.banso.cases.DemoCase;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;

/**
 * Writes every built-in form and the 報告会 deck for the さくら市 demo case into a folder (the examples in docs/examples/):
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=jp.banso.report.ExampleExport -Dexec.args=docs/examples}.
 * Headless (Monocle) for the board pictures; 出力日 is fixed so the files only change when the forms do.
 */
public final class ExampleExport {
    static {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    private ExampleExport() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/examples");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("banso-examples");
        try (BoardPicture.OffScreen drawing = BoardPicture.offScreen(); Store store = Store.open(data)) {
            BoardImages images = drawing.available() ? BoardImages.drawnBy(BoardPicture::render) : BoardImages.NONE;
            SupportCase c = DemoCase.create(store);
            ExportService service = new ExportService(store, images, () -> LocalDate.of(2023, 3, 31));
            List<Meeting> meetings = store.meetings().list(c.getId());
            Meeting first = visit(meetings, 1);
            Meeting second = visit(meetings, 2);
            ExportService.Progress quiet = (d, t, m) -> { };
            var r1 = service.run(new ExportService.Request(c.getId(), null,
                    List.of(FormRegistry.find("case-summary").orElseThrow(), FormRegistry.find("year-schedule").orElseThrow(),
                            FormRegistry.find("roadmap").orElseThrow(), FormRegistry.find("monitoring").orElseThrow()), out), quiet);
            var r2 = service.run(new ExportService.Request(c.getId(), first.getId(),
                    List.of(FormRegistry.find("issue-sheet").orElseThrow(), FormRegistry.find("group-work").orElseThrow()), out), quiet);
            var r3 = service.run(new ExportService.Request(c.getId(), second.getId(),
                    List.of(FormRegistry.find("meeting-record").orElseThrow()), out), quiet);
            var r4 = deck(store, c, images, out);
            for (var r : List.of(r1, r2, r3, r4)) {
                r.files().forEach(f -> System.out.println("wrote " + f));
                r.notes().forEach(n -> System.out.println("note: " + n));
            }
        }
    }

    /** The 報告会 deck of the demo case (令和4年度_さくら市_報告会.pptx), dated like the hand-outs. */
    static ExportService.Result deck(Store store, SupportCase c, BoardImages images, Path out) {
        return new ReportDeck(store, images, () -> LocalDate.of(2023, 3, 31)).run(c.getId(), out, null, (d, t, m) -> { });
    }

    private static Meeting visit(List<Meeting> meetings, int n) {
        return meetings.stream().filter(m -> m.getKind() == MeetingKind.VISIT && m.getSequence() == n).findFirst().orElseThrow();
    }
}
