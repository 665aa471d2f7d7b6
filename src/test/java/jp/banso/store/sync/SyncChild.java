package jp.banso.store.sync;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.store.Store;

/**
 * A laptop in its own JVM for {@link SyncKillTest}, killed from outside at a random moment: it opens the store, then
 * edits and syncs in a loop, each edit a new 宿題 or a changed text of one it made before. It prints
 * {@code ack <id> <text>} only after the edit is committed here, {@code sync} before a sync and {@code synced} after.
 * Arguments: the store's folder, the server's JDBC address (localhost, the owner), the round, the meeting to write in.
 */
public final class SyncChild {
    private SyncChild() {
    }

    /** The text of edit {@code n} of round {@code round}: distinct for every edit, ordered by (round, n). */
    static String text(int round, int n) {
        return String.format("宿題 r%03d e%04d", round, n);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Store store = Store.open(Path.of(args[0])); // deliberately never closed: the parent kills us
        ServerLogin login = new ServerLogin(args[1], "postgres", new char[0], null);
        int round = Integer.parseInt(args[2]);
        UUID meetingId = UUID.fromString(args[3]);
        Random random = new Random(round);
        Sync sync = new Sync(store);
        List<ActionItem> mine = new ArrayList<>(store.meetings().actionItems(meetingId));
        for (int n = 0; ; n++) {
            ActionItem item;
            if (!mine.isEmpty() && random.nextInt(3) == 0) {
                item = mine.get(random.nextInt(mine.size()));
            } else {
                item = new ActionItem();
                item.setMeetingId(meetingId);
                item.setSortOrder(mine.size());
                mine.add(item);
            }
            item.setWhat(text(round, n));
            store.meetings().save(item);
            out.println("ack " + item.getId() + " " + item.getWhat());
            if (n % 2 == 1) {
                out.println("sync");
                sync.run(login, "テストチーム");
                out.println("synced");
            }
        }
    }
}
