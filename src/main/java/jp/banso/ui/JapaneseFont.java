package jp.banso.ui;

import java.util.List;
import javafx.scene.text.Font;

/**
 * The Japanese font family drawn text uses (Noto Sans CJK on Linux, the system's Japanese UI font elsewhere): the same
 * list as the stylesheet's, for text placed by code (board notes, charts), whose size is measured before CSS runs.
 */
public final class JapaneseFont {
    public static final String FAMILY = pick();

    private JapaneseFont() {
    }

    private static String pick() {
        List<String> installed = Font.getFamilies();
        for (String f : new String[] {"Noto Sans CJK JP", "Yu Gothic UI", "Meiryo", "Hiragino Sans", "Noto Sans JP"}) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return Font.getDefault().getFamily();
    }
}
