package jp.banso.bundle;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import jp.banso.domain.Board;
import jp.banso.domain.Entity;
import jp.banso.domain.Meeting;
import jp.banso.domain.SupportCase;
import jp.banso.store.CaseBundleRows;
import jp.banso.store.Store;

/**
 * Exporting cases to a bundle file: everything of each case with what was deleted from it (its tombstones), its
 * municipality with every profile snapshot, and the speakers' list. The file is written beside its target and moved into place when complete, so a failed or stopped
 * export never leaves half a bundle under the chosen name.
 */
public final class BundleExport {

    private BundleExport() {
    }

    /** What was written. */
    public record Result(Path file, int cases, int entities, long bytes) {
    }

    /** The bundle of these cases, in memory (tests, and the export below). */
    public static BundleFile bundle(Store store, Collection<UUID> caseIds) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(caseIds));
        CaseBundleRows.Rows rows = new CaseBundleRows(store).read(ids);
        Map<UUID, SupportCase> found = new HashMap<>();
        rows.get(CaseBundleRows.SUPPORT_CASE).forEach(c -> found.put(c.getId(), c));
        List<UUID> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new BundleException("書き出すケースが見つかりません（削除されたかもしれません）: " + missing);
        }
        BundleFile f = new BundleFile();
        f.format = BundleFormat.FORMAT;
        f.formatVersion = BundleFormat.VERSION;
        f.appVersion = BundleFormat.appVersion();
        f.exportedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        f.noteAuthors.addAll(rows.authors);
        f.municipalities.addAll(rows.get(CaseBundleRows.MUNICIPALITY));
        f.profileSnapshots.addAll(rows.get(CaseBundleRows.PROFILE_SNAPSHOT));

        Map<UUID, BundleFile.CaseEntry> entries = new LinkedHashMap<>();
        for (UUID id : ids) {
            BundleFile.CaseEntry e = new BundleFile.CaseEntry();
            e.supportCase = found.get(id);
            e.fiscalYears = new ArrayList<>(rows.fiscalYears.getOrDefault(id, List.of()));
            entries.put(id, e);
            f.cases.add(e);
        }
        Map<UUID, UUID> meetingCase = new HashMap<>();
        for (Meeting m : rows.get(CaseBundleRows.MEETING)) {
            meetingCase.put(m.getId(), m.getCaseId());
        }
        Map<UUID, UUID> boardCase = new HashMap<>();
        for (Board b : rows.get(CaseBundleRows.BOARD)) {
            boardCase.put(b.getId(), b.getCaseId());
        }
        for (BundleKind k : BundleKind.values()) {
            if (k == BundleKind.MUNICIPALITY || k == BundleKind.PROFILE_SNAPSHOT || k == BundleKind.CASE) {
                continue;
            }
            Map<UUID, List<Entity>> byCase = new HashMap<>();
            for (Entity e : rows.get(k.table())) {
                UUID owner = switch (k) {
                    case MEETING_PART, PARTICIPANT, ACTION_ITEM -> meetingCase.get(parent(k, e));
                    case LANE, NOTE_GROUP, NOTE, NOTE_LINK, VOTE_ROUND, NOTE_VOTE -> boardCase.get(parent(k, e));
                    default -> parent(k, e);
                };
                byCase.computeIfAbsent(owner, x -> new ArrayList<>()).add(e);
            }
            for (Map.Entry<UUID, BundleFile.CaseEntry> c : entries.entrySet()) {
                c.getValue().set(k, byCase.getOrDefault(c.getKey(), new ArrayList<>()));
            }
        }
        for (CaseBundleRows.Deleted d : rows.deletions) {
            entries.get(d.caseId()).deletions.add(new BundleFile.Deletion(BundleKind.of(d.table()).field(), d.id(), d.deletedAt()));
        }
        return f;
    }

    /** The id of the entity's parent row (its table's parent column). */
    private static UUID parent(BundleKind k, Entity e) {
        for (EntityProperties.Property p : EntityProperties.of(k)) {
            if (p.column().equals(k.table().parentColumn())) {
                return (UUID) p.get(e);
            }
        }
        throw new IllegalStateException(k.name());
    }

    /**
     * Writes the cases to {@code target} (".banso" is added when the name has no extension). Existing files are
     * replaced only once the new one is complete.
     */
    public static Result export(Store store, Collection<UUID> caseIds, Path target, Consumer<String> progress) {
        if (caseIds.isEmpty()) {
            throw new BundleException("書き出すケースを選んでください");
        }
        Path file = BundleFiles.withExtension(target.toAbsolutePath().normalize());
        progress.accept("ケースを読み込んでいます…");
        BundleFile f = bundle(store, caseIds);
        int entities = 0;
        for (BundleKind k : BundleKind.values()) {
            entities += f.all(k).size();
        }
        progress.accept("ファイルに書き込んでいます…");
        Path dir = file.getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, ".banso-export-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                BundleJson.write(f, out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Result(file, f.cases.size(), entities, Files.size(file));
        } catch (IOException e) {
            throw new BundleException("ファイルに書き出せません: " + file + "（" + e.getMessage() + "）", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: a leftover .tmp is hidden and harmless
                }
            }
        }
    }
}
