package jp.banso.domain;

public enum MeetingFormat {
    ON_SITE("現地"),
    ONLINE("オンライン"),
    HYBRID("併用");

    private final String label;

    MeetingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
