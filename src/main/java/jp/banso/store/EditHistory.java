package jp.banso.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import jp.banso.domain.Change;
import jp.banso.domain.ChangeSet;
import jp.banso.domain.Entity;
import jp.banso.domain.UndoLabels;
import jp.banso.domain.UndoableModel;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The storage side of undo, for every model that has it: a persisted history for one kind of scope (a board, a case's
 * roadmap). An action is written together with its history entry in one transaction, so the action and the ability
 * to take it back are stored together and undo works after a restart too. Change sets are stored as JSON of the
 * entities before and after. A model gets the history of its scope through {@link #of} (docs/decisions/0013).
 */
final class EditHistory {
    /** History kept per scope; older actions can no longer be undone. */
    static final int LIMIT = 1_000;

    private final Jdbi jdbi;
    private final String table;
    private final String scopeColumn;
    private final Map<String, EntityTable<? extends Entity>> tablesByType;
    private final Map<Class<?>, BiConsumer<Handle, Entity>> partialUpdates = new LinkedHashMap<>();
    private final PendingWrites writes;
    private final ObjectMapper json = EntityJson.MAPPER;

    /** @param tablesByType the entity tables an action may touch, by the short name stored in the history */
    EditHistory(Jdbi jdbi, PendingWrites writes, String table, String scopeColumn,
            Map<String, EntityTable<? extends Entity>> tablesByType) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.table = table;
        this.scopeColumn = scopeColumn;
        this.tablesByType = new LinkedHashMap<>(tablesByType);
        writes.register(this);
    }

    /**
     * A kind of entity whose existing row this history's actions update only in part (the board's fields of a 課題):
     * {@code update} writes it instead of saving it whole. New and deleted ones are written as any other.
     */
    @SuppressWarnings("unchecked")
    <T extends Entity> void updateInPart(Class<T> type, BiConsumer<Handle, T> update) {
        partialUpdates.put(type, (h, e) -> update.accept(h, (T) e));
    }

    /** The history of one board or one case, as its model uses it. */
    UndoableModel.Storage of(UUID scope) {
        return new UndoableModel.Storage() {
            @Override
            public void record(ChangeSet changes, boolean join) {
                EditHistory.this.record(scope, changes, join);
            }

            @Override
            public Optional<ChangeSet> undo() {
                return EditHistory.this.undo(scope);
            }

            @Override
            public Optional<ChangeSet> redo() {
                return EditHistory.this.redo(scope);
            }

            @Override
            public UndoLabels labels() {
                return EditHistory.this.labels(scope);
            }
        };
    }

    /**
     * Writes a new action and records it; anything undone before it can no longer be redone. With {@code merge}, the
     * action joins the latest one (typing a title is one step to undo, not one per pause). When the disk cannot take
     * it, the action is kept and written later ({@link PendingWrites}); a write refused for its content is a
     * {@link StoreException} with a message for the user.
     */
    private void record(UUID scope, ChangeSet changes, boolean merge) {
        try {
            writes.submit(new PendingWrites.HistoryRecord(this, scope, changes, merge, Instant.now()));
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            java.util.logging.Logger.getLogger(EditHistory.class.getName()).log(java.util.logging.Level.WARNING, "action not written", e);
            // a refusal with its reason among the causes (a read-only case) says it; anything else, the content
            throw StoreException.find(e).orElseGet(() -> new StoreException("保存できませんでした（データの内容が保存できない形です）。", e));
        }
    }

    /** The action and its history entry, in one transaction (a kept write). */
    void recordNow(UUID scope, ChangeSet changes, boolean merge) {
        jdbi.useTransaction(h -> {
            write(h, changes);
            h.createUpdate("delete from " + table + " where " + scopeColumn + " = :s and undone").bind("s", scope).execute();
            if (merge) {
                Optional<Step> latest = latest(h, scope, false).filter(s -> !s.blocked());
                if (latest.isPresent()) {
                    ChangeSet joined = join(fromJson(latest.get().changes()), changes);
                    h.createUpdate("update " + table + " set changes = :c where id = :id")
                            .bind("c", toJson(joined)).bind("id", latest.get().id()).execute();
                    return;
                }
            }
            int seq = h.createQuery("select coalesce(max(seq), 0) + 1 from " + table + " where " + scopeColumn + " = :s")
                    .bind("s", scope).mapTo(Integer.class).one();
            h.createUpdate("insert into " + table + " (id, " + scopeColumn + ", seq, label, changes, undone, created_at) "
                            + "values (:id, :s, :q, :l, :c, false, :t)")
                    .bind("id", UUID.randomUUID()).bind("s", scope).bind("q", seq).bind("l", changes.label())
                    .bind("c", toJson(changes)).bind("t", Instant.now()).execute();
            h.createUpdate("delete from " + table + " where " + scopeColumn + " = :s and seq <= :q")
                    .bind("s", scope).bind("q", seq - LIMIT).execute();
        });
    }

    /**
     * Takes back the latest action: its inverse is written and returned so the model can follow. An action a change
     * from the team server overlaps is never taken back: it and the older ones (all blocked, see
     * {@link #blockOverlapped}) leave the history, and the refusal says why.
     */
    private Optional<ChangeSet> undo(UUID scope) {
        writes.requireSaved("元に戻せません。");
        return step(scope, false);
    }

    /** Does again the earliest undone action (one a server change overlaps: refused, it and the later ones dropped). */
    private Optional<ChangeSet> redo(UUID scope) {
        writes.requireSaved("やり直せません。");
        return step(scope, true);
    }

    private Optional<ChangeSet> step(UUID scope, boolean redo) {
        Optional<Step> next = jdbi.withHandle(h -> latest(h, scope, redo));
        if (next.isPresent() && next.get().blocked()) {
            jdbi.useHandle(h -> h.createUpdate("delete from " + table + " where " + scopeColumn + " = :s and blocked and "
                    + (redo ? "undone" : "not undone")).bind("s", scope).execute());
            throw new StoreException(blockedMessage(next.get().label(), redo));
        }
        return jdbi.inTransaction(h -> latest(h, scope, redo).map(e -> {
            ChangeSet changes = fromJson(e.changes());
            ChangeSet written = redo ? changes : changes.inverse();
            write(h, written);
            h.createUpdate("update " + table + " set undone = :u where id = :id").bind("u", !redo).bind("id", e.id()).execute();
            return written;
        }));
    }

    /** What a refused undo or redo of a step a server change overlaps says. */
    static String blockedMessage(String label, boolean redo) {
        return "この操作（" + label + "）は、チームサーバーから届いた変更と重なるため" + (redo ? "やり直せません" : "元に戻せません")
                + "。";
    }

    /** What 元に戻す and やり直す would do now (a step a server change overlaps is named, and marked as blocked). */
    private UndoLabels labels(UUID scope) {
        return jdbi.withHandle(h -> {
            Optional<Named> undo = next(h, scope, false, "label, blocked", Named::of);
            Optional<Named> redo = next(h, scope, true, "label, blocked", Named::of);
            return new UndoLabels(undo.map(Named::label).orElse(""), redo.map(Named::label).orElse(""),
                    undo.map(Named::blocked).orElse(false), redo.map(Named::blocked).orElse(false));
        });
    }

    /** A step's name only: the labels read no change sets (each is the JSON of every entity it touched). */
    private record Named(String label, boolean blocked) {
        static Named of(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
            return new Named(rs.getString(1), rs.getBoolean(2));
        }
    }

    /**
     * Inside sync's transaction that applies rows changed on the team server: every step of this history whose change
     * set touches one of those rows becomes impossible, and with it every step that cannot be reached without it (the
     * older done ones, since undo goes backwards; the later undone ones, since redo goes forwards). Steps newer than it
     * stay: they touch other entities, and were done on top of it. Taking back a step over the server's change would
     * silently revert what another member of the team did.
     */
    void blockOverlapped(Handle h, List<ServerChanges.Row> rows) {
        for (ServerChanges.Row row : rows) {
            // only the histories the row can be in (its board or case, or its own when it is one): the index finds them
            java.util.Set<Object> scopes = new java.util.LinkedHashSet<>();
            scopes.add(row.id());
            for (Map<String, Object> state : java.util.Arrays.asList(row.before(), row.after())) {
                if (state != null && state.get(scopeColumn) != null) {
                    scopes.add(state.get(scopeColumn));
                }
            }
            List<Step> candidates = h.createQuery("select id, " + scopeColumn + ", seq, label, changes, undone, blocked from "
                            + table + " where " + scopeColumn + " in (<scopes>) and not blocked and changes like :id")
                    .bindList("scopes", List.copyOf(scopes)).bind("id", "%" + row.id() + "%")
                    .map((rs, ctx) -> stepOf(rs)).list();
            for (Step s : candidates) {
                if (s.touches(row.id())) {
                    h.createUpdate("update " + table + " set blocked = true where " + scopeColumn + " = :s and "
                                    + (s.undone() ? "undone and seq >= :q" : "not undone and seq <= :q"))
                            .bind("s", s.scope()).bind("q", s.seq()).execute();
                }
            }
        }
    }

    /** One stored step of the history. */
    private record Step(UUID id, UUID scope, int seq, String label, String changes, boolean undone, boolean blocked) {
        /** Whether the step created, changed or deleted the entity (not merely pointed at it). */
        boolean touches(UUID entity) {
            try {
                for (JsonNode c : EntityJson.MAPPER.readTree(changes).get("changes")) {
                    for (String side : List.of("before", "after")) {
                        JsonNode e = c.get(side);
                        if (e != null && !e.isNull() && entity.toString().equals(e.path("id").asText())) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (JsonProcessingException e) {
                throw new StoreException("操作履歴を読み込めません", e);
            }
        }
    }

    private static Step stepOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Step(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4),
                rs.getString(5), rs.getBoolean(6), rs.getBoolean(7));
    }

    /** A change set's entities, inside the history's transaction: deleted, updated in part, or saved whole. */
    private void write(Handle h, ChangeSet changes) {
        for (Change c : changes.changes()) {
            if (c.after() == null) {
                tableOf(c.before()).deleteIn(h, c.before().getId());
            } else if (c.before() != null && partialUpdates.containsKey(c.after().getClass())) {
                partialUpdates.get(c.after().getClass()).accept(h, c.after());
            } else {
                save(h, c.after());
            }
        }
    }

    /** The latest done action (to undo) or the earliest undone one (to redo). */
    private Optional<Step> latest(Handle h, UUID scope, boolean undone) {
        return next(h, scope, undone, "id, " + scopeColumn + ", seq, label, changes, undone, blocked", (rs, ctx) -> stepOf(rs));
    }

    /** The given columns of the latest done step or the earliest undone one. */
    private <T> Optional<T> next(Handle h, UUID scope, boolean undone, String columns, org.jdbi.v3.core.mapper.RowMapper<T> mapper) {
        return h.createQuery("select " + columns + " from " + table + " where " + scopeColumn + " = :s and "
                        + (undone ? "undone order by seq" : "not undone order by seq desc") + " limit 1")
                .bind("s", scope).map(mapper).findOne();
    }

    /** One change set doing both: each entity keeps its earliest before and its latest after. */
    static ChangeSet join(ChangeSet first, ChangeSet second) {
        Map<UUID, Change> byId = new LinkedHashMap<>();
        for (Change c : first.changes()) {
            byId.put(c.id(), c);
        }
        for (Change c : second.changes()) {
            Change earlier = byId.get(c.id());
            byId.put(c.id(), earlier == null ? c : new Change(earlier.before(), c.after()));
        }
        List<Change> joined = new ArrayList<>();
        for (Change c : byId.values()) {
            if (c.before() != null || c.after() != null) {
                joined.add(c);
            }
        }
        return new ChangeSet(first.label(), joined);
    }

    @SuppressWarnings("unchecked")
    private <T extends Entity> void save(Handle h, T entity) {
        ((EntityTable<T>) tableOf(entity)).save(h, entity);
    }

    /** The history's table: how a recovery file names it. */
    String name() {
        return table;
    }

    /** What a user calls the place the actions were done. */
    String label() {
        return table.startsWith("board") ? "ボード" : "ロードマップ";
    }

    EntityTable<? extends Entity> tableOf(Entity e) {
        return tablesByType.get(typeOf(e));
    }

    private String typeOf(Entity e) {
        for (Map.Entry<String, EntityTable<? extends Entity>> t : tablesByType.entrySet()) {
            if (t.getValue().type() == e.getClass()) {
                return t.getKey();
            }
        }
        throw new IllegalArgumentException("not in this history: " + e.getClass());
    }

    private String toJson(ChangeSet changes) {
        return toJsonTree(changes).toString();
    }

    ObjectNode toJsonTree(ChangeSet changes) {
        ArrayNode list = json.createArrayNode();
        for (Change c : changes.changes()) {
            ObjectNode o = list.addObject();
            o.put("type", typeOf(c.before() != null ? c.before() : c.after()));
            o.set("before", c.before() == null ? null : json.valueToTree(c.before()));
            o.set("after", c.after() == null ? null : json.valueToTree(c.after()));
        }
        ObjectNode root = json.createObjectNode();
        root.put("label", changes.label());
        root.set("changes", list);
        return root;
    }

    private ChangeSet fromJson(String text) {
        try {
            return fromJsonTree(json.readTree(text));
        } catch (JsonProcessingException e) {
            throw new StoreException("操作履歴を読み込めません", e);
        }
    }

    ChangeSet fromJsonTree(JsonNode root) {
        try {
            List<Change> changes = new ArrayList<>();
            for (JsonNode c : root.get("changes")) {
                Class<? extends Entity> type = tablesByType.get(c.get("type").asText()).type();
                changes.add(new Change(entity(c.get("before"), type), entity(c.get("after"), type)));
            }
            return new ChangeSet(root.get("label").asText(), changes);
        } catch (JsonProcessingException e) {
            throw new StoreException("操作履歴を読み込めません", e);
        }
    }

    private Entity entity(JsonNode node, Class<? extends Entity> type) throws JsonProcessingException {
        return node == null || node.isNull() ? null : json.treeToValue(node, type);
    }
}
