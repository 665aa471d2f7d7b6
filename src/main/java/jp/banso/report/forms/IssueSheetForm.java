package jp.banso.report.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.Lane;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Note;
import jp.banso.domain.NoteLink;
import jp.banso.report.CaseData;
import jp.banso.report.DataTable;
import jp.banso.report.ReportForm;
import jp.banso.report.ReportInput;

/**
 * 課題整理表（課題一覧シート）: あるべき姿 | 現状 | 課題 | 優先度 | 種類 | 対応の方向性 | 担当部署, highest priority first.
 * Rows are the case's 課題一覧, the 課題 notes of the boards not yet registered in it, and the 事実・課題 → 解決策・対策
 * pairs of boards with those lanes (the n-th fact, top to bottom, with the n-th measure). From a meeting, its boards
 * are read; for the whole case, every board.
 */
public final class IssueSheetForm extends ReportForm {

    public record Data(Headers.CaseInfo c, String scope, List<Row> issues) {
    }

    /** {@code status} is the 課題一覧's status, 未登録 for a board note not in the list, ボード for a fact/measure pair. */
    public record Row(Integer no, String vision, String current, String statement, String level, String kind, String direction,
                      String department, String status, Integer votes, String source) {
    }

    private record Sortable(Integer rank, IssueLevel level, int votes, int order, Row row) {
    }

    public IssueSheetForm() {
        super("issue-sheet", "課題整理表",
                "課題一覧シート：あるべき姿・現状・課題・優先度・種類・対応の方向性・担当部署（優先度の高い順）",
                Scope.CASE, Data.class);
    }

    @Override
    public Record build(ReportInput in) {
        CaseData d = in.data();
        List<Sortable> rows = new ArrayList<>();
        Set<UUID> promotedNotes = new HashSet<>();
        Map<UUID, String> boardTitles = new HashMap<>();
        d.boards().forEach(b -> boardTitles.put(b.getId(), b.getTitle()));
        for (CaseIssue i : d.issues()) {
            if (i.getNoteId() != null) {
                promotedNotes.add(i.getNoteId());
            }
            rows.add(new Sortable(i.getRank(), i.getLevel(), i.getVotes(), rows.size(), new Row(null, i.getVisionText(), i.getCurrentText(),
                    i.getStatement(), i.getLevel() == null ? null : i.getLevel().label(), i.getKind() == null ? null : i.getKind().label(),
                    i.getDirection(), i.getDepartment(), i.getStatus() == null ? null : i.getStatus().label(), i.getVotes(),
                    i.getBoardId() == null ? "課題一覧" : boardTitles.getOrDefault(i.getBoardId(), "課題一覧"))));
        }
        List<Board> boards = in.meeting() == null ? d.boards() : d.boardsOf(in.meeting().getId());
        for (Board b : boards) {
            boardRows(d, b, promotedNotes, rows);
        }
        rows.sort(Comparator.comparing((Sortable s) -> s.rank() == null ? Integer.MAX_VALUE : s.rank())
                .thenComparing(s -> s.level() == null ? Integer.MAX_VALUE : s.level().ordinal())
                .thenComparing(Comparator.comparingInt(Sortable::votes).reversed())
                .thenComparingInt(Sortable::order));
        List<Row> out = new ArrayList<>();
        for (Sortable s : rows) {
            Row r = s.row();
            out.add(new Row(out.size() + 1, r.vision(), r.current(), r.statement(), r.level(), r.kind(), r.direction(), r.department(),
                    r.status(), r.votes(), r.source()));
        }
        return new Data(Headers.caseInfo(in), in.meeting() == null ? "ケース全体" : in.meeting().displayTitle(), out);
    }

    /** One row per 課題, in the order of the sheet. */
    @Override
    protected DataTable rows(ReportInput in, Record built) {
        Data d = (Data) built;
        DataTable.Builder t = DataTable.of("範囲", "No.", "あるべき姿", "現状", "課題", "優先度", "種類", "対応の方向性", "担当部署", "状態",
                "投票数（票）", "出典");
        for (Row r : d.issues()) {
            t.row(d.scope(), r.no(), r.vision(), r.current(), r.statement(), r.level(), r.kind(), r.direction(), r.department(), r.status(),
                    r.votes(), r.source());
        }
        return t.build();
    }

    private static final Comparator<Note> READING_ORDER = Comparator.comparingDouble(Note::getY).thenComparingDouble(Note::getX);

    private static void boardRows(CaseData d, Board b, Set<UUID> promoted, List<Sortable> rows) {
        List<Lane> lanes = d.lanes(b.getId());
        List<Note> notes = d.notes(b.getId());
        Map<UUID, Note> byId = new HashMap<>();
        notes.forEach(n -> byId.put(n.getId(), n));
        Map<UUID, LaneRole> roles = new HashMap<>();
        lanes.forEach(l -> roles.put(l.getId(), l.getRole()));
        Map<UUID, Map<LaneRole, UUID>> linked = new HashMap<>();
        for (NoteLink l : d.links(b.getId())) {
            linked.computeIfAbsent(l.getFromNoteId(), k -> new HashMap<>()).put(l.getKind(), l.getToNoteId());
        }
        // 課題 notes not registered in the 課題一覧
        notes.stream().filter(n -> roles.get(n.getLaneId()) == LaneRole.ISSUE && !promoted.contains(n.getId()))
                .sorted(READING_ORDER).forEach(n -> {
                    Map<LaneRole, UUID> to = linked.getOrDefault(n.getId(), Map.of());
                    rows.add(new Sortable(null, n.isPriority() ? IssueLevel.HIGH : null, n.getVotes(), rows.size(),
                            new Row(null, text(byId.get(to.get(LaneRole.VISION))), text(byId.get(to.get(LaneRole.CURRENT))), n.getText(),
                                    n.isPriority() ? IssueLevel.HIGH.label() : null, null, null, null, "未登録", n.getVotes(), b.getTitle())));
                });
        // 事実・課題 → 解決策・対策: the n-th fact with the n-th measure, top to bottom
        List<Note> facts = inRole(notes, roles, LaneRole.FACT);
        List<Note> measures = inRole(notes, roles, LaneRole.MEASURE);
        if (!facts.isEmpty() && lanes.stream().anyMatch(l -> l.getRole() == LaneRole.FACT)) {
            for (int i = 0; i < Math.max(facts.size(), measures.size()); i++) {
                Note f = i < facts.size() ? facts.get(i) : null;
                Note m = i < measures.size() ? measures.get(i) : null;
                int votes = (f == null ? 0 : f.getVotes()) + (m == null ? 0 : m.getVotes());
                boolean priority = f != null && f.isPriority() || m != null && m.isPriority();
                rows.add(new Sortable(null, priority ? IssueLevel.HIGH : null, votes, rows.size(),
                        new Row(null, null, null, text(f), priority ? IssueLevel.HIGH.label() : null, null, text(m), null, "ボード", votes, b.getTitle())));
            }
        }
    }

    private static List<Note> inRole(List<Note> notes, Map<UUID, LaneRole> roles, LaneRole role) {
        return notes.stream().filter(n -> roles.get(n.getLaneId()) == role).sorted(READING_ORDER).toList();
    }

    private static String text(Note n) {
        return n == null ? null : n.getText();
    }
}
