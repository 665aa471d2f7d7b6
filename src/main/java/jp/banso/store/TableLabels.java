package jp.banso.store;

/**
 * What a user calls the rows of each table: the quit dialog lists edits not yet saved by these names, and the sync
 * log and conflict list name what came and went by them.
 */
public final class TableLabels {
    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("municipality", "市町村"), java.util.Map.entry("profile_snapshot", "市町村の指標"),
            java.util.Map.entry("support_case", "ケースの概要"), java.util.Map.entry("team_member", "支援チーム"),
            java.util.Map.entry("state_change", "状態の記録"), java.util.Map.entry("meeting", "会議"),
            java.util.Map.entry("meeting_part", "会議の部"), java.util.Map.entry("participant", "参加者"),
            java.util.Map.entry("action_item", "宿題"), java.util.Map.entry("board", "ボード"),
            java.util.Map.entry("board_lane", "レーン"), java.util.Map.entry("board_note", "付箋"),
            java.util.Map.entry("note_group", "グループ"), java.util.Map.entry("note_link", "付箋のつながり"),
            java.util.Map.entry("case_issue", "課題"), java.util.Map.entry("vote_round", "投票ラウンド"),
            java.util.Map.entry("note_vote", "投票"), java.util.Map.entry("roadmap_item", "ロードマップの取組"),
            java.util.Map.entry("progress_entry", "進捗の記録"));

    private TableLabels() {
    }

    public static String of(String table) {
        return LABELS.getOrDefault(table, table);
    }
}
