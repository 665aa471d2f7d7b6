package jp.banso.domain;

/** Where a roadmap item (取組) stands. */
public enum ItemStatus {
    NOT_STARTED("未着手"),
    IN_PROGRESS("進行中"),
    DONE("完了"),
    ON_HOLD("保留"),
    CANCELLED("中止");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still expected to happen: followed up, and late when its end month has passed. */
    public boolean isActive() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
