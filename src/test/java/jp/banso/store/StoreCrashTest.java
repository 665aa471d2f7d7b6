package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Banso killed at any moment (power cut, task manager, OS crash of the app) loses nothing it had already
 * reported as saved, and the data folder opens again afterwards. The writer runs in a child JVM that is killed
 * with SIGKILL: no shutdown hook, no H2 close, no flush of anything still buffered in the process.
 */
class StoreCrashTest {
    private static final Pattern ACK = Pattern.compile("ACK ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");
    private static final Duration LINE_TIMEOUT = ChildJvm.startTimeout();
    private static final int KILLS = 20;
    private static final int ENCRYPTED_KILLS = 4;

    @TempDir
    Path tmp;

    @Test
    @Timeout(240)
    void twentyKillsAtRandomMomentsLoseNothingThatWasAcknowledged() throws Exception {
        killAtRandomMoments(KILLS, 0xBA450L, null);
    }

    /** The same with an encrypted store: H2's encryption layer loses nothing acknowledged either. */
    @Test
    @Timeout(120)
    void killsOfAnEncryptedStoreLoseNothingThatWasAcknowledged() throws Exception {
        killAtRandomMoments(ENCRYPTED_KILLS, 0xC1F3L, DatabasePassword.of(CrashWriter.PASSWORD));
    }

    /**
     * A store killed while it compacts its file at close loses nothing acknowledged and opens again: killed as the
     * close begins, as the compacted copy appears beside the file, and when the copy has 64 KB, 512 KB and 2 MB.
     */
    @Test
    @Timeout(600)
    void killsDuringCompactionLoseNothingThatWasAcknowledged() throws Exception {
        killDuringCompaction(new long[] {AS_THE_CLOSE_BEGINS, 0, 64 << 10, 512 << 10, 2 << 20}, null);
    }

    /** The same with an encrypted store. */
    @Test
    @Timeout(400)
    void killsDuringCompactionOfAnEncryptedStoreLoseNothingThatWasAcknowledged() throws Exception {
        killDuringCompaction(new long[] {AS_THE_CLOSE_BEGINS, 0, 256 << 10}, DatabasePassword.of(CrashWriter.PASSWORD));
    }

    private static final long AS_THE_CLOSE_BEGINS = -1;

    /**
     * One round per kill point: SIGKILL as the child says it is closing (and so compacting) its store, or as soon as the
     * compacted copy H2 writes beside the file has that many bytes (points in the compaction's progress, not in time,
     * so that a fast machine is killed inside it too). A round whose compaction ends first counts as not landed.
     */
    private void killDuringCompaction(long[] copyBytes, DatabasePassword password) throws Exception {
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("child.log");
        Map<UUID, UUID> meetingByCase = new HashMap<>();
        Set<UUID> acknowledged = new LinkedHashSet<>();
        int killedWhileCompacting = 0;
        for (int round = 1; round <= copyBytes.length; round++) {
            boolean closed = false;
            try (ChildJvm child = ChildJvm.start(log, password == null ? "compact" : "encrypted-compact", data.toString())) {
                UUID caseId = idAfter("CASE ", child.nextLine(LINE_TIMEOUT));
                meetingByCase.put(caseId, idAfter("MEETING ", child.nextLine(LINE_TIMEOUT)));
                for (String line = child.nextLine(LINE_TIMEOUT); !line.equals("COMPACTING"); line = child.nextLine(LINE_TIMEOUT)) {
                    acknowledged.add(ack(line));
                }
                Path copy = data.resolve(DatabaseFile.NAME + ".tempFile");
                long bytes = copyBytes[round - 1];
                long giveUp = System.nanoTime() + LINE_TIMEOUT.toNanos();
                while (bytes != AS_THE_CLOSE_BEGINS && !child.printedMore() && !hasBytes(copy, bytes) && System.nanoTime() < giveUp) {
                    java.util.concurrent.locks.LockSupport.parkNanos(100_000);
                }
                child.kill();
                closed = child.remainingLines().contains("CLOSED");
            }
            killedWhileCompacting += closed ? 0 : 1;
            String where = "after a kill at " + copyBytes[round - 1] + " bytes of the compacted copy (round " + round + ", "
                    + acknowledged.size() + " acks in all)";
            String traceBefore = h2Trace(data);
            assertNothingLost(data, password, meetingByCase, acknowledged, CrashWriter::record, where);
            // H2 writes what it had to repair or found damaged to its trace file (off for an encrypted store)
            assertThat(h2Trace(data)).as("H2's trace file " + where).isEqualTo(traceBefore);
            // a half-written compacted copy is removed when the store opens
            assertThat(data.resolve(DatabaseFile.NAME + ".tempFile")).as(where).doesNotExist();
        }
        assertThat(killedWhileCompacting).as("kills that landed before the compaction ended").isGreaterThanOrEqualTo(2);
    }

