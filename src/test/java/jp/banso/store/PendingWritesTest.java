package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.banso.board.BoardException;
import jp.banso.board.BoardModel;
import jp.banso.board.BoardTemplate;
import jp.banso.board.LaneSpec;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Municipality;
import jp.banso.domain.Note;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 1: edits made while the disk cannot take them are kept, in order, and written once it can; nothing
 * overtakes them; on quit they can go to a recovery file that the next start applies. The failure is injected at the
 * store (a statement that fails as H2 does on a full disk) and, where this machine allows mounting, made real with a
 * small filesystem filled to the last byte.
 */
class PendingWritesTest {
    static final BoardTemplate TEMPLATE = new BoardTemplate("vision-current-issue", "あるべき姿 / 現状 / 課題", "",
            List.of(new LaneSpec("あるべき姿", LaneRole.VISION, "#BBDEFB"), new LaneSpec("現状", LaneRole.CURRENT, "#FFF59D"),
                    new LaneSpec("課題", LaneRole.ISSUE, "#F8BBD0")));

    @TempDir
    Path dir;

    static AtomicBoolean diskFull(Store store) {
        return DiskFull.inject(store);
    }

    @Test
    void editsMadeWhileTheDiskIsFullAreKeptInOrderAndWrittenOnceItHasSpace() {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = SafetyFixtures.addCase(store, "那須町");
            Municipality m = store.cases().municipality(c.getMunicipalityId()).orElseThrow();
            UUID boardId = BoardModel.create(store.boards(), c.getId(), null, "第1回", TEMPLATE).getId();
            BoardModel board = new BoardModel(store.boards(), boardId);
            AtomicBoolean full = diskFull(store);

            full.set(true);
            List<String> typed = new ArrayList<>();
            for (int i = 1; i <= 12; i++) {
                board.addNote(board.lanes().get(0).getId(), "付箋" + i, "");
                typed.add("付箋" + i);
            }
            for (int i = 1; i <= 10; i++) {
                m.setName("那須町" + "役場".repeat(i)); // a form saving as it is typed (the code is picked, not typed)
                store.cases().save(m);
            }
            TeamMember member = new TeamMember();
            member.setCaseId(c.getId());
            member.setName("佐藤");
            store.cases().save(member);
            store.cases().deleteTeamMember(member.getId());
            c.setNote("概要の追記");
            store.cases().save(c);

            PendingWrites pending = store.pendingWrites();
            assertThat(pending.size()).as("12 notes, the municipality's latest state, the member (saved then deleted), the case")
                    .isEqualTo(15);
            assertThat(pending.problem()).contains("ディスクの空きがありません");
            assertThat(board.notes()).extracting(Note::getText).containsAll(typed); // still on the board
            assertThat(pending.retry()).isFalse();

            // nothing overtakes them: a new case is refused while they wait, undo too
            assertThatThrownBy(() -> SafetyFixtures.addCase(store, "益子町")).satisfies(e ->
                    assertThat(StoreException.find(e)).hasValueSatisfying(s -> assertThat(s.getMessage())
                            .contains("保存できていない変更が15件").contains("ディスクの空き")));
            assertThatThrownBy(board::undo).isInstanceOf(BoardException.class).hasMessageContaining("元に戻せません");

            // nor a password change or a restore, which would close the database under them
            assertThatThrownBy(() -> Encryption.change(store, new Backups(store.directory()), SafetyFixtures.PASSWORD))
                    .isInstanceOf(StoreException.class).hasMessageContaining("パスワードを変更できません。保存できていない変更が15件");
            assertThat(store.isOpen()).isTrue();

            full.set(false);
            assertThat(pending.retry()).isTrue();
            assertThat(pending.size()).isZero();
            assertThat(pending.problem()).isEmpty();
            assertThat(pending.dropped()).isZero();
        }
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = store.cases().listAll().get(0);
            assertThat(store.cases().municipality(c.getMunicipalityId()).orElseThrow().getName()).isEqualTo("那須町" + "役場".repeat(10));
            assertThat(c.getNote()).isEqualTo("概要の追記");
            assertThat(store.cases().team(c.getId())).isEmpty();
            UUID boardId = store.boards().boards(c.getId()).get(0).getId();
            BoardModel board = new BoardModel(store.boards(), boardId);
            assertThat(board.notes()).hasSize(12);
            assertThat(board.undoLabels().undo()).isNotEmpty(); // each note went in with its undo entry
            board.undo();
            assertThat(board.notes()).hasSize(11);
        }
    }

    @Test
    void editsWaitingAtQuitGoToARecoveryFileThatTheNextStartApplies() throws IOException {
        Path file = dir.resolve("elsewhere").resolve("未保存の変更" + RecoveryFile.EXTENSION);
        Files.createDirectories(file.getParent());
        UUID caseId;
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = SafetyFixtures.addCase(store, "茂木町");
            caseId = c.getId();
            UUID boardId = BoardModel.create(store.boards(), c.getId(), null, "第1回", TEMPLATE).getId();
            BoardModel board = new BoardModel(store.boards(), boardId);
            AtomicBoolean full = diskFull(store);
            full.set(true);
            board.addNote(board.lanes().get(1).getId(), "買い物に困る高齢者が多い", "");
            board.addNote(board.lanes().get(1).getId(), "通いの場が少ない", "");
            c.setNote("終了前の追記");
            store.cases().save(c);
            assertThat(store.pendingWrites().size()).isEqualTo(3);
            assertThat(store.pendingWrites().descriptions()).containsExactly("ボード: 付箋を追加", "ボード: 付箋を追加", "ケースの概要");
            RecoveryFile.save(store, file); // the user quits; the store closes with the edits unwritten
        }
        try (Store store = Store.open(dir.resolve("data"))) {
            assertThat(RecoveryFile.pointed(store.directory())).contains(file.toAbsolutePath());
            RecoveryFile.Contents contents = RecoveryFile.read(store, file);
            assertThat(contents.size()).isEqualTo(3);
            assertThat(RecoveryFile.apply(store, contents)).isEqualTo(new RecoveryFile.Applied(3, 0, 0));
            RecoveryFile.forget(store.directory());
            assertThat(RecoveryFile.pointed(store.directory())).isEmpty();
            assertThat(store.cases().find(caseId).orElseThrow().getNote()).isEqualTo("終了前の追記");
            UUID boardId = store.boards().boards(caseId).get(0).getId();
            BoardModel board = new BoardModel(store.boards(), boardId);
            assertThat(board.notes()).extracting(Note::getText).containsExactlyInAnyOrder("買い物に困る高齢者が多い", "通いの場が少ない");
            assertThat(board.undoLabels().undo()).isEqualTo("付箋を追加");

            // applied again (the same file chosen twice): nothing is written over what happened since
            SupportCase c = store.cases().find(caseId).orElseThrow();
            c.setNote("その後の編集");
            store.cases().save(c);
            RecoveryFile.Applied again = RecoveryFile.apply(store, RecoveryFile.read(store, file));
            assertThat(again.skipped()).isGreaterThanOrEqualTo(1);
            assertThat(store.cases().find(caseId).orElseThrow().getNote()).isEqualTo("その後の編集");
            assertThat(board.notes()).hasSize(2);
        }
    }

    @Test
    void theRecoveryFileOfAnEncryptedFolderIsEncryptedAndOnlyThatFolderTakesIt() throws IOException {
        Path file = dir.resolve("r" + RecoveryFile.EXTENSION);
        try (Store store = Store.open(dir.resolve("secret"), SafetyFixtures.PASSWORD)) {
            SupportCase c = SafetyFixtures.addCase(store, "市貝町");
            diskFull(store).set(true);
            c.setNote("極秘の打ち合わせメモ");
            store.cases().save(c);
            RecoveryFile.save(store, file);
        }
        assertThat(SafetyFixtures.contains(Files.readAllBytes(file), "極秘の打ち合わせメモ")).isFalse();
        assertThat(SafetyFixtures.contains(Files.readAllBytes(file), "市貝町")).isFalse();
        try (Store plain = Store.open(dir.resolve("plain"))) {
            assertThatThrownBy(() -> RecoveryFile.read(plain, file)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("パスワードで保護されたデータフォルダの変更です");
        }
        try (Store store = Store.open(dir.resolve("secret"), SafetyFixtures.PASSWORD)) {
            assertThat(RecoveryFile.apply(store, RecoveryFile.read(store, file)).written()).isEqualTo(1);
            assertThat(store.cases().listAll().get(0).getNote()).isEqualTo("極秘の打ち合わせメモ");
        }
    }

    @Test
    void aBrokenOrForeignRecoveryFileIsRefusedInJapaneseAndChangesNothing() throws IOException {
        Path broken = dir.resolve("broken" + RecoveryFile.EXTENSION);
        Files.writeString(broken, "{\"format\":\"banso-recovery\",\"version\":1,\"writes\":[{\"kind\":");
        Path other = dir.resolve("other" + RecoveryFile.EXTENSION);
        try (Store a = Store.open(dir.resolve("a"))) {
            SupportCase c = SafetyFixtures.addCase(a, "芳賀町");
            diskFull(a).set(true);
            c.setNote("a の変更");
            a.cases().save(c);
            RecoveryFile.save(a, other);
        }
        try (Store b = Store.open(dir.resolve("b"))) {
            assertThatThrownBy(() -> RecoveryFile.read(b, broken)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("未保存の変更のファイルとして読めません");
            assertThatThrownBy(() -> RecoveryFile.read(b, other)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("別のデータフォルダの変更です");
            assertThat(b.cases().count()).isZero();
        }
    }

    /**
     * The real thing: a 6 MB filesystem filled to the last byte while 24 edits are made (forms and board notes), then
     * space is freed. Needs permission to mount a tmpfs (root on Linux); skipped elsewhere.
     */
    @Test
    void onARealFullDiskNoEditIsLost() throws Exception {
        Path mount = dir.resolve("tiny");
        Files.createDirectories(mount);
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount.toString()), "cannot mount a small filesystem here");
        try {
            Path data = mount.resolve("data");
            Path filler = mount.resolve("filler");
            UUID caseId;
            try (Store store = Store.open(data)) {
                SupportCase c = SafetyFixtures.addCase(store, "益子町");
                caseId = c.getId();
                UUID boardId = BoardModel.create(store.boards(), c.getId(), null, "第1回", TEMPLATE).getId();
                BoardModel board = new BoardModel(store.boards(), boardId);
                try (OutputStream out = Files.newOutputStream(filler)) {
                    byte[] block = new byte[64 * 1024];
                    while (true) {
                        out.write(block);
                    }
                } catch (IOException expected) {
                    // the disk is full
                }
                for (int i = 1; i <= 12; i++) {
                    board.addNote(board.lanes().get(0).getId(), "満杯のときの付箋" + i + " " + "あ".repeat(300), "");
                }
                for (int i = 1; i <= 12; i++) {
                    StateChangeFixture.addState(store, caseId, "満杯のときの記録" + i);
                }
                assertThat(store.pendingWrites().size()).as("the disk took none of them").isGreaterThan(0);
                assertThat(store.pendingWrites().problem()).contains("ディスクの空きがありません");
                assertThat(board.notes()).hasSize(12);
                Files.delete(filler);
                // as the app's timer does: H2 may still be closing the database it gave up on, so try until it opens
                org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                        () -> store.pendingWrites().retry());
                assertThat(store.pendingWrites().size()).isZero();
            }
            try (Store store = Store.open(data)) {
                UUID boardId = store.boards().boards(caseId).get(0).getId();
                assertThat(store.boards().notes(boardId)).hasSize(12);
                assertThat(store.cases().stateHistory(caseId)).extracting(s -> s.getReason())
                        .filteredOn(r -> r != null && r.startsWith("満杯のときの記録")).hasSize(12);
            }
        } finally {
            run("umount", "-l", mount.toString()); // lazily: H2 may hold the file of the database it closed
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** A 状態の記録 row as the overview's list adds and fills it. */
    static final class StateChangeFixture {
        static void addState(Store store, UUID caseId, String reason) {
            jp.banso.domain.StateChange s = new jp.banso.domain.StateChange();
            s.setCaseId(caseId);
            s.setState(jp.banso.domain.CaseState.MS2);
            s.setChangedOn(java.time.LocalDate.of(2026, 6, 1));
            s.setReason(reason);
            store.cases().save(s);
        }
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
