package jp.banso.sync.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.banso.bundle.FieldLabels;
import jp.banso.domain.CaseSummary;
import jp.banso.store.CaseRepository;
import jp.banso.store.EntityJson;
import jp.banso.store.TableLabels;
import jp.banso.store.sync.Sync;
import jp.banso.store.sync.SyncConflict;
import jp.banso.ui.Msg;

/**
 * The team server's conflicts as the list shows them: what each is about (the kind of row and the field in the screens'
 * words, and its case), this laptop's value and the server's; and resolving one (自分の値を使う / サーバーの値のままにする).
 */
final class ConflictsModel {
    /** One line of the list. */
    record Row(SyncConflict conflict, String what, String mine, String server) {
    }

    private final Sync sync;
    private final CaseRepository cases;

    ConflictsModel(Sync sync, CaseRepository cases) {
        this.sync = sync;
        this.cases = cases;
    }

    List<Row> rows() {
        Map<UUID, String> caseLabels = cases.summaries().stream()
                .collect(Collectors.toMap(CaseSummary::id, c -> c.prefecture() + c.municipality() + "　" + c.fiscalYearsLabel()));
        return sync.conflicts().stream().map(c -> new Row(c, what(c, caseLabels), value(c.mine(), c.field()), value(c.server(), c.field())))
                .toList();
    }

    /** keepMine: this laptop's value is written back (sent at the next sync); else the server's stays. */
    void resolve(Row row, boolean keepMine) {
        sync.resolve(row.conflict().id(), keepMine);
    }

    /** 付箋「本文」 (the whole row: 付箋), and on a second line the case. */
    static String what(SyncConflict c, Map<UUID, String> caseLabels) {
        String kind = TableLabels.of(c.table());
        String field = c.field() == null ? Msg.t("sync.conflicts.wholeRow") : "「" + FieldLabels.ofColumn(c.table(), c.field()) + "」";
        String inCase = c.caseId() == null ? "" : caseLabels.getOrDefault(c.caseId(), "");
        return kind + field + (inCase.isEmpty() ? "" : "\n" + inCase);
    }

    /**
     * A value as people read it. A field's value is the engine's text of it (a text as typed, 2026-04-01, 09:30:00),
     * shown as it is, nothing as （空）; a whole row (changed on one side, deleted on the other) is JSON of its columns,
     * shown as its texts joined, or 削除されています when that side deleted it.
     */
    static String value(String text, String field) {
        if (field != null) {
            return text == null || text.isEmpty() ? Msg.t("sync.conflicts.empty") : text;
        }
        if (text == null) {
            return Msg.t("sync.conflicts.deleted");
        }
        JsonNode row;
        try {
            row = EntityJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return text; // not a row after all: shown as it came
        }
        StringBuilder b = new StringBuilder();
        row.fields().forEachRemaining(e -> {
            String column = e.getKey();
            boolean shown = e.getValue().isTextual() && !e.getValue().asText().isBlank() && !column.equals("id")
                    && !column.endsWith("_id") && !column.endsWith("_at");
            if (shown) {
                b.append(b.length() == 0 ? "" : " ／ ").append(e.getValue().asText());
            }
        });
        return b.length() == 0 ? Msg.t("sync.conflicts.empty") : b.toString();
    }
}
