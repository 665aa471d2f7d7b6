package jp.banso.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13 item 11: a board template's lane title follows the rule of every one-line text of the app. */
class TemplateTextTest {

    @TempDir
    Path dir;

    private TemplateLibrary withLanes(String lanes) throws IOException {
        Files.writeString(dir.resolve("t.json"), "{\"id\": \"t\", \"name\": \"手作り\", \"lanes\": " + lanes + "}", StandardCharsets.UTF_8);
        return TemplateLibrary.load(dir);
    }

    @Test
    void aBellInALaneTitleIsATemplateProblem() throws IOException {
        TemplateLibrary library = withLanes("[{\"title\": \"現状\", \"colour\": \"#FFFFFF\"}, {\"title\": \"課題\\u0007\", \"colour\": \"#FFFFFF\"}]");
        assertThat(library.problems()).singleElement().asString()
                .startsWith("テンプレート「t.json」を読み込めません：2番目のレーンのタイトル：")
                .contains("制御文字");
        assertThat(library.find("t")).isEmpty();
    }

    @Test
    void aLineBreakOrABrokenCharacterInALaneTitleToo() throws IOException {
        assertThat(withLanes("[{\"title\": \"現\\n状\", \"colour\": \"#FFFFFF\"}]").problems())
                .singleElement().asString().contains("1番目のレーンのタイトル：", "制御文字");
        assertThat(withLanes("[{\"title\": \"現状\\ud800\", \"colour\": \"#FFFFFF\"}]").problems())
                .singleElement().asString().contains("1番目のレーンのタイトル：", "サロゲート");
    }

    @Test
    void aTitleOfZeroWidthSpacesIsNoTitleAndBidiControlsAreDropped() throws IOException {
        assertThat(withLanes("[{\"title\": \"\\u200b\\u200b\", \"colour\": \"#FFFFFF\"}]").problems())
                .singleElement().asString().contains("1番目のレーンのタイトルがありません");
        TemplateLibrary library = withLanes("[{\"title\": \"\\u202e状現\", \"colour\": \"#FFFFFF\"}]");
        assertThat(library.problems()).isEmpty();
        assertThat(library.find("t").orElseThrow().lanes().get(0).title()).isEqualTo("状現");
    }
}
