package jp.banso.domain;

/** Every kind of event a case has (seeds 003, 004). */
public enum MeetingKind {
    HEARING("ヒアリング"),
    CONSULTATION("個別相談"),
    ORIENTATION("オリエンテーション"),
    PRE_MEETING("0.5次mtg"),
    VISIT("現地支援"),
    MID_MEETING_1("1.5次mtg"),
    MID_MEETING_2("2.5次mtg"),
    BRIEFING("打合せ"),
    REPORT("報告会"),
    TRAINING("研修"),
    STUDY_TOUR("先進地視察"),
    MONITORING("モニタリング"),
    REVIEW("振り返り"),
    CATCH_UP("キャッチアップ"),
    OTHER("その他");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
