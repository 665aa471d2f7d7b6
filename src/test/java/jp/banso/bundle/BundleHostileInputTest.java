package jp.banso.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.cases.DemoCase;
import jp.banso.cases.NewCase;
import jp.banso.domain.Note;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken, hostile and odd bundles: each is refused with a Japanese message that says what and where (or, for
 * control characters, cleaned and reported), and the store is unchanged, compared table by table, histories included.
 */
class BundleHostileInputTest {
    @TempDir
    static Path dir;
    static Store target;
    static String good;
    static UUID demoCase;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Map<String, List<String>> before;

    @BeforeAll
    static void bundles() throws Exception {
        Path file = dir.resolve("good.banso");
        try (Store source = Store.open(dir.resolve("source"))) {
            demoCase = DemoCase.create(source).getId();
            BundleExport.export(source, List.of(demoCase), file, s -> { });
        }
        good = Files.readString(file, StandardCharsets.UTF_8);
        target = Store.open(dir.resolve("target"));
        new NewCase("山梨県", "富士川町", 2023, "都道府県主導型", StartKind.INVITATION).create(target.cases());
    }

    @AfterAll
    static void close() {
        target.close();
    }

    @BeforeEach
    void dump() {
        before = DbDump.all(target);
    }

    /** The whole import, as the dialog and the command line run it; returns the message it was refused with. */
    private String refused(Path file) {
        return RefusedImport.message(target, file, before);
    }

    private static Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static ObjectNode tree() throws IOException {
        return (ObjectNode) JSON.readTree(good);
    }

    private static ObjectNode firstCase(ObjectNode root) {
        return (ObjectNode) root.get("cases").get(0);
    }

    @Test
    void truncatedFile() throws Exception {
        assertThat(refused(file("truncated.banso", good.substring(0, good.length() / 2)))).contains("途中で切れています");
        assertThat(refused(file("cut-at-the-end.banso", good.substring(0, good.length() - 2)))).contains("途中で切れています");
        assertThat(refused(file("empty.banso", ""))).contains("ファイルが空です");
    }

    @Test
    void wrongTypes() throws Exception {
        String word = good.replace("\"population\": 43878", "\"population\": \"たくさん\"");
        assertThat(word).isNotEqualTo(good);
        assertThat(refused(file("word-for-number.banso", word))).contains("整数", "基本情報（基準日ごと） 1件目 › 人口（population）", "行目");
        // no guessing: a number written as text is refused too, and so is a number where text belongs
        assertThat(refused(file("quoted-number.banso", good.replaceFirst("\"votes\": 4,", "\"votes\": \"4\",")))).contains("整数", "付箋");
        assertThat(refused(file("number-for-text.banso", good.replace("\"name\": \"さくら市\"", "\"name\": 42")))).contains("文字列");
        assertThat(refused(file("bad-enum.banso", good.replaceFirst("\"kind\": \"VISIT\"", "\"kind\": \"PARTY\""))))
                .contains("次のどれか", "VISIT", "会議");
        assertThat(refused(file("bad-date.banso", good.replace("\"asOf\": \"2022-05-01\"", "\"asOf\": \"令和4年5月1日\""))))
                .contains("日付");
        assertThat(refused(file("number-for-list.banso", good.replaceFirst("\"fiscalYears\": \\[\\s*2022\\s*\\]", "\"fiscalYears\": 2022"))))
                .contains("配列", "ケース 1件目 › 年度（fiscalYears）");
        ObjectNode root = tree();
        ((ObjectNode) firstCase(root).get("case")).put("colour", "#FFFFFF");
        assertThat(refused(file("unknown-field.banso", root.toString()))).contains("知らない項目「colour」");
    }

