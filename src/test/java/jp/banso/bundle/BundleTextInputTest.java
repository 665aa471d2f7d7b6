package jp.banso.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.cases.DemoCase;
import jp.banso.cases.NewCase;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, items 6 (text), 9 (the file's JSON messages) and 11: crafted case files that were read as if nothing was
 * wrong (or refused in the library's English) are refused in Japanese, naming the record and field, and change nothing.
 */
class BundleTextInputTest {
    @TempDir
    static Path dir;
    static Store target;
    /** A bundle of two cases: the demo case and a plain one. */
    static String good;
    static UUID demoCase;
    static UUID otherCase;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** JapaneseDates.OUT_OF_RANGE, written out so that this test also runs (and fails) on the code before the fix. */
    private static final String RANGE = "1989年〜2100年の範囲で入力してください";

    private Map<String, List<String>> before;

    @BeforeAll
    static void bundles() throws Exception {
        Path file = dir.resolve("good.banso");
        try (Store source = Store.open(dir.resolve("source"))) {
            demoCase = DemoCase.create(source).getId();
            otherCase = new NewCase("静岡県", "富士宮市", 2024, "都道府県主導型", StartKind.INVITATION).create(source.cases()).getId();
            BundleExport.export(source, List.of(demoCase, otherCase), file, s -> { });
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

    private String refused(Path file) {
        return refused(target, file);
    }

    /** The whole import, as the dialog and the command line run it; returns the message it was refused with. */
    private String refused(Store store, Path file) {
        String message = RefusedImport.message(store, file, store == target ? before : DbDump.all(store));
        // no library English reaches the user: only the file's own names (fields, ids, the path) are not Japanese
        assertThat(message).doesNotContain("enable", "JsonReadFeature", "Numeric value", "out of range", "Unexpected", "token",
                "Cannot", "deserialize", "Exception", "expected");
        return message;
    }

    private static Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static Path file(String name, ObjectNode root) throws IOException {
        return file(name, root.toString());
    }

    private static ObjectNode tree() throws IOException {
        return (ObjectNode) JSON.readTree(good);
    }

    private static ObjectNode caseEntry(ObjectNode root, int i) {
        return (ObjectNode) root.get("cases").get(i);
    }

    private static ObjectNode first(ObjectNode root, String list) {
        ArrayNode a = (ArrayNode) caseEntry(root, 0).get(list);
        assertThat(a).as(list).isNotEmpty();
        return (ObjectNode) a.get(0);
    }

    private static ObjectNode sakura(ObjectNode root) {
        for (var m : root.get("municipalities")) {
            if (m.get("name").asText().equals("さくら市")) {
                return (ObjectNode) m;
            }
        }
        throw new AssertionError("no さくら市 in the demo bundle");
    }

    // --- item 6: lone surrogates -------------------------------------------------------------------------------

    @Test
    void aLoneSurrogateInAMunicipalityNameIsRefusedNamingTheRecordAndField() throws Exception {
        String lone = good.replace("\"name\": \"さくら市\"", "\"name\": \"さくら\\ud800市\"");
        assertThat(lone).isNotEqualTo(good);
        assertThat(refused(file("lone-surrogate.banso", lone))).contains("市町村「さくら\uFFFD市", "市町村名（name）", "対になっていないサロゲート")
                .doesNotContain("\ud800");
        // anywhere else too: a note's author, a lane's title (no entity rule of their own covers them)
        String author = good.replaceFirst("\"author\": \"([^\"]*)\"", "\"author\": \"$1\\\\udfff\"");
        assertThat(author).isNotEqualTo(good);
        assertThat(refused(file("lone-surrogate-author.banso", author))).contains("付箋", "発言者（author）", "サロゲート");
        ObjectNode root = tree();
        String laneTitle = first(root, "lanes").get("title").asText();
        String lane = good.replace("\"title\": \"" + laneTitle + "\"", "\"title\": \"" + laneTitle + "\\udc00\"");
        assertThat(refused(file("lone-surrogate-lane.banso", lane))).contains("レーン", "レーン名（title）", "サロゲート");
    }

    // --- item 11: blank names, bidi controls, control characters in one-line fields --------------------------------

    @Test
    void aNameOfZeroWidthSpacesIsEmpty() throws Exception {
        ObjectNode root = tree();
        sakura(root).put("name", "\u200b\u200b\u200b");
        assertThat(refused(file("zwsp-name.banso", root))).contains("市町村", "市町村名（name）", "入力してください");
        ObjectNode board = tree();
        first(board, "boards").put("title", "\u3000\ufeff\u2060");
        assertThat(refused(file("zwsp-board.banso", board))).contains("ボード", "ボード名（title）", "入力してください");
    }

    @Test
    void bidiControlsAreTakenOutOfNamesAndEndsTrimmed() throws Exception {
        ObjectNode root = tree();
        sakura(root).put("name", "\u202e市らくさ\u202c\u200b ");
        first(root, "team").put("name", "\u2067山田\u2069 太郎");
        CaseBundle b = BundleImport.read(target, file("bidi.banso", root));
        assertThat(b.file().municipalities).extracting(m -> m.getName()).contains("市らくさ").noneMatch(n -> n.contains("\u202e"));
        assertThat(b.file().cases.get(0).team.get(0).getName()).isEqualTo("山田 太郎");
        assertThat(DbDump.all(target)).isEqualTo(before);
    }

    @Test
    void aTabOrLineBreakInAOneLineFieldIsRefused() throws Exception {
        ObjectNode root = tree();
        sakura(root).put("name", "さくら\n市");
        first(root, "meetings").put("agenda", "1.\t開会\n2.\t議題"); // fine in a multi-line field
        assertThat(refused(file("newline-name.banso", root))).contains("市町村", "市町村名（name）", "制御文字").doesNotContain("次第");
    }

    // --- item 11: strict UTF-8 -----------------------------------------------------------------------------------

    @Test
    void anOverlongUtf8SlashIsRefused() throws Exception {
        ObjectNode root = tree();
        ((ObjectNode) caseEntry(root, 0).get("case")).put("note", "前/後");
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        byte[] slash = "前/後".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, slash);
        assertThat(at).isPositive();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at + 3);
        out.write(new byte[] {(byte) 0xC0, (byte) 0xAF}); // '/' in two bytes: no UTF-8 writer makes this
        out.write(bytes, at + 4, bytes.length - at - 4);
        Path f = dir.resolve("overlong.banso");
        Files.write(f, out.toByteArray());
        assertThat(refused(f)).contains("UTF-8", "書き出したままのファイル");

        // a surrogate written as UTF-8 (ED A0 80, CESU-8): no character either
        ByteArrayOutputStream cesu = new ByteArrayOutputStream();
        cesu.write(bytes, 0, at + 3);
        cesu.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
        cesu.write(bytes, at + 4, bytes.length - at - 4);
        Path g = dir.resolve("cesu.banso");
        Files.write(g, cesu.toByteArray());
        assertThat(refused(g)).contains("UTF-8");
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // --- item 11: UUIDs ------------------------------------------------------------------------------------------

    @Test
    void nilAndNonCanonicalUuidsAreRefused() throws Exception {
        ObjectNode nil = tree();
        first(nil, "notes").put("id", "00000000-0000-0000-0000-000000000000");
        assertThat(refused(file("nil-uuid.banso", nil))).contains("すべて 0 の UUID", "付箋 1件目 › ID（id）");
        for (String odd : List.of("1-1-1-1-1", "0-0-0-0-0", "{12345678-1234-1234-1234-123456789abc}", "AAAAAAAAAAAAAAAAAAAAAA==",
                "123456781234-1234-1234-123456789abc", "12345678-1234-1234-1234-123456789abcd", "g2345678-1234-1234-1234-123456789abc")) {
            ObjectNode root = tree();
            first(root, "meetings").put("caseId", odd);
            assertThat(refused(file("odd-uuid.banso", root))).as(odd).contains("UUID", "会議 1件目 › ケース（caseId）", odd);
        }
        ObjectNode number = tree();
        first(number, "notes").put("boardId", 12345);
        assertThat(refused(file("number-uuid.banso", number))).contains("UUID", "付箋 1件目 › ボード（boardId）");
    }

    // --- item 11: times as ISO strings only ---------------------------------------------------------------------

    @Test
    void anEpochCreatedAtIsRefused() throws Exception {
        ObjectNode number = tree();
        first(number, "notes").put("createdAt", 1700000000);
        assertThat(refused(file("epoch-number.banso", number))).contains("日時（例 2026-04-01T09:00:00Z）", "文字列", "付箋 1件目 › 作成日時（createdAt）");
        ObjectNode text = tree();
        first(text, "meetings").put("updatedAt", "1700000000");
        assertThat(refused(file("epoch-text.banso", text))).contains("「1700000000」を日時", "会議 1件目 › 更新日時（updatedAt）");
        ObjectNode date = tree();
        first(date, "meetings").put("plannedMonth", 20000);
        assertThat(refused(file("epoch-day.banso", date))).contains("日付（例 2026-04-01）", "会議 1件目 › 予定月（plannedMonth）");
        ObjectNode array = tree();
        first(array, "meetings").putArray("heldOn").add(2026).add(4).add(1);
        assertThat(refused(file("array-date.banso", array))).contains("日付", "会議 1件目 › 日付（heldOn）");
    }

    // --- item 11: one date range for every date ------------------------------------------------------------------

    @Test
    void everyDateOutsideTheOneRangeIsRefused() throws Exception {
        ObjectNode root = tree();
        first(root, "meetings").put("plannedMonth", "1899-04-01");
        first(root, "actionItems").put("due", "9999-01-01");
        first(root, "stateHistory").put("changedOn", "9999-12-31");
        ((ObjectNode) root.get("profileSnapshots").get(0)).put("asOf", "1899-01-01");
        String m = refused(file("dates.banso", root));
        assertThat(m).contains("予定月（plannedMonth）：" + RANGE, "期限（due）：" + RANGE,
                "日付（changedOn）：" + RANGE, "基準日（asOf）：" + RANGE);
        assertThat(m.lines().filter(l -> l.startsWith("・"))).hasSize(4);
    }

    // --- item 11: follow-up cycles -------------------------------------------------------------------------------

    @Test
    void anAToBFollowUpCycleInTheFileIsRefused() throws Exception {
        ObjectNode root = tree();
        ((ObjectNode) caseEntry(root, 0).get("case")).put("followsCaseId", otherCase.toString());
        ((ObjectNode) caseEntry(root, 1).get("case")).put("followsCaseId", demoCase.toString());
        assertThat(refused(file("cycle.banso", root))).contains("フォローアップ元（followsCaseId）", "循環", "さくら市", "富士宮市");
        ObjectNode chain = tree(); // one way only is a chain, and reads
        ((ObjectNode) caseEntry(chain, 0).get("case")).put("followsCaseId", otherCase.toString());
        assertThat(BundleImport.read(target, file("chain.banso", chain)).file().cases).hasSize(2);
    }

    @Test
    void aCycleThroughACaseHereIsRefused(@TempDir Path other) throws Exception {
        try (Store here = Store.open(other.resolve("data"))) {
            BundleImport.apply(here, BundleImport.plan(here, BundleImport.read(here, file("both.banso", good)), ImportPlan.Prefer.NEWER), s -> { });
            SupportCase plain = here.cases().find(otherCase).orElseThrow();
            plain.setFollowsCaseId(demoCase); // here: 富士宮市 follows さくら市
            here.cases().save(plain);
            ObjectNode root = tree(); // the file: さくら市 follows 富士宮市
            ((ObjectNode) caseEntry(root, 0).get("case")).put("followsCaseId", otherCase.toString());
            ((ArrayNode) root.get("cases")).remove(1);
            assertThat(refused(here, file("cycle-with-here.banso", root))).contains("循環", "このBansoのケースとの間で");
        }
    }

    // --- item 9: the library's English stays in the log -----------------------------------------------------------

    @Test
    void jsonErrorsAreSaidInJapanese() throws Exception {
        assertThat(refused(file("nan.banso", good.replace("\"population\": 43878", "\"population\": NaN"))))
                .contains("NaN や Infinity", "行目");
        assertThat(refused(file("infinity.banso", good.replace("\"population\": 43878", "\"population\": -Infinity"))))
                .contains("NaN や Infinity");
        assertThat(refused(file("big.banso", good.replace("\"population\": 43878", "\"population\": 99999999999"))))
                .contains("数値が大きすぎます", "整数", "population");
        assertThat(refused(file("missing-comma.banso", good.replaceFirst("\"formatVersion\": 2,", "\"formatVersion\": 2"))))
                .contains("JSON の書き方に誤りがあります", "行目", "書き出し直した");
        assertThat(refused(file("bare-word.banso", good.replace("\"population\": 43878", "\"population\": many"))))
                .contains("読めない語", "行目");
        assertThat(refused(file("leading-zero.banso", good.replace("\"population\": 43878", "\"population\": 043878"))))
                .contains("数値の書き方", "行目");
    }
}
