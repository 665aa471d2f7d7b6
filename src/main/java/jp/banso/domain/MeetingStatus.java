package jp.banso.domain;

public enum MeetingStatus {
    PLANNED("予定"),
    DONE("実施済"),
    CANCELLED("中止");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
