package jp.banso.domain;

/** What a lane holds, so the board knows which notes can make a 課題 (あるべき姿 − 現状 = 課題). */
public enum LaneRole {
    VISION("あるべき姿"),
    CURRENT("現状"),
    ISSUE("課題"),
    MEASURE("対応策"),
    FACT("事実"),
    OTHER("その他");

    private final String label;

    LaneRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
