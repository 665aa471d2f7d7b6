package jp.banso.bench;

import static jp.banso.bench.CaseWorkbenchBenchmark.ms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.banso.store.BackupInfo;
import jp.banso.store.BackupReason;
import jp.banso.store.Backups;
import jp.banso.store.BenchData;
import jp.banso.store.DatabaseFile;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Encryption;
import jp.banso.store.Restore;
import jp.banso.store.Store;

/**
 * Backups, restore and encryption with 200 full cases ({@link BenchData#fillFullCases}: the year's meetings, three
 * recorded, a board of 40 notes, 10 課題, 10 roadmap items with progress): backup and restore, unencrypted and
 * encrypted; opening the store both ways; deriving the key from the password; setting the password. Runs inside
 * {@link CaseWorkbenchBenchmark}; alone: {@code java -cp … jp.banso.bench.SafetyBenchmark}.
 */
final class SafetyBenchmark {
    static final int CASES = 200;
    private static final String PASSWORD = "bench-パスワード-2025";

    private SafetyBenchmark() {
    }

    static List<String[]> run() throws Exception {
        Path plain = Files.createTempDirectory("banso-safety-bench-plain");
        Path secret = Files.createTempDirectory("banso-safety-bench-secret");
        try {
            return run(plain, secret);
        } finally {
            CaseWorkbenchBenchmark.deleteTree(plain);
            CaseWorkbenchBenchmark.deleteTree(secret);
        }
    }

    private static List<String[]> run(Path plain, Path secret) throws Exception {
        try (Store store = Store.open(plain)) {
            BenchData.fillFullCases(store, CASES, 7);
        }
        // the fill is ten thousand commits in seconds, which leaves H2's file hundreds of MB long; closing compacts it
        // (docs/decisions/0023), and a few more starts and exits make it what a folder used for months looks like
        for (int i = 0; i < 3; i++) {
            Store.open(plain).close();
        }
        long fileBytes = Files.size(plain.resolve(DatabaseFile.NAME));
        Files.copy(plain.resolve(DatabaseFile.NAME), secret.resolve(DatabaseFile.NAME));

        List<Double> derive = new ArrayList<>();
        DatabasePassword password = null;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            password = DatabasePassword.of(PASSWORD);
            derive.add(ms(t));
        }
        long t = System.nanoTime();
        Encryption.Changed changed = Encryption.change(Store.open(secret), new Backups(secret), password);
        double setPassword = ms(t);
        changed.store().close();

        List<Double> openPlain = new ArrayList<>();
        List<Double> openSecret = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            t = System.nanoTime();
            Store.open(plain).close();
            openPlain.add(ms(t));
            t = System.nanoTime();
            Store.open(secret, password).close();
            openSecret.add(ms(t));
        }

        List<String[]> rows = new ArrayList<>();
        String size = String.format("%.1f MB", fileBytes / 1e6);
        rows.add(CaseWorkbenchBenchmark.stats("ストアを開く（" + CASES + "ケース・全件、暗号化なし、" + size + "）",
                openPlain.subList(1, openPlain.size()), -1));
        rows.add(CaseWorkbenchBenchmark.stats("ストアを開く（" + CASES + "ケース・全件、暗号化あり、鍵の導出を除く）",
                openSecret.subList(1, openSecret.size()), -1));
        rows.add(CaseWorkbenchBenchmark.stats("パスワードから鍵を作る（PBKDF2、31万回）", derive.subList(1, derive.size()), -1));
        rows.add(CaseWorkbenchBenchmark.row("パスワードを設定（" + CASES + "ケースのデータベースを暗号化）", setPassword, "—", "—"));
        rows.addAll(backupAndRestore(plain, null, "暗号化なし"));
        rows.addAll(backupAndRestore(secret, password, "暗号化あり"));
        return rows;
    }

    private static List<String[]> backupAndRestore(Path dir, DatabasePassword password, String how) {
        Backups backups = new Backups(dir);
        List<Double> backup = new ArrayList<>();
        List<Double> prepare = new ArrayList<>();
        List<Double> restore = new ArrayList<>();
        long zipBytes = 0;
        Store store = Store.open(dir, password);
        try {
            for (int i = 0; i < 6; i++) {
                long t = System.nanoTime();
                BackupInfo b = backups.take(store, BackupReason.MANUAL);
                backup.add(ms(t));
                zipBytes = b.bytes();
            }
            for (int i = 0; i < 4; i++) {
                BackupInfo newest = backups.list().stream().filter(b -> b.reason() == BackupReason.MANUAL).findFirst().orElseThrow();
                long t = System.nanoTime();
                Restore.Prepared p = Restore.prepareFor(store, backups, newest, (b, n) -> null);
                prepare.add(ms(t));
                store = Restore.restore(store, backups, p);
                restore.add(ms(t));
                if (store.cases().count() != CASES) {
                    throw new IllegalStateException("restored " + store.cases().count() + " cases");
                }
            }
        } finally {
            store.close();
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(CaseWorkbenchBenchmark.stats("バックアップ（" + CASES + "ケース・" + how + "、zip " + String.format("%.1f MB", zipBytes / 1e6) + "）",
                backup.subList(1, backup.size()), 1000));
        rows.add(CaseWorkbenchBenchmark.stats("復元（" + CASES + "ケース・" + how + "、復元前のバックアップ込み）",
                restore.subList(1, restore.size()), -1));
        rows.add(CaseWorkbenchBenchmark.stats("　うち展開と確認（開いて全行を読む）", prepare.subList(1, prepare.size()), -1));
        return rows;
    }



    public static void main(String[] args) throws Exception {
        for (String[] r : run()) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }
}
