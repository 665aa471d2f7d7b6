package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store gives back the space many small commits leave in H2's file when it closes, plain and encrypted, keeping
 * every row. (Killed while compacting: {@link StoreCrashTest}.)
 */
class CompactionTest {
    @TempDir
    Path data;

    @Test
    void closingCompactsALooseFileAndKeepsEveryRow() {
        List<UUID> saved;
        long loose;
        try (Store store = Store.open(data)) {
            saved = makeLoose(store);
            loose = size();
        }
        assertThat(size()).as("closed from %d bytes", loose).isLessThan(loose / 3);
        assertEveryRow(null, saved);
    }

    /** An encrypted store is compacted the same way, stays encrypted, and its next backup is as small. */
    @Test
    void closingCompactsALooseEncryptedFile() {
        DatabasePassword password = SafetyFixtures.PASSWORD;
        List<UUID> saved;
        long loose;
        try (Store store = Store.open(data, password)) {
            saved = makeLoose(store);
            loose = size();
        }
        assertThat(DatabaseFile.state(data)).isEqualTo(DatabaseFile.State.ENCRYPTED);
        assertThat(size()).as("closed from %d bytes", loose).isLessThan(loose / 3);
        assertEveryRow(password, saved);
        try (Store store = Store.open(data, password)) {
            // encrypted free space does not compress: a backup of the loose file would have been about its size
            assertThat(new Backups(data).take(store, BackupReason.MANUAL).bytes()).isLessThan(loose / 3);
        }
    }

    /**
     * A backup taken while the store is open and loose (the exit backup, 今すぐバックアップ) is compacted in its own
     * copy: small, every row in it, the live file as it was. Plain and encrypted.
     */
    @Test
    void aBackupOfALooseStoreIsCompactedInItsOwnCopy() throws Exception {
        for (DatabasePassword password : java.util.Arrays.asList(null, SafetyFixtures.PASSWORD)) {
            Path folder = data.resolve(password == null ? "plain" : "encrypted");
            List<UUID> saved;
            long loose;
            BackupInfo backup;
            try (Store store = Store.open(folder, password)) {
                saved = makeLoose(store, folder);
                loose = Files.size(folder.resolve(DatabaseFile.NAME));
                backup = new Backups(folder).take(store, BackupReason.MANUAL);
                assertThat(Files.size(folder.resolve(DatabaseFile.NAME))).as("the live file").isGreaterThanOrEqualTo(loose);
            }
            assertThat(backup.bytes()).as("backup of a %d-byte file", loose).isLessThan(loose / 3);
            assertThat(backup.encrypted()).isEqualTo(password != null);
            Path restored = data.resolve("restored-" + folder.getFileName());
            Files.createDirectories(restored);
            new Backups(folder).extract(backup, restored.resolve(DatabaseFile.NAME));
            assertEveryRow(restored, password, saved);
            try (var left = Files.list(folder)) {
                assertThat(left).noneMatch(p -> p.getFileName().toString().startsWith(WorkFolder.PREFIX));
            }
        }
    }

    @Test
    void aCompactFileIsClosedAsItIs() throws Exception {
        try (Store store = Store.open(data)) {
            SafetyFixtures.addCase(store, "松本市");
        }
        Object key = Files.readAttributes(data.resolve(DatabaseFile.NAME),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        Store.open(data).close();
        // not rewritten into a new file (a new inode) when there was nothing to give back
        assertThat(Files.readAttributes(data.resolve(DatabaseFile.NAME),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey()).isEqualTo(key);
    }

    /** Saves action items one commit each, as autosave does, until the file is loose; their ids. */
    private List<UUID> makeLoose(Store store) {
        return makeLoose(store, data);
    }

    private List<UUID> makeLoose(Store store, Path folder) {
        SupportCase c = new SupportCase();
        store.cases().create(new Municipality("栃木県", "さくら市"), c, List.of(2024));
        Meeting meeting = new Meeting();
        meeting.setCaseId(c.getId());
        meeting.setKind(MeetingKind.VISIT);
        store.meetings().save(meeting);
        List<UUID> ids = new ArrayList<>();
        for (int n = 0; size(folder) < CrashWriter.LOOSE_BYTES; n++) {
            ids.add(save(store, meeting, n));
        }
        return ids;
    }

    private static UUID save(Store store, Meeting meeting, int n) {
        ActionItem item = new ActionItem();
        item.setMeetingId(meeting.getId());
        item.setWhat(CrashWriter.record(item.getId()));
        item.setSortOrder(n);
        store.meetings().save(item);
        return item.getId();
    }

    private void assertEveryRow(DatabasePassword password, List<UUID> saved) {
        assertEveryRow(data, password, saved);
    }

    private static void assertEveryRow(Path folder, DatabasePassword password, List<UUID> saved) {
        try (Store store = Store.open(folder, password)) {
            UUID caseId = store.cases().summaries().get(0).id();
            List<ActionItem> items = store.meetings().actionItems(store.meetings().list(caseId).get(0).getId());
            assertThat(items).extracting(ActionItem::getId).containsExactlyInAnyOrderElementsOf(saved);
            assertThat(items).allSatisfy(i -> assertThat(i.getWhat()).isEqualTo(CrashWriter.record(i.getId())));
        }
    }

    private long size() {
        return size(data);
    }

    private static long size(Path folder) {
        try {
            return Files.size(folder.resolve(DatabaseFile.NAME));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
