package jp.banso.bundle;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * What the screens call the fields of a case file, for its messages and the conflicts list. The words are the screens'
 * own, from the UI messages: a field is {@code field.<name>}, unless the screen where its kind is edited has a word of its
 * own for a name other kinds share (a roadmap item's title is 取組, a meeting's 名称) — then that screen's key.
 */
public final class FieldLabels {
    /** The same messages jp.banso.ui.Msg reads; bundle is used by the command line and may not depend on the ui package. */
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("jp.banso.ui.messages", Locale.JAPANESE);

    /** Per kind, the message key of each field its screen names in its own words (keys only: the words stay in the messages). */
    private static final Map<BundleKind, Map<String, String>> SCREEN_KEYS = Map.ofEntries(
            Map.entry(BundleKind.MUNICIPALITY, Map.of("name", "field.municipality")),
            Map.entry(BundleKind.CASE, Map.of("followsCaseId", "field.followsCase", "stage", "overview.stage", "deletions", "bundle.deletions")),
            Map.entry(BundleKind.PROFILE_SNAPSHOT, Map.of("servicesCode", "profile.services")),
            Map.entry(BundleKind.MEETING_PART, Map.of("label", "field.partLabel", "startTime", "field.start", "endTime", "field.end")),
            Map.entry(BundleKind.BOARD, Map.of("title", "boards.boardTitle")),
            Map.entry(BundleKind.LANE, Map.of("title", "board.laneTitlePrompt", "colour", "board.colour")),
            Map.entry(BundleKind.NOTE_GROUP, Map.of("title", "board.groupTitle")),
            Map.entry(BundleKind.NOTE, Map.of("laneId", "board.lane", "author", "board.author", "colour", "board.colour",
                    "priority", "board.priority")),
            Map.entry(BundleKind.ISSUE, Map.of("statement", "issues.statement", "rank", "issues.rank", "level", "issues.level",
                    "kind", "issues.kind", "status", "issues.status", "direction", "issues.direction", "department", "issues.department")),
            Map.entry(BundleKind.ROADMAP_ITEM, Map.ofEntries(Map.entry("title", "roadmap.field.title"),
                    Map.entry("issueId", "roadmap.field.issue"), Map.entry("owners", "roadmap.field.owners"),
                    Map.entry("milestone", "roadmap.field.milestone"), Map.entry("phase", "roadmap.field.phase"),
                    Map.entry("status", "roadmap.field.status"), Map.entry("indicatorName", "roadmap.field.indicatorName"),
                    Map.entry("indicatorTarget", "roadmap.field.indicatorTarget"),
                    Map.entry("indicatorCurrent", "roadmap.field.indicatorCurrent"), Map.entry("indicatorLevel", "roadmap.field.level"),
                    Map.entry("description", "roadmap.field.description"), Map.entry("notes", "roadmap.field.notes"))),
            // its other headings carry a unit or a hint (達成度%, コメント（Enter で記録）): those fields use field.*
            Map.entry(BundleKind.PROGRESS_ENTRY, Map.of("indicatorValue", "roadmap.progress.value", "author", "roadmap.progress.author")));

    private FieldLabels() {
    }

    /**
     * The message key naming {@code field} of {@code kind} ({@code null} for what belongs to no kind: the speakers, the
     * file itself); empty when there is none.
     */
    static Optional<String> key(BundleKind kind, String field) {
        String key = kind == null ? null : SCREEN_KEYS.getOrDefault(kind, Map.of()).get(field);
        if (key == null) {
            key = "field." + field;
        }
        return MESSAGES.containsKey(key) ? Optional.of(key) : Optional.empty();
    }

    /** 本文, or the field's own name when it has no label. */
    static String of(BundleKind kind, String field) {
        return key(kind, field).map(MESSAGES::getString).orElse(field);
    }

    /** 削除した日時（deletedAt）: a field of one of a case's deletions. */
    static String ofDeletion(String field) {
        String key = "bundle.deletion." + field;
        return MESSAGES.containsKey(key) ? MESSAGES.getString(key) + "（" + field + "）" : field;
    }

    /**
     * What the screens call a column of a table (the team server's conflicts name fields by table and column, or by
     * property); the column's own name when it has no label.
     */
    public static String ofColumn(String table, String column) {
        for (BundleKind k : BundleKind.values()) {
            if (k.table().name().equals(table)) {
                int i = k.table().allColumns().indexOf(column);
                return of(k, i < 0 ? column : k.table().properties().get(i));
            }
        }
        return of(null, column);
    }

    /** 本文（text）: for messages about a file, where the name in the file helps too. */
    static String withName(BundleKind kind, String field) {
        return key(kind, field).map(k -> MESSAGES.getString(k) + "（" + field + "）").orElse(field);
    }
}
