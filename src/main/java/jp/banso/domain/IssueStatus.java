package jp.banso.domain;

public enum IssueStatus {
    OPEN("未着手"),
    IN_PROGRESS("対応中"),
    DONE("解決"),
    ON_HOLD("保留");

    private final String label;

    IssueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
