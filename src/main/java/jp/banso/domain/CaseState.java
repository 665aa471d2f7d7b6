package jp.banso.domain;

/**
 * A municipality's state on the two axes of seed 000: 事業の成熟度 (Maturity) × 体制 (Structure),
 * small letter = low, capital = high. The constants keep the notation people write on their sheets.
 */
@SuppressWarnings("java:S115")
public enum CaseState {
    ms("事業の成熟度が低く、適応を要する課題に取り組む体制が整っていない"),
    mS("事業の成熟度は低いが、適応を要する課題に取り組む体制が整っている（整備可能）"),
    MS2("事業の成熟度がやや高く、適応を要する課題に取り組む体制が整っている"),
    MS1("事業の成熟度が高く、技術的な問題のみの解決が必要");

    private final String description;

    CaseState(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String label() {
        return name();
    }
}
