package jp.banso.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.Text;

/**
 * Hand-out file and folder names people can sort and recognise: 令和8年度_さくら市_第1回現地支援_課題整理表.xlsx. The one
 * place where a name is made from any text (a municipality, a meeting title, a form): characters no file system takes
 * (path separators, {@code : * ? " < > |}, control characters, NUL, unpaired surrogates) become ＿, invisible format
 * characters (bidi overrides, zero-width) are dropped, trailing dots and spaces go, a reserved Windows name (CON,
 * COM1…) gets a ＿, and the name is cut, on a character boundary and keeping its extension, to the 255 bytes (UTF-8)
 * file systems allow. Two meetings with the same title are told apart by their date; two cases with the same
 * municipality and 年度 by the prefecture, then by a short id.
 */
public final class FileNames {
    /** Code points of one part (a municipality, a meeting title…), so that the other parts still show. */
    private static final int MAX_PART = 60;
    /** ext4, APFS and NTFS allow 255 (bytes or UTF-16 units); Japanese takes 3 bytes a character in UTF-8. */
    static final int MAX_BYTES = 255;
    private static final String FORBIDDEN = "\\/:*?\"<>|";
    private static final Pattern RESERVED = Pattern.compile("(?i)(CON|PRN|AUX|NUL|CONIN\\$|CONOUT\\$|COM[0-9\u00B9\u00B2\u00B3]|LPT[0-9\u00B9\u00B2\u00B3])");

    private FileNames() {
    }

    /** The file name (with .xlsx); the meeting label may be null for a case-level file. */
    public static String of(String yearLabel, String municipality, String meetingLabel, String formTitle) {
        return of(yearLabel, municipality, meetingLabel, formTitle, ".xlsx");
    }

    /** The same with another extension (.pptx for the 報告会 deck). */
    public static String of(String yearLabel, String municipality, String meetingLabel, String formTitle, String extension) {
        String stem = join(yearLabel, municipality, meetingLabel, formTitle);
        return fit(stem.isEmpty() ? "配布資料" : stem, extension);
    }

    /** A folder name from parts joined by _ (e.g. 令和8年度_さくら市); 配布資料 when every part is empty. */
    public static String folder(String... parts) {
        String stem = join(parts);
        return fit(stem.isEmpty() ? "配布資料" : stem, "");
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            String p = part(part);
            if (!p.isEmpty()) {
                if (b.length() > 0) {
                    b.append('_');
                }
                b.append(p);
            }
        }
        return b.toString();
    }

    /** One part: no path, reserved, control or format characters, no spaces, not too long. */
    static String part(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                return; // bidi overrides, zero-width spaces: invisible, and RLO can disguise an extension
            }
            if (type == Character.SURROGATE || type == Character.CONTROL || type == Character.UNASSIGNED && isNonCharacter(cp)
                    || FORBIDDEN.indexOf(cp) >= 0) {
                b.append('＿');
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append('_');
            } else {
                b.appendCodePoint(cp);
            }
        });
        String p = b.toString().replaceAll("_+", "_").replaceAll("^[._]+|[._]+$", "");
        if (p.codePointCount(0, p.length()) > MAX_PART) {
            p = p.substring(0, p.offsetByCodePoints(0, MAX_PART)).replaceAll("[._]+$", "");
        }
        return p;
    }

    private static boolean isNonCharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    /**
     * A safe stem with its extension: a reserved Windows device name is changed (CON → CON＿), and the stem is cut on a
     * character boundary so that the whole name fits {@link #MAX_BYTES} bytes of UTF-8. {@code stem} must be made of
     * {@link #part}s already.
     */
    static String fit(String stem, String extension) {
        int dot = stem.indexOf('.');
        String device = (dot < 0 ? stem : stem.substring(0, dot)).strip();
        if (RESERVED.matcher(device).matches()) {
            stem = device + "＿" + (dot < 0 ? "" : stem.substring(dot));
        }
        int budget = MAX_BYTES - extension.getBytes(StandardCharsets.UTF_8).length;
        if (stem.getBytes(StandardCharsets.UTF_8).length > budget) {
            StringBuilder b = new StringBuilder();
            int bytes = 0;
            for (int i = 0; i < stem.length(); ) {
                int cp = stem.codePointAt(i);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > budget) {
                    break;
                }
                b.appendCodePoint(cp);
                bytes += n;
                i += Character.charCount(cp);
            }
            stem = b.toString().replaceAll("[._ ]+$", ""); // Windows drops trailing dots and spaces
        }
        return stem + extension;
    }

    /**
     * The case's 年度 (令和4年度, 令和4・5年度) for every file of the case, a meeting's too: the same 年度 the hand-out's
     * heading carries, so a follow-up meeting in the next April is filed under the support it belongs to, and all
     * files of one case sort together.
     */
    public static String yearLabel(CaseData d) {
        return d.summary().fiscalYearsLabel();
    }

    /**
     * The municipality as the case's file and folder names show it: the name alone; with the prefecture before it when
     * another case of {@code cases} has the same name and 年度 (栃木県さくら市); and with the start of the case's id
     * after it when even that is shared — so two cases never write to the same names.
     */
    public static String municipalityLabel(CaseSummary c, Collection<CaseSummary> cases) {
        List<CaseSummary> all = new ArrayList<>(cases.stream().filter(o -> !o.id().equals(c.id())).toList());
        all.add(c);
        return municipalityLabels(all).get(c.id());
    }

    /** {@link #municipalityLabel} of every case at once (for an export of many cases). */
    public static Map<UUID, String> municipalityLabels(Collection<CaseSummary> cases) {
        Function<CaseSummary, String> name = x -> Text.nullToEmpty(x.municipality());
        Function<CaseSummary, String> withPrefecture = x -> Text.nullToEmpty(x.prefecture()) + Text.nullToEmpty(x.municipality());
        Map<UUID, String> labels = new HashMap<>();
        for (List<CaseSummary> sameName : groups(cases, name)) {
            if (sameName.size() == 1) {
                labels.put(sameName.get(0).id(), name.apply(sameName.get(0)));
                continue;
            }
            for (List<CaseSummary> samePrefecture : groups(sameName, withPrefecture)) {
                for (CaseSummary c : samePrefecture) {
                    labels.put(c.id(), withPrefecture.apply(c) + (samePrefecture.size() == 1 ? "" : "_" + c.id().toString().substring(0, 8)));
                }
            }
        }
        return labels;
    }

    /** Cases whose folder names (年度 and {@code label}) would be the same, as Windows and macOS compare names. */
    private static Collection<List<CaseSummary>> groups(Collection<CaseSummary> cases, Function<CaseSummary, String> label) {
        Map<String, List<CaseSummary>> groups = new HashMap<>();
        for (CaseSummary c : cases) {
            groups.computeIfAbsent(folder(c.fiscalYearsLabel(), label.apply(c)).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
        }
        return groups.values();
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

    /**
     * The name itself, or with _2, _3… before its extension (.xlsx, or none for a folder) if it is already taken in
     * this export; {@code taken} (lower case, as Windows and macOS compare) receives the name returned.
     */
    public static String unique(String name, Set<String> taken) {
        String extension = name.endsWith(".xlsx") ? ".xlsx" : "";
        String base = name.substring(0, name.length() - extension.length());
        String n = name;
        for (int i = 2; !taken.add(n.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "_" + i + extension;
            n = fit(base, suffix);
        }
        return n;
    }
}
