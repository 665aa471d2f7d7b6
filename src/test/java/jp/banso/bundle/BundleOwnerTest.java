package jp.banso.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import jp.banso.cases.DemoCase;
import jp.banso.domain.Municipality;
import jp.banso.domain.Note;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case file never moves a record of this Banso to another owner (another case, board, meeting, municipality…):
 * a file that tries is refused as a whole with a message naming both places, and nothing changes. Times more than a
 * day ahead of this computer's clock are refused too, so a crafted time cannot win every conflict.
 */
class BundleOwnerTest {
    private static final String A = "さくら市（栃木県） 令和4年度";
    private static final String B = "館林市（群馬県） 令和5年度";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Store store;
    static SupportCase caseA;
    static SupportCase caseB;
    /** Each case alone, as this Banso exports it. */
    static String fileA;
    static String fileB;

    private Map<String, List<String>> before;

    /** Two full cases (every kind of record) of two towns. */
    @BeforeAll
    static void twoCases() throws Exception {
        store = Store.open(dir.resolve("data"));
        caseA = DemoCase.create(store);
        caseB = DemoCase.create(store);
        // the demo is always さくら市 (one row, found by its code): the second becomes a case of 館林市, with its snapshot
        Municipality m = Municipality.of(jp.banso.domain.MunicipalityMaster.get().find("群馬県", "館林市").orElseThrow());
        store.cases().save(m);
        caseB = store.cases().find(caseB.getId()).orElseThrow();
        caseB.setMunicipalityId(m.getId());
        store.cases().save(caseB);
        jp.banso.domain.ProfileSnapshot second = store.cases().snapshots(caseA.getMunicipalityId()).get(1);
        second.setMunicipalityId(m.getId());
        store.cases().save(second);
        store.cases().setFiscalYears(caseB.getId(), List.of(2023));
        fileA = export(store, List.of(caseA.getId()), "a.banso");
        fileB = export(store, List.of(caseB.getId()), "b.banso");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void dump() {
        before = DbDump.all(store);
    }

    private static String export(Store s, List<UUID> cases, String name) throws IOException {
        Path f = dir.resolve(name);
        BundleExport.export(s, cases, f, x -> { });
        return Files.readString(f, StandardCharsets.UTF_8);
    }

    private static ObjectNode tree(String json) throws IOException {
        return (ObjectNode) JSON.readTree(json);
    }

    private static ObjectNode theCase(ObjectNode root) {
        return (ObjectNode) root.get("cases").get(0);
    }

    private static String id(JsonNode n) {
        return n.get("id").asText();
    }

    /** Now, written as a bundle writes it: newer than anything this Banso holds, so "newer wins" would take it. */
    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /**
     * Case B's file with the first record of {@code field} of case A added to case B's list of it, changed by
     * {@code repoint} (its owner set to B's) and stamped now.
     */
    private static Path moved(String field, Consumer<ObjectNode> repoint) throws IOException {
        ObjectNode a = theCase(tree(fileA));
        ObjectNode root = tree(fileB);
        ObjectNode record = ((ObjectNode) a.get(field).get(0)).deepCopy();
        repoint.accept(record);
        record.put("updatedAt", now());
        ((ArrayNode) theCase(root).get(field)).add(record);
        return write("moved-" + field + ".banso", root);
    }

    private static Path write(String name, ObjectNode root) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        return f;
    }

    /** The whole import as the dialog and the command line run it; returns the message it was refused with. */
    private String refused(Path file) throws IOException {
        String message = RefusedImport.message(store, file, before);
        // this Banso's own export still imports into an empty folder
        String all = export(store, List.of(caseA.getId(), caseB.getId()), "all.banso");
        try (Store fresh = Store.open(Files.createTempDirectory(dir, "fresh"))) {
            ImportPlan plan = BundleImport.plan(fresh, BundleImport.read(fresh, dir.resolve("all.banso")), ImportPlan.Prefer.NEWER);
            assertThat(plan.conflicts()).isEmpty();
            BundleImport.apply(fresh, plan, s -> { });
            assertThat(fresh.cases().count()).isEqualTo(2);
        }
        assertThat(all).isNotEmpty();
        return message;
    }

    private static JsonNode first(String file, String field) throws IOException {
        return theCase(tree(file)).get(field).get(0);
    }

