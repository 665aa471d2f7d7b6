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
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.board.BoardModel;
import jp.banso.cases.DemoCase;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.Limits;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.Participant;
import jp.banso.domain.SupportCase;
import jp.banso.store.Stamps;
import jp.banso.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: case files carry deletions (tombstones). Laptop A deletes a 宿題, a note and a meeting with its parts,
 * exports; laptop B, which had the case from an earlier file, imports: those rows go, the rest stays, and a deleted
 * row B changed after the deletion is kept and said. Bad deletions are refused and change nothing.
 */
class BundleDeletionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** What laptop A made and deleted, with the files before and after. */
    record Deleted(UUID caseId, UUID gone, UUID editedOnB, UUID stays, UUID note, UUID meeting, List<UUID> parts, UUID participant,
                   Path before, Path after) {
    }

    /**
     * A: the demo case plus a meeting of three 宿題 and a meeting with two parts and a participant; exported; then two
     * 宿題, a note and the meeting with its parts deleted, and exported again. B imported the first file and, after A's
     * deletions, edited one of the two deleted 宿題.
     */
    static Deleted deleteOnAEditOnB(Path dir, Store b) {
        Path before = dir.resolve("before.banso");
        Path after = dir.resolve("after.banso");
        try (Store a = Store.open(dir.resolve("laptop-a"))) {
            SupportCase demo = DemoCase.create(a);
            Meeting withTasks = meeting(a, demo, "宿題の確認");
            UUID gone = task(a, withTasks, "資料を集める");
            UUID editedOnB = task(a, withTasks, "名簿を作る");
            UUID stays = task(a, withTasks, "日程を決める");
            Meeting doomed = meeting(a, demo, "取りやめた会議");
            List<UUID> parts = List.of(part(a, doomed, "説明"), part(a, doomed, "意見交換"));
            Participant p = new Participant();
            p.setMeetingId(doomed.getId());
            p.setOrganisation("社会福祉協議会");
            a.meetings().save(p);
            Board board = a.boards().boards(demo.getId()).get(0);
            UUID note = a.boards().notes(board.getId()).get(0).getId();
            BundleExport.export(a, List.of(demo.getId()), before, s -> { });
            importAll(b, before);

            Stamps.nextMillisecond();
            a.meetings().deleteActionItem(gone);
            a.meetings().deleteActionItem(editedOnB);
            new BoardModel(a.boards(), board.getId()).delete(List.of(note));
            a.meetings().delete(doomed.getId());
            BundleExport.export(a, List.of(demo.getId()), after, s -> { });

            Stamps.nextMillisecond();
            ActionItem mine = b.meetings().actionItems(withTasks.getId()).stream().filter(x -> x.getId().equals(editedOnB)).findFirst().orElseThrow();
            mine.setWhat("名簿を作る（Bで担当を追記）");
            b.meetings().save(mine);
            return new Deleted(demo.getId(), gone, editedOnB, stays, note, doomed.getId(), parts, p.getId(), before, after);
        }
    }

    private static Meeting meeting(Store s, SupportCase c, String title) {
        Meeting m = new Meeting();
        m.setCaseId(c.getId());
        m.setTitle(title);
        s.meetings().save(m);
        return m;
    }

    private static UUID task(Store s, Meeting m, String what) {
        ActionItem a = new ActionItem();
        a.setMeetingId(m.getId());
        a.setWhat(what);
        s.meetings().save(a);
        return a.getId();
    }

    private static UUID part(Store s, Meeting m, String label) {
        MeetingPart p = new MeetingPart();
        p.setMeetingId(m.getId());
        p.setLabel(label);
        p.setStartTime(LocalTime.of(10, 0));
        p.setEndTime(LocalTime.of(11, 0));
        s.meetings().save(p);
        return p.getId();
    }

    static BundleImport.Result importAll(Store store, Path file) {
        return BundleImport.apply(store, BundleImport.plan(store, BundleImport.read(store, file), ImportPlan.Prefer.NEWER), s -> { });
    }

    private static int rows(Store s, String table, UUID id) {
        return s.jdbi().withHandle(h -> h.createQuery("select count(*) from " + table + " where id = :id").bind("id", id).mapTo(Integer.class).one());
    }

    @Test
    void theFileCarriesTheDeletionsOfItsCaseByKindIdAndTime() throws Exception {
        try (Store b = Store.open(dir.resolve("laptop-b"))) {
            Deleted d = deleteOnAEditOnB(dir, b);
            JsonNode root = JSON.readTree(d.after().toFile());
            assertThat(root.get("formatVersion").asInt()).isEqualTo(BundleFormat.VERSION).isEqualTo(2);
            JsonNode deletions = root.get("cases").get(0).get("deletions");
            Map<String, String> kindOf = new java.util.HashMap<>();
            deletions.forEach(x -> {
                assertThat(x.fieldNames()).toIterable().containsExactly("kind", "id", "deletedAt");
                assertThat(Instant.parse(x.get("deletedAt").asText())).isBeforeOrEqualTo(Instant.now());
                kindOf.put(x.get("id").asText(), x.get("kind").asText());
            });
            assertThat(kindOf).containsEntry(d.gone().toString(), "actionItems").containsEntry(d.editedOnB().toString(), "actionItems")
                    .containsEntry(d.note().toString(), "notes").containsEntry(d.meeting().toString(), "meetings");
            // the meeting's parts went with it: its deletion covers them
            assertThat(kindOf).doesNotContainKeys(d.parts().get(0).toString(), d.participant().toString());
            assertThat(JSON.readTree(d.before().toFile()).get("cases").get(0).get("deletions")).isEmpty();
        }
    }

    @Test
    void importDeletesWhatWasNotChangedSinceAndKeepsAndSaysWhatWas() throws Exception {
        try (Store b = Store.open(dir.resolve("laptop-b"))) {
            Deleted d = deleteOnAEditOnB(dir, b);
            int notesBefore = b.boards().notes(b.boards().boards(d.caseId()).get(0).getId()).size();
            CaseBundle bundle = BundleImport.read(b, d.after());
            ImportPlan plan = BundleImport.plan(b, bundle, ImportPlan.Prefer.NEWER);
            assertThat(plan.counts().get(BundleKind.ACTION_ITEM).deleted()).isEqualTo(1);
            assertThat(plan.counts().get(BundleKind.NOTE).deleted()).isEqualTo(1);
            assertThat(plan.counts().get(BundleKind.MEETING).deleted()).isEqualTo(1);
            assertThat(plan.keptNewer()).isEqualTo(1);
            assertThat(plan.changesNothing()).isFalse();
            assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("宿題「名簿を作る（Bで担当を追記）」", "削除せずに残します"));
            String text = PlanText.text(plan);
            assertThat(text).contains("削除", "その後変更されたため残す 1 件");

            BundleImport.Result r = BundleImport.apply(b, plan, s -> { });
            assertThat(r.deleted()).containsEntry(BundleKind.ACTION_ITEM, 1).containsEntry(BundleKind.NOTE, 1).containsEntry(BundleKind.MEETING, 1);
            assertThat(r.summary()).contains("削除 " + r.deletedTotal() + " 件", "宿題 削除1", "付箋 削除1", "会議 削除1", "削除せずに残します");

            assertThat(rows(b, "action_item", d.gone())).isZero();
            assertThat(rows(b, "board_note", d.note())).isZero();
            assertThat(rows(b, "meeting", d.meeting())).isZero();
            for (UUID part : d.parts()) {
                assertThat(rows(b, "meeting_part", part)).isZero();
            }
            assertThat(rows(b, "participant", d.participant())).isZero();
            assertThat(rows(b, "action_item", d.editedOnB())).as("B's newer edit is kept").isOne();
            assertThat(rows(b, "action_item", d.stays())).isOne();
            assertThat(b.boards().notes(b.boards().boards(d.caseId()).get(0).getId())).hasSize(notesBefore - 1);
            // B's tombstone keeps when the row was really deleted (a third laptop compares with that, not with this import)
            Instant deletedAt = bundle.file().cases.get(0).deletions.stream().filter(x -> x.id.equals(d.gone())).findFirst().orElseThrow().deletedAt;
            Instant kept = b.jdbi().withHandle(h -> h.createQuery("select deleted_at from deleted_row where row_id = :id").bind("id", d.gone())
                    .mapTo(Instant.class).one());
            assertThat(kept).isEqualTo(deletedAt);

            // the same file again changes nothing: the deleted rows are absent now, the kept one is kept again
            Map<String, List<String>> after = DbDump.all(b);
            ImportPlan again = BundleImport.plan(b, BundleImport.read(b, d.after()), ImportPlan.Prefer.NEWER);
            assertThat(again.deleted()).isZero();
            assertThat(again.keptNewer()).isEqualTo(1);
            assertThat(again.alreadyAbsent()).isGreaterThanOrEqualTo(3);
            assertThat(again.changesNothing()).isTrue();
            BundleImport.apply(b, again, s -> { });
            assertThat(DbDump.all(b)).isEqualTo(after);
        }
    }

    @Test
    void aLaptopThatNeverHadTheRowsHasNothingToDelete() throws Exception {
        Path after;
        try (Store b = Store.open(dir.resolve("laptop-b"))) {
            after = deleteOnAEditOnB(dir, b).after();
        }
        try (Store c = Store.open(dir.resolve("laptop-c"))) {
            ImportPlan plan = BundleImport.plan(c, BundleImport.read(c, after), ImportPlan.Prefer.NEWER);
            assertThat(plan.deleted()).isZero();
            assertThat(plan.keptNewer()).isZero();
            assertThat(plan.alreadyAbsent()).isEqualTo(JSON.readTree(after.toFile()).get("cases").get(0).get("deletions").size());
            BundleImport.Result r = BundleImport.apply(c, plan, s -> { });
            assertThat(r.deletedTotal()).isZero();
            assertThat(c.cases().count()).isEqualTo(1);
        }
    }

    @Test
    void aFileOfTheFirstFormatWithoutDeletionsStillReads() throws Exception {
        try (Store b = Store.open(dir.resolve("laptop-b"))) {
            Deleted d = deleteOnAEditOnB(dir, b);
            ObjectNode root = (ObjectNode) JSON.readTree(d.after().toFile());
            root.put("formatVersion", 1);
            root.get("cases").forEach(c -> ((ObjectNode) c).remove("deletions"));
            Path old = write(dir.resolve("format1.banso"), root);
            ImportPlan plan = BundleImport.plan(b, BundleImport.read(b, old), ImportPlan.Prefer.NEWER);
            assertThat(plan.deleted()).isZero();
            assertThat(plan.alreadyAbsent() + plan.keptNewer()).isZero();
            BundleImport.apply(b, plan, s -> { });
            assertThat(rows(b, "action_item", d.gone())).as("a file without deletions deletes nothing").isOne();
        }
    }

    // --- bad deletions: refused with what and where, nothing changed ---

    @Test
    void badDeletionsAreRefusedAndChangeNothing() throws Exception {
        try (Store b = Store.open(dir.resolve("laptop-b"))) {
            Deleted d = deleteOnAEditOnB(dir, b);
            Map<String, List<String>> before = DbDump.all(b);
            ObjectNode good = (ObjectNode) JSON.readTree(d.after().toFile());

            assertThat(refused(b, before, withDeletion(good, "municipalities", d.gone().toString(), "2026-01-01T00:00:00Z")))
                    .contains("削除の記録 ", "種類（kind）「municipalities」は、削除を取り込める種類ではありません", "actionItems");
            assertThat(refused(b, before, withDeletion(good, "付箋", d.gone().toString(), "2026-01-01T00:00:00Z")))
                    .contains("種類（kind）「付箋」");
            assertThat(refused(b, before, withDeletion(good, "case", d.gone().toString(), "2026-01-01T00:00:00Z")))
                    .contains("種類（kind）「case」");
            assertThat(refused(b, before, withDeletion(good, "notes", "1-2-3-4-5", "2026-01-01T00:00:00Z")))
                    .contains("削除の記録", "id", "1-2-3-4-5");
            assertThat(refused(b, before, withDeletion(good, "notes", UUID.randomUUID().toString(), "昨日")))
                    .contains("削除の記録", "削除した日時（deletedAt）", "昨日");
            assertThat(refused(b, before, withDeletion(good, "notes", UUID.randomUUID().toString(), "2126-01-01T00:00:00Z")))
                    .contains("削除した日時（deletedAt）", "1日以上先");
            ObjectNode missing = good.deepCopy();
            ((ArrayNode) missing.get("cases").get(0).get("deletions")).addObject().put("kind", "notes");
            assertThat(refused(b, before, write(dir.resolve("missing.banso"), missing))).contains("id がありません", "削除した日時（deletedAt）がありません");
            ObjectNode unknownField = good.deepCopy();
            ((ObjectNode) unknownField.get("cases").get(0).get("deletions").get(0)).put("reason", "x");
            assertThat(refused(b, before, write(dir.resolve("unknown-field.banso"), unknownField))).contains("知らない項目「reason」", "削除の記録 1件目");

            // an id the file also carries alive: which is true? refused, the id named
            String live = good.get("cases").get(0).get("actionItems").get(0).get("id").asText();
            assertThat(refused(b, before, withDeletion(good, "actionItems", live, "2026-01-01T00:00:00Z")))
                    .contains("id " + live, "としても入っています");
            String twice = good.get("cases").get(0).get("deletions").get(0).get("id").asText();
            String twiceKind = good.get("cases").get(0).get("deletions").get(0).get("kind").asText();
            assertThat(refused(b, before, withDeletion(good, twiceKind, twice, "2026-01-01T00:00:00Z"))).contains("重複");
        }
    }

    @Test
    void aDeletionNeverReachesIntoAnotherCase() throws Exception {
        try (Store b = Store.open(dir.resolve("laptop-b"))) {
            Deleted d = deleteOnAEditOnB(dir, b);
            SupportCase other = new jp.banso.cases.NewCase("群馬県", "館林市", 2023, "都道府県主導型", jp.banso.domain.StartKind.INVITATION)
                    .create(b.cases());
            Meeting theirs = meeting(b, other, "別のケースの会議");
            Map<String, List<String>> before = DbDump.all(b);
            ObjectNode good = (ObjectNode) JSON.readTree(d.after().toFile());
            assertThat(refused(b, before, withDeletion(good, "meetings", theirs.getId().toString(), Instant.now().toString())))
                    .contains("会議「別のケースの会議」", theirs.getId().toString(), "別のケースのものです");
            assertThat(rows(b, "meeting", theirs.getId())).isOne();
        }
    }

    @Test
    void tooManyDeletionsAreRefusedWhileTheFileIsFirstRead() throws Exception {
        try (Store b = Store.open(dir.resolve("laptop-b"))) {
            Deleted d = deleteOnAEditOnB(dir, b);
            Map<String, List<String>> before = DbDump.all(b);
            ObjectNode huge = (ObjectNode) JSON.readTree(d.after().toFile());
            ArrayNode list = (ArrayNode) huge.get("cases").get(0).get("deletions");
            for (int i = 0; i < Limits.ROWS_PER_CASE.max(); i++) {
                list.addObject().put("kind", "notes").put("id", UUID.randomUUID().toString()).put("deletedAt", "2026-01-01T00:00:00Z");
            }
            assertThat(refused(b, before, write(dir.resolve("huge.banso"), huge))).contains("大きすぎる", "ケース 1件目", "記録", "多すぎます");
        }
    }

    private Path withDeletion(ObjectNode good, String kind, String id, String at) throws IOException {
        ObjectNode copy = good.deepCopy();
        ((ArrayNode) copy.get("cases").get(0).get("deletions")).addObject().put("kind", kind).put("id", id).put("deletedAt", at);
        return write(Files.createTempFile(dir, "bad-", ".banso"), copy);
    }

    private static Path write(Path file, JsonNode root) throws IOException {
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        return file;
    }

    private static String refused(Store b, Map<String, List<String>> before, Path file) {
        return RefusedImport.message(b, file, before);
    }
}
