package jp.banso.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.banso.domain.Speaker;
import org.junit.jupiter.api.Test;

/** A case file's messages name fields with the screens' words, from the screens' messages and nowhere else. */
class FieldLabelsTest {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("jp.banso.ui.messages", Locale.JAPANESE);

    /** The team server's conflicts name a field by table and column (or property): the same screens' words. */
    @Test
    void aColumnOfATableIsNamedAsItsScreenNamesIt() {
        assertThat(FieldLabels.ofColumn("board_note", "text")).isEqualTo("本文");
        assertThat(FieldLabels.ofColumn("case_issue", "statement")).isEqualTo("課題");
        assertThat(FieldLabels.ofColumn("board_note", "lane_id")).isEqualTo(FieldLabels.of(BundleKind.NOTE, "laneId"));
        assertThat(FieldLabels.ofColumn("board_note", "laneId")).isEqualTo(FieldLabels.of(BundleKind.NOTE, "laneId"));
        assertThat(FieldLabels.ofColumn("meeting", "summary")).isEqualTo("まとめ");
        assertThat(FieldLabels.ofColumn("no_such_table", "no_such_column")).isEqualTo("no_such_column");
    }

    @Test
    void everyFieldOfEveryKindTheFileCarriesHasALabel() {
        List<String> unnamed = new ArrayList<>();
        for (BundleKind k : BundleKind.values()) {
            for (String f : k.table().properties()) {
                if (FieldLabels.key(k, f).isEmpty()) {
                    unnamed.add(k + "." + f);
                }
            }
        }
        // what the file carries beside the entities: a case's 年度, the speakers
        Set<String> lists = new TreeSet<>();
        for (BundleKind k : BundleKind.values()) {
            lists.add(k.field());
        }
        for (Field f : BundleFile.CaseEntry.class.getFields()) {
            boolean entities = f.getName().equals("supportCase") || lists.contains(f.getName());
            if (!entities && FieldLabels.key(BundleKind.CASE, f.getName()).isEmpty()) {
                unnamed.add("case." + f.getName());
            }
        }
        for (RecordComponent c : Speaker.class.getRecordComponents()) {
            if (FieldLabels.key(null, c.getName()).isEmpty()) {
                unnamed.add("noteAuthors." + c.getName());
            }
        }
        assertThat(unnamed).isEmpty();
    }

    @Test
    void theWordsAreTheScreens() {
        assertThat(FieldLabels.withName(BundleKind.MEETING, "approach")).isEqualTo(MESSAGES.getString("field.approach") + "（approach）");
        // the words the case file used to have of its own, now the screen's
        assertThat(FieldLabels.of(BundleKind.MEETING, "approach")).isEqualTo("進め方");
        assertThat(FieldLabels.of(BundleKind.CASE, "applicationTheme")).isEqualTo("申請時テーマ");
        assertThat(FieldLabels.of(BundleKind.CASE, "programme")).isEqualTo("プログラム");
        assertThat(FieldLabels.of(BundleKind.MEETING, "title")).isEqualTo("名称");
        assertThat(FieldLabels.of(BundleKind.MEETING, "heldOn")).isEqualTo("日付");
        assertThat(FieldLabels.of(BundleKind.MEETING, "agenda")).isEqualTo("議題・次第");
        assertThat(FieldLabels.of(BundleKind.MEETING, "comments")).isEqualTo("コメント（アドバイザー等から）");
        assertThat(FieldLabels.of(BundleKind.PARTICIPANT, "name")).isEqualTo("氏名");
        assertThat(FieldLabels.of(BundleKind.ACTION_ITEM, "done")).isEqualTo("完了");
        // a name several kinds share is said as the kind's own screen says it
        assertThat(FieldLabels.of(BundleKind.MUNICIPALITY, "name")).isEqualTo(MESSAGES.getString("field.municipality"));
        assertThat(FieldLabels.of(BundleKind.ROADMAP_ITEM, "title")).isEqualTo(MESSAGES.getString("roadmap.field.title"));
        assertThat(FieldLabels.of(BundleKind.ROADMAP_ITEM, "status")).isEqualTo(MESSAGES.getString("roadmap.field.status"));
        assertThat(FieldLabels.of(BundleKind.ISSUE, "level")).isEqualTo(MESSAGES.getString("issues.level"));
    }

    @Test
    void aFieldWithoutALabelIsNamedAsInTheFile() {
        assertThat(FieldLabels.of(BundleKind.NOTE, "shape")).isEqualTo("shape");
        assertThat(FieldLabels.withName(BundleKind.NOTE, "shape")).isEqualTo("shape");
        assertThat(FieldLabels.withName(BundleKind.NOTE, "text")).isEqualTo(MESSAGES.getString("field.text") + "（text）");
    }

    @Test
    void aPathInTheFileNamesEachStepInTheScreensWords() {
        assertThat(BundleJson.where(List.of(at("cases"), at(0), at("notes"), at(3), at("text"))))
                .isEqualTo("ケース 1件目 › 付箋 4件目 › " + MESSAGES.getString("field.text") + "（text）");
        // a meeting's 課題 is its field, not the list of 課題
        assertThat(BundleJson.where(List.of(at("cases"), at(0), at("meetings"), at(0), at("issues"))))
                .isEqualTo("ケース 1件目 › 会議 1件目 › " + MESSAGES.getString("field.issues") + "（issues）");
        assertThat(BundleJson.where(List.of(at("cases"), at(1), at("fiscalYears"))))
                .isEqualTo("ケース 2件目 › " + MESSAGES.getString("field.fiscalYears") + "（fiscalYears）");
        assertThat(BundleJson.where(List.of(at("noteAuthors"), at(1), at("colour"))))
                .isEqualTo("発言者 2件目 › " + MESSAGES.getString("field.colour") + "（colour）");
        assertThat(BundleJson.where(List.of(at("format")))).isEqualTo("format"); // the file's own, not a meeting's 形式
    }

    private static JsonMappingException.Reference at(String field) {
        return new JsonMappingException.Reference(null, field);
    }

    private static JsonMappingException.Reference at(int index) {
        return new JsonMappingException.Reference(null, index);
    }

    /** The old second table (FieldLabels' own words) must not come back, here or elsewhere: no Java map of a field to a word. */
    @Test
    void noSourceMapsAFieldToAWordOfItsOwn() throws IOException {
        Set<String> fields = new TreeSet<>();
        for (BundleKind k : BundleKind.values()) {
            fields.addAll(k.table().properties());
        }
        Pattern mapping = Pattern.compile("(?:Map\\.entry|Map\\.of|\\.put)\\(\\s*\"(\\w+)\"\\s*,\\s*\"[^\"\\x00-\\x7F]");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = mapping.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (fields.contains(m.group(1))) {
                        found.add(f.getFileName() + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
