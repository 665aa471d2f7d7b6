package jp.banso.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one way the commands read their arguments. */
class OptionsTest {
    private static final List<String> VALUED = List.of("--case", "--out", "--data-dir");
    private static final List<String> SWITCHES = List.of("--all-cases", "--dry-run");

    private static Options parse(boolean takesPlain, String... argv) throws UsageException {
        return Options.parse(List.of(argv), VALUED, SWITCHES, takesPlain);
    }

    @Test
    void valuesAfterTheNameOrAfterAnEqualsSign() throws Exception {
        Options o = parse(false, "--case", "さくら市", "--out=配布資料", "--case", "館林市", "--all-cases");
        assertThat(o.values("--case")).containsExactly("さくら市", "館林市");
        assertThat(o.value("--case")).isEqualTo("館林市");
        assertThat(o.value("--out")).isEqualTo("配布資料");
        assertThat(o.has("--all-cases")).isTrue();
        assertThat(o.has("--dry-run")).isFalse();
        assertThat(o.value("--data-dir")).isNull();
        assertThat(o.values("--data-dir")).isEmpty();
        assertThat(o.plain()).isEmpty();
    }

    @Test
    void anEqualsSignKeepsTheRestOfTheValue() throws Exception {
        assertThat(parse(false, "--out=a=b").value("--out")).isEqualTo("a=b");
        assertThat(parse(false, "--out=").value("--out")).isEmpty();
    }

    @Test
    void plainArgumentsOnlyWhereTheCommandTakesThem() throws Exception {
        Options o = parse(true, "a.banso", "--dry-run", "b.banso");
        assertThat(o.plain()).containsExactly("a.banso", "b.banso");
        assertThat(o.has("--dry-run")).isTrue();
        assertThatThrownBy(() -> parse(false, "a.banso")).isInstanceOf(UsageException.class).hasMessage("知らないオプションです: a.banso");
    }

    @Test
    void anUnknownOptionOrAMissingValueIsAUsageError() {
        assertThatThrownBy(() -> parse(true, "--colour", "red")).isInstanceOf(UsageException.class).hasMessage("知らないオプションです: --colour");
        assertThatThrownBy(() -> parse(false, "--case", "さくら市", "--out")).hasMessage("--out の値がありません");
        assertThatThrownBy(() -> parse(false, "--out", "--all-cases")).hasMessage("--out の値がありません");
    }

    @Test
    void exactlyOneOfTwoAndARequiredValue() throws Exception {
        assertThatThrownBy(() -> parse(false).requireOneOf("--case", "--all-cases")).hasMessage("--case か --all-cases を指定してください");
        assertThatThrownBy(() -> parse(false, "--case", "x", "--all-cases").requireOneOf("--case", "--all-cases"))
                .hasMessage("--case と --all-cases は一緒に使えません");
        parse(false, "--all-cases").requireOneOf("--case", "--all-cases");
        assertThatThrownBy(() -> parse(false, "--out", " ").required("--out", "出力先フォルダ")).hasMessage("--out（出力先フォルダ）を指定してください");
        assertThat(parse(false, "--out", "x").required("--out", "出力先フォルダ")).isEqualTo("x");
    }

    @Test
    void helpIsAskedAnywhere() {
        assertThat(Options.asksForHelp(List.of("--case", "x", "-h"))).isTrue();
        assertThat(Options.asksForHelp(List.of("--help"))).isTrue();
        assertThat(Options.asksForHelp(List.of("--case", "help"))).isFalse();
    }

    @Test
    void aUsageErrorIsReportedWithTheUsageAndExitCodeTwo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new UsageException("--out の値がありません").report(new PrintStream(bytes, true, StandardCharsets.UTF_8), "使い方: banso x");
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                "エラー: --out の値がありません", "", "使い方: banso x", ""));
    }
}