    @Test
    void aNoteOfCaseAInCaseBIsRefused() throws Exception {
        JsonNode boardB = first(fileB, "boards");
        String laneB = null;
        for (JsonNode l : theCase(tree(fileB)).get("lanes")) {
            if (l.get("boardId").asText().equals(id(boardB))) {
                laneB = id(l);
                break;
            }
        }
        String lane = laneB;
        JsonNode note = first(fileA, "notes");
        String boardA = note.get("boardId").asText();
        String boardATitle = store.boards().board(UUID.fromString(boardA)).orElseThrow().getTitle();
        String m = refused(moved("notes", n -> {
            n.put("boardId", id(boardB));
            n.put("laneId", lane);
            n.putNull("groupId");
        }));
        assertThat(m).contains("付箋「" + new BundleKindText(BundleKind.NOTE).of(note.get("text").asText()) + "」",
                "このBansoではケース「" + A + "」のボード「" + boardATitle + "」にあります",
                "ファイルではケース「" + B + "」のボード「" + boardB.get("title").asText() + "」に入っています",
                "取り込みを中止しました（何も変更していません）");
        // the note is still on case A's board
        Note kept = store.boards().notes(UUID.fromString(boardA)).stream()
                .filter(n -> n.getId().toString().equals(id(note))).findFirst().orElseThrow();
        assertThat(kept.getBoardId().toString()).isEqualTo(boardA);
    }

    @Test
    void aMeetingOfCaseAInCaseBIsRefused() throws Exception {
        JsonNode meeting = first(fileA, "meetings");
        String m = refused(moved("meetings", n -> n.put("caseId", caseB.getId().toString())));
        assertThat(m).contains("会議「", "このBansoではケース「" + A + "」にあります", "ファイルではケース「" + B + "」に入っています");
        assertThat(store.meetings().find(UUID.fromString(id(meeting))).orElseThrow().getCaseId()).isEqualTo(caseA.getId());
    }

    @Test
    void anActionItemOfCaseAUnderAMeetingOfCaseBIsRefused() throws Exception {
        JsonNode meetingB = null;
        for (JsonNode mt : theCase(tree(fileB)).get("meetings")) {
            if (mt.get("kind").asText().equals("VISIT")) {
                meetingB = mt;
                break;
            }
        }
        String target = id(meetingB);
        String m = refused(moved("actionItems", n -> n.put("meetingId", target)));
        assertThat(m).contains("宿題「包括を訪問し", "このBansoではケース「" + A + "」の会議「", "ファイルではケース「" + B + "」の会議「");
    }

    @Test
    void aLaneOfCaseAOnABoardOfCaseBIsRefused() throws Exception {
        JsonNode boardB = first(fileB, "boards");
        String m = refused(moved("lanes", n -> n.put("boardId", id(boardB))));
        assertThat(m).contains("レーン「", "このBansoではケース「" + A + "」のボード「", "ファイルではケース「" + B + "」のボード「"
                + boardB.get("title").asText() + "」に入っています");
    }

    @Test
    void anIssueOfCaseAInCaseBIsRefused() throws Exception {
        String m = refused(moved("issues", n -> {
            n.put("caseId", caseB.getId().toString());
            n.putNull("boardId");
        }));
        assertThat(m).contains("課題「", "このBansoではケース「" + A + "」にあります", "ファイルではケース「" + B + "」に入っています");
        assertThat(store.boards().issues(caseA.getId())).extracting(i -> i.getId().toString()).contains(id(first(fileA, "issues")));
    }

    @Test
    void aRoadmapItemOfCaseAInCaseBIsRefused() throws Exception {
        String m = refused(moved("roadmapItems", n -> {
            n.put("caseId", caseB.getId().toString());
            n.putNull("issueId");
        }));
        assertThat(m).contains("ロードマップの取組「", "このBansoではケース「" + A + "」にあります", "ファイルではケース「" + B + "」に入っています");
    }

    @Test
    void aProfileSnapshotOfTownAUnderTownBIsRefused() throws Exception {
        ObjectNode root = tree(fileB);
        ObjectNode snapshot = ((ObjectNode) tree(fileA).get("profileSnapshots").get(0)).deepCopy();
        snapshot.put("municipalityId", caseB.getMunicipalityId().toString());
        snapshot.put("updatedAt", now());
        ((ArrayNode) root.get("profileSnapshots")).add(snapshot);
        String m = refused(write("moved-snapshot.banso", root));
        assertThat(m).contains("基本情報（基準日ごと）「基準日 令和4年5月1日」", "このBansoでは市町村「さくら市（栃木県）」にあります",
                "ファイルでは市町村「館林市（群馬県）」に入っています");
        assertThat(store.cases().snapshots(caseA.getMunicipalityId())).hasSize(1);
    }

