package jp.banso.domain;

/** How a case started. */
public enum StartKind {
    ENTRY("エントリー"),
    INVITATION("声かけ"),
    INQUIRY("問い合わせ");

    private final String label;

    StartKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
