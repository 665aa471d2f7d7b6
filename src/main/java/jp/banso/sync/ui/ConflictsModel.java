package jp.banso.sync.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
     * A value as people read it (values are JSON): a text as it is, a number or a yes/no as written, nothing as
     * （空）; a whole row (a deletion on one side) as 削除されています or its texts joined.
     */
    static String value(String json, String field) {
        if (json == null) {
            return Msg.t(field == null ? "sync.conflicts.deleted" : "sync.conflicts.empty");
        }
        JsonNode node;
        try {
            node = EntityJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return json; // not JSON after all: shown as it came
        }
        return text(node, field);
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Msg.t(field == null ? "sync.conflicts.deleted" : "sync.conflicts.empty");
        }
        if (node.isObject()) {
            Function<Map.Entry<String, JsonNode>, Boolean> shown = e -> e.getValue().isTextual() && !e.getValue().asText().isBlank()
                    && !e.getKey().endsWith("id") && !e.getKey().endsWith("_at") && !e.getKey().endsWith("At");
            StringBuilder b = new StringBuilder();
            node.fields().forEachRemaining(e -> {
                if (shown.apply(e)) {
                    b.append(b.length() == 0 ? "" : " ／ ").append(e.getValue().asText());
                }
            });
            return b.length() == 0 ? node.toString() : b.toString();
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
