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
        SupportCase c = new SupportCase();
        store.cases().create(new Municipality("栃木県", "さくら市"), c, List.of(2024));
        Meeting meeting = new Meeting();
        meeting.setCaseId(c.getId());
        meeting.setKind(MeetingKind.VISIT);
        store.meetings().save(meeting);
        List<UUID> ids = new ArrayList<>();
        for (int n = 0; size() < CrashWriter.LOOSE_BYTES; n++) {
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
        try (Store store = Store.open(data, password)) {
            UUID caseId = store.cases().summaries().get(0).id();
            List<ActionItem> items = store.meetings().actionItems(store.meetings().list(caseId).get(0).getId());
            assertThat(items).extracting(ActionItem::getId).containsExactlyInAnyOrderElementsOf(saved);
            assertThat(items).allSatisfy(i -> assertThat(i.getWhat()).isEqualTo(CrashWriter.record(i.getId())));
        }
    }

    private long size() {
        try {
            return Files.size(data.resolve(DatabaseFile.NAME));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
