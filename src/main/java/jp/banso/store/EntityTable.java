package jp.banso.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.banso.domain.Entity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.BeanMapper;

/**
 * Save, find, list and delete for one entity table, mapped by bean properties (column {@code as_of} ↔ property
 * {@code asOf}). Saving is an upsert by id, and stamps created/updated times. Each call is its own transaction
 * unless a handle is passed in.
 */
final class EntityTable<T extends Entity> {
    private final Jdbi jdbi;
    private final PendingWrites writes;
    private final Class<T> type;
    private final String table;
    private final String parentColumn;
    private final String orderBy;
    private final String mergeSql;

    EntityTable(Jdbi jdbi, PendingWrites writes, Class<T> type, String table, String parentColumn, String orderBy,
            List<String> columns) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.type = type;
        this.table = table;
        this.parentColumn = parentColumn;
        this.orderBy = orderBy;
        jdbi.registerRowMapper(BeanMapper.factory(type));
        List<String> all = new java.util.ArrayList<>();
        all.add("id");
        all.addAll(columns);
        all.add("created_at");
        all.add("updated_at");
        this.mergeSql = "merge into " + table + " (" + String.join(", ", all) + ") key (id) values ("
                + all.stream().map(c -> ":" + camel(c)).collect(Collectors.joining(", ")) + ")";
        writes.register(this);
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /**
     * Saves in its own transaction, through the store's {@link PendingWrites}: when the disk cannot take it, a copy of
     * the entity as it is now is kept and written later (only then is it copied).
     */
    void save(T entity) {
        Instant now = stamp(entity);
        writes.submit(new PendingWrites.EntitySave<>(this, entity, now));
    }

    void save(Handle h, T entity) {
        stamp(entity);
        h.createUpdate(mergeSql).bindBean(entity).execute();
    }

    private static Instant stamp(Entity entity) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (entity.getCreatedAt() == null) {
            entity.setCreatedAt(now);
        }
        entity.setUpdatedAt(now);
        return now;
    }

    /** Writes the entity exactly as given, in its own transaction (a kept write). */
    void saveAsIs(T entity) {
        jdbi.useHandle(h -> saveAsIs(h, entity));
    }

    /** Writes the entity exactly as given, timestamps included (imports and tests). */
    void saveAsIs(Handle h, T entity) {
        h.createUpdate(mergeSql).bindBean(entity).execute();
    }

    Optional<T> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("select * from " + table + " where id = :id")
                .bind("id", id).mapTo(type).findOne());
    }

    List<T> listBy(UUID parentId) {
        return jdbi.withHandle(h -> h.createQuery("select * from " + table + " where " + parentColumn + " = :p order by " + orderBy)
                .bind("p", parentId).mapTo(type).list());
    }

    /** How many rows a parent has, without reading them. */
    int countBy(UUID parentId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table + " where " + parentColumn + " = :p")
                .bind("p", parentId).mapTo(Integer.class).one());
    }

    List<T> listAll() {
        return jdbi.withHandle(h -> h.createQuery("select * from " + table + " order by " + orderBy).mapTo(type).list());
    }

    Class<T> type() {
        return type;
    }

    void deleteIn(Handle h, UUID id) {
        h.createUpdate("delete from " + table + " where id = :id").bind("id", id).execute();
    }

    /** Deletes in its own transaction, through the store's {@link PendingWrites} (kept when the disk cannot take it). */
    void delete(UUID id) {
        writes.submit(new PendingWrites.EntityDelete(this, id, Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    void deleteNow(UUID id) {
        jdbi.useHandle(h -> deleteIn(h, id));
    }

    String name() {
        return table;
    }

    String label() {
        return TableLabels.of(table);
    }

    int count() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }
}
