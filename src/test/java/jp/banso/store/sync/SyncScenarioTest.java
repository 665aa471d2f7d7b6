package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.Note;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.SupportCase;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two laptops and one real server: what one records reaches the other; deletions travel; conflicts are kept. */
class SyncScenarioTest {
    @TempDir
    Path dir;
    Laptops team;
    Store a;
    Store b;
    ServerLogin login;
    ServerLogin loginB;

    @BeforeEach
    void setUp() {
        team = new Laptops(dir);
        a = team.laptop("a");
        b = team.laptop("b");
        // advisor A and prefecture staff B, each with their own login in the same team (row-level security applies)
        login = team.member("advisor_a", Laptops.TEAM);
        loginB = team.member("staff_b", Laptops.TEAM);
        BenchData.fillFullCases(a, 1, 7);
        Laptops.sync(a, login);
        Laptops.sync(b, loginB);
    }

    @AfterEach
    void tearDown() {
        team.close();
    }

    @Test
    void aFullCaseArrivesWholeOnAnEmptyLaptop() {
        Laptops.assertSameWork(a, b);
        assertThat(new Sync(a).status().unsent()).isZero();
        assertThat(new Sync(b).status().unsent()).isZero();
        SupportCase c = b.cases().listAll().get(0);
        assertThat(c.getTeam()).as("a case never shared goes to the laptop's team").isEqualTo("テストチーム");
    }

    @Test
    void editsOnBothLaptopsMeetAndDeletionsTravel() {
        UUID caseId = a.cases().listAll().get(0).getId();
        // A records the first meeting offline; B edits the case's text
        Meeting first = a.meetings().list(caseId).get(0);
        first.setSummary("第1回の記録（A）");
        first.setHeldOn(LocalDate.of(2024, 6, 3));
        a.meetings().save(first);
        SupportCase onB = b.cases().find(caseId).orElseThrow();
        onB.setNote("府県のメモ（B）");
        b.cases().save(onB);
        // B also records the town's profile (a snapshot of its figures)
        ProfileSnapshot profile = new ProfileSnapshot();
        profile.setMunicipalityId(onB.getMunicipalityId());
        profile.setAsOf(LocalDate.of(2024, 4, 1));
        profile.setPopulation(43_000);
        profile.setCareCertificationRate(new java.math.BigDecimal("17.50"));
        b.cases().save(profile);
        // B deletes one 宿題 while A edits another
        List<ActionItem> items = b.meetings().openActionItems(caseId);
        ActionItem deleted = items.get(0);
        ActionItem edited = a.meetings().actionItems(items.get(1).getMeetingId()).stream()
                .filter(x -> x.getId().equals(items.get(1).getId())).findFirst().orElseThrow();
        b.meetings().deleteActionItem(deleted.getId());
        edited.setWhat("担当を決めて来月までに案を出す（A）");
        a.meetings().save(edited);

        Laptops.sync(a, login);
        Laptops.sync(b, loginB);
        Laptops.sync(a, login);

        Laptops.assertSameWork(a, b);
        assertThat(a.cases().find(caseId).orElseThrow().getNote()).isEqualTo("府県のメモ（B）");
        assertThat(a.cases().snapshots(onB.getMunicipalityId())).extracting(ProfileSnapshot::getPopulation).contains(43_000);
        assertThat(b.meetings().find(first.getId()).orElseThrow().getSummary()).isEqualTo("第1回の記録（A）");
        assertThat(a.meetings().actionItems(deleted.getMeetingId())).extracting(ActionItem::getId).doesNotContain(deleted.getId());
        assertThat(b.meetings().actionItems(edited.getMeetingId())).filteredOn(x -> x.getId().equals(edited.getId()))
                .extracting(ActionItem::getWhat).containsExactly("担当を決めて来月までに案を出す（A）");
        assertThat(new Sync(a).conflicts()).isEmpty();
        assertThat(new Sync(b).conflicts()).isEmpty();
    }

