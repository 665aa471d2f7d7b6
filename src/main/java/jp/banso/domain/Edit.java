package jp.banso.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Collects what one action touches, keeping each entity's state before it, and turns it into a {@link ChangeSet}.
 * The action changes the model's live entities in place (that is the change in memory); the edit keeps copies
 * ({@link Entity#copyOf}) of how they were and, at the end, of how they are.
 */
public final class Edit {
    private final Consumer<Entity> onCreate;
    /** Each entity's state before the action; null: the action created it. */
    private final Map<UUID, Entity> before = new LinkedHashMap<>();
    /** The live entity of each one touched, created or deleted, in the order met. */
    private final Map<UUID, Entity> live = new LinkedHashMap<>();
    private final Set<UUID> deleted = new HashSet<>();

    /** @param onCreate puts a created entity where the model keeps its live ones */
    Edit(Consumer<Entity> onCreate) {
        this.onCreate = onCreate;
    }

    /** Marks a live entity as about to change; returns it for chaining. */
    public <T extends Entity> T touch(T entity) {
        keepBefore(entity);
        live.put(entity.getId(), entity);
        deleted.remove(entity.getId());
        return entity;
    }

    public void create(Entity e) {
        before.putIfAbsent(e.getId(), null);
        live.put(e.getId(), e);
        deleted.remove(e.getId());
        onCreate.accept(e);
    }

    /** Marks a live entity as deleted; it stays in memory until the action is stored (the action may still read it). */
    public void delete(Entity e) {
        keepBefore(e);
        live.put(e.getId(), e);
        deleted.add(e.getId());
    }

    public boolean isDeleted(UUID id) {
        return deleted.contains(id);
    }

    private void keepBefore(Entity e) {
        if (!before.containsKey(e.getId())) {
            before.put(e.getId(), Entity.copyOf(e));
        }
    }

    /** The action as stored: each entity before and after (copies, so they no longer change with the live ones). */
    public ChangeSet toChangeSet(String label) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<UUID, Entity> e : live.entrySet()) {
            Entity b = before.get(e.getKey());
            Entity now = deleted.contains(e.getKey()) ? null : Entity.copyOf(e.getValue());
            if (b == null && now == null) {
                continue; // created and deleted within the same action
            }
            changes.add(new Change(b, now));
        }
        return new ChangeSet(label, changes);
    }

    /**
     * Once the action is stored: what it deleted leaves memory, and the live entities take the times the store
     * stamped on their stored copies (so memory holds what the database holds).
     */
    void settle(ChangeSet stored, Consumer<Entity> remove) {
        for (UUID id : deleted) {
            remove.accept(live.get(id));
        }
        for (Change c : stored.changes()) {
            if (c.after() != null) {
                Entity e = live.get(c.id());
                e.setCreatedAt(c.after().getCreatedAt());
                e.setUpdatedAt(c.after().getUpdatedAt());
            }
        }
    }
}
