package jp.banso.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.banso.domain.Text;

/**
 * The arguments after a command, read the same way for every command: {@code --name value} or {@code --name=value}
 * for an option that takes a value (given again, it adds a value), {@code --name} for a switch, and plain arguments
 * (a file) where the command takes them. Anything else is a {@link UsageException} that says what is wrong.
 */
final class Options {
    private final Map<String, List<String>> given = new LinkedHashMap<>();
    private final List<String> plain = new ArrayList<>();

    private Options() {
    }

    /** Whether the user asks for the usage text ({@code --help} or {@code -h} anywhere). */
    static boolean asksForHelp(List<String> argv) {
        return argv.contains("--help") || argv.contains("-h");
    }

    /**
     * Reads the arguments: {@code valued} are the options that take a value, {@code switches} those that do not;
     * {@code takesPlain} lets arguments that are not options through (else they are unknown options).
     */
    static Options parse(List<String> argv, List<String> valued, List<String> switches, boolean takesPlain) throws UsageException {
        Options o = new Options();
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (switches.contains(name)) {
                o.given.computeIfAbsent(name, n -> new ArrayList<>());
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= argv.size() || argv.get(i + 1).startsWith("--")) {
                        throw new UsageException(name + " の値がありません");
                    }
                    value = argv.get(++i);
                }
                o.given.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            } else if (takesPlain && !arg.startsWith("--")) {
                o.plain.add(arg);
            } else {
                throw new UsageException("知らないオプションです: " + arg);
            }
        }
        return o;
    }

    /** Whether the option or switch was given. */
    boolean has(String name) {
        return given.containsKey(name);
    }

    /** The option's value (the last one when given twice), or null. */
    String value(String name) {
        List<String> v = given.getOrDefault(name, List.of());
        return v.isEmpty() ? null : v.get(v.size() - 1);
    }

    /** Every value of an option that may be given again ({@code --case a --case b}), in order. */
    List<String> values(String name) {
        return List.copyOf(given.getOrDefault(name, List.of()));
    }

    /** The arguments that are not options, in order. */
    List<String> plain() {
        return List.copyOf(plain);
    }

    /** Exactly one of the two must be given (--case or --all-cases). */
    void requireOneOf(String first, String second) throws UsageException {
        if (!has(first) && !has(second)) {
            throw new UsageException(first + " か " + second + " を指定してください");
        }
        if (has(first) && has(second)) {
            throw new UsageException(first + " と " + second + " は一緒に使えません");
        }
    }

    /** The option's value, which must be given and not blank; {@code what} names it for the user (出力先フォルダ). */
    String required(String name, String what) throws UsageException {
        String v = value(name);
        if (Text.isBlank(v)) {
            throw new UsageException(name + "（" + what + "）を指定してください");
        }
        return v;
    }
}
