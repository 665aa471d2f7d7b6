package jp.banso.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;

/**
 * Child process for the crash and lock tests; it is killed from outside, never closes the store on purpose.
 * Every line it prints to stdout is a promise to the parent: a line is printed only after the thing it names has
 * returned from the store.
 *
 * <ul>
 *   <li>{@code loop <dir>}: creates a case and a meeting (prints {@code CASE <id>}, {@code MEETING <id>}), then saves
 *       action items with distinct texts ({@link #text(UUID)}) one after another, printing {@code ACK <id>} after each
 *       save returns, until killed.</li>
 *   <li>{@code edit <dir> <meetingId> <itemId> <base64 of the UTF-8 text>}: changes the text of an existing
 *       action item, saves it, prints {@code ACK <itemId>} and then sleeps until killed. (Base64 because a child's
 *       argv is decoded with the platform charset, which in a C locale turns Japanese into question marks.)</li>
 *   <li>{@code hold <dir>}: opens the store, prints {@code OPEN} and sleeps until killed.</li>
 *   <li>{@code change-password <dir> <point> <n>}: opens the store (encrypted with {@link #PASSWORD}), changes its
 *       password to {@link #NEW_PASSWORD}, and halts the JVM (as abruptly as a kill) the {@code n}-th time the change
 *       reaches {@code point} ("block", "copied", "replaced"); prints {@code CHANGED} if it got through.</li>
 *   <li>{@code compact <dir>}: as {@code loop} (with the longer texts of {@link #record}), until the file is over {@value #LOOSE_BYTES} bytes (many small
 *       commits leave it loose); then prints {@code COMPACTING}, closes the store (which compacts the file) and prints
 *       {@code CLOSED}.</li>
 * </ul>
 * A mode prefixed with {@code encrypted-} opens the store with {@link #PASSWORD}.
 */
public final class CrashWriter {

    static final String PASSWORD = "crash-test 暗号";
    static final String NEW_PASSWORD = "crash-test 新しい暗号";
    /** The size from which {@code compact} starts compacting: loose enough for several steps. */
    static final long LOOSE_BYTES = 32L << 20;

    private CrashWriter() {
    }

    /** The text the loop gives an action item: distinct per item, and checkable from its id alone. */
    static String text(UUID itemId) {
        return "宿題 " + itemId;
    }

    /**
     * The text {@code compact} gives an action item: as {@link #text}, with a record of a few thousand characters, so
     * that the live data takes the compaction a while.
     */
    static String record(UUID itemId) {
        return text(itemId) + "：" + "経過を記録する。".repeat(375);
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String mode = args[0];
        Path dir = Path.of(args[1]);
        DatabasePassword password = null;
        if (mode.startsWith("encrypted-") || mode.equals("change-password")) {
            mode = mode.replaceFirst("^encrypted-", "");
            password = DatabasePassword.of(PASSWORD);
        }
        Store store = Store.open(dir, password); // deliberately never closed: the parent kills us
        switch (mode) {
            case "loop" -> loop(store, out);
            case "edit" -> edit(store, out, UUID.fromString(args[2]), UUID.fromString(args[3]),
                    new String(Base64.getDecoder().decode(args[4]), StandardCharsets.UTF_8));
            case "compact" -> compact(store, out, dir);
            case "hold" -> {
                out.println("OPEN");
                out.flush();
                sleepForever();
            }
            case "change-password" -> {
                String point = args[2];
                int[] left = {Integer.parseInt(args[3])};
                Encryption.testHook = p -> {
                    if (p.equals(point) && --left[0] == 0) {
                        out.println("HALT " + p);
                        out.flush();
                        Runtime.getRuntime().halt(3); // no shutdown hooks, no finally blocks, no H2 close
                    }
                };
                Encryption.change(store, new Backups(dir), DatabasePassword.of(NEW_PASSWORD));
                out.println("CHANGED");
                out.flush();
            }
            default -> throw new IllegalArgumentException(mode);
        }
    }

    private static void loop(Store store, PrintStream out) {
        Meeting meeting = caseAndMeeting(store, out);
        for (int n = 0; ; n++) {
            save(store, out, meeting, n, CrashWriter::text);
        }
    }

    private static void compact(Store store, PrintStream out, Path dir) throws Exception {
        Meeting meeting = caseAndMeeting(store, out);
        Path file = dir.resolve(DatabaseFile.NAME);
        for (int n = 0; java.nio.file.Files.size(file) < LOOSE_BYTES; n++) {
            save(store, out, meeting, n, CrashWriter::record);
        }
        out.println("COMPACTING");
        store.close();
        out.println("CLOSED");
        out.flush();
        sleepForever();
    }

    private static Meeting caseAndMeeting(Store store, PrintStream out) {
        Municipality m = new Municipality("栃木県", "さくら市");
        SupportCase c = new SupportCase();
        c.setProgramme("老健局主導型");
        store.cases().create(m, c, List.of(2024));
        Meeting meeting = new Meeting();
        meeting.setCaseId(c.getId());
        meeting.setKind(MeetingKind.VISIT);
        store.meetings().save(meeting);
        out.println("CASE " + c.getId());
        out.println("MEETING " + meeting.getId());
        out.flush();
        return meeting;
    }

    private static void save(Store store, PrintStream out, Meeting meeting, int n,
            java.util.function.Function<UUID, String> textOf) {
        ActionItem item = new ActionItem();
        item.setMeetingId(meeting.getId());
        item.setWhat(textOf.apply(item.getId()));
        item.setSortOrder(n);
        store.meetings().save(item);
        out.println("ACK " + item.getId());
        out.flush();
    }

    private static void edit(Store store, PrintStream out, UUID meetingId, UUID itemId, String text) throws InterruptedException {
        ActionItem item = store.meetings().actionItems(meetingId).stream()
                .filter(i -> i.getId().equals(itemId)).findFirst().orElseThrow();
        item.setWhat(text);
        store.meetings().save(item);
        out.println("ACK " + item.getId());
        out.flush();
        sleepForever();
    }

    private static void sleepForever() throws InterruptedException {
        while (true) {
            Thread.sleep(60_000);
        }
    }
}
