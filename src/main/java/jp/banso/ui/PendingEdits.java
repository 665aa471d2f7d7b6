package jp.banso.ui;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

/** Every binder with an edit waiting for its debounce; flushed when the window closes or the view changes. */
public final class PendingEdits {
    private static final Set<FormBinder<?>> BINDERS = Collections.newSetFromMap(new WeakHashMap<>());

    private PendingEdits() {
    }

    static void register(FormBinder<?> binder) {
        BINDERS.add(binder);
    }

    public static void flushAll() {
        for (FormBinder<?> b : BINDERS.toArray(new FormBinder<?>[0])) {
            b.flush();
        }
    }
}