    private static boolean hasBytes(Path file, long bytes) {
        try {
            return Files.size(file) >= bytes;
        } catch (java.io.IOException e) {
            return false; // not there (yet, or any more)
        }
    }

    private static String h2Trace(Path data) throws java.io.IOException {
        Path trace = data.resolve(Store.DB_NAME + ".trace.db");
        return Files.exists(trace) ? Files.readString(trace, StandardCharsets.ISO_8859_1) : "";
    }

    private void killAtRandomMoments(int kills, long seed, DatabasePassword password) throws Exception {
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("child.log");
        Random random = new Random(seed); // fixed: the same kill points on every run
        Map<UUID, UUID> meetingByCase = new HashMap<>();
        Set<UUID> acknowledged = new LinkedHashSet<>();

        for (int round = 1; round <= kills; round++) {
            int killAfter = 5 + random.nextInt(196); // 5..200 acknowledged saves, then SIGKILL
            int acksThisRound = 0;
            try (ChildJvm child = ChildJvm.start(log, password == null ? "loop" : "encrypted-loop", data.toString())) {
                UUID caseId = idAfter("CASE ", child.nextLine(LINE_TIMEOUT));
                UUID meetingId = idAfter("MEETING ", child.nextLine(LINE_TIMEOUT));
                meetingByCase.put(caseId, meetingId);
                while (acksThisRound < killAfter) {
                    acknowledged.add(ack(child.nextLine(LINE_TIMEOUT)));
                    acksThisRound++;
                }
                child.kill();
                // what the child printed between our last read and its death was acknowledged too
                for (String line : child.remainingLines()) {
                    Matcher m = ACK.matcher(line);
                    if (m.matches()) { // the very last line may have been cut off by the kill
                        acknowledged.add(UUID.fromString(m.group(1)));
                        acksThisRound++;
                    }
                }
            }

            String where = "after kill " + round + " of " + kills + " (" + acksThisRound + " acks this round, "
                    + acknowledged.size() + " in all)";
            assertNothingLost(data, password, meetingByCase, acknowledged, CrashWriter::text, where);
        }
    }

    /**
     * The folder opens (the file checked and read completely, see {@link DatabaseFileCheck}) with a case and meeting per
     * round, every acknowledged action item with exactly its text ({@code textOf} its id), and at most one unacknowledged save per kill.
     */
    private static void assertNothingLost(Path data, DatabasePassword password, Map<UUID, UUID> meetingByCase,
            Set<UUID> acknowledged, java.util.function.Function<UUID, String> textOf, String where) {
        int round = meetingByCase.size();
        if (password != null) {
            assertThat(DatabaseFile.state(data)).as("encrypted " + where).isEqualTo(DatabaseFile.State.ENCRYPTED);
        }
        Store store;
        try {
            store = Store.open(data, password);
        } catch (StoreException e) {
            throw new AssertionError("the data folder no longer opens " + where + ": " + e.getMessage(), e);
        }
        try (store) {
            assertThat(store.cases().count()).as("cases " + where).isEqualTo(round);
            Set<UUID> present = new LinkedHashSet<>();
            for (Map.Entry<UUID, UUID> e : meetingByCase.entrySet()) {
                assertThat(store.cases().find(e.getKey())).as("case " + where).isPresent();
                assertThat(store.meetings().list(e.getKey())).as("meeting " + where)
                        .extracting(Meeting::getId).containsExactly(e.getValue());
                for (ActionItem item : store.meetings().actionItems(e.getValue())) {
                    // nothing torn: every row that exists has exactly the text it was saved with
                    assertThat(item.getWhat()).as("text of " + item.getId() + " " + where)
                            .isEqualTo(textOf.apply(item.getId()));
                    present.add(item.getId());
                }
            }
            assertThat(present).as("acknowledged action items " + where).containsAll(acknowledged);
            // at most the one save in flight at the moment of each kill is there without an ack
            assertThat(present.size() - acknowledged.size()).as("unacknowledged rows " + where)
                    .isBetween(0, round);
            assertThat(store.cases().summaries()).as("case list " + where).hasSize(round);
        }
    }

