package jp.banso.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Everything one action changed, with a name people recognise in 元に戻す/やり直す. */
public record ChangeSet(String label, List<Change> changes) {

    /** The change set that takes this one back (applied in reverse order). */
    public ChangeSet inverse() {
        List<Change> reversed = new ArrayList<>(changes.size());
        for (Change c : changes) {
            reversed.add(c.inverse());
        }
        Collections.reverse(reversed);
        return new ChangeSet(label, reversed);
    }

    /** Whether any entity of the type was created, changed or deleted (e.g. redraw lane controls only then). */
    public boolean touches(Class<?> type) {
        return changes.stream().anyMatch(c -> type.isInstance(c.before()) || type.isInstance(c.after()));
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
