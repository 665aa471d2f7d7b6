package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Each list of choices is typed once, in the domain, and every screen offers it from there. */
class ChoicesTest {

    @Test
    void roadmapPhasesRunShortToLong() {
        assertThat(Choices.ROADMAP_PHASES).containsExactly("短期", "中期", "長期")
                .containsExactly(Choices.SHORT_TERM, Choices.MEDIUM_TERM, Choices.LONG_TERM);
    }

    @Test
    void serviceTypesAndLevelsAreTheOffersOwn() {
        assertThat(ServiceOffer.types()).containsExactly("訪問型", "通所型");
        assertThat(ServiceOffer.levels()).containsExactly("従前相当", "A", "B", "C", "D");
        for (ServiceOffer o : ServiceOffer.values()) {
            assertThat(ServiceOffer.types()).contains(o.type());
            assertThat(ServiceOffer.levels()).contains(o.level());
        }
    }

    @Test
    void noOtherSourceTypesTheseWords() throws IOException {
        List<String> owners = List.of("Choices.java", "ServiceOffer.java");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !owners.contains(p.getFileName().toString())).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                for (String word : List.of("\"短期\"", "\"中期\"", "\"長期\"", "\"従前相当\"", "\"訪問型\"", "\"通所型\"")) {
                    if (src.contains(word)) {
                        found.add(f.getFileName() + " " + word);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
