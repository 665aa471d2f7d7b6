package jp.banso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import jp.banso.cases.DemoCase;
import jp.banso.cases.NewCase;
import jp.banso.domain.Meeting;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code banso export-bundle} and {@code banso import}, in-process as the launcher calls them. */
class BundleCliTest {
    @TempDir
    static Path dir;
    static Path data;
    static SupportCase demo;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void demo() {
        data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            demo = DemoCase.create(store);
            new NewCase("群馬県", "館林市", 2023, "都道府県主導型", StartKind.INVITATION).create(store.cases());
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
    void commandsAreKnownToTheLauncher() {
        assertThat(Cli.isCommand(new String[] {"export-bundle"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"import", "x.banso"})).isTrue();
        assertThat(Cli.isCommand(new String[] {"/home/a/さくら市.banso"})).isFalse(); // a file association opens the window
        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("export-bundle", "import", "使い方: banso export");
    }

    @Test
    void exportOneCaseThenDryRunImportAndImportIntoAnotherFolder() throws Exception {
        Path file = dir.resolve("out").resolve("さくら市"); // no extension: .banso is added
        assertThat(run("export-bundle", "--case", "さくら市", "--out", file.toString(), "--data-dir", data.toString())).as(stderr()).isEqualTo(Cli.OK);
        Path written = dir.resolve("out").resolve("さくら市.banso");
        assertThat(stdout().strip()).isEqualTo(written.toString());
        assertThat(stderr()).contains("1 件のケースを書き出しました");
        assertThat(Files.readString(written)).contains("\"format\": \"banso-case-bundle\"");

        Path other = dir.resolve("other");
        assertThat(run("import", written.toString(), "--data-dir", other.toString(), "--dry-run")).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("ケース 1 件（さくら市（栃木県） 令和4年度）", "種類", "新規", "付箋", "合計");
        assertThat(stderr()).contains("何も変更していません");
        try (Store s = Store.open(other)) {
            assertThat(s.cases().count()).isZero();
        }
        assertThat(run("import", written.toString(), "--data-dir", other.toString())).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("追加 ").contains("付箋 追加");
        try (Store s = Store.open(other)) {
            assertThat(s.cases().summaries()).extracting(c -> c.municipality()).containsExactly("さくら市");
        }
        // again: nothing new, nothing changed
        assertThat(run("import", "--data-dir=" + other, written.toString())).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).startsWith("追加 0 件、ファイルの内容で更新 0 件、削除 0 件、自分の内容を残した 0 件");
    }

