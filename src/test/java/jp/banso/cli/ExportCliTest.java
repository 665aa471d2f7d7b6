package jp.banso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.banso.cases.DemoCase;
import jp.banso.cases.NewCase;
import jp.banso.domain.StartKind;
import jp.banso.store.Store;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** {@code banso export}, called in-process as the launcher calls it: exit codes, messages, files. */
class ExportCliTest {
    @TempDir
    static Path dir;
    static Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void demo() throws Exception {
        // JavaFX runs already in this test JVM (as TestFX starts it): the command uses it and leaves it running
        FxToolkit.registerPrimaryStage();
        data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            DemoCase.create(store);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsEveryFormOfACaseByMunicipalityName() throws Exception {
        Path target = dir.resolve("all");
        assertThat(run("export", "--case", "さくら市", "--forms", "all", "--out", target.toString(), "--data-dir", data.toString()))
                .as(stderr()).isEqualTo(Cli.OK);
        List<String> names;
        try (Stream<Path> files = Files.list(target)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("令和4年度_さくら市_ケース概要.xlsx", "令和4年度_さくら市_年間スケジュール.xlsx", "令和4年度_さくら市_課題整理表.xlsx",
                "令和4年度_さくら市_第1回現地支援_支援記録票.xlsx", "令和4年度_さくら市_第3回現地支援_支援記録票.xlsx",
                "令和4年度_さくら市_第1回現地支援_グループワーク記録.xlsx", "令和4年度_さくら市_第3回現地支援_グループワーク記録.xlsx");
        assertThat(names).noneMatch(n -> n.contains("1.5次mtg")); // nothing recorded there
        assertThat(stdout().lines().toList()).hasSize(names.size()).allMatch(l -> l.endsWith(".xlsx"));
        assertThat(stderr()).contains(names.size() + " 件のファイルを出力しました");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target.resolve("令和4年度_さくら市_第1回現地支援_グループワーク記録.xlsx")))) {
            assertThat(wb.getAllPictures()).hasSize(1); // JavaFX was there: the board is drawn
        }
    }

    @Test
    void exportsChosenFormsOfOneMeeting() {
        Path target = dir.resolve("meeting");
        assertThat(run("export", "--case=さくら市", "--year", "令和4年度", "--meeting", "第1回現地支援", "--forms", "meeting-record,課題整理表",
                "--out", target.toString(), "--data-dir", data.toString())).as(stderr()).isEqualTo(Cli.OK);
        assertThat(target.resolve("令和4年度_さくら市_第1回現地支援_支援記録票.xlsx")).exists();
        assertThat(target.resolve("令和4年度_さくら市_第1回現地支援_課題整理表.xlsx")).exists();
        assertThat(stdout().lines().count()).isEqualTo(2);
    }

    @Test
    void theDeckAloneOrBesideAForm() throws Exception {
        Path target = dir.resolve("slides");
        assertThat(run("export", "--case", "さくら市", "--forms", "slides,case-summary", "--out", target.toString(), "--data-dir", data.toString()))
                .as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout().lines().toList()).containsExactly(target.resolve("令和4年度_さくら市_ケース概要.xlsx").toString(),
                target.resolve("令和4年度_さくら市_報告会.pptx").toString());
        try (org.apache.poi.xslf.usermodel.XMLSlideShow deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(
                Files.newInputStream(target.resolve("令和4年度_さくら市_報告会.pptx")))) {
            assertThat(deck.getSlides().stream().flatMap(sl -> sl.getShapes().stream())
                    .filter(org.apache.poi.xslf.usermodel.XSLFPictureShape.class::isInstance)).hasSize(2); // both boards drawn
        }
        assertThat(run("export", "--case", "さくら市", "--forms", "報告会", "--out", dir.resolve("deck-only").toString(), "--data-dir",
                data.toString())).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout().lines().toList()).containsExactly(dir.resolve("deck-only").resolve("令和4年度_さくら市_報告会.pptx").toString());
    }

    @Test
    void allCasesGoIntoAFolderPerCase() {
        Path target = dir.resolve("batch");
        assertThat(run("export", "--all-cases", "--forms", "case-summary", "--out", target.toString(), "--data-dir", data.toString()))
                .as(stderr()).isEqualTo(Cli.OK);
        assertThat(target.resolve("令和4年度_さくら市").resolve("令和4年度_さくら市_ケース概要.xlsx")).exists();
    }

    @Test
    void wrongArgumentsExitWithTwoAndTheUsage() {
        assertThat(run("export")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--case か --all-cases を指定してください").contains("使い方: banso export");
        assertThat(run("export", "--case", "さくら市", "--out")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--out の値がありません");
        assertThat(run("export", "--case", "さくら市", "--out", "x", "--colour", "red")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("知らないオプションです: --colour");
        assertThat(run("export", "--case", "さくら市", "--out", "x", "--forms", "議事録")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("様式「議事録」はありません").contains("meeting-record（支援記録票）");
        assertThat(run("export", "--case", "さくら市", "--out", "x", "--year", "来年")).isEqualTo(Cli.USAGE);
        assertThat(run("export", "--help")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("終了コード");
    }

    @Test
    void exportsThePortfolioOfAPrefecture() throws Exception {
        Path target = dir.resolve("portfolio");
        assertThat(run("export", "--portfolio", "--prefecture", "栃木県", "--out", target.toString(), "--data-dir", data.toString()))
                .as(stderr()).isEqualTo(Cli.OK);
        Path file = Path.of(stdout().strip());
        assertThat(file.getParent()).isEqualTo(target.toAbsolutePath());
        assertThat(file.getFileName().toString()).matches("令和\\d+年度_栃木県_市町村一覧\\.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(wb.getSheetName(0)).isEqualTo("市町村一覧");
            assertThat(wb.getSheet("データ").getLastRowNum()).isEqualTo(25);
            assertThat(wb.getSheet("グラフ").getDrawingPatriarch().getCharts()).hasSize(3);
        }
    }

    @Test
    void aPortfolioNeedsAPrefectureWrittenInFull() {
        assertThat(run("export", "--portfolio", "--out", "x", "--data-dir", data.toString())).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--prefecture で都道府県を指定してください").contains("使い方: banso export");
        assertThat(run("export", "--portfolio", "--prefecture", "栃木", "--out", "x", "--data-dir", data.toString())).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("都道府県「栃木」はありません").contains("「栃木県」 のことですか？").contains("都・道・府・県まで書いてください");
        assertThat(run("export", "--portfolio", "--prefecture", "栃木県", "--data-dir", data.toString())).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--out");
        assertThat(run("export", "--help")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("--portfolio").contains("--prefecture");
    }

    @Test
    void aCaseOrMeetingThatIsNotThereOrAStoreThatCannotOpenExitWithOne() throws Exception {
        Path target = dir.resolve("none");
        assertThat(run("export", "--case", "横浜市", "--out", target.toString(), "--data-dir", data.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("ケース「横浜市」が見つかりません");
        assertThat(run("export", "--case", "さくら市", "--meeting", "第9回現地支援", "--out", target.toString(), "--data-dir", data.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("会議「第9回現地支援」が見つかりません").contains("第1回現地支援");
        Path notAFolder = dir.resolve("file.txt");
        Files.writeString(notAFolder, "x");
        assertThat(run("export", "--case", "さくら市", "--out", target.toString(), "--data-dir", notAFolder.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).startsWith("エラー: データフォルダ");
        assertThat(target).doesNotExist();
    }

    /**
     * Issue 13 items 3 and 6: two cases with the same municipality and 年度 (and a third in another prefecture) no
     * longer write over each other's hand-outs; a lone surrogate in a municipality name no longer stops the run with a
     * stack trace; a case that fails does not stop the others, and is reported at the end with exit code 1.
     */
    @Test
    void allCasesGetTheirOwnFoldersAndAFailingCaseDoesNotStopTheOthers() throws Exception {
        Path store = dir.resolve("same-names");
        java.util.UUID first;
        java.util.UUID second;
        java.util.UUID broken;
        try (Store s = Store.open(store)) {
            first = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(s.cases()).getId();
            second = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(s.cases()).getId();
            new NewCase("奈良県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(s.cases());
            broken = new NewCase("北海道", "こわれ市", 2026, "老健局主導型", StartKind.ENTRY).create(s.cases()).getId();
            // a name imported before names were checked: a lone surrogate and a NUL
            s.jdbi().useHandle(h -> h.createUpdate("update municipality set name = :n where name = 'こわれ市'").bind("n", "さくら\ud800市\u0000").execute());
        }
        Path target = dir.resolve("same-names-out");
        String console = capturingConsole(() -> assertThat(run("export", "--all-cases", "--forms", "case-summary", "--out", target.toString(),
                "--data-dir", store.toString())).as(stderr()).isEqualTo(Cli.OK));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(target)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(4);
        assertThat(files.stream().map(p -> target.relativize(p).toString())).containsExactlyInAnyOrder(
                "令和8年度_栃木県さくら市_" + first.toString().substring(0, 8) + "/令和8年度_栃木県さくら市_" + first.toString().substring(0, 8) + "_ケース概要.xlsx",
                "令和8年度_栃木県さくら市_" + second.toString().substring(0, 8) + "/令和8年度_栃木県さくら市_" + second.toString().substring(0, 8) + "_ケース概要.xlsx",
                "令和8年度_奈良県さくら市/令和8年度_奈良県さくら市_ケース概要.xlsx",
                "令和8年度_さくら＿市＿/令和8年度_さくら＿市＿_ケース概要.xlsx");
        assertThat(stdout().lines().map(Path::of).toList()).as("every file written is listed").containsExactlyInAnyOrderElementsOf(files);
        assertThat(stderr()).contains("4 件のファイルを出力しました");
        assertThat(stderr() + console).doesNotContain("\tat ").doesNotContain("Exception");

        // a case whose folder cannot be made fails alone; the others are written; the end says which failed
        Path again = dir.resolve("same-names-again");
        Files.createDirectories(again);
        Files.writeString(again.resolve("令和8年度_奈良県さくら市"), "a file where the folder should be");
        console = capturingConsole(() -> assertThat(run("export", "--all-cases", "--forms", "case-summary", "--out", again.toString(),
                "--data-dir", store.toString())).isEqualTo(Cli.FAILED));
        assertThat(stdout().lines()).hasSize(3);
        assertThat(stderr()).contains("3 件のファイルを出力しました").contains("出力できなかったケース（1 件）").contains("さくら市（奈良県）")
                .contains("出力先がフォルダではありません");
        assertThat(stderr() + console).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(broken).isNotNull();
    }

    /** Issue 13 item 9: a DOCTYPE in a template's [Content_Types].xml is refused in Japanese, without a stack trace. */
    @Test
    void aTemplateWithADoctypeIsRefusedWithoutAStackTrace() throws Exception {
        Path store = dir.resolve("doctype");
        try (Store s = Store.open(store)) {
            new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(s.cases());
        }
        Path template = store.resolve("templates").resolve("reports").resolve("case-summary.xlsx");
        Files.createDirectories(template.getParent());
        try (java.io.InputStream in = getClass().getResourceAsStream("/jp/banso/report/templates/case-summary.xlsx");
             java.util.zip.ZipInputStream zin = new java.util.zip.ZipInputStream(in);
             java.util.zip.ZipOutputStream zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(template))) {
            for (java.util.zip.ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] content = zin.readAllBytes();
                if (e.getName().equals("[Content_Types].xml")) {
                    content = new String(content, StandardCharsets.UTF_8).replaceFirst("\\?>", "?><!DOCTYPE Types [<!ENTITY x \"y\">]>")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(content);
            }
        }
        Path target = dir.resolve("doctype-out");
        String console = capturingConsole(() -> assertThat(run("export", "--case", "さくら市", "--forms", "case-summary", "--out", target.toString(),
                "--data-dir", store.toString())).isEqualTo(Cli.FAILED));
        assertThat(stderr()).contains("Excel ファイル（.xlsx）として読めません").contains("DOCTYPE").contains("保存し直した");
        assertThat(stderr() + console).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("org.");
        assertThat(target.resolve("令和8年度_さくら市_ケース概要.xlsx")).doesNotExist();
    }

    /** What the libraries print to the process's own stderr (a stack trace) while {@code action} runs. */
    private static String capturingConsole(Runnable action) {
        java.io.PrintStream before = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
        java.util.logging.Handler handler = new java.util.logging.StreamHandler(console, new java.util.logging.SimpleFormatter());
        java.util.logging.Logger.getLogger("").addHandler(handler);
        try {
            action.run();
        } finally {
            handler.flush();
            java.util.logging.Logger.getLogger("").removeHandler(handler);
            System.setErr(before);
        }
        return console.toString(StandardCharsets.UTF_8);
    }
}
