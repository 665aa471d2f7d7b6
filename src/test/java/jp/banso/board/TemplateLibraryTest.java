package jp.banso.board;

import jp.banso.domain.LaneRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateLibraryTest {

    @TempDir
    Path dir;

    private static final String GOOD_LANES = """
            [{"title": "ありたい姿", "role": "VISION", "colour": "#BBDEFB"}]""";

    private void write(String file, String json) throws IOException {
        Files.writeString(dir.resolve(file), json, StandardCharsets.UTF_8);
    }

    private static String template(String id, String name, String lanes) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"lanes\": " + lanes + "}";
    }

    private static List<String> titles(BoardTemplate t) {
        return t.lanes().stream().map(LaneSpec::title).toList();
    }

    private static List<LaneRole> roles(BoardTemplate t) {
        return t.lanes().stream().map(LaneSpec::role).toList();
    }

    // --- built-in ---------------------------------------------------------------------------------------------

    @Test
    void nineBuiltInsLoadInTheirOrderWithDistinctIds() {
        TemplateLibrary library = TemplateLibrary.load(null);

        assertThat(library.all()).extracting(BoardTemplate::id).containsExactly(
                "vision-current-issue", "vision-current-problem-measure", "strengths-weaknesses",
                "current-goal-solution", "inventory", "service-flow", "fact-measure", "resource-map", "free");
        assertThat(library.all()).extracting(BoardTemplate::name).containsExactly(
                "あるべき姿 / 現状 / 課題", "ありたい姿 / 現状 / 問題 / 課題", "強み / 弱み",
                "現状 / めざす姿 / 解決方法", "現状の棚卸し", "サービスの流れ", "事実・課題 → 解決策・対策",
                "地域資源マップ", "自由キャンバス");
        assertThat(library.all()).allSatisfy(t -> assertThat(t.description()).isNotBlank());
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void defaultIsVisionCurrentIssue() {
        BoardTemplate t = TemplateLibrary.load(null).defaultTemplate();

        assertThat(t.id()).isEqualTo("vision-current-issue");
        assertThat(t.description()).isEqualTo("あるべき姿 − 現状 = 課題");
        assertThat(t.lanes()).extracting(LaneSpec::title, LaneSpec::role).containsExactly(
                tuple("あるべき姿", LaneRole.VISION), tuple("現状", LaneRole.CURRENT), tuple("課題", LaneRole.ISSUE));
    }

    @Test
    void builtInLanesFollowTheSeeds() {
        TemplateLibrary library = TemplateLibrary.load(null);

        // Seed 001: the gap between ありたい姿 and 現状 is 問題; what is done to close it is 課題.
        BoardTemplate problem = library.find("vision-current-problem-measure").orElseThrow();
        assertThat(titles(problem)).containsExactly("ありたい姿", "現状", "問題（ギャップ）", "課題（取り組むべきこと）");
        assertThat(roles(problem)).containsExactly(
                LaneRole.VISION, LaneRole.CURRENT, LaneRole.ISSUE, LaneRole.MEASURE);

        // Seed 002, さくら市 third visit.
        BoardTemplate strengths = library.find("strengths-weaknesses").orElseThrow();
        assertThat(titles(strengths)).containsExactly(
                "人的な強み", "地理的な強み", "環境的な強み", "関係者間の強み", "その他の強み", "弱み");
        assertThat(roles(strengths)).containsOnly(LaneRole.OTHER);

        BoardTemplate goal = library.find("current-goal-solution").orElseThrow();
        assertThat(titles(goal)).containsExactly("現状", "めざす姿", "解決方法");
        assertThat(roles(goal)).containsExactly(LaneRole.CURRENT, LaneRole.VISION, LaneRole.MEASURE);

        // Seed 002, how さくら市 explained itself at the first visit.
        BoardTemplate inventory = library.find("inventory").orElseThrow();
        assertThat(titles(inventory)).containsExactly(
                "取り組めていること：上手くいっている", "取り組めていること：そうではない",
                "取り組めていないこと：実施予定", "取り組めていないこと：実施したい", "取り組めていないこと：後回し");
        assertThat(roles(inventory)).containsOnly(LaneRole.CURRENT);

        // Seed 002, 通所Ｃ in six stages.
        BoardTemplate flow = library.find("service-flow").orElseThrow();
        assertThat(titles(flow)).containsExactly("入口", "導入", "実施", "経過観察", "出口", "フォローアップ");
        assertThat(roles(flow)).containsOnly(LaneRole.OTHER);

        // Seed 002, 館林市's table.
        BoardTemplate facts = library.find("fact-measure").orElseThrow();
        assertThat(facts.lanes()).extracting(LaneSpec::title, LaneSpec::role).containsExactly(
                tuple("事実・課題", LaneRole.FACT), tuple("解決策・対策", LaneRole.MEASURE));

        BoardTemplate resources = library.find("resource-map").orElseThrow();
        assertThat(titles(resources)).startsWith(
                "通いの場・サロン", "住民団体・ボランティア", "事業所・専門職", "行政・包括・社協", "移動・買い物・生活支援");
        assertThat(roles(resources)).containsOnly(LaneRole.OTHER);

        BoardTemplate free = library.find("free").orElseThrow();
        assertThat(free.lanes()).isEmpty();
        assertThat(free.isFree()).isTrue();
    }

    @Test
    void builtInColoursAreValidLightAndDistinctWithinATemplate() {
        for (BoardTemplate t : TemplateLibrary.load(null).all()) {
            List<String> colours = t.lanes().stream().map(LaneSpec::colour).toList();
            assertThat(colours).as(t.id()).allMatch(c -> c.matches("#[0-9A-F]{6}")).doesNotHaveDuplicates();
            // Black text on a projector: WCAG AAA asks 7:1; sticky-note pastels reach well over 10:1.
            assertThat(colours).as(t.id()).allSatisfy(c -> assertThat(contrastWithBlack(c)).as(c).isGreaterThan(10));
        }
    }

    private static double contrastWithBlack(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        double luminance = 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
        return (luminance + 0.05) / 0.05;
    }

    private static double linear(int channel) {
        double c = (channel & 0xFF) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void findOfAnUnknownOrNullIdIsEmpty() {
        TemplateLibrary library = TemplateLibrary.load(null);
        assertThat(library.find("nope")).isEmpty();
        assertThat(library.find(null)).isEmpty();
    }

    // --- user folder ------------------------------------------------------------------------------------------

    @Test
    void aMissingUserFolderIsFine() {
        TemplateLibrary library = TemplateLibrary.load(dir.resolve("does-not-exist"));
        assertThat(library.all()).hasSize(9);
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void aUserFileOverridesABuiltInInPlace() throws IOException {
        write("ours.json", """
                {
                  "id": "vision-current-issue",
                  "name": "めざす姿 / 現状 / 課題（栃木県版）",
                  "lanes": [
                    {"title": "めざす姿", "role": "vision", "colour": "#e3f2fd"},
                    {"title": "現状", "role": "CURRENT", "colour": "#FFF9C4"},
                    {"title": "課題", "role": "ISSUE", "colour": "#FCE4EC"},
                  ]
                }
                """);

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.problems()).isEmpty();
        assertThat(library.all()).hasSize(9);
        assertThat(library.all().get(0).name()).isEqualTo("めざす姿 / 現状 / 課題（栃木県版）");
        BoardTemplate t = library.defaultTemplate();
        assertThat(t.name()).isEqualTo("めざす姿 / 現状 / 課題（栃木県版）");
        assertThat(t.description()).isEmpty();
        assertThat(t.lanes()).extracting(LaneSpec::title, LaneSpec::role, LaneSpec::colour).containsExactly(
                tuple("めざす姿", LaneRole.VISION, "#E3F2FD"),
                tuple("現状", LaneRole.CURRENT, "#FFF9C4"),
                tuple("課題", LaneRole.ISSUE, "#FCE4EC"));
    }

    @Test
    void newUserTemplatesFollowTheBuiltInsByName() throws IOException {
        write("b.json", template("kyogitai", "協議体の振り返り", GOOD_LANES));
        write("a.json", """
                // 山梨県の研修で使う
                {"id": "kensyu", "name": "研修の気づき", "version": 2, "author": {"name": "県"},
                 "lanes": [{"title": "気づき", "color": "#FFF59D"}]}
                """);

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.problems()).isEmpty();
        assertThat(library.all()).hasSize(11);
        assertThat(library.all().subList(9, 11)).extracting(BoardTemplate::id)
                .containsExactly("kyogitai", "kensyu"); // きょうぎたい before けんしゅう
        BoardTemplate kensyu = library.find("kensyu").orElseThrow();
        // "color" is accepted for "colour", and a lane without a role is an ordinary lane.
        assertThat(kensyu.lanes()).extracting(LaneSpec::title, LaneSpec::role, LaneSpec::colour)
                .containsExactly(tuple("気づき", LaneRole.OTHER, "#FFF59D"));
    }

    @Test
    void aFileSavedWithABomByNotepadLoads() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = template("bom", "メモ帳で保存", GOOD_LANES).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);
        Files.write(dir.resolve("bom.json"), bytes);

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.problems()).isEmpty();
        assertThat(library.find("bom")).map(BoardTemplate::name).contains("メモ帳で保存");
    }

    @Test
    void filesThatAreNotTemplatesAreIgnored() throws IOException {
        write("readme.txt", "テンプレートの置き方");
        write("._mac.json", "\u0000\u0005binary");
        write("index.json", "[\"a.json\"]"); // copied along with the built-in folder
        Files.createDirectory(dir.resolve("old.json"));

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.problems()).isEmpty();
        assertThat(library.all()).hasSize(9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bad JSON            | {"id": "x", "name": "壊れた"                                                      | JSON の書き方に誤りがあります
            bad JSON in a lane  | {"id": "x", "name": "名前", "lanes": [{"title": }]}                               | JSON の書き方に誤りがあります（1行目
            empty file          | '   '                                                                            | ファイルが空です
            not an object       | ["vision-current-issue.json"]                                                  | テンプレートの形式ではありません
            lanes not a list    | {"id": "x", "name": "名前", "lanes": "あるべき姿"}                                 | 「lanes」の形式が正しくありません
            missing id          | {"name": "名前", "lanes": []}                                                    | ID がありません
            blank id            | {"id": "  ", "name": "名前", "lanes": []}                                         | ID がありません
            missing name        | {"id": "x", "lanes": []}                                                         | 名前がありません
            lane without title  | {"id": "x", "name": "名前", "lanes": [{"role": "VISION", "colour": "#FFFFFF"}]}   | 1番目のレーンのタイトルがありません
            title too long      | {"id": "x", "name": "名前", "lanes": [{"title": "LONG", "colour": "#FFFFFF"}]}    | 1番目のレーンのタイトルが長すぎます（100文字まで、現在 101文字）
            colour word         | {"id": "x", "name": "名前", "lanes": [{"title": "a", "colour": "#FFFFFF"}, {"title": "b", "colour": "red"}]} | 2番目のレーンの色「red」は #RRGGBB の形式ではありません
            colour short        | {"id": "x", "name": "名前", "lanes": [{"title": "a", "colour": "#FFF"}]}          | 1番目のレーンの色「#FFF」は #RRGGBB の形式ではありません
            colour missing      | {"id": "x", "name": "名前", "lanes": [{"title": "a"}]}                           | 1番目のレーンの色がありません
            unknown role        | {"id": "x", "name": "名前", "lanes": [{"title": "a", "role": "BOSS", "colour": "#FFFFFF"}]} | 1番目のレーンの役割「BOSS」は使えません（VISION, CURRENT, ISSUE, MEASURE, FACT, OTHER のいずれか）
            null lane           | {"id": "x", "name": "名前", "lanes": [null]}                                      | 1番目のレーンが空です
            too many lanes      | {"id": "x", "name": "名前", "lanes": MANY}                                        | レーンが多すぎます（30まで、現在 31）
            """)
    void aBrokenUserFileIsSkippedWithAJapaneseReasonAndTheOthersStillLoad(String kind, String json, String reason)
            throws IOException {
        String lane = "{\"title\": \"a\", \"colour\": \"#FFFFFF\"}";
        write("broken.json", json
                .replace("LONG", "あ".repeat(101))
                .replace("MANY", "[" + String.join(",", java.util.Collections.nCopies(31, lane)) + "]"));
        write("good.json", template("good", "よいテンプレート", GOOD_LANES));

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.problems()).singleElement().asString()
                .startsWith("テンプレート「broken.json」を読み込めません：")
                .contains(reason);
        assertThat(library.find("good")).isPresent();
        assertThat(library.find("x")).isEmpty();
        assertThat(library.all()).hasSize(10);
    }

    @Test
    void theColourMessageReadsAsAWholeSentence() throws IOException {
        write("foo.json", template("foo", "名前", "[{\"title\": \"課題\", \"colour\": \"red\"}]"));

        assertThat(TemplateLibrary.load(dir).problems()).containsExactly(
                "テンプレート「foo.json」を読み込めません：1番目のレーンの色「red」は #RRGGBB の形式ではありません");
    }

    @Test
    void aBrokenOverrideLeavesTheBuiltInInPlace() throws IOException {
        write("ours.json", template("vision-current-issue", "壊れた上書き", "[{\"title\": \"\", \"colour\": \"#FFFFFF\"}]"));

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.problems()).hasSize(1);
        assertThat(library.defaultTemplate().name()).isEqualTo("あるべき姿 / 現状 / 課題");
    }

    @Test
    void twoUserFilesWithOneIdKeepTheFirstByFileName() throws IOException {
        write("a.json", template("same", "一つ目", GOOD_LANES));
        write("b.json", template("same", "二つ目", GOOD_LANES));

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.find("same")).map(BoardTemplate::name).contains("一つ目");
        assertThat(library.problems()).containsExactly(
                "テンプレート「b.json」を読み込めません：ID「same」は「a.json」と同じです");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReported() throws IOException {
        Path notADir = dir.resolve("templates");
        Files.writeString(notADir, "x");

        TemplateLibrary library = TemplateLibrary.load(notADir);

        assertThat(library.all()).hasSize(9);
        assertThat(library.problems()).singleElement().asString().contains("フォルダではありません");
    }

    @Test
    void anOversizedFileIsNotRead() throws IOException {
        write("huge.json", " ".repeat((int) TemplateLibrary.MAX_FILE_BYTES + 1));

        assertThat(TemplateLibrary.load(dir).problems()).containsExactly(
                "テンプレート「huge.json」を読み込めません：ファイルが大きすぎます（1MB まで）");
    }

    @Test
    void aFileThatIsNotUtf8IsReported() throws IOException {
        Files.write(dir.resolve("sjis.json"), template("sjis", "シフトJIS", GOOD_LANES).getBytes("Shift_JIS"));

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.find("sjis")).isEmpty();
        assertThat(library.problems()).containsExactly("テンプレート「sjis.json」を読み込めません："
                + "文字コードが UTF-8 ではありません（Shift_JIS などで保存されていませんか）");
    }

    // --- the records themselves -------------------------------------------------------------------------------

    @Test
    void recordsRefuseWhatAFileMayNotSay() {
        assertThatThrownBy(() -> new LaneSpec("a", LaneRole.OTHER, "blue"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("色「blue」は #RRGGBB の形式ではありません");
        assertThatThrownBy(() -> new LaneSpec("a", null, "#FFFFFF")).hasMessage("役割がありません");
        assertThatThrownBy(() -> new BoardTemplate("x", " ", "", List.of())).hasMessage("名前がありません");
        assertThat(new BoardTemplate("x", "名前", null, null).lanes()).isEmpty();
    }

    @Test
    void rolesAreReadForgivinglyButNotGuessed() throws IOException {
        write("a.json", template("forgiving", "名前", "[{\"title\": \"a\", \"role\": \" measure \", \"colour\": \"#FFFFFF\"}]"));
        write("b.json", template("guessing", "名前", "[{\"title\": \"a\", \"role\": \"課題\", \"colour\": \"#FFFFFF\"}]"));

        TemplateLibrary library = TemplateLibrary.load(dir);

        assertThat(library.find("forgiving").orElseThrow().lanes().get(0).role()).isEqualTo(LaneRole.MEASURE);
        assertThat(library.find("guessing")).isEmpty();
        assertThat(library.problems()).singleElement().asString().contains("役割「課題」は使えません");
    }
}
