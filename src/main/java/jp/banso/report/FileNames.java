package jp.banso.report;

import java.util.Set;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.Text;

/**
 * Hand-out file names people can sort and recognise: 令和8年度_さくら市_第1回現地支援_課題整理表.xlsx. Characters no
 * OS accepts in a file name become ＿; two meetings with the same title are told apart by their date.
 */
public final class FileNames {
    private static final int MAX_PART = 60;

    private FileNames() {
    }

    /** The file name (with .xlsx); the meeting label may be null for a case-level file. */
    public static String of(String yearLabel, String municipality, String meetingLabel, String formTitle) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {yearLabel, municipality, meetingLabel, formTitle}) {
            String p = part(part);
            if (!p.isEmpty()) {
                if (b.length() > 0) {
                    b.append('_');
                }
                b.append(p);
            }
        }
        return (b.length() == 0 ? "配布資料" : b.toString()) + ".xlsx";
    }

    /** One part: no path or reserved characters, no control characters, no spaces, not too long. */
    static String part(String s) {
        if (Text.isBlank(s)) {
            return "";
        }
        String p = s.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "＿").replaceAll("[\\s\u3000]+", "_");
        p = p.replaceAll("^[._]+|[._]+$", "");
        if (p.codePointCount(0, p.length()) > MAX_PART) {
            p = p.substring(0, p.offsetByCodePoints(0, MAX_PART));
        }
        return p;
    }

    /**
     * The case's 年度 (令和4年度, 令和4・5年度) for every file of the case, a meeting's too: the same 年度 the hand-out's
     * heading carries, so a follow-up meeting in the next April is filed under the support it belongs to, and all
     * files of one case sort together.
     */
    public static String yearLabel(CaseData d) {
        return d.summary().fiscalYearsLabel();
    }

    /** The meeting's title, with its date (R4.12.16) when another meeting of the case has the same title. */
    public static String meetingLabel(CaseData d, Meeting m) {
        if (m == null) {
            return null;
        }
        String title = m.displayTitle();
        boolean twice = d.meetings().stream().anyMatch(o -> !o.getId().equals(m.getId()) && o.displayTitle().equals(title));
        if (!twice) {
            return title;
        }
        if (m.getHeldOn() != null) {
            return title + "_" + JapaneseDates.warekiShort(m.getHeldOn());
        }
        return m.month() == null ? title : title + "_" + JapaneseDates.wareki(m.month());
    }

    /** The name itself, or with _2, _3… before .xlsx if it is already taken in this export. */
    public static String unique(String name, Set<String> taken) {
        String base = name.endsWith(".xlsx") ? name.substring(0, name.length() - 5) : name;
        String n = name;
        for (int i = 2; !taken.add(n.toLowerCase(java.util.Locale.ROOT)); i++) {
            n = base + "_" + i + ".xlsx";
        }
        return n;
    }
}
