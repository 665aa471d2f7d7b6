package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.IkonResolver;

/** Every icon named in the sources exists in the icon pack: a wrong name would crash the screen that shows it. */
class IconsTest {

    @Test
    void everyIconNameResolves() throws IOException {
        Pattern icon = Pattern.compile("\"(mdi2[a-z]-[a-z0-9-]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = icon.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        for (String name : used) {
            assertThatCode(() -> IkonResolver.getInstance().resolve(name).resolve(name)).as(name).doesNotThrowAnyException();
        }
    }
}
