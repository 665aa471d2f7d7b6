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
}
