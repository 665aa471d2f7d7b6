package jp.banso.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.domain.Entity;
import jp.banso.domain.Speaker;

/**
 * What an import would do, before it does anything: per kind of entity how many are new, identical or in conflict
 * and how many rows the file's deletions delete here, and each conflict with both sides (a summary, the fields that differ, when each was last changed) and the choice
 * for it, which the user may change before {@link BundleImport#apply}.
 */
public final class ImportPlan {

    /** Which side of a conflict stays: what is in this Banso, or what the file brings. */
    public enum Choice {
        MINE("自分の（このBanso）"),
        THEIRS("ファイルの");

        private final String label;

        Choice(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The default for conflicts: the side changed last (ties keep mine), always mine, or always the file's. */
    public enum Prefer {
        NEWER, MINE, THEIRS;

        Choice choose(Instant mine, Instant theirs) {
            return switch (this) {
                case MINE -> Choice.MINE;
                case THEIRS -> Choice.THEIRS;
                case NEWER -> theirs != null && (mine == null || theirs.isAfter(mine)) ? Choice.THEIRS : Choice.MINE;
            };
        }
    }

    /** New, identical and conflicting entities of one kind, and how many rows of it the file's deletions delete here. */
    public record Counts(int added, int identical, int conflicts, int deleted) {
        public int total() {
            return added + identical + conflicts + deleted;
        }
    }

    /** A row here that applying deletes (the file's deletion of it is not older than its last change here). */
    record Deleting(BundleKind kind, Entity row, Instant deletedAt) {
    }

    /** One entity changed on both sides. */
    public static final class Conflict {
        private final BundleKind kind;
        private final UUID id;
        private final String caseLabel;
        private final String what;
        private final List<String> fields;
        private final String mine;
        private final String theirs;
        private final Instant mineUpdated;
        private final Instant theirsUpdated;
        private Choice choice;

        Conflict(BundleKind kind, UUID id, String caseLabel, String what, List<String> fields, String mine, String theirs,
                Instant mineUpdated, Instant theirsUpdated, Choice choice) {
            this.kind = kind;
            this.id = id;
            this.caseLabel = caseLabel;
            this.what = what;
            this.fields = List.copyOf(fields);
            this.mine = mine;
            this.theirs = theirs;
            this.mineUpdated = mineUpdated;
            this.theirsUpdated = theirsUpdated;
            this.choice = choice;
        }

        public BundleKind kind() {
            return kind;
        }

        public UUID id() {
            return id;
        }

        /** さくら市（栃木県） 令和4年度 (empty for a municipality or its snapshots). */
        public String caseLabel() {
            return caseLabel;
        }

        /** The entity in a few words (the file's version). */
        public String what() {
            return what;
        }

        /** Names of the fields that differ. */
        public List<String> fields() {
            return fields;
        }

        /** The differing values as they are here. */
        public String mine() {
            return mine;
        }

        /** The differing values as the file has them. */
        public String theirs() {
            return theirs;
        }

        public Instant mineUpdated() {
            return mineUpdated;
        }

        public Instant theirsUpdated() {
            return theirsUpdated;
        }

        public Choice choice() {
            return choice;
        }

        public void choose(Choice c) {
            this.choice = c;
        }

        /** The file's version is the newer one. */
        public boolean theirsNewer() {
            return Prefer.NEWER.choose(mineUpdated, theirsUpdated) == Choice.THEIRS;
        }
    }

    private final CaseBundle bundle;
    final Map<BundleKind, Counts> counts = new EnumMap<>(BundleKind.class);
    final List<Conflict> conflicts = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Speaker> newAuthors = new ArrayList<>();
    /** Ids of new entities and of conflicts, by kind (what apply may write). */
    final Map<BundleKind, java.util.Set<UUID>> added = new EnumMap<>(BundleKind.class);
    /** Boards and cases (roadmaps) that exist here: their undo history matters. */
    final java.util.Set<UUID> localBoards = new java.util.HashSet<>();
    final java.util.Set<UUID> localCases = new java.util.HashSet<>();
    /** Cases of the bundle that are new here. */
    int newCases;
    /** Rows the file's deletions delete here. */
    final List<Deleting> deleting = new ArrayList<>();
    /** Deletions of rows this Banso does not have (never had, or deleted already): nothing to do. */
    int alreadyAbsent;
    /** Deletions of rows changed here after the deletion: the rows stay (each said in the notes). */
    int keptNewer;

    ImportPlan(CaseBundle bundle) {
        this.bundle = bundle;
    }

    public CaseBundle bundle() {
        return bundle;
    }

    /** Per kind, in the order of {@link BundleKind} (kinds with nothing in the file are left out). */
    public Map<BundleKind, Counts> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public List<Conflict> conflicts() {
        return Collections.unmodifiableList(conflicts);
    }

    /** Things to know (control characters taken out, a followed case not here, speakers added). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public int added() {
        return counts.values().stream().mapToInt(Counts::added).sum();
    }

    /** Rows the file's deletions delete here. */
    public int deleted() {
        return deleting.size();
    }

    /** The file's deletions of rows this Banso does not have: nothing to do. */
    public int alreadyAbsent() {
        return alreadyAbsent;
    }

    /** The file's deletions of rows changed here since, which stay. */
    public int keptNewer() {
        return keptNewer;
    }

    public int identical() {
        return counts.values().stream().mapToInt(Counts::identical).sum();
    }

    /** Speakers the file has and this Banso has not (added by name). */
    public List<Speaker> newAuthors() {
        return Collections.unmodifiableList(newAuthors);
    }

    /** Cases of the file that are not here yet. */
    public int newCases() {
        return newCases;
    }

    /** True when applying would write nothing (a second import of the same file). */
    public boolean changesNothing() {
        return added() == 0 && deleting.isEmpty() && newAuthors.isEmpty() && conflicts.stream().allMatch(c -> c.choice() == Choice.MINE);
    }

    /** Sets every conflict to the default of {@code prefer}. */
    public void chooseAll(Prefer prefer) {
        for (Conflict c : conflicts) {
            c.choose(prefer.choose(c.mineUpdated(), c.theirsUpdated()));
        }
    }
}
