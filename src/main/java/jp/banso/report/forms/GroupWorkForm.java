package jp.banso.report.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import jp.banso.board.BoardTemplate;
import jp.banso.board.TemplateLibrary;
import jp.banso.domain.Board;
import jp.banso.domain.Lane;
import jp.banso.domain.Meeting;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.report.CaseData;
import jp.banso.report.DataTable;
import jp.banso.report.ReportException;
import jp.banso.report.ReportForm;
import jp.banso.report.ReportInput;

/**
 * グループワーク記録: one sheet per board of the meeting — the board as a picture, then every note by lane and group,
 * with its votes. Where board pictures cannot be drawn (no display), the sheet says so and lists the notes.
 */
public final class GroupWorkForm extends ReportForm {

    public record Data(Headers.CaseInfo c, Headers.MeetingInfo m, List<String> sheetNames, List<BoardSheet> boards) {
    }

    public record BoardSheet(String title, String templateName, Integer noteCount, Integer groupCount, Integer voteCount,
                             byte[] image, String imageNote, List<LaneBlock> lanes) {
    }

    public record LaneBlock(String title, Integer noteCount, List<NoteRow> notes) {
    }

    /** {@code priority} is ★ for a note marked 優先. */
    public record NoteRow(String group, String text, String author, Integer votes, String priority) {
    }

    public GroupWorkForm() {
        super("group-work", "グループワーク記録",
                "この会議のボードの画像と、レーン・グループごとの付箋の一覧（投票数つき）",
                Scope.MEETING, Data.class);
    }

    @Override
    public String unavailable(CaseData data, Meeting meeting) {
        return meeting == null || data.boardsOf(meeting.getId()).isEmpty() ? "この会議にはボードがありません" : null;
    }

    @Override
    public List<Board> pictures(CaseData data, Meeting meeting) {
        return data.boardsOf(meeting.getId());
    }

    @Override
    public Record build(ReportInput in) {
        CaseData d = in.data();
        TemplateLibrary templates = TemplateLibrary.load(d.directory() == null ? null : d.directory().resolve("templates").resolve("boards"));
        List<BoardSheet> sheets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Board b : pictures(d, in.meeting())) {
            names.add(sheetName(b.getTitle(), used));
            sheets.add(sheet(in, b, templates.find(b.getTemplateId()).map(BoardTemplate::name).orElse(null)));
        }
        return new Data(Headers.caseInfo(in), Headers.meetingInfo(in.meeting()), names, sheets);
    }

    /** One row per note of the meeting's boards: board, lane, group, text, author, votes, 優先. */
    @Override
    protected DataTable rows(ReportInput in, Record built) {
        Data d = (Data) built;
        DataTable.Builder t = DataTable.of("会議", "開催日", "ボード", "レーン", "グループ", "付箋", "記入者", "投票数（票）", "優先（1＝優先）");
        for (BoardSheet b : d.boards()) {
            for (LaneBlock lane : b.lanes()) {
                for (NoteRow n : lane.notes()) {
                    t.row(in.meeting().displayTitle(), in.meeting().getHeldOn(), b.title(), lane.title(), n.group(), n.text(), n.author(),
                            n.votes(), n.priority() == null ? 0 : 1);
                }
            }
        }
        return t.build();
    }

    private static BoardSheet sheet(ReportInput in, Board b, String templateName) {
        CaseData d = in.data();
        List<Note> notes = d.notes(b.getId());
        Map<UUID, NoteGroup> groups = new LinkedHashMap<>();
        d.groups(b.getId()).forEach(g -> groups.put(g.getId(), g));
        byte[] image = null;
        String imageNote = "";
        String reason = in.images().unavailableReason();
        if (reason != null) {
            imageNote = "（" + reason + "）";
            if (!in.notes().contains(reason)) {
                in.notes().add(reason);
            }
        } else {
            try {
                image = in.images().png(d.store(), b.getId());
            } catch (ReportException e) {
                imageNote = "（" + e.getMessage() + "）";
                in.notes().add("「" + b.getTitle() + "」: " + e.getMessage());
            }
        }
        List<LaneBlock> blocks = new ArrayList<>();
        for (Lane lane : d.lanes(b.getId())) {
            List<Note> in1 = notes.stream().filter(n -> lane.getId().equals(n.getLaneId())).toList();
            blocks.add(block(lane.getTitle(), in1, groups));
        }
        List<Note> outside = notes.stream().filter(n -> n.getLaneId() == null
                || d.lanes(b.getId()).stream().noneMatch(l -> l.getId().equals(n.getLaneId()))).toList();
        if (!outside.isEmpty()) {
            blocks.add(block("（レーンの外）", outside, groups));
        }
        int votes = notes.stream().mapToInt(Note::getVotes).sum();
        return new BoardSheet(b.getTitle(), templateName, notes.size(), groups.size(), votes, image, imageNote, blocks);
    }

    private static final Comparator<Note> READING_ORDER = Comparator.comparingDouble(Note::getY).thenComparingDouble(Note::getX);

    /** Grouped notes first, island by island (the topmost island first), then the rest; top to bottom within each. */
    private static LaneBlock block(String title, List<Note> notes, Map<UUID, NoteGroup> groups) {
        Map<UUID, List<Note>> byGroup = new LinkedHashMap<>();
        List<Note> sorted = notes.stream().sorted(READING_ORDER).toList();
        for (Note n : sorted) {
            if (n.getGroupId() != null && groups.containsKey(n.getGroupId())) {
                byGroup.computeIfAbsent(n.getGroupId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<NoteRow> rows = new ArrayList<>();
        for (Map.Entry<UUID, List<Note>> e : byGroup.entrySet()) {
            String g = groups.get(e.getKey()).getTitle();
            for (Note n : e.getValue()) {
                rows.add(row(g == null || g.isBlank() ? "（名前なし）" : g, n));
            }
        }
        sorted.stream().filter(n -> n.getGroupId() == null || !groups.containsKey(n.getGroupId())).forEach(n -> rows.add(row(null, n)));
        return new LaneBlock(title, notes.size(), rows);
    }

    private static NoteRow row(String group, Note n) {
        return new NoteRow(group, n.getText(), n.getAuthor(), n.getVotes(), n.isPriority() ? "★" : null);
    }

    /** A valid, unique Excel sheet name (31 characters, none of []:*?/\). */
    static String sheetName(String title, Set<String> used) {
        String base = Objects.requireNonNullElse(title, "ボード").replaceAll("[\\[\\]:*?/\\\\]", "・").strip();
        if (base.isEmpty()) {
            base = "ボード";
        }
        base = base.codePointCount(0, base.length()) > 28 ? base.substring(0, base.offsetByCodePoints(0, 28)) : base;
        String name = base;
        for (int i = 2; used.contains(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + "(" + i + ")";
        }
        used.add(name.toLowerCase(java.util.Locale.ROOT));
        return name;
    }
}
