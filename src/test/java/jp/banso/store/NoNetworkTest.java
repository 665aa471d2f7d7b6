package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Banso opens no socket: H2 runs embedded (never as a server), and nothing else talks to the network. A child JVM does
 * what a user does, the app included, under a security manager that writes down every network permission; a control
 * run that does open sockets shows that the recording works.
 */
class NoNetworkTest {
    private static final List<String> HEADLESS = List.of("-Djava.security.manager=allow", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1600x1200-32", "-Djava.awt.headless=true",
            "-Xmx512m");

    @TempDir
    Path tmp;

    private List<String> run(String mode) throws Exception {
        List<String> lines = new ArrayList<>();
        try (ChildJvm child = ChildJvm.start(tmp.resolve(mode + ".log"), HEADLESS, NoNetworkProbe.class.getName(), mode, tmp.toString())) {
            for (String line = ""; !line.equals("DONE"); ) {
                line = child.nextLine(Duration.ofSeconds(120));
                lines.add(line);
            }
            assertThat(child.waitFor(Duration.ofSeconds(30))).as(child.stderr()).isZero();
        }
        return lines;
    }

    private static long checks(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("CHECKS ")).mapToLong(l -> Long.parseLong(l.substring(7))).findFirst().orElse(0);
    }

    @Test
    @Timeout(240)
    void theAppOpensNoSocket() throws Exception {
        List<String> lines = run("app");
        System.out.println("app run: " + lines.stream().filter(l -> !l.startsWith("NET ")).toList());
        assertThat(lines.stream().filter(l -> l.startsWith("NET "))).as("network permissions asked for").isEmpty();
        assertThat(checks(lines)).as("permission checks seen (the recorder was in place)").isGreaterThan(1000);
        assertThat(tmp.resolve("handouts")).isNotEmptyDirectory();
    }

    @Test
    @Timeout(120)
    void controlSocketsAndAnH2ServerAreSeen() throws Exception {
        List<String> lines = run("control");
        List<String> net = lines.stream().filter(l -> l.startsWith("NET ")).toList();
        net.forEach(l -> System.out.println(l.length() > 300 ? l.substring(0, 300) : l));
        assertThat(net).anyMatch(l -> l.contains("listen")).anyMatch(l -> l.contains("connect")).anyMatch(l -> l.contains("accept"));
        assertThat(net).as("H2's AUTO_SERVER").anyMatch(l -> l.contains("org.h2.server"));
    }

    /** The only JDBC URL the app builds: embedded file, no server mode of any kind. */
    @Test
    void theDatabaseUrlIsEmbeddedOnly() throws IOException {
        for (boolean encrypted : new boolean[] {false, true}) {
            String url = Store.url(tmp, encrypted).toUpperCase();
            assertThat(url).startsWith("JDBC:H2:FILE:").doesNotContain("AUTO_SERVER", "TCP:", "SSL:", ";SERVER");
        }
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f);
                for (String bad : List.of("AUTO_SERVER=", "jdbc:h2:tcp", "jdbc:h2:ssl", "org.h2.tools.Server", "java.net.Socket",
                        "ServerSocket", "HttpClient", "URLConnection")) {
                    if (src.contains(bad)) {
                        offending.add(f + ": " + bad);
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }
}
