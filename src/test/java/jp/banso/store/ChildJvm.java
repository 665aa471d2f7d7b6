package jp.banso.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link CrashWriter} running in its own JVM (H2 shares a database already open in the same JVM, so a real second
 * process is the only honest way to test locking and kills). Its stdout is read line by line on a daemon thread;
 * its stderr goes to a log file that is shown when something goes wrong.
 */
public final class ChildJvm implements AutoCloseable {
    private static final String EOF = new String("<eof>"); // identity marker, never equal by reference to a line

    private final Process process;
    private final Path log;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.reader = new Thread(this::pump, "child-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code CrashWriter} with the given arguments; stderr is appended to {@code log}. */
    public static ChildJvm start(Path log, String... args) throws IOException {
        return start(log, List.of(), CrashWriter.class.getName(), args);
    }

    /** Starts another main class of the test class path, with extra JVM options. */
    public static ChildJvm start(Path log, List<String> jvmOptions, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // start fast: the tests start a couple of dozen of these
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-Xmx256m",
                "-Dfile.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ChildJvm(p, log);
    }

    private void pump() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException ignored) {
            // the child was killed mid-line: what was read is all there is
        } finally {
            lines.add(EOF);
        }
    }

    /** The next line the child prints; fails the test (with the child's stderr) if it ends or stalls first. */
    public String nextLine(Duration timeout) throws InterruptedException {
        String line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null) {
            throw new AssertionError("child printed nothing for " + timeout + "\n" + stderr());
        }
        if (line == EOF) {
            lines.add(EOF);
            throw new AssertionError("child ended early (exit " + exitCodeOrRunning() + ")\n" + stderr());
        }
        return line;
    }

    /** Whether the child has printed a line not read yet (or ended). */
    public boolean printedMore() {
        return !lines.isEmpty();
    }

    /** SIGKILL on Unix (TerminateProcess on Windows): no shutdown hooks, no finally blocks, no H2 close. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("child did not die");
        }
    }

    /** After {@link #kill()}: every complete line still in the pipe (the child may have printed more before dying). */
    public List<String> remainingLines() throws InterruptedException {
        reader.join(10_000);
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        rest.removeIf(l -> l == EOF);
        return rest;
    }

    /** Waits for the child to end by itself; its exit code. */
    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child still running after " + timeout + "\n" + stderr());
        }
        return process.exitValue();
    }

    public String stderr() {
        try {
            String s = Files.readString(log, StandardCharsets.UTF_8);
            return "--- child stderr (" + log + ") ---\n" + (s.length() > 8000 ? s.substring(s.length() - 8000) : s);
        } catch (IOException e) {
            return "(no child stderr: " + e + ")";
        }
    }

    private String exitCodeOrRunning() {
        return process.isAlive() ? "still running" : String.valueOf(process.exitValue());
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public static Duration startTimeout() {
        return Duration.ofSeconds(30);
    }
}
