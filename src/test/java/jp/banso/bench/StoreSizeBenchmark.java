package jp.banso.bench;

import static jp.banso.bench.CaseWorkbenchBenchmark.ms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import jp.banso.board.BoardModel;
import jp.banso.domain.Note;
import jp.banso.store.BackupInfo;
import jp.banso.store.BackupReason;
import jp.banso.store.Backups;
import jp.banso.store.BenchData;
import jp.banso.store.DatabaseFile;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Store;
import jp.banso.store.StoreSizes;

/**
 * The store's size under many small commits (issue 17): 200 full cases ({@link BenchData#fillFullCases}, itself
 * about ten thousand commits) and then {@value #SAVES} saves as autosave makes them (a note moved on a board, with
 * its undo entry). Copies of that file (plain and encrypted) are then backed up and closed as at exit and backed up
 * at the next start; and, in the same run, what H2 did on its own before (a plain close, {@code BACKUP TO} of the file as it is).
 * Runs inside {@link CaseWorkbenchBenchmark}; alone:
 * {@code java -cp … jp.banso.bench.StoreSizeBenchmark}.
 */
final class StoreSizeBenchmark {
    static final int CASES = 200;
    static final int SAVES = 10_000;
    private static final String PASSWORD = "bench-パスワード-2025";

    private StoreSizeBenchmark() {
    }

    static List<String[]> run() throws Exception {
        Path root = Files.createTempDirectory("banso-store-size-bench");
        try {
            return run(root);
        } finally {
            CaseWorkbenchBenchmark.deleteTree(root);
        }
    }

    private static List<String[]> run(Path root) throws Exception {
        Path saved = root.resolve("saved");
        List<Double> saveTimes = new ArrayList<>();
        DatabasePassword password = DatabasePassword.of(PASSWORD);
        long loose;
        try (Store store = Store.open(saved)) {
            BenchData.fillFullCases(store, CASES, 7);
            List<BoardModel> boards = boards(store);
            Random r = new Random(17);
            for (int i = 0; i < SAVES; i++) {
                saveTimes.add(moveANote(boards, r));
            }
            // copies of the loose file as the saves left it (no write under way: every commit is in the file)
            for (String copy : List.of("exit", "h2-exit", "h2-backup")) {
                Files.createDirectories(root.resolve(copy));
                Files.copy(saved.resolve(DatabaseFile.NAME), root.resolve(copy).resolve(DatabaseFile.NAME));
            }
            StoreSizes.encryptedCopy(saved, root.resolve("secret"), password);
            StoreSizes.encryptedCopy(saved, root.resolve("h2-secret"), password);
            loose = Files.size(saved.resolve(DatabaseFile.NAME));
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(CaseWorkbenchBenchmark.row("ファイルサイズ（" + CASES + "ケース＋" + SAVES + "回の保存の後、圧縮前、MB）",
                loose / 1e6, "—", "—"));
        rows.add(CaseWorkbenchBenchmark.stats("　保存1回（付箋の移動と操作履歴、ms）", saveTimes, -1));

        // before: H2 on its own
        double h2Close = StoreSizes.h2OpenAndClose(root.resolve("h2-exit"), null);
        rows.add(CaseWorkbenchBenchmark.row("以前：終了（H2の通常の閉じ方）の後のファイルサイズ (MB)", size(root.resolve("h2-exit")), "—", "50"));
        rows.add(CaseWorkbenchBenchmark.row("以前：終了（H2の通常の閉じ方）の時間 (ms)", h2Close, "—", "—"));
        rows.add(CaseWorkbenchBenchmark.row("以前：バックアップ（終了前・暗号化なし、zip MB）",
                StoreSizes.h2Backup(root.resolve("h2-backup"), null, root.resolve("h2-plain.zip")) / 1e6, "—", "50"));
        rows.add(CaseWorkbenchBenchmark.row("以前：バックアップ（終了前・暗号化あり、zip MB）",
                StoreSizes.h2Backup(root.resolve("h2-secret"), password, root.resolve("h2-secret.zip")) / 1e6, "—", "50"));

        // after: the store's close compacts; the next backups copy the compact file
        rows.addAll(exitAndBackup(root.resolve("exit"), null, "暗号化なし"));
        rows.addAll(exitAndBackup(root.resolve("secret"), password, "暗号化あり"));
        return rows;
    }

    /**
     * The exit as the app makes it: the exit backup of the open, loose store (its copy compacted), then the store
     * closes (compacting the file); then the backup the next start takes.
     */
    private static List<String[]> exitAndBackup(Path folder, DatabasePassword password, String how) throws Exception {
        Store store = Store.open(folder, password);
        long b0 = System.nanoTime();
        BackupInfo exitBackup = new Backups(folder).take(store, BackupReason.EXIT);
        double backupMillis = ms(b0);
        long t = System.nanoTime();
        store.close();
        double exitMillis = ms(t);
        double exitSize = size(folder);
        try (Store next = Store.open(folder, password)) {
            BackupInfo b = new Backups(folder).take(next, BackupReason.START);
            return List.of(
                    CaseWorkbenchBenchmark.row("終了時のバックアップ（開いたまま、コピーを圧縮・" + how + "、zip MB）", exitBackup.bytes() / 1e6, "—", "50"),
                    CaseWorkbenchBenchmark.row("終了時のバックアップ（" + how + "）の時間 (ms)", backupMillis, "—", "—"),
                    CaseWorkbenchBenchmark.row("終了（圧縮して閉じる・" + how + "）の後のファイルサイズ (MB)", exitSize, "—", "50"),
                    CaseWorkbenchBenchmark.row("終了（圧縮して閉じる・" + how + "）の時間 (ms)", exitMillis, "—", "—"),
                    CaseWorkbenchBenchmark.row("次の起動時のバックアップ（" + how + "、zip MB）", b.bytes() / 1e6, "—", "50"));
        }
    }

    private static List<BoardModel> boards(Store store) {
        List<UUID> ids = store.jdbi().withHandle(h -> h.createQuery("select id from board order by id").mapTo(UUID.class).list());
        return ids.stream().map(id -> new BoardModel(store.boards(), id)).toList();
    }

    /** One save as a drag on a board makes it: a note moved a few pixels, written with its undo entry. */
    private static double moveANote(List<BoardModel> boards, Random r) {
        BoardModel board = boards.get(r.nextInt(boards.size()));
        List<Note> notes = new ArrayList<>(board.notes());
        Note n = notes.get(r.nextInt(notes.size()));
        long t = System.nanoTime();
        board.move(Map.of(n.getId(), new double[] {n.getX() + 1 + r.nextInt(8), n.getY()}));
        return ms(t);
    }

    private static double size(Path folder) throws java.io.IOException {
        return Files.size(folder.resolve(DatabaseFile.NAME)) / 1e6;
    }



    public static void main(String[] args) throws Exception {
        for (String[] r : run()) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }
}