    @Test
    void importPrintsTheDeletionsTheFileCarries() throws Exception {
        Path a = dir.resolve("deleting-a");
        Path b = dir.resolve("deleting-b");
        Path before = dir.resolve("before-deleting.banso");
        Path after = dir.resolve("after-deleting.banso");
        UUID task;
        try (Store s = Store.open(a)) {
            DemoCase.create(s);
        }
        assertThat(run("export-bundle", "--all-cases", "--out", before.toString(), "--data-dir", a.toString())).as(stderr()).isEqualTo(Cli.OK);
        assertThat(run("import", before.toString(), "--data-dir", b.toString())).as(stderr()).isEqualTo(Cli.OK);
        try (Store s = Store.open(a)) {
            SupportCase c = s.cases().listAll().get(0);
            task = s.meetings().openActionItems(c.getId()).get(0).getId();
            s.meetings().deleteActionItem(task);
        }
        assertThat(run("export-bundle", "--all-cases", "--out", after.toString(), "--data-dir", a.toString())).as(stderr()).isEqualTo(Cli.OK);
        assertThat(run("import", after.toString(), "--data-dir", b.toString(), "--dry-run")).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("削除", "ファイルの削除の記録 1 件：このBansoで削除 1 件");
        assertThat(run("import", after.toString(), "--data-dir", b.toString())).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stdout()).startsWith("追加 0 件、ファイルの内容で更新 0 件、削除 1 件").contains("宿題 削除1");
        try (Store s = Store.open(b)) {
            UUID gone = task;
            int left = s.jdbi().withHandle(h -> h.createQuery("select count(*) from action_item where id = :id").bind("id", gone)
                    .mapTo(Integer.class).one());
            assertThat(left).isZero();
        }
    }

    @Test
    void conflictsAreListedAndPreferDecides() throws Exception {
        Path file = dir.resolve("all.banso");
        assertThat(run("export-bundle", "--all-cases", "--out", file.toString(), "--data-dir", data.toString())).as(stderr()).isEqualTo(Cli.OK);
        assertThat(stderr()).contains("2 件のケースを書き出しました");
        Path mine = dir.resolve("mine");
        assertThat(run("import", file.toString(), "--data-dir", mine.toString())).isEqualTo(Cli.OK);
        Meeting first;
        try (Store s = Store.open(mine)) {
            first = s.meetings().list(demo.getId()).get(0);
            first.setSummary("このパソコンで書いたまとめ");
            s.meetings().save(first);
        }
        assertThat(run("import", file.toString(), "--data-dir", mine.toString(), "--dry-run")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("このBansoと内容が違うもの 1 件", "会議「オリエンテーション」", "まとめ：このパソコンで書いたまとめ",
                "まとめ：（なし）", "このBansoの内容を残します");
        assertThat(run("import", file.toString(), "--data-dir", mine.toString(), "--prefer", "theirs", "--dry-run")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("ファイルの内容にします");
        assertThat(run("import", file.toString(), "--data-dir", mine.toString(), "--prefer", "mine")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("自分の内容を残した 1 件");
        try (Store s = Store.open(mine)) {
            assertThat(s.meetings().find(first.getId()).orElseThrow().getSummary()).isEqualTo("このパソコンで書いたまとめ");
        }
        assertThat(run("import", file.toString(), "--data-dir", mine.toString(), "--prefer", "theirs")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("ファイルの内容で更新 1 件");
        try (Store s = Store.open(mine)) {
            assertThat(s.meetings().find(first.getId()).orElseThrow().getSummary()).isNull();
        }
    }

    @Test
    void aFileThatMovesAMeetingToAnotherCaseIsRefusedWithBothCasesNamed() throws Exception {
        Path file = dir.resolve("moved.banso");
        assertThat(run("export-bundle", "--all-cases", "--out", file.toString(), "--data-dir", data.toString())).as(stderr()).isEqualTo(Cli.OK);
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(file.toFile());
        ObjectNode sakura = null;
        ObjectNode tatebayashi = null;
        for (JsonNode c : root.get("cases")) {
            if (c.get("case").get("id").asText().equals(demo.getId().toString())) {
                sakura = (ObjectNode) c;
            } else {
                tatebayashi = (ObjectNode) c;
            }
        }
        // the demo's first meeting (no parts, participants, action items or boards) now in the other case, stamped newer
        ObjectNode meeting = (ObjectNode) ((ArrayNode) sakura.get("meetings")).remove(0);
        meeting.put("caseId", tatebayashi.get("case").get("id").asText());
        meeting.put("updatedAt", java.time.Instant.now().toString());
        ((ArrayNode) tatebayashi.get("meetings")).add(meeting);
        Files.writeString(file, json.writeValueAsString(root), StandardCharsets.UTF_8);

        assertThat(run("import", file.toString(), "--data-dir", data.toString(), "--dry-run")).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("エラー: このファイルの会議「オリエンテーション」は、このBansoではケース「さくら市（栃木県） 令和4年度」にあります。",
                "ファイルではケース「館林市（群馬県） 令和5年度」に入っています。", "取り込みを中止しました（何も変更していません）");
        assertThat(run("import", file.toString(), "--data-dir", data.toString(), "--prefer", "theirs")).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("このBansoではケース「さくら市（栃木県） 令和4年度」にあります");
        try (Store s = Store.open(data)) {
            assertThat(s.meetings().find(UUID.fromString(meeting.get("id").asText())).orElseThrow().getCaseId()).isEqualTo(demo.getId());
        }
    }

    @Test
    void wrongArgumentsExitWithTwoAndFailuresWithOne() throws Exception {
        assertThat(run("export-bundle", "--out", "x.banso")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--case か --all-cases を指定してください", "使い方: banso export-bundle");
        assertThat(run("export-bundle", "--all-cases")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--out");
        assertThat(run("import")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("取り込むファイルを指定してください", "使い方: banso import");
        assertThat(run("import", "a.banso", "--prefer", "latest")).isEqualTo(Cli.USAGE);
        assertThat(stderr()).contains("--prefer は newer、mine、theirs のどれかです");
        assertThat(run("import", "a.banso", "--all-cases")).isEqualTo(Cli.USAGE);
        assertThat(run("import", "--help")).isEqualTo(Cli.OK);
        assertThat(stdout()).contains("--dry-run", "終了コード");

        assertThat(run("export-bundle", "--case", "横浜市", "--out", dir.resolve("y.banso").toString(), "--data-dir", data.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("ケース「横浜市」が見つかりません");
        assertThat(dir.resolve("y.banso")).doesNotExist();
        Path broken = dir.resolve("broken.banso");
        Files.writeString(broken, "{\"format\": \"banso-case-bundle\", \"formatVersion\": 1, \"cases\": [");
        assertThat(run("import", broken.toString(), "--data-dir", data.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).startsWith("エラー: ファイルが途中で切れています");
        Path newer = dir.resolve("newer.banso");
        Files.writeString(newer, "{\"format\": \"banso-case-bundle\", \"formatVersion\": 3}");
        assertThat(run("import", newer.toString(), "--data-dir", data.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("新しいバージョンのBansoで作成されたファイルです");
        assertThat(run("import", dir.resolve("none.banso").toString(), "--data-dir", data.toString())).isEqualTo(Cli.FAILED);
        assertThat(stderr()).contains("ファイルが見つかりません");
        try (Store s = Store.open(data)) {
            assertThat(s.cases().count()).isEqualTo(2);
        }
        assertThat(List.of(stderr().split("\n"))).noneMatch(l -> l.contains("Flyway"));
    }
}
