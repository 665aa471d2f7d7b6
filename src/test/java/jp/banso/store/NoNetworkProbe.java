package jp.banso.store;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.NetPermission;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketPermission;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import jp.banso.cases.DemoCase;
import jp.banso.domain.SupportCase;
import jp.banso.report.BoardImages;
import jp.banso.report.ExportService;
import jp.banso.report.FormRegistry;

/**
 * Child process of {@link NoNetworkTest}. Installs a security manager that allows everything but writes down every
 * network permission asked for (connect, listen, accept, resolve; Unix domain sockets), then:
 * <ul>
 *   <li>{@code app <dir>}: does what a user does — store, demo case, every hand-out, backups, an encrypted store, a
 *       password change, a restore — and then runs the whole app (headless) on the folder until its window is shown
 *       and closed (with its exit backup);</li>
 *   <li>{@code control <dir>}: opens a server socket, connects to it, and opens H2 with AUTO_SERVER=TRUE: each must be
 *       seen (proof that the check cannot pass by seeing nothing).</li>
 * </ul>
 * Prints {@code NET <permission> <where>} for each network permission, {@code CHECKS <n>} and {@code DONE}.
 */
public final class NoNetworkProbe {
    private static final Queue<String> SEEN = new ConcurrentLinkedQueue<>();
    private static final AtomicLong CHECKS = new AtomicLong();
    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

    private NoNetworkProbe() {
    }

    @SuppressWarnings("removal")
    static final class Recorder extends SecurityManager {
        @Override
        public void checkPermission(Permission p) {
            record(p);
        }

        @Override
        public void checkPermission(Permission p, Object context) {
            record(p);
        }

        private static void record(Permission p) {
            CHECKS.incrementAndGet();
            boolean network = p instanceof SocketPermission
                    || (p instanceof NetPermission && p.getName().equals("accessUnixDomainSocket"));
            if (network && !INSIDE.get()) {
                INSIDE.set(true);
                try {
                    String where = Arrays.stream(new Throwable().getStackTrace()).skip(2).limit(12)
                            .map(StackTraceElement::toString).collect(Collectors.joining(" < "));
                    SEEN.add(p + " " + where);
                } finally {
                    INSIDE.set(false);
                }
            }
        }
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args[1]);
        System.setSecurityManager(new Recorder());
        if (args[0].equals("control")) {
            control(dir);
        } else {
            everything(dir);
        }
        for (String s : SEEN) {
            out.println("NET " + s);
        }
        out.println("CHECKS " + CHECKS.get());
        out.println("DONE");
        out.flush();
        System.exit(0);
    }

    private static void everything(Path dir) throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            SupportCase demo = DemoCase.create(store);
            new ExportService(store, BoardImages.NONE).run(new ExportService.Request(demo.getId(), null, FormRegistry.all(),
                    Files.createDirectories(dir.resolve("handouts"))), (d, n, m) -> { });
            Backups backups = new Backups(data);
            backups.take(store, BackupReason.MANUAL);
        }
        Path secret = dir.resolve("secret");
        Store store = Store.open(secret, DatabasePassword.of("himitsu-2025"));
        try {
            DemoCase.create(store);
            Backups backups = new Backups(secret);
            BackupInfo b = backups.take(store, BackupReason.MANUAL);
            store = Encryption.change(store, backups, DatabasePassword.of("atarashii-2025")).store();
            try (Restore.Prepared p = Restore.prepareFor(store, backups, b, (x, n) -> DatabasePassword.of("himitsu-2025"))) {
                store = Restore.restore(store, backups, p);
            }
        } finally {
            store.close();
        }
        // the whole app on the first folder: start, window, close, exit backup
        System.setProperty("banso.startupProbe", "true");
        jp.banso.app.Launcher.main(new String[] {"--data-dir", data.toString(), "--no-demo"});
        if (new Backups(data).list().stream().noneMatch(x -> x.reason() == BackupReason.EXIT)) {
            throw new IllegalStateException("the app did not run to its exit backup");
        }
    }

    private static void control(Path dir) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            accepted.getInputStream();
            client.getOutputStream();
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("auto").resolve("db") + ";AUTO_SERVER=TRUE", "sa", "")) {
            c.createStatement().execute("create table t(x int)");
        }
    }
}
