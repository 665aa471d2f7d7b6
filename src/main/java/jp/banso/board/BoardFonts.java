package jp.banso.board;

/** The Japanese font family the board draws with (Noto Sans CJK on Linux, the system's Japanese UI font elsewhere). */
final class BoardFonts {
    static final String FAMILY = pick();

    private BoardFonts() {
    }

    private static String pick() {
        java.util.List<String> installed = javafx.scene.text.Font.getFamilies();
        for (String f : new String[] {"Noto Sans CJK JP", "Yu Gothic UI", "Meiryo", "Hiragino Sans", "Noto Sans JP"}) {
            if (installed.contains(f)) {
                return f;
            }
        }
        return javafx.scene.text.Font.getDefault().getFamily();
    }
}
