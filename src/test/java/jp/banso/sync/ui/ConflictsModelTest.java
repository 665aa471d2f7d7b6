package jp.banso.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import jp.banso.store.sync.SyncConflict;
import org.junit.jupiter.api.Test;

/** How the conflict list names a conflict and shows both values. */
class ConflictsModelTest {
    private static final UUID CASE = UUID.randomUUID();

    private static SyncConflict conflict(String table, String field, String mine, String server) {
        return new SyncConflict(UUID.randomUUID(), table, UUID.randomUUID(), CASE, field, mine, server, Instant.now());
    }

    @Test
    void aFieldIsNamedInTheScreensWordsWithItsCase() {
        Map<UUID, String> cases = Map.of(CASE, "栃木県さくら市　令和8年度");
        assertThat(ConflictsModel.what(conflict("board_note", "text", "a", "b"), cases)).isEqualTo("付箋「本文」\n栃木県さくら市　令和8年度");
        assertThat(ConflictsModel.what(conflict("meeting", "summary", "a", "b"), Map.of())).isEqualTo("会議「まとめ」");
        assertThat(ConflictsModel.what(conflict("action_item", null, "{}", null), Map.of())).isEqualTo("宿題（全体）");
    }

    @Test
    void valuesAreShownAsTypedAndAWholeRowByItsTexts() {
        assertThat(ConflictsModel.value("Aで書いたまとめ", "summary")).isEqualTo("Aで書いたまとめ");
        assertThat(ConflictsModel.value("{\"not\": \"json here\"}", "summary")).as("a text is never read as JSON").isEqualTo("{\"not\": \"json here\"}");
        assertThat(ConflictsModel.value(null, "summary")).isEqualTo("（空）");
        assertThat(ConflictsModel.value(null, null)).isEqualTo("（削除されています）");
        String row = "{\"id\":\"" + UUID.randomUUID() + "\",\"meeting_id\":\"" + UUID.randomUUID()
                + "\",\"what\":\"資料を送る\",\"who\":\"佐藤\",\"updated_at\":\"2026-12-02T10:00:00.000000\"}";
        assertThat(ConflictsModel.value(row, null)).isEqualTo("資料を送る ／ 佐藤");
    }
}
