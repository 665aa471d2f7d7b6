package jp.banso.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which roadmap items need a look: late ones (end month passed, not finished) and silent ones (under way but no
 * progress entry for {@value #SILENT_MONTHS} months). The case overview lists them; a prefecture follows them up.
 */
public final class RoadmapFollowUp {
    public static final int SILENT_MONTHS = 6;

    public enum Reason {
        LATE, SILENT
    }

    public record Attention(RoadmapItem item, Reason reason, String message) {
    }

    private RoadmapFollowUp() {
    }

    public static List<Attention> check(Collection<RoadmapItem> items, Collection<ProgressEntry> entries, LocalDate today) {
        Map<UUID, LocalDate> latest = new HashMap<>();
        for (ProgressEntry p : entries) {
            if (p.getRecordedOn() != null) {
                latest.merge(p.getItemId(), p.getRecordedOn(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        YearMonth thisMonth = YearMonth.from(today);
        List<Attention> result = new ArrayList<>();
        items.stream().sorted(Comparator.comparingInt(RoadmapItem::getSortOrder)).forEach(item -> {
            if (!item.getStatus().isActive() || item.start() == null || item.end() == null) {
                return;
            }
            if (item.end().isBefore(thisMonth)) {
                result.add(new Attention(item, Reason.LATE, "終了予定（" + JapaneseDates.month(item.end())
                        + "）を過ぎていますが「" + item.getStatus().label() + "」のままです"));
            } else if (!item.start().isAfter(thisMonth)) {
                LocalDate last = latest.get(item.getId());
                LocalDate since = last != null ? last : item.start().atDay(1);
                if (since.isBefore(today.minusMonths(SILENT_MONTHS))) {
                    result.add(new Attention(item, Reason.SILENT, last == null
                            ? "開始（" + JapaneseDates.month(item.start()) + "）から" + SILENT_MONTHS + "か月以上、進捗の記録がありません"
                            : "最後の進捗記録（" + JapaneseDates.date(last) + "）から" + SILENT_MONTHS + "か月以上たっています"));
                }
            }
        });
        return result;
    }
}