    @Test
    void everyWrongValueIsReportedAtOnce() throws Exception {
        String three = good.replace("\"population\": 43878", "\"population\": \"たくさん\"")
                .replaceFirst("\"votes\": 4,", "\"votes\": \"4\",")
                .replaceFirst("\"kind\": \"VISIT\"", "\"kind\": \"PARTY\"");
        String four = three.replaceFirst("\"case\": \\{", "\"case\": {\"colour\": \"#FFFFFF\", ");
        assertThat(four).isNotEqualTo(three);
        String m = refused(file("four-wrong-values.banso", four));
        assertThat(m).startsWith("ファイルの内容に問題があるため取り込めません（何も変更していません）：");
        assertThat(m.lines().filter(l -> l.startsWith("・"))).hasSize(4);
        assertThat(m).contains("基本情報（基準日ごと） 1件目 › 人口（population）", "行目", "付箋", "次のどれか", "会議", "知らない項目「colour」");
    }

    @Test
    void aFileWithoutItsExportTimeSaysSo() throws Exception {
        ObjectNode root = tree();
        root.remove("exportedAt");
        CaseBundle b = BundleImport.read(target, file("no-exported-at.banso", root.toString()));
        assertThat(PlanText.header(b)).startsWith("Banso ").contains("で書き出し（書き出した日時の記録なし）、ケース 1 件").doesNotContain("—");
        root.remove("appVersion");
        b = BundleImport.read(target, file("no-app-version.banso", root.toString()));
        assertThat(PlanText.header(b)).startsWith("書き出し（書き出した日時の記録なし）、ケース 1 件");
    }

    @Test
    void notABundleAtAll() throws Exception {
        assertThat(refused(file("array.banso", "[1, 2, 3]"))).contains("Bansoのケースファイルではありません");
        assertThat(refused(file("other.banso", "{\"format\": \"something-else\", \"formatVersion\": 1}"))).contains("Bansoのケースファイルではありません");
        assertThat(refused(file("no-version.banso", "{\"format\": \"banso-case-bundle\"}"))).contains("formatVersion");
        Path sjis = dir.resolve("sjis.banso");
        Files.write(sjis, good.getBytes(Charset.forName("Shift_JIS")));
        assertThat(refused(sjis)).contains("UTF-8");
        assertThat(refused(file("dup-key.banso", good.replaceFirst("\"formatVersion\": 2,", "\"formatVersion\": 2, \"formatVersion\": 2,"))))
                .contains("二度");
        assertThat(refused(file("nested.banso", "{\"format\": \"banso-case-bundle\", \"formatVersion\": 1, \"x\": " + "[".repeat(200) + "]".repeat(200) + "}")))
                .contains("入れ子が深すぎます");
    }

    @Test
    void aFileFromANewerBanso() throws Exception {
        ObjectNode root = tree();
        root.put("formatVersion", BundleFormat.VERSION + 1);
        root.put("appVersion", "3.0.0");
        root.putObject("projects").put("anything", "new"); // whatever a newer layout holds: the version speaks first
        assertThat(refused(file("newer.banso", root.toString()))).contains("新しいバージョンのBansoで作成されたファイルです", "Banso 3.0.0", "更新");
        String versionLast = "{\"format\": \"banso-case-bundle\", \"cases\": {\"totally\": \"different\"}, \"formatVersion\": 7}";
        assertThat(refused(file("newer-last.banso", versionLast))).contains("新しいバージョンのBanso");
    }

