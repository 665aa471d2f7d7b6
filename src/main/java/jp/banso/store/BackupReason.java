package jp.banso.store;

/** Why a backup was taken; shown in the restore list and kept in the backup's sidecar file. */
public enum BackupReason {
    START("start", "起動時"),
    EXIT("exit", "終了時"),
    DAILY("daily", "定期"),
    BEFORE_RESTORE("before-restore", "復元前"),
    BEFORE_IMPORT("before-import", "取り込み前"),
    MANUAL("manual", "手動");

    private final String code;
    private final String label;

    BackupReason(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** In file names (ASCII). */
    public String code() {
        return code;
    }

    /** For the user. */
    public String label() {
        return label;
    }

    static BackupReason ofCode(String code) {
        for (BackupReason r : values()) {
            if (r.code.equals(code) || r.name().equals(code)) {
                return r;
            }
        }
        return null;
    }
}