    @Test
    void aCaseRepointedToAnotherTownIsRefused() throws Exception {
        // case B of this file says it belongs to さくら市 (whose record the file carries too)
        ObjectNode root = tree(fileB);
        ((ArrayNode) root.get("municipalities")).add(tree(fileA).get("municipalities").get(0));
        ObjectNode c = (ObjectNode) theCase(root).get("case");
        c.put("municipalityId", caseA.getMunicipalityId().toString());
        c.put("updatedAt", now());
        String m = refused(write("moved-case.banso", root));
        assertThat(m).contains("ケース「さくら市（栃木県） 令和5年度」", "このBansoでは市町村「館林市（群馬県）」のケースです",
                "ファイルでは市町村「さくら市（栃木県）」のケースになっています");
        assertThat(store.cases().find(caseB.getId()).orElseThrow().getMunicipalityId()).isEqualTo(caseB.getMunicipalityId());
    }

    @Test
    void severalMovedRecordsAreListedOneALine() throws Exception {
        ObjectNode a = theCase(tree(fileA));
        ObjectNode root = tree(fileB);
        for (String field : List.of("meetings", "team", "stateHistory")) {
            ObjectNode record = ((ObjectNode) a.get(field).get(0)).deepCopy();
            record.put("caseId", caseB.getId().toString());
            ((ArrayNode) theCase(root).get(field)).add(record);
        }
        String m = refused(write("three-moved.banso", root));
        assertThat(m).startsWith("記録を別のケース・ボード・会議などへ移す取り込みはできないため、取り込みを中止しました（何も変更していません）。")
                .endsWith("ファイルを書き出した人に、どのケースの記録か確かめてください。");
        assertThat(m.lines().filter(l -> l.startsWith("・このファイルの") && l.contains("このBansoではケース「" + A + "」")
                && l.contains("ファイルではケース「" + B + "」"))).hasSize(3);
        assertThat(m).contains("会議「", "支援チーム「", "状態の履歴「");
    }

    @Test
    void aNoteMovedToAnotherBoardOfTheSameCaseIsRefused() throws Exception {
        ObjectNode root = tree(fileA);
        ObjectNode a = theCase(root);
        ObjectNode note = (ObjectNode) a.get("notes").get(0);
        String from = note.get("boardId").asText();
        JsonNode other = null;
        for (JsonNode b : a.get("boards")) {
            if (!id(b).equals(from)) {
                other = b;
                break;
            }
        }
        // take the note's links and votes out, as a crafted file would, so only the move is left
        for (String list : List.of("noteLinks", "noteVotes")) {
            ArrayNode l = (ArrayNode) a.get(list);
            for (int i = l.size() - 1; i >= 0; i--) {
                JsonNode x = l.get(i);
                if (x.toString().contains(id(note))) {
                    l.remove(i);
                }
            }
        }
        note.put("boardId", id(other));
        note.putNull("laneId");
        note.putNull("groupId");
        note.put("updatedAt", now());
        String m = refused(write("other-board.banso", root));
        assertThat(m).contains("このBansoではケース「" + A + "」のボード「" + store.boards().board(UUID.fromString(from)).orElseThrow().getTitle() + "」",
                "ファイルではケース「" + A + "」のボード「" + other.get("title").asText() + "」");
    }

    @Test
    void theReportedFileIsRefused() throws Exception {
        // the note of case A in case B, stamped far in the future to win "newer wins"
        JsonNode boardB = first(fileB, "boards");
        Path file = moved("notes", n -> {
            n.put("boardId", id(boardB));
            n.putNull("laneId");
            n.putNull("groupId");
        });
        ObjectNode root = tree(Files.readString(file));
        ArrayNode notes = (ArrayNode) theCase(root).get("notes");
        ((ObjectNode) notes.get(notes.size() - 1)).put("updatedAt", "2199-12-31T00:00:00Z");
        String m = refused(write("reported.banso", root));
        assertThat(m).contains("付箋「", "更新日時", "1日以上先");
    }

    @Test
    void timesMoreThanADayAheadOfThisClockAreRefused() throws Exception {
        ObjectNode root = tree(fileB);
        ObjectNode note = (ObjectNode) theCase(root).get("notes").get(0);
        note.put("updatedAt", Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode meeting = (ObjectNode) theCase(root).get("meetings").get(0);
        meeting.put("createdAt", Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS).toString());
        String m = refused(write("ahead.banso", root));
        assertThat(m).startsWith("ファイルの内容に問題があるため取り込めません（何も変更していません）：");
        assertThat(m).contains("ケース「" + B + "」の付箋「", "更新日時（updatedAt）", "ケース「" + B + "」の会議「", "作成日時（createdAt）",
                "1日以上先");
        assertThat(m.lines().filter(l -> l.startsWith("・"))).hasSize(2);
    }

