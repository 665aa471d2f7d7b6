package jp.banso.bundle;

import jp.banso.domain.Speaker;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.domain.Board;
import jp.banso.board.BoardModel;
import jp.banso.domain.Note;
import jp.banso.cases.DemoCase;
import jp.banso.cases.NewCase;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.Participant;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.CaseBundleRows;
import jp.banso.store.Stamps;
import jp.banso.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case bundles between two laptops: the round trip, a second import, and edits on both sides. */
class CaseBundleTest {
    @TempDir
    Path dir;

    /** The demo case and a follow-up case of another town that follows it (years, team, a meeting with a record). */
    static SupportCase[] twoCases(Store store) {
        SupportCase demo = DemoCase.create(store);
        Board strengths = store.boards().boards(demo.getId()).get(1);
        BoardModel board = new BoardModel(store.boards(), strengths.getId());
        board.group(board.notes().stream().limit(2).map(Note::getId).toList(), "人のつながり");
        // voting rounds: a closed one by speaker, an open anonymous one
        UUID first = board.notes().iterator().next().getId();
        board.startRound(3, false, null);
        board.vote(first, 1, "住民");
        board.closeRound();
        board.startRound(2, true, 5);
        board.vote(first, 1, null);
        SupportCase next = new NewCase("群馬県", "館林市", 2023, "都道府県主導型", StartKind.INVITATION).create(store.cases());
        next.setFollowsCaseId(demo.getId());
        next.setNote("さくら市の取組を参考に\n\t（タブと改行は残る）");
        next.setArchived(true);
        store.cases().save(next);
        store.cases().setFiscalYears(next.getId(), List.of(2023, 2024));
        Meeting m = new Meeting();
        m.setCaseId(next.getId());
        m.setKind(MeetingKind.HEARING);
        m.setHeldOn(LocalDate.of(2023, 6, 12));
        m.setEndsOn(LocalDate.of(2023, 6, 13)); // the end date travels too
        m.setSummary("生活支援体制整備の現状を聞き取り");
        store.meetings().save(m);
        return new SupportCase[] {demo, next};
    }

    private static List<UUID> allCases(Store store) {
        return store.cases().listAll().stream().map(SupportCase::getId).toList();
    }

