package jp.banso.bundle;

import java.util.Map;

/** What people call the fields of the file (本文 for text), for messages and the conflicts list. */
final class FieldLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("text", "本文"), Map.entry("title", "タイトル"), Map.entry("name", "名前"), Map.entry("statement", "課題"),
            Map.entry("prefecture", "都道府県"), Map.entry("code", "団体コード"), Map.entry("colour", "色"),
            Map.entry("author", "発言者・記入者"), Map.entry("organisation", "所属"), Map.entry("role", "役割"),
            Map.entry("what", "内容"), Map.entry("who", "担当"), Map.entry("due", "期限"), Map.entry("done", "済"),
            Map.entry("comment", "コメント"), Map.entry("description", "説明"), Map.entry("notes", "メモ"), Map.entry("note", "メモ"),
            Map.entry("reason", "理由"), Map.entry("summary", "まとめ"), Map.entry("agenda", "次第"), Map.entry("theme", "テーマ"),
            Map.entry("issues", "課題"), Map.entry("comments", "助言"), Map.entry("approach", "今後の方針"),
            Map.entry("place", "場所"), Map.entry("format", "形式"), Map.entry("status", "状態"), Map.entry("kind", "種類"),
            Map.entry("heldOn", "実施日"), Map.entry("endsOn", "終了日"), Map.entry("plannedMonth", "予定月"), Map.entry("startTime", "開始時刻"),
            Map.entry("endTime", "終了時刻"), Map.entry("sequence", "回数"), Map.entry("label", "見出し"), Map.entry("content", "内容"),
            Map.entry("sortOrder", "並び順"), Map.entry("x", "位置（横）"), Map.entry("y", "位置（縦）"), Map.entry("width", "幅"),
            Map.entry("height", "高さ"), Map.entry("votes", "票"), Map.entry("priority", "重要"), Map.entry("laneId", "レーン"),
            Map.entry("groupId", "グループ"), Map.entry("programme", "事業"), Map.entry("stage", "段階"),
            Map.entry("archived", "アーカイブ"), Map.entry("applicationTheme", "応募時のテーマ"),
            Map.entry("redefinedIssue", "再定義した課題"), Map.entry("fiscalYears", "年度"), Map.entry("state", "状態"),
            Map.entry("changedOn", "日付"), Map.entry("asOf", "基準日"), Map.entry("population", "人口"),
            Map.entry("households", "世帯数"), Map.entry("rank", "順位"), Map.entry("level", "レベル"),
            Map.entry("direction", "対応の方向性"), Map.entry("department", "担当部署"), Map.entry("owners", "担当"),
            Map.entry("startMonth", "開始月"), Map.entry("endMonth", "終了月"), Map.entry("milestone", "マイルストーン"),
            Map.entry("phase", "区分"), Map.entry("indicatorName", "指標"), Map.entry("indicatorTarget", "目標値"),
            Map.entry("indicatorCurrent", "現状値"), Map.entry("recordedOn", "記録日"), Map.entry("indicatorValue", "指標の値"),
            Map.entry("achievement", "達成度"), Map.entry("id", "ID"), Map.entry("createdAt", "作成日時"),
            Map.entry("updatedAt", "更新日時"), Map.entry("votesPerPerson", "1人の票数"), Map.entry("anonymous", "無記名"),
            Map.entry("participants", "人数"), Map.entry("closed", "締め済み"), Map.entry("voter", "投票した人"),
            Map.entry("followsCaseId", "フォローアップ元"), Map.entry("visionText", "あるべき姿"), Map.entry("currentText", "現状"));

    private FieldLabels() {
    }

    /** 本文, or the field's own name when it has no label. */
    static String of(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** 本文（text）: for messages about a file, where the name in the file helps too. */
    static String withName(String field) {
        String l = LABELS.get(field);
        return l == null ? field : l + "（" + field + "）";
    }
}
