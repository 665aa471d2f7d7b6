package jp.banso.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import jp.banso.domain.Limits;

/**
 * Counts a case file's entities while it is streamed (the first pass of {@link BundleJson#read}), before a single one
 * is built: per case its meetings, boards and rows, per board its notes and lanes, and the rows of the whole file,
 * against {@link Limits}. A file beyond them is refused with the kind, the count and the limit, after one pass that
 * holds only counters (a 158 MB file of 1,000,000 notes is refused in seconds, not imported in minutes).
 */
final class BundleCounts {
    /** Longest board title kept for the message. */
    private static final int TITLE_CHARS = 40;

    private final ToIntFunction<Limits> max;
    private final List<String> over = new ArrayList<>();
    private long fileRows;

    /** Against the app's limits. */
    BundleCounts() {
        this(Limits::max);
    }

    /** Against other maxima (tests lower the file-wide one, which would take a large file to reach). */
    BundleCounts(ToIntFunction<Limits> max) {
        this.max = max;
    }

    /** A top-level list (municipalities, profile snapshots): each element is a row of the file. */
    void topLevel(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            p.skipChildren();
            fileRows++;
        }
    }

    /** The {@code cases} list, the parser on its start; leaves it on its end. */
    void cases(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren(); // the typed reading says what is wrong with it
            return;
        }
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            index++;
            if (p.currentToken() == JsonToken.START_OBJECT) {
                oneCase(p, index);
            } else {
                p.skipChildren();
            }
        }
    }

    private void oneCase(JsonParser p, int index) throws IOException {
        long rows = 0;
        Map<BundleKind, Long> kinds = new HashMap<>();
        Map<String, String> boardTitles = new LinkedHashMap<>();
        Map<String, Long> notes = new HashMap<>();
        Map<String, Long> lanes = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            BundleKind kind = BundleKind.listedAs(field);
            if (kind == BundleKind.CASE) {
                p.skipChildren();
                rows++;
            } else if (field.equals("deletions") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    p.skipChildren();
                    rows++; // a deletion is a row of the file like any other: the same limits bound them
                }
            } else if (kind == null || value != JsonToken.START_ARRAY) {
                p.skipChildren(); // fiscal years, or something the typed reading refuses
            } else {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    rows++;
                    kinds.merge(kind, 1L, Long::sum);
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        p.skipChildren();
                    } else if (kind == BundleKind.BOARD) {
                        board(p, boardTitles);
                    } else if (kind == BundleKind.NOTE || kind == BundleKind.LANE) {
                        String board = boardId(p);
                        Map<String, Long> perBoard = kind == BundleKind.NOTE ? notes : lanes;
                        // one counter per board, and no more of them than a case may have boards: memory stays bounded
                        if (board != null && (perBoard.containsKey(board) || perBoard.size() <= max.applyAsInt(Limits.BOARDS_PER_CASE))) {
                            perBoard.merge(board, 1L, Long::sum);
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        counted(index, rows, kinds, boardTitles, notes, lanes);
    }

    /**
     * The same counts of a bundle already read (one made in memory, as team sync will): so every way into the
     * store meets the same limits.
     */
    static BundleCounts of(BundleFile f) {
        BundleCounts counts = new BundleCounts();
        counts.fileRows = (f.municipalities == null ? 0 : f.municipalities.size()) + (f.profileSnapshots == null ? 0 : f.profileSnapshots.size());
        int index = 0;
        for (BundleFile.CaseEntry c : f.cases == null ? List.<BundleFile.CaseEntry>of() : f.cases) {
            index++;
            if (c == null) {
                continue;
            }
            long rows = (c.supportCase == null ? 0 : 1) + (c.deletions == null ? 0 : c.deletions.size());
            Map<BundleKind, Long> kinds = new HashMap<>();
            Map<String, String> boardTitles = new LinkedHashMap<>();
            Map<String, Long> notes = new HashMap<>();
            Map<String, Long> lanes = new HashMap<>();
            for (BundleKind k : BundleKind.values()) {
                if (k == BundleKind.CASE || k == BundleKind.MUNICIPALITY || k == BundleKind.PROFILE_SNAPSHOT) {
                    continue;
                }
                List<? extends jp.banso.domain.Entity> list = c.list(k);
                rows += list.size();
                kinds.put(k, (long) list.size());
                for (jp.banso.domain.Entity e : list) {
                    if (e instanceof jp.banso.domain.Board b && b.getId() != null) {
                        boardTitles.put(b.getId().toString(), b.getTitle());
                    } else if (e instanceof jp.banso.domain.Note n && n.getBoardId() != null) {
                        notes.merge(n.getBoardId().toString(), 1L, Long::sum);
                    } else if (e instanceof jp.banso.domain.Lane l && l.getBoardId() != null) {
                        lanes.merge(l.getBoardId().toString(), 1L, Long::sum);
                    }
                }
            }
            counts.counted(index, rows, kinds, boardTitles, notes, lanes);
        }
        return counts;
    }

    private void counted(int index, long rows, Map<BundleKind, Long> kinds, Map<String, String> boardTitles, Map<String, Long> notes,
            Map<String, Long> lanes) {
        fileRows += rows;
        String where = "ケース " + index + "件目";
        check(Limits.MEETINGS_PER_CASE, where, kinds.getOrDefault(BundleKind.MEETING, 0L));
        check(Limits.BOARDS_PER_CASE, where, kinds.getOrDefault(BundleKind.BOARD, 0L));
        notes.forEach((board, n) -> check(Limits.NOTES_PER_BOARD, where + "の" + boardName(board, boardTitles), n));
        lanes.forEach((board, n) -> check(Limits.LANES_PER_BOARD, where + "の" + boardName(board, boardTitles), n));
        check(Limits.ROWS_PER_CASE, where, rows);
    }

    /** A board: its id and title kept (for the message), as many as a case may have. */
    private void board(JsonParser p, Map<String, String> titles) throws IOException {
        String id = null;
        String title = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING && name.equals("id")) {
                id = p.getText();
            } else if (v == JsonToken.VALUE_STRING && name.equals("title")) {
                String t = p.getText();
                title = t.length() > TITLE_CHARS ? t.substring(0, TITLE_CHARS + 1) : t; // shortened for the message
            } else {
                p.skipChildren();
            }
        }
        if (id != null && titles.size() <= max.applyAsInt(Limits.BOARDS_PER_CASE)) {
            titles.put(id, title);
        }
    }

    /** A note's or lane's board (the parser on the object's start; leaves it on its end). */
    private static String boardId(JsonParser p) throws IOException {
        String board = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.VALUE_STRING && name.equals("boardId")) {
                board = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return board;
    }

    private static String boardName(String id, Map<String, String> titles) {
        String title = titles.get(id);
        title = title == null || title.length() <= TITLE_CHARS ? title : title.substring(0, TITLE_CHARS) + "…";
        return title == null || title.isBlank() ? "ボード（id " + id + "）" : "ボード「" + title + "」";
    }

    private void check(Limits limit, String where, long count) {
        if (count > max.applyAsInt(limit) && over.size() < BundleCheck.MAX_LISTED) {
            over.add(limit.tooMany(where, count, max.applyAsInt(limit)));
        }
    }

    /** Throws the refusal if anything was beyond its limit; nothing was read into the app. */
    void refuseIfOver(Path file) {
        check(Limits.ROWS_PER_FILE, "ファイル全体", fileRows);
        if (over.isEmpty()) {
            return;
        }
        throw new BundleException("このケースファイルは大きすぎるため取り込めません（何も変更していません）：\n・" + String.join("\n・", over)
                + "\nファイルを作った人に、ケースやボードを分けて書き出してもらってください。" + (file == null ? "" : "\nファイル: " + file));
    }
}