    @Test
    void exportAllThenImportIntoAnEmptyFolderGivesEveryRowOfEveryTable() throws Exception {
        Path file = dir.resolve("全ケース.banso");
        Map<String, List<String>> before;
        try (Store a = Store.open(dir.resolve("a"))) {
            twoCases(a);
            BundleExport.Result r = BundleExport.export(a, allCases(a), file, s -> { });
            assertThat(r.cases()).isEqualTo(2);
            assertThat(r.bytes()).isEqualTo(Files.size(file));
            before = DbDump.caseData(a);
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\": \"banso-case-bundle\",\n  \"formatVersion\": 2,\n  \"appVersion\": ");
        assertThat(json).contains("\"name\": \"さくら市\"").doesNotContain("\r").doesNotContain("\\u");
        assertThat(json).contains("\"fiscalYears\": [").contains("\"noteAuthors\": [");

        try (Store b = Store.open(dir.resolve("b"))) {
            CaseBundle bundle = BundleImport.read(b, file);
            ImportPlan plan = BundleImport.plan(b, bundle, ImportPlan.Prefer.NEWER);
            assertThat(plan.conflicts()).isEmpty();
            assertThat(plan.identical()).isZero();
            assertThat(plan.newCases()).isEqualTo(2);
            assertThat(plan.counts().keySet()).containsAll(List.of(BundleKind.values())); // the demo has every kind
            BundleImport.Result result = BundleImport.apply(b, plan, s -> { });
            assertThat(result.addedTotal()).isEqualTo(plan.added());
            Map<String, List<String>> after = DbDump.caseData(b);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String table : before.keySet()) {
                assertThat(after.get(table)).as(table).isEqualTo(before.get(table));
            }
        }
    }

    @Test
    void everyTableIsInBundlesOrLeftOutOnPurpose() {
        try (Store s = Store.open(dir)) {
            List<String> tables = s.jdbi().withHandle(h -> h.createQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE'").mapTo(String.class).list());
            List<String> carried = CaseBundleRows.TABLES.stream().map(CaseBundleRows.Table::name).toList();
            for (String t : tables) {
                assertThat(carried.contains(t) || CaseBundleRows.NOT_IN_BUNDLES.containsKey(t)).as(t).isTrue();
            }
            // and every column of a carried table is in the file, or left out on purpose
            Map<String, Map<String, CaseBundleRows.Column>> columns = new CaseBundleRows(s).columns();
            for (CaseBundleRows.Table<?> t : CaseBundleRows.TABLES) {
                List<String> inDatabase = columns.get(t.name()).keySet().stream()
                        .filter(c -> !CaseBundleRows.COLUMNS_NOT_IN_BUNDLES.containsKey(t.name() + "." + c)).toList();
                assertThat(t.allColumns()).as(t.name()).containsExactlyInAnyOrderElementsOf(inDatabase);
            }
        }
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws Exception {
        Path file = dir.resolve("x.banso");
        try (Store a = Store.open(dir.resolve("a"))) {
            twoCases(a);
            BundleExport.export(a, allCases(a), file, s -> { });
            Map<String, List<String>> before = DbDump.all(a);
            ImportPlan plan = BundleImport.plan(a, BundleImport.read(a, file), ImportPlan.Prefer.THEIRS);
            assertThat(plan.added()).isZero();
            assertThat(plan.conflicts()).isEmpty();
            assertThat(plan.newAuthors()).isEmpty();
            assertThat(plan.changesNothing()).isTrue();
            BundleImport.Result r = BundleImport.apply(a, plan, s -> { });
            assertThat(r.addedTotal() + r.replacedTotal()).isZero();
            assertThat(r.boardHistoriesCleared() + r.roadmapHistoriesCleared()).isZero();
            assertThat(DbDump.all(a)).isEqualTo(before); // undo histories too
            assertThat(new jp.banso.store.Backups(a.directory()).list()).as("nothing written, no backup needed").isEmpty();
        }
    }

    @Test
    void editsOnBothSidesAreConflictsTheNewerWinsByDefaultAndMineCanBeKept() throws Exception {
        Path first = dir.resolve("first.banso");
        Path second = dir.resolve("second.banso");
        try (Store a = Store.open(dir.resolve("a")); Store b = Store.open(dir.resolve("b"))) {
            SupportCase demo = DemoCase.create(a);
            BundleExport.export(a, List.of(demo.getId()), first, s -> { });
            BundleImport.apply(b, BundleImport.plan(b, BundleImport.read(b, first), ImportPlan.Prefer.NEWER), s -> { });

            Board board = a.boards().boards(demo.getId()).get(0);
            BoardModel onA = new BoardModel(a.boards(), board.getId());
            BoardModel onB = new BoardModel(b.boards(), board.getId());
            Note note = onA.notes().stream().filter(n -> n.getText().startsWith("要介護認定率")).findFirst().orElseThrow();
            Note other = onA.notes().stream().filter(n -> n.getText().startsWith("教室の開始時期")).findFirst().orElseThrow();
            Meeting visit = a.meetings().list(demo.getId()).stream().filter(m -> m.getKind() == MeetingKind.VISIT).findFirst().orElseThrow();

            // b edits the note first, a later; a edits the record first, b later; each also edits something of its own
            onB.editText(note.getId(), "要介護認定率が右肩上がり（B：県平均より高い）");
            onB.editText(other.getId(), "教室の開始時期が合わない（B だけの修正）");
            Stamps.nextMillisecond();
            onA.editText(note.getId(), "要介護認定率が右肩上がり（A：近隣市町と逆の動き）");
            Meeting mine = b.meetings().find(visit.getId()).orElseThrow();
            visit.setSummary("A のまとめ");
            a.meetings().save(visit);
            Stamps.nextMillisecond();
            mine.setSummary("B のまとめ");
            b.meetings().save(mine);
            Participant p = new Participant();
            p.setMeetingId(visit.getId());
            p.setOrganisation("社会福祉協議会");
            a.meetings().save(p);
            BundleExport.export(a, List.of(demo.getId()), second, s -> { });

            assertThat(b.boards().history(board.getId()).labels().undo()).isNotEmpty(); // b can undo its edits
            Map<String, List<String>> beforeImport = DbDump.all(b);
            ImportPlan plan = BundleImport.plan(b, BundleImport.read(b, second), ImportPlan.Prefer.NEWER);
            assertThat(plan.conflicts()).extracting(ImportPlan.Conflict::kind)
                    .containsExactlyInAnyOrder(BundleKind.MEETING, BundleKind.NOTE, BundleKind.NOTE);
            ImportPlan.Conflict noteConflict = conflict(plan, note.getId());
            assertThat(noteConflict.fields()).containsExactly("text");
            assertThat(noteConflict.mine()).contains("B：県平均より高い");
            assertThat(noteConflict.theirs()).contains("A：近隣市町と逆の動き");
            assertThat(noteConflict.caseLabel()).isEqualTo("さくら市（栃木県） 令和4年度");
            assertThat(noteConflict.choice()).isEqualTo(ImportPlan.Choice.THEIRS); // a's edit is newer
            assertThat(conflict(plan, visit.getId()).choice()).isEqualTo(ImportPlan.Choice.MINE); // b's is newer
            assertThat(conflict(plan, visit.getId()).fields()).containsExactly("summary");
            assertThat(conflict(plan, other.getId()).choice()).isEqualTo(ImportPlan.Choice.MINE); // only b changed it: b's is newer
            assertThat(plan.counts().get(BundleKind.PARTICIPANT).added()).isEqualTo(1);
            assertThat(DbDump.all(b)).isEqualTo(beforeImport); // planning wrote nothing

            BundleImport.Result r = BundleImport.apply(b, plan, s -> { });
            // the state before the import is kept as a backup, and it holds B's text
            var beforeImport2 = new jp.banso.store.Backups(b.directory()).list();
            assertThat(beforeImport2).extracting(jp.banso.store.BackupInfo::reason)
                    .contains(jp.banso.store.BackupReason.BEFORE_IMPORT);
            assertThat(b.boards().notes(board.getId())).filteredOn(n -> n.getId().equals(note.getId()))
                    .extracting(Note::getText).containsExactly("要介護認定率が右肩上がり（A：近隣市町と逆の動き）");
            assertThat(b.boards().notes(board.getId())).filteredOn(n -> n.getId().equals(other.getId()))
                    .extracting(Note::getText).containsExactly("教室の開始時期が合わない（B だけの修正）");
            assertThat(b.meetings().find(visit.getId()).orElseThrow().getSummary()).isEqualTo("B のまとめ");
            assertThat(b.meetings().participants(visit.getId())).extracting(Participant::getOrganisation).contains("社会福祉協議会");
            assertThat(r.replaced().get(BundleKind.NOTE)).isEqualTo(1);
            assertThat(r.keptMine()).isEqualTo(2);
            // the board changed under b's undo history: it is gone, and the summary says so
            assertThat(r.boardHistoriesCleared()).isEqualTo(1);
            assertThat(b.boards().history(board.getId()).labels().undo()).isEmpty();
            assertThat(r.summary()).contains("「元に戻す」履歴を消去しました").contains("バックアップ（取り込み前）");

            // again with "mine" for everything: nothing of b changes
            onB = new BoardModel(b.boards(), board.getId());
            Stamps.nextMillisecond();
            onB.editText(note.getId(), "B の最終版");
            Map<String, List<String>> beforeMine = DbDump.all(b);
            ImportPlan keep = BundleImport.plan(b, BundleImport.read(b, second), ImportPlan.Prefer.NEWER);
            assertThat(conflict(keep, note.getId()).choice()).isEqualTo(ImportPlan.Choice.MINE); // b is newer now
            keep.chooseAll(ImportPlan.Prefer.THEIRS);
            conflict(keep, note.getId()).choose(ImportPlan.Choice.MINE);
            conflict(keep, other.getId()).choose(ImportPlan.Choice.MINE);
            conflict(keep, visit.getId()).choose(ImportPlan.Choice.MINE);
            assertThat(keep.changesNothing()).isTrue();
            BundleImport.apply(b, keep, s -> { });
            assertThat(DbDump.all(b)).isEqualTo(beforeMine);
        }
    }

    @Test
    void aNoteChangedInTheFileOnlyBringsItsIssuesCopyAlong() throws Exception {
        Path file = dir.resolve("さくら市.banso");
        try (Store a = Store.open(dir.resolve("a"))) {
            SupportCase demo = DemoCase.create(a);
            CaseIssue issue = a.boards().issues(demo.getId()).stream().filter(i -> i.getCurrentNoteId() != null).findFirst().orElseThrow();
            BundleExport.export(a, List.of(demo.getId()), file, s -> { });
            // the file, as from a Banso that changed only the note (not the 課題's copy of it), later than this one
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
            ObjectNode note = null;
            for (JsonNode n : root.get("cases").get(0).get("notes")) {
                if (n.get("id").asText().equals(issue.getCurrentNoteId().toString())) {
                    note = (ObjectNode) n;
                }
            }
            assertThat(note).isNotNull();
            note.put("text", "通所Ｃの利用者が年10人に満たない（R5.3 時点）");
            note.put("updatedAt", java.time.Instant.now().plusSeconds(60).toString());
            Files.writeString(file, root.toString(), StandardCharsets.UTF_8);

            ImportPlan plan = BundleImport.plan(a, BundleImport.read(a, file), ImportPlan.Prefer.NEWER);
            assertThat(plan.conflicts()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(BundleKind.NOTE));
            BundleImport.Result r = BundleImport.apply(a, plan, s -> { });
            assertThat(r.summary()).contains("課題 1 件の文（課題・あるべき姿・現状）を、結ばれた付箋の取り込み後の内容に合わせました");
            CaseIssue after = a.boards().issues(demo.getId()).stream().filter(i -> i.getId().equals(issue.getId())).findFirst().orElseThrow();
            assertThat(after.getCurrentText()).isEqualTo("通所Ｃの利用者が年10人に満たない（R5.3 時点）");
            assertThat(after.getStatement()).isEqualTo(issue.getStatement());
            // and the 課題整理表 prints the new 現状
            var data = (jp.banso.report.forms.IssueSheetForm.Data) jp.banso.report.FormRegistry.find("issue-sheet").orElseThrow().build(
                    new jp.banso.report.ReportInput(jp.banso.report.CaseData.load(a, demo.getId()), null, LocalDate.of(2023, 3, 31),
                            jp.banso.report.BoardImages.NONE, new java.util.ArrayList<>()));
            assertThat(data.toString()).contains("通所Ｃの利用者が年10人に満たない（R5.3 時点）");
        }
    }

    @Test
    void anIssueTakenFromTheFileGetsTheTextOfItsNoteKeptHere() throws Exception {
        Path file = dir.resolve("さくら市.banso");
        try (Store a = Store.open(dir.resolve("a"))) {
            SupportCase demo = DemoCase.create(a);
            CaseIssue issue = a.boards().issues(demo.getId()).stream().filter(i -> i.getCurrentNoteId() != null).findFirst().orElseThrow();
            BundleExport.export(a, List.of(demo.getId()), file, s -> { });
            // the file's 課題: its 優先度 changed later, with a copy of the 現状 note older than the note here
            ObjectNode root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
            for (JsonNode n : root.get("cases").get(0).get("issues")) {
                if (n.get("id").asText().equals(issue.getId().toString())) {
                    ((ObjectNode) n).put("level", "LOW").put("currentText", "古い現状の写し")
                            .put("updatedAt", java.time.Instant.now().plusSeconds(60).toString());
                }
            }
            Files.writeString(file, root.toString(), StandardCharsets.UTF_8);
            ImportPlan plan = BundleImport.plan(a, BundleImport.read(a, file), ImportPlan.Prefer.NEWER);
            assertThat(plan.conflicts()).singleElement().satisfies(c -> assertThat(c.choice()).isEqualTo(ImportPlan.Choice.THEIRS));
            BundleImport.apply(a, plan, s -> { });
            CaseIssue after = a.boards().issues(demo.getId()).stream().filter(i -> i.getId().equals(issue.getId())).findFirst().orElseThrow();
            assertThat(after.getLevel()).isEqualTo(jp.banso.domain.IssueLevel.LOW);
            assertThat(after.getCurrentText()).isEqualTo(issue.getCurrentText()).isNotEqualTo("古い現状の写し");
        }
    }

    private static ImportPlan.Conflict conflict(ImportPlan plan, UUID id) {
        return plan.conflicts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void speakersAreAddedByNameAndAFollowedCaseOutsideTheFileIsLetGo() throws Exception {
        Path file = dir.resolve("one.banso");
        try (Store a = Store.open(dir.resolve("a")); Store b = Store.open(dir.resolve("b"))) {
            SupportCase[] cases = twoCases(a);
            List<Speaker> authors = new java.util.ArrayList<>(a.boards().authors());
            authors.add(new Speaker("ファシリテーター", "#37474F"));
            authors.set(0, new Speaker("市町村", "#000000")); // b keeps its own colour
            a.boards().saveAuthors(authors);
            BundleExport.export(a, List.of(cases[1].getId()), file, s -> { }); // the follow-up case alone
            ImportPlan plan = BundleImport.plan(b, BundleImport.read(b, file), ImportPlan.Prefer.NEWER);
            assertThat(plan.newAuthors()).extracting(Speaker::name).containsExactly("ファシリテーター");
            assertThat(plan.notes()).anyMatch(n -> n.contains("フォローアップ元のケース"));
            BundleImport.apply(b, plan, s -> { });
            assertThat(b.boards().authors()).extracting(Speaker::name).endsWith("ファシリテーター");
            assertThat(b.boards().authors().get(0).colour()).isEqualTo("#1565C0");
            SupportCase imported = b.cases().find(cases[1].getId()).orElseThrow();
            assertThat(imported.getFollowsCaseId()).isNull();
            assertThat(imported.isArchived()).isTrue();
            assertThat(b.cases().fiscalYears(imported.getId())).containsExactly(2023, 2024);
            // a second import of the same file: the dropped link is no conflict
            assertThat(BundleImport.plan(b, BundleImport.read(b, file), ImportPlan.Prefer.NEWER).changesNothing()).isTrue();
        }
    }
}