    @Test
    void aClockAFewHoursAheadIsStillAccepted() throws Exception {
        ObjectNode root = tree(fileB);
        ObjectNode note = (ObjectNode) theCase(root).get("notes").get(0);
        note.put("updatedAt", Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS).toString());
        Path file = write("hours-ahead.banso", root);
        try (Store fresh = Store.open(Files.createTempDirectory(dir, "hours"))) {
            BundleImport.apply(fresh, BundleImport.plan(fresh, BundleImport.read(fresh, file), ImportPlan.Prefer.NEWER), s -> { });
            assertThat(fresh.cases().count()).isEqualTo(1);
        }
    }

    @Test
    void anOrdinaryEditInTheSameOwnerStillWinsWhenNewer() throws Exception {
        // another laptop holds case A; here the note was moved to another lane of its board and reworded there
        try (Store other = Store.open(Files.createTempDirectory(dir, "other"))) {
            BundleImport.apply(other, BundleImport.plan(other, BundleImport.read(other, dir.resolve("a.banso")), ImportPlan.Prefer.NEWER), s -> { });
            ObjectNode root = tree(fileA);
            ObjectNode a = theCase(root);
            ObjectNode note = (ObjectNode) a.get("notes").get(0);
            String board = note.get("boardId").asText();
            String lane = null;
            for (JsonNode l : a.get("lanes")) {
                if (l.get("boardId").asText().equals(board) && !id(l).equals(note.get("laneId").asText(""))) {
                    lane = id(l);
                    break;
                }
            }
            assertThat(lane).isNotNull();
            note.put("laneId", lane);
            note.put("text", "別のレーンに移して書き直した付箋");
            note.put("updatedAt", now());
            ObjectNode meeting = (ObjectNode) a.get("meetings").get(0);
            meeting.put("summary", "向こうのパソコンで書いたまとめ");
            meeting.put("updatedAt", now());
            Path file = write("ordinary.banso", root);
            ImportPlan plan = BundleImport.plan(other, BundleImport.read(other, file), ImportPlan.Prefer.NEWER);
            assertThat(plan.conflicts()).hasSize(2).allMatch(c -> c.choice() == ImportPlan.Choice.THEIRS);
            BundleImport.apply(other, plan, s -> { });
            Note n = other.boards().notes(UUID.fromString(board)).stream().filter(x -> x.getId().toString().equals(id(note)))
                    .findFirst().orElseThrow();
            assertThat(n.getLaneId().toString()).isEqualTo(lane);
            assertThat(n.getText()).isEqualTo("別のレーンに移して書き直した付箋");
            assertThat(other.meetings().find(UUID.fromString(id(meeting))).orElseThrow().getSummary()).isEqualTo("向こうのパソコンで書いたまとめ");
        }
    }

    @Test
    void anIssueFollowsOnlyNotesOfItsOwnCase() throws Exception {
        // a 課題 keeps a copy of the text of the note it was made from; a new 課題 of case B in the file names a note
        // of case A here: it keeps its own text, case A's note stays in case A
        try (Store other = Store.open(Files.createTempDirectory(dir, "issue"))) {
            BundleImport.apply(other, BundleImport.plan(other, BundleImport.read(other, dir.resolve("a.banso")), ImportPlan.Prefer.NEWER), s -> { });
            JsonNode noteA = first(fileA, "notes");
            ObjectNode root = tree(fileB);
            ObjectNode issue = ((ObjectNode) theCase(root).get("issues").get(0)).deepCopy();
            String newId = UUID.randomUUID().toString();
            issue.put("id", newId);
            issue.put("noteId", id(noteA));
            issue.putNull("visionNoteId");
            issue.putNull("currentNoteId");
            issue.put("statement", "館林市で書いた課題");
            ((ArrayNode) theCase(root).get("issues")).add(issue);
            Path file = write("issue-names-a-note-of-a.banso", root);
            BundleImport.apply(other, BundleImport.plan(other, BundleImport.read(other, file), ImportPlan.Prefer.NEWER), s -> { });
            assertThat(other.boards().issues(caseB.getId())).filteredOn(i -> i.getId().toString().equals(newId))
                    .singleElement().satisfies(i -> assertThat(i.getStatement()).isEqualTo("館林市で書いた課題"));
        }
    }

    /** How the message shows a record's text: the kind's own one-line description. */
    private record BundleKindText(BundleKind kind) {
        String of(String text) {
            Note n = new Note();
            n.setText(text);
            return kind.describe(n);
        }
    }
}