    @Test
    void theSameNoteEditedOnBothSidesKeepsBothTexts() {
        UUID boardId = a.boards().boards(a.cases().listAll().get(0).getId()).get(0).getId();
        Note onA = a.boards().notes(boardId).get(0);
        Note onB = b.boards().notes(boardId).stream().filter(n -> n.getId().equals(onA.getId())).findFirst().orElseThrow();
        onA.setText("送迎を見直す（A）");
        onA.setX(onA.getX() + 100); // only A moves it: merged without a conflict
        a.jdbi().useHandle(h -> h.execute("update board_note set text = ?, x = ? where id = ?", onA.getText(), onA.getX(), onA.getId()));
        onB.setText("開始時期を見直す（B）");
        onB.setVotes(onB.getVotes() + 2); // only B votes: merged without a conflict
        b.jdbi().useHandle(h -> h.execute("update board_note set text = ?, votes = ? where id = ?", onB.getText(), onB.getVotes(),
                onB.getId()));

        Laptops.sync(b, loginB);
        Laptops.sync(a, login);

        List<SyncConflict> conflicts = new Sync(a).conflicts();
        assertThat(conflicts).hasSize(1);
        SyncConflict c = conflicts.get(0);
        assertThat(c.table()).isEqualTo("board_note");
        assertThat(c.field()).isEqualTo("text");
        assertThat(c.mine()).isEqualTo("送迎を見直す（A）");
        assertThat(c.server()).isEqualTo("開始時期を見直す（B）");
        Note merged = a.boards().notes(boardId).stream().filter(n -> n.getId().equals(onA.getId())).findFirst().orElseThrow();
        assertThat(merged.getText()).as("the server's text is applied").isEqualTo("開始時期を見直す（B）");
        assertThat(merged.getX()).as("A's move stays").isEqualTo(onA.getX());
        assertThat(merged.getVotes()).as("B's votes arrive").isEqualTo(onB.getVotes());

        // A keeps their own text: it is sent, and B gets it
        new Sync(a).resolve(c.id(), true);
        Laptops.sync(a, login);
        Laptops.sync(b, loginB);
        assertThat(new Sync(a).conflicts()).isEmpty();
        assertThat(b.boards().notes(boardId)).filteredOn(n -> n.getId().equals(onA.getId())).extracting(Note::getText)
                .containsExactly("送迎を見直す（A）");
        Laptops.assertSameWork(a, b);
    }

    @Test
    void aNoteDeletedThereWhileEditedHereIsKeptInTheConflictList() {
        UUID boardId = a.boards().boards(a.cases().listAll().get(0).getId()).get(0).getId();
        Note onA = a.boards().notes(boardId).get(3);
        b.jdbi().useHandle(h -> h.execute("delete from board_note where id = ?", onA.getId()));
        a.jdbi().useHandle(h -> h.execute("update board_note set text = ? where id = ?", "消される前に書き足した（A）", onA.getId()));

        Laptops.sync(b, loginB);
        Laptops.sync(a, login);

        assertThat(a.boards().notes(boardId)).extracting(Note::getId).doesNotContain(onA.getId());
        List<SyncConflict> conflicts = new Sync(a).conflicts();
        assertThat(conflicts).hasSize(1);
        assertThat(conflicts.get(0).field()).isNull();
        assertThat(conflicts.get(0).server()).isNull();
        assertThat(conflicts.get(0).mine()).contains("消される前に書き足した（A）");
        // brought back from the list: it returns here and, after syncing, on B
        new Sync(a).resolve(conflicts.get(0).id(), true);
        Laptops.sync(a, login);
        Laptops.sync(b, loginB);
        assertThat(b.boards().notes(boardId)).extracting(Note::getText).contains("消される前に書き足した（A）");
        Laptops.assertSameWork(a, b);
    }

    @Test
    void aMemberRemovedFromTheTeamWhileOfflineKeepsTheCasesReadOnly() {
        UUID caseId = b.cases().listAll().get(0).getId();
        // April: B moves to another post; B's laptop is offline and B goes on writing meanwhile
        team.admin().removeUser("staff_b", Laptops.TEAM);
        Meeting m = b.meetings().list(caseId).get(1);
        m.setSummary("異動の前に書いたまとめ（B）");
        b.meetings().save(m);

        SyncReport report = Laptops.sync(b, loginB);

        assertThat(report.readOnlyCases()).isEqualTo(1);
        assertThat(report.lines()).anyMatch(l -> l.contains("読み取り専用のケース 1件"));
        assertThat(new Sync(b).status().readOnlyCases()).isEqualTo(1);
        // kept, never deleted: the case and the unsent edit are still on B's laptop
        assertThat(b.cases().find(caseId)).isPresent();
        assertThat(b.meetings().find(m.getId()).orElseThrow().getSummary()).isEqualTo("異動の前に書いたまとめ（B）");
        assertThat(new Sync(b).status().unsent()).as("kept here, not sent (the server would refuse it)").isPositive();
        // and no longer writable
        Meeting again = b.meetings().find(m.getId()).orElseThrow();
        again.setSummary("もう書けない");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> b.meetings().save(again)).satisfies(e ->
                assertThat(jp.banso.store.StoreException.find(e)).hasValueSatisfying(s -> assertThat(s.getMessage())
                        .contains("チームから外れたため読み取り専用です")));
        // A, still in the team, is not affected
        Laptops.sync(a, login);
        assertThat(a.meetings().find(m.getId()).orElseThrow().getSummary()).isNotEqualTo("異動の前に書いたまとめ（B）");
    }
}
