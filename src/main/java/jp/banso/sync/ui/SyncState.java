package jp.banso.sync.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import jp.banso.store.sync.SyncException;
import jp.banso.store.sync.SyncStatus;
import jp.banso.ui.Msg;

/**
 * Where sync stands, as the status bar says it: what the background sync is doing ({@link Phase}), the local counts
 * ({@link SyncStatus}: unsent changes, conflicts, last sync, read-only cases; null until first read) and, after a
 * failure, the reason in the user's words.
 */
public record SyncState(Phase phase, SyncStatus counts, String problem) {
    public enum Phase {
        /** No team server: nothing is said, nothing is sent. */
        NOT_CONNECTED,
        /** Connected, but the password was not saved and not given yet this session: sync waits. */
        NEEDS_PASSWORD,
        SYNCING,
        /** The last try did not reach the server (tried again later; nothing is lost). */
        OFFLINE,
        /** The server was reached but refused (password, certificate, schema): said in {@link #problem()}. */
        FAILED,
        /** The last try reached the server. */
        IDLE
    }

    public static final SyncState NOT_CONNECTED = new SyncState(Phase.NOT_CONNECTED, null, null);

    public SyncState withPhase(Phase p, String why) {
        return new SyncState(p, counts, why);
    }

    public SyncState withCounts(SyncStatus c) {
        return new SyncState(phase, c, problem);
    }

    /**
     * 「同期済み 12:34」「未送信 3件」「オフライン・未送信 3件」「同期中…」「同期できません」, then 「・読み取り専用 1件」 when
     * cases became read-only. Empty when not connected. Times are of {@code zone}; a day other than today is named.
     */
    public String text(ZoneId zone, LocalDate today) {
        if (phase == Phase.NOT_CONNECTED) {
            return "";
        }
        int unsent = counts == null ? 0 : counts.unsent();
        String unsentText = unsent > 0 ? Msg.t("sync.status.unsent", unsent) : null;
        String head = switch (phase) {
            case NEEDS_PASSWORD -> Msg.t("sync.status.needsPassword");
            case SYNCING -> Msg.t("sync.status.syncing");
            case OFFLINE -> join(Msg.t("sync.status.offline"), unsentText);
            case FAILED -> join(Msg.t("sync.status.failed"), unsentText);
            default -> unsentText != null ? unsentText : synced(zone, today);
        };
        int readOnly = counts == null ? 0 : counts.readOnlyCases();
        return readOnly > 0 ? join(head, Msg.t("sync.status.readOnly", readOnly)) : head;
    }

    /** 「競合 2件」, or empty when there is none (the status bar's link to the conflict list). */
    public String conflictsText() {
        int n = counts == null ? 0 : counts.conflicts();
        return n > 0 ? Msg.t("sync.status.conflicts", n) : "";
    }

    private String synced(ZoneId zone, LocalDate today) {
        if (counts == null || counts.lastSyncedAt() == null) {
            return Msg.t("sync.status.never");
        }
        ZonedDateTime at = counts.lastSyncedAt().atZone(zone);
        String pattern = at.toLocalDate().equals(today) ? "HH:mm" : "M/d HH:mm";
        return Msg.t("sync.status.synced", at.format(DateTimeFormatter.ofPattern(pattern)));
    }

    private static String join(String a, String b) {
        return b == null ? a : a + "・" + b;
    }

    /** What went wrong, with what to do, for a refused connection or sync (the engine's own sentence follows it). */
    public static String explain(SyncException e) {
        String lead = Msg.t("sync.error." + e.reason().name());
        String detail = e.getMessage();
        return detail == null || detail.isBlank() || lead.contains(detail) ? lead : lead + "\n" + detail;
    }
}
