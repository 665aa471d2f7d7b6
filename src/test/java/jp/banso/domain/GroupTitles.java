package jp.banso.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The smallest model with undo, for tests of the shared undo path without a database: group titles kept in memory,
 * their history in memory too ({@link History}, standing in for {@code store.EditHistory}).
 */
public final class GroupTitles extends UndoableModel {
    public final Map<UUID, NoteGroup> live = new LinkedHashMap<>();
    public final History history;

    public GroupTitles(History history, Clock clock) {
        super(history, IllegalStateException::new, clock);
        this.history = history;
    }

    public GroupTitles() {
        this(new History(), Clock.systemUTC());
    }

    public NoteGroup add(String title) {
        NoteGroup g = new NoteGroup();
        g.setTitle(title);
        run("「" + title + "」を追加", e -> e.create(g));
        return g;
    }

    /** Typing a title: renames of the same group join ({@link #JOIN_MILLIS}). */
    public void rename(UUID id, String title) {
        run("名前を変更", e -> e.touch(live.get(id)).setTitle(title), "rename:" + id);
    }

    public void delete(UUID id) {
        run("削除", e -> e.delete(live.get(id)));
    }

    /** An action whose work changes a title, then is refused. */
    public void renameThenRefuse(UUID id, String title) {
        run("名前を変更", e -> {
            e.touch(live.get(id)).setTitle(title);
            throw new IllegalArgumentException("refused");
        });
    }

    /** A group made and dropped within one action: nothing to store. */
    public void addAndDrop(String title) {
        NoteGroup g = new NoteGroup();
        g.setTitle(title);
        run("追加して削除", e -> {
            e.create(g);
            e.delete(g);
        });
    }

    @Override
    protected void putInMemory(Entity e) {
        live.put(e.getId(), (NoteGroup) e);
    }

    @Override
    protected void removeFromMemory(Entity e) {
        live.remove(e.getId());
    }

    /** A history in memory: stamps what it stores, as the store does; can be told to refuse the next write. */
    public static final class History implements UndoableModel.Storage {
        public final List<ChangeSet> recorded = new ArrayList<>();
        private final Deque<ChangeSet> done = new ArrayDeque<>();
        private final Deque<ChangeSet> undone = new ArrayDeque<>();
        public boolean refuseNext;
        /** How often the model asked what 元に戻す and やり直す would do. */
        public int labelReads;
        public final Instant stamp = Instant.parse("2026-12-01T00:00:00Z");

        @Override
        public void record(ChangeSet changes, boolean join) {
            if (refuseNext) {
                refuseNext = false;
                throw new IllegalStateException("ディスクがいっぱいです");
            }
            changes.changes().stream().filter(c -> c.after() != null).forEach(c -> c.after().setUpdatedAt(stamp));
            recorded.add(changes);
            undone.clear();
            if (join && !done.isEmpty()) {
                ChangeSet first = done.pop();
                List<Change> both = new ArrayList<>();
                for (Change c : changes.changes()) {
                    Change earlier = first.changes().stream().filter(x -> x.id().equals(c.id())).findFirst().orElse(c);
                    both.add(new Change(earlier.before(), c.after()));
                }
                done.push(new ChangeSet(first.label(), both));
            } else {
                done.push(changes);
            }
        }

        @Override
        public Optional<ChangeSet> undo() {
            if (done.isEmpty()) {
                return Optional.empty();
            }
            ChangeSet cs = done.pop();
            undone.push(cs);
            return Optional.of(copies(cs.inverse()));
        }

        @Override
        public Optional<ChangeSet> redo() {
            if (undone.isEmpty()) {
                return Optional.empty();
            }
            ChangeSet cs = undone.pop();
            done.push(cs);
            return Optional.of(copies(cs));
        }

        /** As the store reads them back: fresh objects each time. */
        private static ChangeSet copies(ChangeSet cs) {
            return new ChangeSet(cs.label(), cs.changes().stream().map(c -> new Change(
                    c.before() == null ? null : Entity.copyOf(c.before()), c.after() == null ? null : Entity.copyOf(c.after()))).toList());
        }

        @Override
        public UndoLabels labels() {
            labelReads++;
            return new UndoLabels(done.isEmpty() ? "" : done.peek().label(), undone.isEmpty() ? "" : undone.peek().label());
        }
    }
}
