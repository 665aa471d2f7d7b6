package jp.banso.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.banso.store.sync.SyncException;
import jp.banso.store.sync.SyncStatus;
import org.junit.jupiter.api.Test;

/** What the status bar says about sync, in each state. */
class SyncStateTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Instant AT_1234 = Instant.parse("2026-12-02T03:34:00Z"); // 12:34 in Tokyo

    private static SyncState state(SyncState.Phase phase, int unsent, int conflicts, Instant last, int readOnly) {
        return new SyncState(phase, new SyncStatus(unsent, conflicts, last, readOnly), null);
    }

    @Test
    void notConnectedSaysNothing() {
        assertThat(SyncState.NOT_CONNECTED.text(TOKYO, TODAY)).isEmpty();
        assertThat(SyncState.NOT_CONNECTED.conflictsText()).isEmpty();
        assertThat(state(SyncState.Phase.NOT_CONNECTED, 3, 0, null, 0).text(TOKYO, TODAY)).isEmpty();
    }

    @Test
    void syncedWithItsTimeAndTheDayWhenNotToday() {
        assertThat(state(SyncState.Phase.IDLE, 0, 0, AT_1234, 0).text(TOKYO, TODAY)).isEqualTo("同期済み 12:34");
        assertThat(state(SyncState.Phase.IDLE, 0, 0, AT_1234, 0).text(TOKYO, TODAY.plusDays(1))).isEqualTo("同期済み 12/2 12:34");
        assertThat(state(SyncState.Phase.IDLE, 0, 0, null, 0).text(TOKYO, TODAY)).isEqualTo("未同期");
    }

    @Test
    void unsentOfflineSyncingFailedAndWaitingForThePassword() {
        assertThat(state(SyncState.Phase.IDLE, 3, 0, AT_1234, 0).text(TOKYO, TODAY)).isEqualTo("未送信 3件");
        assertThat(state(SyncState.Phase.OFFLINE, 0, 0, AT_1234, 0).text(TOKYO, TODAY)).isEqualTo("オフライン");
        assertThat(state(SyncState.Phase.OFFLINE, 3, 0, AT_1234, 0).text(TOKYO, TODAY)).isEqualTo("オフライン・未送信 3件");
        assertThat(state(SyncState.Phase.SYNCING, 3, 0, AT_1234, 0).text(TOKYO, TODAY)).isEqualTo("同期中…");
        assertThat(state(SyncState.Phase.FAILED, 0, 0, AT_1234, 0).text(TOKYO, TODAY)).isEqualTo("同期できません");
        assertThat(state(SyncState.Phase.NEEDS_PASSWORD, 2, 0, null, 0).text(TOKYO, TODAY)).isEqualTo("パスワード未入力");
        assertThat(new SyncState(SyncState.Phase.SYNCING, null, null).text(TOKYO, TODAY)).as("before the counts are read").isEqualTo("同期中…");
    }

    @Test
    void conflictsHaveTheirOwnLinkAndReadOnlyCasesAreSaid() {
        SyncState s = state(SyncState.Phase.IDLE, 0, 2, AT_1234, 1);
        assertThat(s.text(TOKYO, TODAY)).isEqualTo("同期済み 12:34・読み取り専用 1件");
        assertThat(s.conflictsText()).isEqualTo("競合 2件");
        assertThat(state(SyncState.Phase.IDLE, 0, 0, AT_1234, 0).conflictsText()).isEmpty();
    }

    @Test
    void aRefusalIsExplainedWithWhatToDoAndTheEnginesOwnSentence() {
        String tls = SyncState.explain(new SyncException(SyncException.Reason.TLS, "証明書の期限が切れています。", null));
        assertThat(tls).startsWith("安全な接続（TLS）ができません。").endsWith("\n証明書の期限が切れています。");
        assertThat(SyncState.explain(new SyncException(SyncException.Reason.LOGIN, null, null)))
                .isEqualTo("ユーザー名またはパスワードが違います。確かめて、もう一度入力してください。");
        for (SyncException.Reason r : SyncException.Reason.values()) {
            assertThat(SyncState.explain(new SyncException(r, "", null))).as(r.name()).isNotBlank().doesNotContain("sync.error");
        }
    }
}
