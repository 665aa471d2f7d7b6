package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders and files Banso cannot use: the user gets a Japanese sentence (the technical detail stays in the cause,
 * for the log), and a damaged database file is left exactly as it was so that it can still be recovered.
 * (The tests run as root, so a read-only folder cannot be simulated with permissions here.)
 */
class StoreBadFolderTest {
    private static final String DB_FILE = Store.DB_NAME + ".mv.db";

    @TempDir
    Path tmp;

    // --- a folder that cannot be created ---

    @Test
    void aFolderUnderARegularFileIsRefusedInJapanese() throws IOException {
        Path file = Files.writeString(tmp.resolve("f"), "ただのファイル");
        Path data = file.resolve("data");

        StoreException e = catchThrowableOfType(StoreException.class, () -> Store.open(data));

        assertThat(e).as("opening a data folder under a regular file").isNotNull();
        assertUserMessage(e, "データフォルダを作成できません");
        assertThat(e.getMessage()).contains(data.toString()).contains("--data-dir").doesNotContain("Not a directory");
        assertThat(e.getCause()).as("the technical cause is kept for the log").isInstanceOf(IOException.class);
        assertThat(Files.readString(file)).as("the file in the way is left alone").isEqualTo("ただのファイル");
    }

    @Test
    void aFolderPathThatIsARegularFileIsRefusedInJapanese() throws IOException {
        Path data = Files.writeString(tmp.resolve("banso-data"), "ただのファイル");

        StoreException e = catchThrowableOfType(StoreException.class, () -> Store.open(data));

        assertThat(e).as("opening a regular file as the data folder").isNotNull();
        assertUserMessage(e, "データフォルダを作成できません");
        assertThat(Files.readString(data)).isEqualTo("ただのファイル");
    }

    // --- a damaged database file ---

    @Test
    void aDatabaseFileOfGarbageIsRefusedAsDamagedAndLeftUntouched() throws IOException {
        Path data = storeWithSomeData();
        byte[] garbage = Files.readAllBytes(data.resolve(DB_FILE));
        new Random(1).nextBytes(garbage);
        Files.write(data.resolve(DB_FILE), garbage);

        assertRefusedAsDamagedWithoutTouchingTheFile(data);
    }

    @Test
    void aDatabaseFileWithBothHeadersOverwrittenIsRefusedAsDamagedAndLeftUntouched() throws IOException {
        Path data = storeWithSomeData();
        // H2 keeps two copies of its file header, in the first two 4 KB blocks: destroy both
        overwrite(data.resolve(DB_FILE), 0, 8192, new Random(2));

        assertRefusedAsDamagedWithoutTouchingTheFile(data);
    }

    @Test
    void aDatabaseFileWithOneHeaderOverwrittenStillOpensWithAllItsData() throws IOException {
        Path data = tmp.resolve("data");
        Saved saved = save(data);
        overwrite(data.resolve(DB_FILE), 0, 4096, new Random(3)); // the second header copy is intact

        try (Store store = Store.open(data)) {
            saved.assertIntactIn(store);
        }
    }

    /**
     * The promise of the damaged-file message ("ファイルは変更していません") for damage anywhere in the file: each
     * 4 KB block in turn is overwritten with random bytes, and Banso must either refuse it as damaged without
     * writing a byte, or open it and read every record back unchanged (damage in free space is harmless).
     */
    @Test
    void damageInAnyBlockIsEitherRefusedWithoutWritingOrHarmless() throws IOException {
        Path base = tmp.resolve("base");
        Saved saved = save(base);
        byte[] original = Files.readAllBytes(base.resolve(DB_FILE));
        List<String> broken = new ArrayList<>();
        for (int offset = 0; offset + 4096 <= original.length; offset += 4096) {
            Path data = Files.createDirectories(tmp.resolve("block-" + offset));
            byte[] damaged = original.clone();
            byte[] noise = new byte[4096];
            new Random(offset).nextBytes(noise);
            System.arraycopy(noise, 0, damaged, offset, noise.length);
            Files.write(data.resolve(DB_FILE), damaged);
            try (Store store = Store.open(data)) {
                saved.assertIntactIn(store);
            } catch (StoreException e) {
                if (!e.getMessage().contains("壊れて")) {
                    broken.add("block at " + offset + ": refused with " + e.getMessage());
                } else if (!Arrays.equals(Files.readAllBytes(data.resolve(DB_FILE)), damaged)) {
                    broken.add("block at " + offset + ": refused as damaged, but the file was written to");
                }
            } catch (RuntimeException | AssertionError e) {
                broken.add("block at " + offset + ": opened, then " + firstLines(e));
            }
        }
        assertThat(broken).as("of %d blocks", original.length / 4096).isEmpty();
    }

