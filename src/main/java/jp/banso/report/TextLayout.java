package jp.banso.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How many lines a text takes in a box of a given width, the way Excel and PowerPoint wrap: Latin words kept whole
 * when they fit, any other character may start a line, line breaks kept. A cell's width is estimated from character
 * classes (full-width one em, Latin narrower; {@link #wrap(String, double, double)}); a slide's text box is measured
 * with the font the deck names ({@link #wrap(String, double, ToDoubleFunction)}). Both err towards more lines (a box
 * a little too tall shows fine; one too short cuts text off).
 */
final class TextLayout {
    /** One printed line, and whether a line break (or the end of the text) follows it. */
    record Line(String text, boolean endsParagraph) {
    }

    /** Narrower than the cell: padding, and Japanese line-breaking rules that push a character to the next line. */
    private static final double USABLE = 0.95;
    private static final double CELL_PADDING_PX = 4;

    private TextLayout() {
    }

    static double em(int cp) {
        if (cp == ' ') {
            return 0.35;
        }
        if (cp < 0x80) {
            return Character.isLetterOrDigit(cp) ? 0.62 : 0.5;
        }
        if (cp >= 0xFF61 && cp <= 0xFFDC || cp >= 0xFFE8 && cp <= 0xFFEE) {
            return 0.55; // half-width katakana and forms
        }
        return cp >= 0x1100 ? 1.0 : 0.65;
    }

    static List<Line> wrap(String text, double cellWidthPx, double fontPt) {
        double emPx = fontPt * 96 / 72;
        double max = Math.max(1, (cellWidthPx - CELL_PADDING_PX) * USABLE / emPx);
        return wrap(text, max, s -> s.codePoints().mapToDouble(TextLayout::em).sum());
    }

    /**
     * The lines of {@code text} in a width of {@code max}, where {@code width} measures a piece of text in the same
     * unit (points of a real font, for a slide). The caller leaves the margin Japanese line-breaking rules need.
     */
    static List<Line> wrap(String text, double max, ToDoubleFunction<String> width) {
        List<Line> lines = new ArrayList<>();
        String[] paragraphs = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (String p : paragraphs) {
            wrapParagraph(p, max, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String p, double max, ToDoubleFunction<String> measure, List<Line> out) {
        StringBuilder line = new StringBuilder();
        double width = 0;
        int i = 0;
        while (i < p.length()) {
            int cp = p.codePointAt(i);
            int end = i + Character.charCount(cp);
            // a Latin word is placed whole when it fits on a line
            if (cp < 0x80 && cp != ' ') {
                while (end < p.length() && p.charAt(end) < 0x80 && p.charAt(end) != ' ') {
                    end++;
                }
            }
            String token = p.substring(i, end);
            double w = measure.applyAsDouble(token);
            if (width + w > max && width > 0 && w <= max) {
                out.add(new Line(line.toString(), false));
                line.setLength(0);
                width = 0;
            }
            if (w > max) {
                // longer than a line: break it character by character
                for (int j = 0; j < token.length(); ) {
                    int c = token.codePointAt(j);
                    double cw = measure.applyAsDouble(new String(Character.toChars(c)));
                    if (width + cw > max && width > 0) {
                        out.add(new Line(line.toString(), false));
                        line.setLength(0);
                        width = 0;
                    }
                    line.appendCodePoint(c);
                    width += cw;
                    j += Character.charCount(c);
                }
            } else {
                line.append(token);
                width += w;
            }
            i = end;
        }
        out.add(new Line(line.toString(), true));
    }

    /** The lines in pieces of at most {@code maxLines}; line breaks inside a piece are kept. */
    static List<String> join(List<Line> lines, int maxLines) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < lines.size(); start += maxLines) {
            StringBuilder b = new StringBuilder();
            int end = Math.min(lines.size(), start + maxLines);
            for (int i = start; i < end; i++) {
                b.append(lines.get(i).text());
                if (lines.get(i).endsParagraph() && i < end - 1) {
                    b.append('\n');
                }
            }
            pieces.add(b.toString());
        }
        return pieces;
    }
}
