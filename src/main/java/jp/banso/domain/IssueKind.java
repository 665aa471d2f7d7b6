package jp.banso.domain;

/** Heifetz's distinction used in seed 000: a problem solved with know-how, or a challenge people must adapt to. */
public enum IssueKind {
    TECHNICAL("技術的問題"),
    ADAPTIVE("適応を要する課題");

    private final String label;

    IssueKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