    @Test
    void aHugeFileIsRefusedBeforeReadingAndAGiantStringWhileReading() throws Exception {
        Path huge = dir.resolve("huge.banso");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(BundleFormat.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        assertThat(refused(huge)).contains("ファイルが大きすぎます（200.0 MB）", "200 MB まで");
        Files.delete(huge);

        // 50 MB made of one string: refused once the string passes the limit, without holding 50 MB of text
        Path giant = dir.resolve("giant.banso");
        try (OutputStream out = Files.newOutputStream(giant)) {
            out.write("{\"format\": \"banso-case-bundle\", \"formatVersion\": 1, \"cases\": [{\"case\": {\"note\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] block = "あいうえおかきくけこ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
            out.write("\"}}]}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Files.size(giant)).isGreaterThan(50L * 1024 * 1024);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        String message = refused(giant);
        assertThat(message).contains("長すぎる文字列があります", "100,000");
        assertThat(rt.totalMemory() - rt.freeMemory() - used).as("memory").isLessThan(200L * 1024 * 1024);
        Files.delete(giant);
    }

    @Test
    void duplicateUuids() throws Exception {
        ObjectNode root = tree();
        ArrayNode notes = (ArrayNode) firstCase(root).get("notes");
        ObjectNode copy = notes.get(0).deepCopy();
        copy.put("text", "同じ id の別の付箋");
        notes.add(copy);
        assertThat(refused(file("dup-note.banso", root.toString()))).contains("付箋の id が重複しています（1 件、例 " + copy.get("id").asText());
        ObjectNode twice = tree();
        ((ArrayNode) twice.get("cases")).add(firstCase(twice).deepCopy());
        assertThat(refused(file("dup-case.banso", twice.toString()))).contains("ケースの id が重複しています", "会議の id が重複しています（");
    }

    @Test
    void idsThatPointToNothingAndMissingParents() throws Exception {
        ObjectNode root = tree();
        ((ObjectNode) firstCase(root).get("meetingParts").get(0)).put("meetingId", UUID.randomUUID().toString());
        ((ObjectNode) firstCase(root).get("notes").get(0)).put("laneId", UUID.randomUUID().toString());
        ((ArrayNode) root.get("municipalities")).removeAll();
        String m = refused(file("dangling.banso", root.toString()));
        assertThat(m).contains("何も変更していません", "ケース「（市町村なし） 令和4年度」の会議の時間割", "がこのケースにありません", "レーン", "市町村", "がファイルの中にありません");

        ObjectNode moved = tree();
        ((ObjectNode) firstCase(moved).get("meetings").get(0)).put("caseId", UUID.randomUUID().toString());
        assertThat(refused(file("other-case.banso", moved.toString()))).contains("入っているケースと違います");

        ObjectNode noId = tree();
        ((ObjectNode) firstCase(noId).get("team").get(0)).remove("id");
        ((ObjectNode) firstCase(noId).get("team").get(1)).putNull("updatedAt");
        assertThat(refused(file("no-id.banso", noId.toString()))).contains("支援チーム", "id がありません");
    }

    @Test
    void textOverTheAppsLimits() throws Exception {
        ObjectNode root = tree();
        ((ObjectNode) firstCase(root).get("notes").get(0)).put("text", "長".repeat(2001));
        ((ObjectNode) firstCase(root).get("case")).put("programme", "型".repeat(201));
        ((ObjectNode) firstCase(root).get("lanes").get(0)).put("colour", "red");
        ((ObjectNode) firstCase(root).get("meetings").get(0)).put("sequence", 120);
        String m = refused(file("long.banso", root.toString()));
        assertThat(m).contains("付箋「長長長", "本文（text）：付箋は2000文字までです（2001文字あります）。分けて書いてください。",
                "ケース「さくら市（栃木県） 令和4年度」（id", "プログラム（programme）：200文字以内", "#RRGGBB", "回数は1〜99");
    }

    @Test
    void controlCharactersAreTakenOutAndCounted() throws Exception {
        ObjectNode root = tree();
        ObjectNode note = (ObjectNode) firstCase(root).get("notes").get(0);
        note.put("text", "NUL\u0000ベル\u0007エスケープ\u001b[31m と DEL\u007f\tタブ\n改行\r\n残る");
        ((ObjectNode) firstCase(root).get("case")).put("note", "\u0001メモ");
        Path f = file("controls.banso", root.toString());
        CaseBundle bundle = BundleImport.read(target, f);
        ImportPlan plan = BundleImport.plan(target, bundle, ImportPlan.Prefer.NEWER);
        assertThat(plan.notes()).anyMatch(n -> n.contains("制御文字を 5 個取り除きました") && n.contains("付箋 1件") && n.contains("ケース 1件"));
        BundleImport.Result r = BundleImport.apply(target, plan, s -> { });
        assertThat(r.summary()).contains("制御文字を 5 個取り除きました");
        UUID boardId = UUID.fromString(note.get("boardId").asText());
        assertThat(target.boards().notes(boardId)).filteredOn(n -> n.getId().toString().equals(note.get("id").asText()))
                .extracting(Note::getText).containsExactly("NULベルエスケープ[31m と DEL\tタブ\n改行\r\n残る");
        assertThat(target.cases().find(demoCase).map(SupportCase::getNote)).contains("メモ");
        // undo the import for the other tests: a fresh target would cost a demo case
        target.jdbi().useHandle(h -> h.execute("delete from support_case where id = ?", demoCase));
        target.jdbi().useHandle(h -> h.execute("delete from municipality where name = 'さくら市'"));
        assertThat(DbDump.all(target)).isEqualTo(before);
    }

    @Test
    void aFailureWhileWritingLeavesNothingWritten() throws Exception {
        CaseBundle bundle = BundleImport.read(target, file("ok.banso", good));
        ImportPlan plan = BundleImport.plan(target, bundle, ImportPlan.Prefer.NEWER);
        assertThatThrownBy(() -> BundleImport.apply(target, plan, step -> {
            if (step.startsWith("付箋を")) {
                throw new IllegalStateException("something broke (simulated)");
            }
        })).isInstanceOf(BundleException.class).hasMessageContaining("何も変更していません")
                .hasMessageContaining("予期しない問題").hasMessageNotContaining("simulated"); // the library's text goes to the log
        assertThat(DbDump.all(target)).isEqualTo(before);
        assertThatThrownBy(() -> BundleImport.apply(target, plan, step -> {
            if (step.startsWith("付箋を")) {
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            }
        })).isInstanceOf(BundleException.class).hasMessageContaining("何も変更していません")
                .hasMessageContaining("ディスクの空きがあるか").hasMessageNotContaining("No space");
        assertThat(DbDump.all(target)).isEqualTo(before);
    }

    @Test
    void exportNamesStayInTheChosenFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports"));
        for (String name : List.of("../../etc/passwd", "..\\..\\Windows\\system32", "..", "CON", "a:b*c?d\"e<f>g|h", "改行\nと\u0000NUL", " . ")) {
            String file = BundleFiles.defaultName(List.of(name), false, LocalDate.of(2026, 11, 25));
            Path p = BundleFiles.inFolder(folder, file);
            assertThat(p.getParent()).as(name).isEqualTo(folder.toAbsolutePath().normalize());
            assertThat(file).as(name).endsWith("_2026-11-25.banso").startsWith("ケース_").doesNotContain("/", "\\", ":", "*", "?", "\"", "<", ">", "|", "\n");
        }
        assertThat(BundleFiles.defaultName(List.of("さくら市"), false, LocalDate.of(2026, 11, 25))).isEqualTo("ケース_さくら市_2026-11-25.banso");
        assertThat(BundleFiles.defaultName(List.of("さくら市", "館林市", "館林市"), false, LocalDate.of(2026, 11, 25))).isEqualTo("ケース_さくら市ほか1件_2026-11-25.banso");
        assertThat(BundleFiles.defaultName(List.of(), true, LocalDate.of(2026, 11, 25))).isEqualTo("全ケース_2026-11-25.banso");
        assertThatThrownBy(() -> BundleFiles.inFolder(folder, "../x.banso")).isInstanceOf(BundleException.class);

        // a real export of a case named like a path lands in the folder
        try (Store s = Store.open(dir.resolve("pathy"))) {
            SupportCase c = new NewCase("東京都", "../../外", 2024, null, StartKind.ENTRY).create(s.cases());
            Path written = BundleExport.export(s, List.of(c.getId()),
                    BundleFiles.inFolder(folder, BundleFiles.defaultName(List.of("../../外"), false, LocalDate.of(2026, 11, 25))), x -> { }).file();
            assertThat(written.getParent()).isEqualTo(folder.toAbsolutePath().normalize());
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly(written.getFileName().toString());
            }
        }
    }
}
