package jp.banso.domain;

/** The level of an indicator (指標) in the logic model: what changes first, later, in the end. */
public enum OutcomeLevel {
    INITIAL("初期アウトカム"),
    INTERMEDIATE("中間アウトカム"),
    FINAL("最終アウトカム");

    private final String label;

    OutcomeLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
