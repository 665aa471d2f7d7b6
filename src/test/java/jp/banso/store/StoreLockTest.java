package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Bansos on one data folder: the second is refused with a Japanese message and touches nothing; once the first
 * is gone (here: killed, leaving its lock behind as a crash would) the folder opens again with its data intact.
 * The holder is another JVM because inside one JVM H2 hands a second opener the database that is already open.
 */
class StoreLockTest {

    @TempDir
    Path tmp;

    @Test
    @Timeout(60)
    void aFolderInUseByAnotherBansoIsRefusedInJapaneseAndOpensAfterItIsGone() throws Exception {
        Path data = tmp.resolve("data");
        Municipality m = new Municipality("栃木県", "さくら市");
        SupportCase c = new SupportCase();
        c.setProgramme("老健局主導型");
        c.setApplicationTheme("通所型サービスＣの利用者が少ない");
        Meeting meeting = new Meeting();
        meeting.setCaseId(c.getId());
        meeting.setKind(MeetingKind.VISIT);
        meeting.setSequence(1);
        ActionItem item = new ActionItem();
        item.setMeetingId(meeting.getId());
        item.setWhat("仕様書案を作成");
        try (Store store = Store.open(data)) {
            store.cases().create(m, c, List.of(2023, 2024));
            store.meetings().save(meeting);
            store.meetings().save(item);
        }

        try (ChildJvm child = ChildJvm.start(tmp.resolve("child.log"), "hold", data.toString())) {
            assertThat(child.nextLine(ChildJvm.startTimeout())).isEqualTo("OPEN");

            for (int attempt = 1; attempt <= 2; attempt++) { // and again: a refused open leaves nothing half-open behind
                StoreException refused = catchThrowableOfType(StoreException.class, () -> Store.open(data));
                assertThat(refused).as("second open, attempt %d", attempt).isNotNull();
                assertThat(refused.getMessage())
                        .contains("使用中")
                        .contains(data.toString())
                        .doesNotContain("Exception", "locked", "jdbc:", "[900");
            }
            child.kill(); // a crash: the child never closed the database nor released its lock itself
        }

        try (Store store = Store.open(data)) {
            assertThat(store.cases().find(c.getId())).get().usingRecursiveComparison().isEqualTo(c);
            assertThat(store.cases().municipality(m.getId())).get().usingRecursiveComparison().isEqualTo(m);
            assertThat(store.cases().fiscalYears(c.getId())).containsExactly(2023, 2024);
            assertThat(store.meetings().list(c.getId())).singleElement().usingRecursiveComparison().isEqualTo(meeting);
            assertThat(store.meetings().actionItems(meeting.getId())).singleElement().usingRecursiveComparison().isEqualTo(item);
            assertThat(store.cases().summaries()).singleElement()
                    .satisfies(s -> assertThat(s.openActionItems()).isEqualTo(1));
        }
    }

    @Test
    @Timeout(60)
    void whileTheOtherBansoHoldsTheFolderTheRefusedOpenDoesNotWriteToIt() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            store.cases().create(new Municipality("長野県", "松本市"), new SupportCase(), List.of(2024));
        }
        Path file = data.resolve(Store.DB_NAME + ".mv.db");
        try (ChildJvm child = ChildJvm.start(tmp.resolve("child.log"), "hold", data.toString())) {
            assertThat(child.nextLine(ChildJvm.startTimeout())).isEqualTo("OPEN");
            byte[] whileHeld = Files.readAllBytes(file);
            assertThatThrownBy(() -> Store.open(data)).isInstanceOf(StoreException.class).hasMessageContaining("使用中");
            assertThat(Files.readAllBytes(file)).as("the database file after a refused open").isEqualTo(whileHeld);
        }
    }

    /**
     * The first Banso has an encrypted folder open: the second is told the folder is in use before it asks for the
     * password (Store.checkNotInUse), and even with the right password it is refused as in use, writing nothing.
     */
    @Test
    @Timeout(60)
    void anEncryptedFolderInUseIsRefusedBeforeThePasswordIsAsked() throws Exception {
        Path data = tmp.resolve("data");
        DatabasePassword password = DatabasePassword.of(CrashWriter.PASSWORD);
        try (Store store = Store.open(data, password)) {
            store.cases().create(new Municipality("長野県", "松本市"), new SupportCase(), List.of(2024));
        }
        Store.checkNotInUse(data); // nobody has it: no complaint
        Path file = data.resolve(Store.DB_NAME + ".mv.db");
        try (ChildJvm child = ChildJvm.start(tmp.resolve("child.log"), "encrypted-hold", data.toString())) {
            assertThat(child.nextLine(ChildJvm.startTimeout())).isEqualTo("OPEN");
            byte[] whileHeld = Files.readAllBytes(file);

            StoreException probe = catchThrowableOfType(StoreException.class, () -> Store.checkNotInUse(data));
            assertThat(probe).isNotNull();
            assertThat(probe.reason()).isEqualTo(StoreException.Reason.IN_USE);
            assertThat(probe.getMessage()).startsWith("このデータフォルダは別のBansoで使用中です").contains(data.toString());
            StoreException refused = catchThrowableOfType(StoreException.class, () -> Store.open(data, password));
            assertThat(refused.reason()).isEqualTo(StoreException.Reason.IN_USE);
            // a wrong one is refused as wrong (checked on the file's header, before H2 opens it)
            assertThat(catchThrowableOfType(StoreException.class, () -> Store.open(data, DatabasePassword.of("違うパスワード"))))
                    .isNotNull();
            assertThat(Files.readAllBytes(file)).as("the database file after the refused opens").isEqualTo(whileHeld);
        }
        try (Store store = Store.open(data, password)) {
            assertThat(store.cases().count()).isEqualTo(1);
        }
    }
}
