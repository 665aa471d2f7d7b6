package jp.banso.domain;

/**
 * Text rules shared by validation, storing and formatting: every screen, the case-file import and (later) team sync
 * use these, so a value means the same wherever it comes from.
 *
 * <p>What counts as nothing: whitespace of any script (incl. 全角スペース U+3000 and no-break spaces) and invisible format
 * characters (Unicode category Cf: U+200B zero width space, U+FEFF, U+2060 word joiner, bidi controls…). A value made
 * only of these is blank, and they are trimmed from the ends of what is stored.
 */
public final class Text {

    private Text() {
    }

    /** Turns ０-９ into 0-9 so people can type numbers with the IME on. */
    public static String toHalfWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                b.append('.');
            } else if (c == '，') {
                b.append(',');
            } else if (c == '－' || c == 'ー' && b.length() == 0) {
                b.append('-');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Whitespace of any kind or an invisible format character (Cf): shows nothing, means nothing at an end. */
    public static boolean isInvisible(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    /** Null, empty, or only whitespace and format characters (a name of zero width spaces is no name). */
    /**
     * A free-text filter: whether {@code lowercaseHaystack} contains every word of {@code typed} (split at half- and
     * full-width spaces, compared in lower case).
     */
    public static boolean containsEveryWord(String lowercaseHaystack, String typed) {
        for (String word : typed.toLowerCase(java.util.Locale.ROOT).strip().split("[\\s　]+")) {
            if (!lowercaseHaystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isBlank(String s) {
        return s == null || s.codePoints().allMatch(Text::isInvisible);
    }

    /** The text without whitespace and format characters at either end; null stays null. */
    public static String trim(String s) {
        if (s == null) {
            return null;
        }
        int start = 0;
        int end = s.length();
        while (start < end && isInvisible(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isInvisible(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    /** Null for blank text, so an empty field is stored as "not known" rather than "". */
    public static String trimToNull(String s) {
        return isBlank(s) ? null : trim(s);
    }

    public static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * A one-line value (a name, a title, a place) as it is stored: bidi controls taken out (an RLO would show a
     * municipality's name backwards, in lists and in file names) and trimmed. Null stays null.
     */
    public static String line(String s) {
        return s == null ? null : trim(stripBidiControls(s));
    }

    /**
     * A multi-line value (a record section, a comment) as it is stored: blank lines and spaces at the end taken out, and
     * blank lines before the first line; the first line keeps its indent (a paragraph may start with 「　」). Null stays null.
     */
    public static String lines(String s) {
        if (s == null) {
            return null;
        }
        if (isBlank(s)) {
            return "";
        }
        int end = s.length();
        while (end > 0 && isInvisible(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        int start = 0;
        for (int i = 0; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                start = i; // everything up to here was blank
            } else if (!isInvisible(cp)) {
                break;
            }
        }
        return s.substring(start, end);
    }

    /** The bidi controls: LRE RLE PDF LRO RLO (U+202A–202E), LRI RLI FSI PDI (U+2066–2069), LRM RLM, ALM. */
    public static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    public static String stripBidiControls(String s) {
        if (s == null || s.codePoints().noneMatch(Text::isBidiControl)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isBidiControl(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * A control character no text field keeps (C0 and C1: BEL, ESC, NUL, DEL…). Tab and line breaks only in
     * multi-line fields.
     */
    public static boolean isRefusedControl(int cp, boolean multiLine) {
        return Character.isISOControl(cp) && !(multiLine && (cp == '\n' || cp == '\r' || cp == '\t'));
    }

    /** Half of a surrogate pair without its other half: no character at all, and no file name can hold it. */
    public static boolean hasLoneSurrogate(String s) {
        return s != null && s.codePoints().anyMatch(Text::isLoneSurrogate);
    }

    /** A code point of a string that is half a surrogate pair ({@link String#codePoints} joins the whole pairs). */
    public static boolean isLoneSurrogate(int cp) {
        return Character.getType(cp) == Character.SURROGATE;
    }

    /** The text with each lone surrogate shown as U+FFFD (�), for a message that quotes a refused value. */
    public static String showable(String s) {
        if (!hasLoneSurrogate(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(isLoneSurrogate(cp) ? 0xFFFD : cp));
        return b.toString();
    }

    public static final String LONE_SURROGATE = "壊れた文字（対になっていないサロゲート）が含まれています。元の文章からコピーし直すか、入力し直してください";
    public static final String CONTROL_IN_LINE = "使用できない制御文字（改行・タブを含む）が含まれています。1行で入力してください";
    public static final String CONTROL = "使用できない制御文字が含まれています。取り除いてください";

    /**
     * Why a text cannot be kept (a broken character, a control character), in Japanese; null when it can. The one
     * check behind {@link Rules#shortText}, {@link Rules#longText}, the case-file import and board templates.
     */
    public static String refusal(String s, boolean multiLine) {
        if (s == null) {
            return null;
        }
        if (hasLoneSurrogate(s)) {
            return LONE_SURROGATE;
        }
        if (s.codePoints().anyMatch(cp -> isRefusedControl(cp, multiLine))) {
            return multiLine ? CONTROL : CONTROL_IN_LINE;
        }
        return null;
    }
}
