package jp.banso.domain;

public enum IssueLevel {
    HIGH("高"),
    MEDIUM("中"),
    LOW("低");

    private final String label;

    IssueLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
