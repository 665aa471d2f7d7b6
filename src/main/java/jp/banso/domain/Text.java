package jp.banso.domain;

/** Small text rules shared by validation and formatting. */
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

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Null for blank text, so an empty field is stored as "not known" rather than "". */
    public static String trimToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    public static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
