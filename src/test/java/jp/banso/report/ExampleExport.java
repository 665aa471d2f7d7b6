package jp.banso.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import jp.banso.board.BoardPicture;
import jp.banso.cases.DemoCase;
import jp.banso.domain.CaseState;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.Municipality;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.Stage;
import jp.banso.domain.StartKind;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;

/**
 * Writes every built-in form and the 報告会 deck for the さくら市 demo case into a folder (the examples in docs/examples/),
 * and the 市町村一覧 of 栃木県 with the demo case and a few generated cases in other towns (made-up state histories, so
 * the charts have something to show; marked 生成した例 in their programme):
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
            earlierSnapshots(store, c);
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
            generatedTowns(store);
            System.out.println("wrote " + new PortfolioExport(store.directory())
                    .write(store.portfolio().load(List.of("栃木県"), LocalDate.of(2023, 3, 31)), out));
        }
    }

    /**
     * Two earlier 基準日 for さくら市, made up for the example (the demo case has the one of its 報告会), so the ケース概要's
     * charts show a trend: fewer people and fewer over 65 the further back.
     */
    static void earlierSnapshots(Store store, SupportCase c) {
        ProfileSnapshot latest = store.cases().snapshots(c.getMunicipalityId()).get(0);
        int[][] figures = {{2020, 44_380, 11_020}, {2021, 44_150, 11_460}};
        for (int[] f : figures) {
            ProfileSnapshot p = latest.copyForNewDate(LocalDate.of(f[0], 5, 1));
            p.setPopulation(f[1]);
            p.setElderlyPopulation(f[2]);
            p.setSource("生成した例（説明用の架空の数値）");
            store.cases().save(p);
        }
    }

    /** A generated case: town, 年度, furthest stage, its states (date, state in turn), and the day of its last visit. */
    private record Generated(String town, List<Integer> years, Stage stage, List<Object> states, LocalDate visited) {
    }

    /** Cases in other 栃木県 towns, made up for the example (not from any town's real support). */
    static void generatedTowns(Store store) {
        List<Generated> towns = List.of(
                new Generated("足利市", List.of(2020, 2021), Stage.CHECK,
                        List.of(LocalDate.of(2020, 6, 10), CaseState.ms, LocalDate.of(2021, 2, 5), CaseState.mS,
                                LocalDate.of(2022, 1, 20), CaseState.MS2), LocalDate.of(2022, 1, 20)),
                new Generated("鹿沼市", List.of(2021), Stage.MEASURES,
                        List.of(LocalDate.of(2021, 7, 1), CaseState.ms, LocalDate.of(2022, 2, 15), CaseState.mS), LocalDate.of(2022, 2, 15)),
                new Generated("日光市", List.of(2021, 2022), Stage.DO,
                        List.of(LocalDate.of(2021, 6, 1), CaseState.mS, LocalDate.of(2022, 3, 1), CaseState.MS2,
                                LocalDate.of(2023, 2, 1), CaseState.MS1), LocalDate.of(2023, 2, 1)),
                new Generated("那須塩原市", List.of(2020), Stage.ISSUES,
                        List.of(LocalDate.of(2020, 9, 1), CaseState.ms), LocalDate.of(2021, 1, 15)),
                new Generated("益子町", List.of(2022), Stage.CURRENT_STATE,
                        List.of(LocalDate.of(2022, 8, 1), CaseState.mS, LocalDate.of(2023, 1, 10), CaseState.ms), LocalDate.of(2023, 1, 10)));
        for (Generated g : towns) {
            SupportCase c = new SupportCase();
            c.setProgramme("老健局主導型（生成した例）");
            c.setStartKind(StartKind.ENTRY);
            c.setStage(g.stage());
            store.cases().create(Municipality.of(MunicipalityMaster.get().find("栃木県", g.town()).orElseThrow()), c, g.years());
            for (int i = 0; i < g.states().size(); i += 2) {
                StateChange s = new StateChange();
                s.setCaseId(c.getId());
                s.setChangedOn((LocalDate) g.states().get(i));
                s.setState((CaseState) g.states().get(i + 1));
                store.cases().save(s);
            }
            Meeting m = new Meeting();
            m.setCaseId(c.getId());
            m.setKind(MeetingKind.VISIT);
            m.setSequence(1);
            m.setStatus(MeetingStatus.DONE);
            m.setHeldOn(g.visited());
            store.meetings().save(m);
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
