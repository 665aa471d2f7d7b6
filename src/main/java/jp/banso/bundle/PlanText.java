package jp.banso.bundle;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The plan and the file's header in words (the command line's --dry-run, the preview dialog's header). */
public final class PlanText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    private PlanText() {
    }

    /** 2026/11/25 10:42 in this computer's time zone ("—" when unknown). */
    public static String when(Instant t) {
        return t == null ? "—" : WHEN.format(t.atZone(ZoneId.systemDefault()));
    }

    /** Banso 0.1.0 で 2026/11/25 10:42 に書き出し、ケース 2 件 (a file without its export time says so, not "— に書き出し"). */
    public static String header(CaseBundle b) {
        BundleFile f = b.file();
        String by = f.appVersion == null ? "" : "Banso " + f.appVersion + " で";
        String exported = f.exportedAt == null ? by + "書き出し（書き出した日時の記録なし）" : by + (by.isEmpty() ? "" : " ") + when(f.exportedAt) + " に書き出し";
        return exported + "、ケース "
                + b.caseCount() + " 件" + (b.caseCount() == 0 ? "" : "（" + String.join("、", b.caseLabels().values().stream().limit(5).toList())
                + (b.caseCount() > 5 ? " ほか" : "") + "）");
    }

    /** The whole plan as text: counts per kind (deletions too), each conflict with both sides and the choice, and the notes. */
    public static String text(ImportPlan plan) {
        StringBuilder b = new StringBuilder();
        b.append("ファイル: ").append(plan.bundle().source() == null ? "" : plan.bundle().source()).append('\n');
        b.append(header(plan.bundle())).append("\n\n");
        b.append(row("種類", "新規", "同じ", "違い", "削除"));
        for (Map.Entry<BundleKind, ImportPlan.Counts> e : plan.counts().entrySet()) {
            ImportPlan.Counts c = e.getValue();
            b.append(row(e.getKey().label(), c.added(), c.identical(), c.conflicts(), c.deleted()));
        }
        b.append(row("合計", plan.added(), plan.identical(), plan.conflicts().size(), plan.deleted()));
        int deletions = plan.deleted() + plan.alreadyAbsent() + plan.keptNewer();
        if (deletions > 0) {
            b.append("\nファイルの削除の記録 ").append(deletions).append(" 件：このBansoで削除 ").append(plan.deleted())
                    .append(" 件、このBansoにない ").append(plan.alreadyAbsent()).append(" 件、その後変更されたため残す ")
                    .append(plan.keptNewer()).append(" 件\n");
        }
        if (!plan.conflicts().isEmpty()) {
            b.append("\nこのBansoと内容が違うもの ").append(plan.conflicts().size()).append(" 件：\n");
            for (ImportPlan.Conflict c : plan.conflicts()) {
                b.append("・").append(c.kind().label()).append("「").append(c.what()).append("」");
                if (!c.caseLabel().isEmpty()) {
                    b.append(" ").append(c.caseLabel());
                }
                b.append(" id ").append(c.id()).append('\n');
                b.append("    このBanso（").append(when(c.mineUpdated())).append("）：").append(c.mine()).append('\n');
                b.append("    ファイル　（").append(when(c.theirsUpdated())).append("）：").append(c.theirs()).append('\n');
                b.append("    → ").append(c.choice() == ImportPlan.Choice.THEIRS ? "ファイルの内容にします" : "このBansoの内容を残します").append('\n');
            }
        }
        for (String n : plan.notes()) {
            b.append('\n').append(n);
        }
        if (!plan.notes().isEmpty()) {
            b.append('\n');
        }
        return b.toString();
    }

    private static String row(String label, Object... cells) {
        StringBuilder b = new StringBuilder(pad(label, 24));
        for (Object c : cells) {
            String s = String.valueOf(c);
            b.append(" ".repeat(Math.max(1, 7 - width(s)))).append(s);
        }
        return b.append('\n').toString();
    }

    private static int width(String s) {
        return s.codePoints().map(cp -> cp < 0x1100 ? 1 : 2).sum();
    }

    /** Pads to a width counting full-width characters as two columns (for terminals). */
    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - width(s)));
    }
}
