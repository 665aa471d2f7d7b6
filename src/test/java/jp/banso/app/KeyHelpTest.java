package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ヘルプ › キー操作一覧 and the README's key tables are one list (keys_ja.txt). */
class KeyHelpTest {

    @Test
    void everySectionIsInTheReadmeRowForRow() throws Exception {
        List<String> readme = Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8);
        List<KeyHelp.Section> sections = KeyHelp.sections();
        assertThat(sections).extracting(KeyHelp.Section::title).containsExactly("アプリ全体", "ボード", "発表モード", "ロードマップ");
        for (KeyHelp.Section s : sections) {
            assertThat(s.keys()).as(s.title()).isNotEmpty();
            assertThat(readmeTable(readme, "### " + s.title() + "の操作")).as("README: ### " + s.title() + "の操作").isEqualTo(s.keys());
        }
    }

    @Test
    void theMenusAcceleratorsAreListed() {
        List<String> app = KeyHelp.sections().get(0).keys().stream().map(KeyHelp.Key::keys).toList();
        assertThat(app).contains("Ctrl+N", "Ctrl+L", "Ctrl+Q", "F1");
    }

    @Test
    void aLineThatIsNotARowIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KeyHelp.parse(List.of("## ボード", "付箋を追加 Enter")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The rows of the first table under the heading (its header row and rule left out). */
    private static List<KeyHelp.Key> readmeTable(List<String> lines, String heading) {
        int at = lines.indexOf(heading);
        assertThat(at).as(heading).isNotNegative();
        List<KeyHelp.Key> rows = new ArrayList<>();
        boolean inTable = false;
        int row = 0;
        for (int i = at + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith("|")) {
                inTable = true;
                if (row++ < 2) {
                    continue; // | 操作 | キー・マウス | and |---|---|
                }
                String[] cells = l.substring(1, l.length() - (l.endsWith("|") ? 1 : 0)).split("\\|", -1);
                rows.add(new KeyHelp.Key(cells[0].strip(), cells[1].strip()));
            } else if (inTable || l.startsWith("#")) {
                break;
            }
        }
        return rows;
    }
}