    /**
     * The same promise for a file cut short (an interrupted copy to a USB stick, a half-finished sync): cut at each
     * 4 KB boundary in turn, it must be refused as damaged without being written to, or open with every record
     * (when only free space at the end was lost).
     */
    @Test
    void aTruncatedDatabaseFileIsEitherRefusedWithoutWritingOrComplete() throws IOException {
        Path base = tmp.resolve("base");
        Saved saved = save(base);
        byte[] original = Files.readAllBytes(base.resolve(DB_FILE));
        List<String> broken = new ArrayList<>();
        for (int length = 4096; length < original.length; length += 4096) {
            Path data = Files.createDirectories(tmp.resolve("cut-" + length));
            byte[] cut = Arrays.copyOf(original, length);
            Files.write(data.resolve(DB_FILE), cut);
            try (Store store = Store.open(data)) {
                saved.assertIntactIn(store);
            } catch (StoreException e) {
                if (!e.getMessage().contains("壊れて")) {
                    broken.add("cut at " + length + ": refused with " + e.getMessage().replace("\n", " "));
                } else if (!Arrays.equals(Files.readAllBytes(data.resolve(DB_FILE)), cut)) {
                    broken.add("cut at " + length + ": refused as damaged, but the file was written to");
                }
            } catch (RuntimeException | AssertionError e) {
                broken.add("cut at " + length + ": opened, then " + firstLines(e));
            }
        }
        assertThat(broken).as("of %d cuts", original.length / 4096 - 1).isEmpty();
    }

    private void assertRefusedAsDamagedWithoutTouchingTheFile(Path data) throws IOException {
        byte[] before = Files.readAllBytes(data.resolve(DB_FILE));

        StoreException e = catchThrowableOfType(StoreException.class, () -> Store.open(data));

        assertThat(e).as("opening a damaged database").isNotNull();
        assertUserMessage(e, "データベースファイルが壊れて");
        assertThat(e.getMessage()).contains(data.toString())
                .doesNotContain("File corrupted", "recovery tool", "org.h2", "[900", "[500");
        assertThat(Files.readAllBytes(data.resolve(DB_FILE))).as("the damaged file after the attempt to open it")
                .isEqualTo(before);
        // and a second attempt (the user tries again) is refused the same way and still writes nothing
        assertThat(catchThrowableOfType(StoreException.class, () -> Store.open(data))).isNotNull();
        assertThat(Files.readAllBytes(data.resolve(DB_FILE))).isEqualTo(before);
    }

    /**
     * A message fit for the user: starts with the expected Japanese sentence, and the cause's technical text (apart
     * from the folder's path, which the user needs to see) is not part of it.
     */
    private void assertUserMessage(StoreException e, String start) {
        String firstLine = e.getMessage().lines().findFirst().orElse("");
        assertThat(firstLine).startsWith(start).doesNotContain("Exception", "java.", "org.");
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            String reason = cause.getMessage().replaceAll(Pattern.quote(tmp.toString()) + "\\S*", "")
                    .replaceFirst("^[\\s:]+", "").trim();
            if (!reason.isEmpty()) {
                assertThat(e.getMessage()).as("the raw cause is not shown to the user").doesNotContain(reason);
            }
        }
    }

    private static String firstLines(Throwable e) {
        return e.toString().lines().map(String::strip).filter(l -> !l.isEmpty()).limit(4)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private static void overwrite(Path file, int offset, int length, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).as("database file size").isGreaterThanOrEqualTo(offset + length);
        byte[] noise = new byte[length];
        random.nextBytes(noise);
        System.arraycopy(noise, 0, bytes, offset, length);
        Files.write(file, bytes);
    }

    private Path storeWithSomeData() {
        Path data = tmp.resolve("data");
        save(data);
        return data;
    }

    /** What {@link #save} wrote, to be compared after damage. */
    private record Saved(List<SupportCase> cases, List<Meeting> meetings, List<ActionItem> items) {
        void assertIntactIn(Store store) {
            assertThat(store.cases().listAll()).usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyInAnyOrderElementsOf(cases);
            for (SupportCase c : cases) {
                assertThat(store.cases().fiscalYears(c.getId())).containsExactly(2024);
            }
            List<ActionItem> readItems = new ArrayList<>();
            for (Meeting m : meetings) {
                assertThat(store.meetings().find(m.getId())).get().usingRecursiveComparison().isEqualTo(m);
                readItems.addAll(store.meetings().actionItems(m.getId()));
            }
            assertThat(readItems).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(items);
            assertThat(store.cases().summaries()).hasSize(cases.size());
        }
    }

    /** Enough records for the file to hold several chunks (about 200 KB). */
    private static Saved save(Path data) {
        List<SupportCase> cases = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        List<ActionItem> items = new ArrayList<>();
        try (Store store = Store.open(data)) {
            for (int i = 0; i < 30; i++) {
                SupportCase c = new SupportCase();
                c.setProgramme("老健局主導型");
                c.setNote("経緯メモ " + i + " " + "あ".repeat(300));
                store.cases().create(new Municipality("栃木県", "市" + i), c, List.of(2024));
                Meeting m = new Meeting();
                m.setCaseId(c.getId());
                m.setKind(MeetingKind.VISIT);
                m.setSummary("まとめ " + i);
                store.meetings().save(m);
                ActionItem a = new ActionItem();
                a.setMeetingId(m.getId());
                a.setWhat("宿題 " + i);
                store.meetings().save(a);
                cases.add(c);
                meetings.add(m);
                items.add(a);
            }
        }
        return new Saved(cases, meetings, items);
    }
}
