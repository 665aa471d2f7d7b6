package jp.banso.domain;

/** The ladder of what support reaches (seed 000): eight steps, then follow-up. */
public enum Stage {
    VISION(1, "めざす姿の検討"),
    CURRENT_STATE(2, "現状把握・分析"),
    ISSUES(3, "課題抽出"),
    MEASURES(4, "対応策の検討"),
    INDICATORS(5, "指標・目標値の設定"),
    DO(6, "実施(D)"),
    CHECK(7, "評価(C)"),
    ACT(8, "改善(A)"),
    FOLLOW_UP(9, "フォローアップ");

    private final int step;
    private final String label;

    Stage(int step, String label) {
        this.step = step;
        this.label = label;
    }

    public int step() {
        return step;
    }

    public String label() {
        return label;
    }

    /** "3. 課題抽出"; フォローアップ has no number. */
    public String numberedLabel() {
        return this == FOLLOW_UP ? label : step + ". " + label;
    }
}
