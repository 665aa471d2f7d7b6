package jp.banso.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Collects what one action touches, keeping each entity's state before it, and turns it into a {@link ChangeSet}.
 * Shared by every model with undo (board, roadmap): the action changes live entities, the edit remembers copies.
 */
public final class Edit {
    private final UnaryOperator<Entity> copier;
    private final Consumer<Entity> onCreate;
    private final Map<UUID, Entity> before = new LinkedHashMap<>();
    private final Map<UUID, Entity> after = new LinkedHashMap<>();

    /**
     * @param copier   a deep copy (before-states must not change with the live entity)
     * @param onCreate puts a created entity where the model keeps its live ones
     */
    public Edit(UnaryOperator<Entity> copier, Consumer<Entity> onCreate) {
        this.copier = copier;
        this.onCreate = onCreate;
    }

    /** Marks a live entity as about to change; returns it for chaining. */
    public <T extends Entity> T touch(T live) {
        if (!before.containsKey(live.getId())) {
            before.put(live.getId(), copier.apply(live));
        }
        after.put(live.getId(), live);
        return live;
    }

    public void create(Entity e) {
        before.putIfAbsent(e.getId(), null);
        after.put(e.getId(), e);
        onCreate.accept(e);
    }

    public void delete(Entity e) {
        if (!before.containsKey(e.getId())) {
            before.put(e.getId(), copier.apply(e));
        }
        after.put(e.getId(), null);
    }

    public boolean isDeleted(UUID id) {
        return after.containsKey(id) && after.get(id) == null;
    }

    public ChangeSet toChangeSet(String label) {
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<UUID, Entity> a : after.entrySet()) {
            Entity b = before.get(a.getKey());
            Entity now = a.getValue() == null ? null : copier.apply(a.getValue());
            if (b == null && now == null) {
                continue; // created and deleted within the same action
            }
            changes.add(new Change(b, now));
        }
        return new ChangeSet(label, changes);
    }
}
