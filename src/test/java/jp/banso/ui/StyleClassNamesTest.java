package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * AtlantaFX's own style classes (flat, accent, danger, title-2 …) are named through its {@code Styles} constants, so a
 * typo is a compile error rather than a button that silently looks wrong; Banso's own classes stay plain strings.
 */
class StyleClassNamesTest {
    private static final Pattern STYLE_CLASS_CALL =
            Pattern.compile("getStyleClass\\(\\)\\s*\\.\\s*(?:add|addAll|setAll|remove|removeAll|contains)\\s*\\(([^;]*?)\\)\\s*;");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

    @Test
    void atlantaFxStyleClassesAreNamedThroughItsConstants() throws IOException {
        Set<String> atlantaFx = atlantaFxClassNames();
        assertThat(atlantaFx).contains("flat", "accent", "danger", "title-2");
        List<String> raw = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher call = STYLE_CLASS_CALL.matcher(Files.readString(f));
                while (call.find()) {
                    Matcher literal = LITERAL.matcher(call.group(1));
                    while (literal.find()) {
                        if (atlantaFx.contains(literal.group(1))) {
                            raw.add(f.getFileName() + ": \"" + literal.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(raw).as("use atlantafx.base.theme.Styles constants").isEmpty();
    }

    @Test
    void theCheckSeesARawName() {
        Matcher call = STYLE_CLASS_CALL.matcher("b.getStyleClass().addAll(\"note-card\", \"flat\");");
        assertThat(call.find()).isTrue();
        Matcher literal = LITERAL.matcher(call.group(1));
        List<String> found = new ArrayList<>();
        while (literal.find()) {
            found.add(literal.group(1));
        }
        assertThat(found).containsExactly("note-card", "flat");
    }

    private static Set<String> atlantaFxClassNames() {
        Set<String> names = new HashSet<>();
        for (Field f : Styles.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("DATA_URI_PREFIX")) {
                try {
                    names.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return names;
    }
}
