package jp.banso.domain;

import java.util.List;

/** Suggested values for fields that stay editable lists (people add their own). */
public final class Choices {

    private Choices() {
    }

    public static final List<String> PROGRAMMES = List.of("老健局主導型", "厚生局主導型", "都道府県主導型");

    public static final List<String> TEAM_ROLES = List.of(
            "アドバイザー", "府県", "厚生局", "老健局", "事務局", "市町村担当", "包括", "社協", "SC", "事業所");

    /** A roadmap item's phase (its 区分 on the timeline): offered in this order, before the 年度; anything else can be typed. */
    public static final String SHORT_TERM = "短期";
    public static final String MEDIUM_TERM = "中期";
    public static final String LONG_TERM = "長期";
    public static final List<String> ROADMAP_PHASES = List.of(SHORT_TERM, MEDIUM_TERM, LONG_TERM);

    /** Who carries a roadmap item (担当), offered in one click. */
    public static final List<String> ROADMAP_OWNERS = List.of("市町村担当課", "地域包括支援センター", "社会福祉協議会",
            "生活支援コーディネーター", "協議体", "事業所", "住民", "都道府県", "アドバイザー");

    public static final List<String> PREFECTURES = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
            "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
            "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
            "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    /**
     * The prefecture a typed name means: 長野 → 長野県, 東京 → 東京都, 大阪 → 大阪府, 北海道 → 北海道; empty when it is none of
     * the 47 (so 「長野」 can no longer become 「みどり町（長野）」).
     */
    public static java.util.Optional<String> prefecture(String typed) {
        if (typed == null) {
            return java.util.Optional.empty();
        }
        String t = typed.strip();
        if (t.isEmpty()) {
            return java.util.Optional.empty();
        }
        return PREFECTURES.stream().filter(p -> p.equals(t) || p.substring(0, p.length() - 1).equals(t)
                || "北海".equals(t) && "北海道".equals(p)).findFirst();
    }
}
