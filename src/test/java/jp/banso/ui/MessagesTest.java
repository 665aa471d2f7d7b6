package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Msg.t("key") in the sources has its Japanese text, so no screen can fail on a missing key. */
class MessagesTest {

    @Test
    void everyKeyUsedInTheSourcesExists() throws IOException {
        Pattern literal = Pattern.compile("Msg\\.t\\(\"([^\"]+)\"");
        Pattern fieldKey = Pattern.compile("\"(field\\.[A-Za-z0-9]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                Matcher m = literal.matcher(src);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher k = fieldKey.matcher(src);
                while (k.find()) {
                    used.add(k.group(1));
                }
            }
        }
        ResourceBundle bundle = ResourceBundle.getBundle("jp.banso.ui.messages", java.util.Locale.JAPANESE);
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used.stream().filter(k -> !k.endsWith(".") && !bundle.containsKey(k)).toList()).isEmpty();
    }

    /** A key defined twice silently shows the later text on the earlier key's screen (a recovery offer once did). */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/jp/banso/ui/messages_ja.properties"), StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(seen).hasSizeGreaterThan(100);
        assertThat(twice).isEmpty();
    }

    @Test
    void fieldsNamedByEntityValidationHaveLabels() {
        // FormBinder and the new-case dialog show "label：message" using field.<name>
        ResourceBundle bundle = ResourceBundle.getBundle("jp.banso.ui.messages", java.util.Locale.JAPANESE);
        for (String f : new String[] {"population", "households", "elderlyPopulation", "lateElderlyPopulation", "areaKm2",
                "livingAreas", "careCertificationRate", "centresDirect", "centresOutsourced", "coordinatorsLayer1",
                "coordinatorsLayer2", "councilsLayer1", "councilsLayer2", "prefecture", "municipality", "fiscalYear", "programme",
                "theme", "issues", "comments", "approach", "summary"}) {
            assertThat(bundle.containsKey("field." + f)).as("field." + f).isTrue();
        }
    }
}