    @Test
    @Timeout(60)
    void anEditKilledRightAfterItsAcknowledgementIsKept() throws Exception {
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("child.log");
        Municipality m = new Municipality("長野県", "松本市");
        SupportCase c = new SupportCase();
        Meeting meeting = new Meeting();
        meeting.setCaseId(c.getId());
        meeting.setKind(MeetingKind.VISIT);
        ActionItem item = new ActionItem();
        item.setMeetingId(meeting.getId());
        item.setWhat("仕様書案を作成");
        try (Store store = Store.open(data)) {
            store.cases().create(m, c, List.of(2024));
            store.meetings().save(meeting);
            store.meetings().save(item);
        }

        List<String> texts = new ArrayList<>(List.of("仕様書案を作成（12月16日まで）", "仕様書案を作成済み", "差し戻し：再作成"));
        for (int round = 0; round < texts.size(); round++) {
            String text = texts.get(round);
            try (ChildJvm child = ChildJvm.start(log, "edit", data.toString(), meeting.getId().toString(),
                    item.getId().toString(), Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)))) {
                assertThat(child.nextLine(LINE_TIMEOUT)).isEqualTo("ACK " + item.getId());
                child.kill(); // at once: the child has not closed anything
            }
            try (Store store = Store.open(data)) {
                assertThat(store.meetings().actionItems(meeting.getId())).as("after edit %d and kill", round + 1)
                        .singleElement().extracting(ActionItem::getWhat).isEqualTo(text);
            }
        }
    }

    /**
     * A password change stopped dead part-way (the JVM halted: no finally, no close) leaves a database that opens, with
     * all its cases, with the old password (stopped before the new file was renamed into place) or the new one (after).
     */
    @Test
    @Timeout(120)
    void aPasswordChangeStoppedAtAnyPointLeavesADatabaseThatOpens() throws Exception {
        Path data = tmp.resolve("data");
        DatabasePassword oldPassword = DatabasePassword.of(CrashWriter.PASSWORD);
        DatabasePassword newPassword = DatabasePassword.of(CrashWriter.NEW_PASSWORD);
        try (Store store = Store.open(data, oldPassword)) {
            for (int i = 0; i < 40; i++) {
                SafetyFixtures.addCase(store, "市" + i, "あ".repeat(1500)); // a file of a few hundred KB: several blocks to copy
            }
        }
        String[][] stops = {{"block", "2"}, {"copied", "1"}, {"replaced", "1"}};
        for (String[] stop : stops) {
            try (Store store = Store.open(data, oldPassword)) {
                assertThat(store.cases().count()).isEqualTo(40);
            }
            try (ChildJvm child = ChildJvm.start(tmp.resolve("child.log"), "change-password", data.toString(), stop[0], stop[1])) {
                assertThat(child.nextLine(LINE_TIMEOUT)).isEqualTo("HALT " + stop[0]);
                child.remainingLines();
            }
            boolean renamed = stop[0].equals("replaced");
            DatabasePassword expected = renamed ? newPassword : oldPassword;
            try (Store store = Store.open(data, expected)) {
                assertThat(store.cases().count()).as("cases after a stop at %s %s", stop[0], stop[1]).isEqualTo(40);
            }
            if (renamed) { // back to the old password for the next round
                try (Store store = Store.open(data, newPassword)) {
                    Encryption.change(store, new Backups(data), oldPassword).store().close();
                }
            }
        }
        // what the stopped changes left in work folders goes at the next start
        WorkFolder.cleanUp(data);
        SafetyFixtures.assertNoWorkFolders(data);
    }

    private static UUID idAfter(String prefix, String line) {
        assertThat(line).startsWith(prefix);
        return UUID.fromString(line.substring(prefix.length()));
    }

    private static UUID ack(String line) {
        Matcher m = ACK.matcher(line);
        assertThat(m.matches()).as("an ack line: %s", line).isTrue();
        return UUID.fromString(m.group(1));
    }
}
