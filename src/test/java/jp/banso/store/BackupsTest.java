package jp.banso.store;

import static jp.banso.store.SafetyFixtures.MARKER;
import static jp.banso.store.SafetyFixtures.PASSWORD;
import static jp.banso.store.SafetyFixtures.TOKYO;
import static jp.banso.store.SafetyFixtures.addCase;
import static jp.banso.store.SafetyFixtures.contains;
import static jp.banso.store.SafetyFixtures.databaseEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.SafetyFixtures.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Backups: what each one knows about itself, consistency while the user goes on typing, rotation, encryption. */
class BackupsTest {
    @TempDir
    Path tmp;

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(TOKYO).toInstant();
    }

    @Test
    void everyBackupsOfOneFolderSharesOneLock() {
        // an import takes its 取り込み前 backup with its own Backups while the app's worker may be rotating the folder
        assertThat(new Backups(tmp).lock()).isSameAs(new Backups(tmp.resolve(".").resolve("x").resolve("..")).lock());
        assertThat(new Backups(tmp).lock()).isNotSameAs(new Backups(tmp.resolve("other")).lock());
    }

    @Test
    void aBackupKnowsWhenWhyAndWhatItHoldsWithoutBeingOpened() throws Exception {
        Path data = tmp.resolve("data");
        MutableClock clock = new MutableClock(at(2025, 1, 6, 9));
        Backups backups = new Backups(data, clock);
        try (Store store = Store.open(data)) {
            addCase(store, "さくら市");
            addCase(store, "館林市");
            BackupInfo first = backups.take(store, BackupReason.START);
            clock.advance(Duration.ofHours(3));
            addCase(store, "富士川町");
            BackupInfo second = backups.take(store, BackupReason.MANUAL);

            assertThat(first.file().getFileName().toString()).isEqualTo("banso_20250106-090000_start.zip");
            assertThat(first.cases()).isEqualTo(2);
            assertThat(second.cases()).isEqualTo(3);
            assertThat(second.meetings()).isZero();
            assertThat(second.encrypted()).isFalse();
            assertThat(second.appVersion()).isNotBlank();
            assertThat(backups.list()).extracting(BackupInfo::reason).containsExactly(BackupReason.MANUAL, BackupReason.START);
            assertThat(backups.list()).extracting(BackupInfo::takenAt).containsExactly(at(2025, 1, 6, 12), at(2025, 1, 6, 9));
            assertThat(backups.list().get(0).reasonLabel()).isEqualTo("手動");
            assertThat(Files.readString(Backups.sidecarOf(second.file()))).contains("\"cases\" : 3").doesNotContain(MARKER);

            // the daily backup is due 24 hours after the newest
            clock.advance(Duration.ofHours(23));
            assertThat(backups.isDue(Duration.ofHours(24))).isFalse();
            clock.advance(Duration.ofHours(2));
            assertThat(backups.isDue(Duration.ofHours(24))).isTrue();

            // two in the same second get distinct names
            BackupInfo a = backups.take(store, BackupReason.DAILY);
            BackupInfo b = backups.take(store, BackupReason.DAILY);
            assertThat(a.file()).isNotEqualTo(b.file());
            assertThat(b.file().getFileName().toString()).endsWith("_daily_2.zip");
        }
        // a zip whose sidecar was lost (a crash between the two) is still listed, from its name
        Path lonely = backups.list().get(0).file();
        Files.delete(Backups.sidecarOf(lonely));
        BackupInfo fromName = backups.list().stream().filter(i -> i.file().equals(lonely)).findFirst().orElseThrow();
        assertThat(fromName.reason()).isEqualTo(BackupReason.DAILY);
        assertThat(fromName.cases()).isNull();
        assertThat(fromName.reasonLabel()).isEqualTo("定期");
    }

    /**
     * The backup is one moment of the database even while another thread commits: each transaction writes a pair of
     * action items, and every backup holds only whole pairs, at least all pairs committed before it started.
     */
    @Test
    @Timeout(60)
    void aBackupTakenWhileWritesGoOnIsConsistent() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        try (Store store = Store.open(data)) {
            SupportCase c = addCase(store, "さくら市");
            Meeting meeting = new Meeting();
            meeting.setCaseId(c.getId());
            meeting.setKind(MeetingKind.VISIT);
            store.meetings().save(meeting);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger committed = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int pair = 0; !stop.get(); pair++) {
                        int p = pair;
                        store.jdbi().useTransaction(h -> {
                            for (int half = 0; half < 2; half++) {
                                ActionItem item = new ActionItem();
                                item.setMeetingId(meeting.getId());
                                item.setWhat("組 " + p + " の " + half);
                                item.setSortOrder(p);
                                store.meetings().actionItemsTable().save(h, item);
                            }
                        });
                        committed.set(pair + 1);
                        Thread.sleep(1); // a fast typist saves a few times a second; this is hundreds
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "writer");
            writer.start();
            List<int[]> taken = new ArrayList<>();
            try {
                for (int i = 0; i < 5; i++) {
                    Thread.sleep(150);
                    int before = committed.get();
                    BackupInfo b = backups.takeWithoutRotating(store, BackupReason.MANUAL);
                    int after = committed.get();
                    Path copy = Files.createDirectories(tmp.resolve("copy-" + i));
                    backups.extract(b, copy.resolve(DatabaseFile.NAME));
                    taken.add(new int[] {before, after, i});
                }
            } finally {
                stop.set(true);
                writer.join();
            }
            assertThat(failure.get()).as("the writer, while backups were taken").isNull();
            assertThat(committed.get()).isGreaterThan(50);
            for (int[] t : taken) {
                try (Store copy = Store.open(tmp.resolve("copy-" + t[2]))) {
                    List<ActionItem> items = copy.meetings().actionItems(meeting.getId());
                    assertThat(items.size() % 2).as("backup %d holds whole pairs only", t[2]).isZero();
                    assertThat(items.size() / 2).as("pairs in backup %d", t[2]).isBetween(t[0], t[1]);
                    assertThat(items.stream().collect(java.util.stream.Collectors.groupingBy(ActionItem::getSortOrder,
                            java.util.stream.Collectors.counting())).values()).allMatch(n -> n == 2);
                }
            }
        }
    }

    @Test
    void theBackupOfAnEncryptedDatabaseIsEncrypted() throws Exception {
        Path plainData = tmp.resolve("plain");
        Path secretData = tmp.resolve("secret");
        BackupInfo plain;
        BackupInfo secret;
        try (Store store = Store.open(plainData)) {
            addCase(store, "さくら市");
            plain = new Backups(plainData).take(store, BackupReason.MANUAL);
        }
        try (Store store = Store.open(secretData, PASSWORD)) {
            addCase(store, "さくら市");
            secret = new Backups(secretData).take(store, BackupReason.MANUAL);
        }
        // the control: in an unencrypted backup the marker is there to be found
        assertThat(contains(databaseEntry(plain.file()), MARKER)).isTrue();
        assertThat(plain.encrypted()).isFalse();

        assertThat(secret.encrypted()).isTrue();
        assertThat(contains(Files.readAllBytes(secret.file()), MARKER)).isFalse();
        byte[] db = databaseEntry(secret.file());
        assertThat(contains(db, MARKER)).as("the database inside the zip").isFalse();
        assertThat(contains(db, "さくら市")).isFalse();
        assertThat(new String(db, 0, 10, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt\n");
        assertThat(Files.readString(Backups.sidecarOf(secret.file()))).contains("\"encrypted\" : true")
                .doesNotContain(MARKER, "さくら市");

        // and it opens with the password only
        Backups backups = new Backups(secretData);
        StoreException refused = catchThrowableOfType(StoreException.class,
                () -> Restore.prepare(secretData, backups, backups.list().get(0), (b, n) -> n == 0 ? SafetyFixtures.OTHER_PASSWORD : null));
        assertThat(refused.reason()).isEqualTo(StoreException.Reason.PASSWORD_REQUIRED);
        try (Restore.Prepared p = Restore.prepare(secretData, backups, backups.list().get(0), (b, n) -> PASSWORD)) {
            assertThat(p.contents().cases()).isEqualTo(1);
            assertThat(p.encrypted()).isTrue();
        }
    }

    @Test
    void rotationKeepsTheLastTenTheNewestOfEachMonthAndTheNewestBeforeRestore() {
        // four backups a day (start, two daily, exit) from 1 October to 15 December, newest first
        List<BackupInfo> all = new ArrayList<>();
        for (Instant t = at(2024, 10, 1, 9); t.isBefore(at(2024, 12, 16, 0)); t = t.plus(Duration.ofHours(6))) {
            BackupReason reason = t.equals(at(2024, 11, 20, 3)) ? BackupReason.BEFORE_RESTORE : BackupReason.DAILY;
            all.add(0, info(t, reason));
        }
        List<BackupInfo> deleted = Backups.toDelete(all, TOKYO);
        List<BackupInfo> kept = new ArrayList<>(all);
        kept.removeAll(deleted);

        assertThat(kept.subList(0, 10)).isEqualTo(all.subList(0, 10));
        assertThat(kept.subList(10, kept.size())).extracting(BackupInfo::takenAt)
                .containsExactly(at(2024, 11, 30, 21), at(2024, 11, 20, 3), at(2024, 10, 31, 21));
        assertThat(kept.get(11).reason()).isEqualTo(BackupReason.BEFORE_RESTORE);

        // rotating what was kept deletes nothing more
        assertThat(Backups.toDelete(kept, TOKYO)).isEmpty();
        // fewer than ten: nothing goes
        assertThat(Backups.toDelete(all.subList(0, 10), TOKYO)).isEmpty();
    }

    private static BackupInfo info(Instant t, BackupReason reason) {
        return new BackupInfo(Path.of("banso_" + t.toEpochMilli() + ".zip"), t, reason, 1, 1, 1, false, "test", 1);
    }

    @Test
    void rotationDeletesTheFilesItNamedAndNothingElse() throws Exception {
        Path data = tmp.resolve("data");
        MutableClock clock = new MutableClock(at(2024, 10, 20, 9));
        Backups backups = new Backups(data, clock);
        try (Store store = Store.open(data)) {
            addCase(store, "さくら市");
            for (int i = 0; i < 14; i++) { // every third day, 20 October .. 28 November
                backups.take(store, BackupReason.START);
                clock.advance(Duration.ofDays(3));
            }
        }
        Path mine = Files.writeString(backups.folder().resolve("自分で置いたコピー.zip"), "x");
        Path leftover = Files.writeString(backups.folder().resolve("banso_20241201-090000_start.zip.tmp"), "half");
        backups.rotate();

        assertThat(backups.list()).hasSize(11).extracting(b -> LocalDateTime.ofInstant(b.takenAt(), TOKYO).toLocalDate().toString())
                .endsWith("2024-11-01", "2024-10-29");
        try (var files = Files.list(backups.folder())) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .hasSize(11 * 2 + 1)
                    .contains("自分で置いたコピー.zip", "banso_20241029-090000_start.zip", "banso_20241029-090000_start.json")
                    .doesNotContain("banso_20241026-090000_start.zip", "banso_20241026-090000_start.json",
                            "banso_20241020-090000_start.zip");
        }
        assertThat(mine).exists();
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aFolderWithoutBackupsListsNothingAndCreatesNothing() {
        Path data = tmp.resolve("none");
        assertThat(new Backups(data).list()).isEmpty();
        assertThat(Backups.exist(data)).isFalse();
        assertThat(data).doesNotExist();
        assertThat(new Backups(data).isDue(Duration.ofHours(24))).isTrue();
        UUID.randomUUID();
    }
}
