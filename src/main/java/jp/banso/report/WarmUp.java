package jp.banso.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import jp.banso.report.forms.CaseSummaryForm;
import jp.banso.report.forms.GroupWorkForm;
import jp.banso.report.forms.Headers;
import jp.banso.report.forms.IssueSheetForm;
import jp.banso.report.forms.MeetingRecordForm;
import jp.banso.report.forms.YearScheduleForm;

/**
 * A head start for the first export of a session: every built-in template is checked and filled once with made-up
 * rows (a few hundred, so the code that fills and finishes sheets is compiled, not only loaded) into throw-away files.
 * The 配布資料を出力 dialog runs it in the background while the user picks forms. Never fails: at worst it did nothing.
 */
public final class WarmUp {
    private WarmUp() {
    }

    private static final String PREFIX = "banso-warm-up";

    public static void run() {
        Path dir = null;
        try {
            removeLeftovers(Path.of(System.getProperty("java.io.tmpdir")), java.time.Duration.ofHours(1));
            dir = Files.createTempDirectory(PREFIX);
            ReportTemplates builtIn = new ReportTemplates(null);
            for (ReportForm f : FormRegistry.all()) {
                Record data = sample(f);
                if (data == null) {
                    continue;
                }
                ReportTemplates.Source s = builtIn.resolve(f.id());
                ReportEngine.write(s, TemplateCheck.check(s, Schema.of(f.dataType())), data, Appendix.NONE, dir.resolve(f.id() + ".xlsx"));
            }
            // the path a board picture takes after it is drawn: PNG encoding of the image type a JavaFX snapshot becomes
            DrawnBoardImages.encode(new BufferedImage(1600, 900, BufferedImage.TYPE_INT_ARGB_PRE));
        } catch (Exception | LinkageError e) {
            Logger.getLogger(WarmUp.class.getName()).fine("warm-up stopped: " + e);
        } finally {
            if (dir != null) {
                try (var files = Files.list(dir)) {
                    files.forEach(ReportEngine::discard);
                    Files.deleteIfExists(dir);
                } catch (Exception ignored) {
                    // a temporary folder the OS clears
                }
            }
        }
    }

    /**
     * Warm-up folders left behind by a Banso that quit (or was killed) while warming up: older than {@code age}, so a
     * warm-up running in another Banso at this moment keeps its folder. Only the .xlsx files the warm-up writes are
     * removed, then the folder if that emptied it.
     */
    static void removeLeftovers(Path tmp, java.time.Duration age) {
        java.time.Instant before = java.time.Instant.now().minus(age);
        try (var dirs = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path d : dirs) {
                if (!Files.isDirectory(d, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        || Files.getLastModifiedTime(d).toInstant().isAfter(before)) {
                    continue;
                }
                try (var files = Files.newDirectoryStream(d, "*.xlsx")) {
                    for (Path f : files) {
                        Files.deleteIfExists(f);
                    }
                }
                try {
                    Files.deleteIfExists(d);
                } catch (java.nio.file.DirectoryNotEmptyException kept) {
                    // something that is not ours is in it: left alone
                }
            }
        } catch (Exception e) {
            Logger.getLogger(WarmUp.class.getName()).fine("warm-up leftovers not removed: " + e);
        }
    }

    private static final String TEXT = "通所型サービスＣの利用者を増やすために、送迎と開始時期を見直す。\n卒業後の活躍の場を話し合う。";

    private static Record sample(ReportForm f) throws Exception {
        LocalDate d = LocalDate.of(2026, 7, 15);
        Headers.CaseInfo c = new Headers.CaseInfo("令和8年度", "栃木県", "さくら市", "老健局主導型", "エントリー", TEXT, TEXT, "扱う", "MS2",
                TEXT, "6. 実施(D)", null, null, d);
        Headers.MeetingInfo m = new Headers.MeetingInfo("第1回現地支援", "現地支援", "実施済", d, "令和8年7月15日", d, "13:30〜16:30",
                "市役所", "現地", TEXT, TEXT, TEXT, TEXT.repeat(20), TEXT, TEXT);
        int n = 150;
        if (f instanceof MeetingRecordForm) {
            List<MeetingRecordForm.Person> people = new ArrayList<>();
            List<MeetingRecordForm.Item> items = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                people.add(new MeetingRecordForm.Person("氏名" + i, "所属" + i, "包括"));
                items.add(new MeetingRecordForm.Item(TEXT, "市", d, i % 2 == 0 ? "済" : ""));
            }
            return new MeetingRecordForm.Data(c, m, people, List.of(new MeetingRecordForm.Part("午前", "10:00〜12:00", TEXT)), items);
        }
        if (f instanceof IssueSheetForm) {
            List<IssueSheetForm.Row> rows = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(new IssueSheetForm.Row(i + 1, TEXT, TEXT, "-課題" + i, "高", "技術的問題", TEXT, "高齢福祉課", "未着手", i, "ボード"));
            }
            return new IssueSheetForm.Data(c, "第1回現地支援", rows);
        }
        if (f instanceof GroupWorkForm) {
            List<GroupWorkForm.NoteRow> notes = new ArrayList<>();
            for (int i = 0; i < n / 3; i++) {
                notes.add(new GroupWorkForm.NoteRow(i % 4 == 0 ? "島" : null, TEXT, "市町村", i % 5, i % 7 == 0 ? "★" : null));
            }
            GroupWorkForm.LaneBlock lane = new GroupWorkForm.LaneBlock("現状", notes.size(), notes);
            GroupWorkForm.BoardSheet sheet = new GroupWorkForm.BoardSheet("ボード", "あるべき姿 / 現状 / 課題", n, 3, 40, picture(), "",
                    List.of(lane, lane, lane));
            return new GroupWorkForm.Data(c, m, List.of("ボード"), List.of(sheet));
        }
        if (f instanceof CaseSummaryForm) {
            CaseSummaryForm.Figures none = new CaseSummaryForm.Figures(d, 43878, 18005, 11883, null, 5797, null, null, 7, null,
                    1, 2, 1, 7, 1, 7, "訪問型サービスB", "あり", "報告会資料");
            List<CaseSummaryForm.Visit> visits = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                visits.add(new CaseSummaryForm.Visit(d, d, "第" + i + "回現地支援", "現地", "実施済", "済"));
            }
            return new CaseSummaryForm.Data(c, new CaseSummaryForm.Profile(none, none, none), List.of(new CaseSummaryForm.Member("府県", "", "県")),
                    List.of(new CaseSummaryForm.State(d, "MS2", TEXT, TEXT)), List.of(new CaseSummaryForm.Step("1. めざす姿の検討", "到達済")),
                    visits, List.of(new CaseSummaryForm.Item(TEXT, "市", d, "第1回")));
        }
        if (f instanceof YearScheduleForm) {
            List<YearScheduleForm.Row> rows = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                rows.add(new YearScheduleForm.Row(i + 1, d, d, "13:30〜16:30", "第1回現地支援", "現地支援", "現地", "市役所", TEXT, "実施済"));
            }
            return new YearScheduleForm.Data(c, rows);
        }
        return null; // a form added later warms up when it is first used
    }

    private static byte[] picture() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
