package jp.banso.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * Japanese text that stays inside its box on a slide: measured with the font the deck names (AWT's metrics of Noto
 * Sans CJK JP, the font of the built-in template's theme), wrapped as PowerPoint and LibreOffice wrap
 * ({@link TextLayout}), shrunk step by step down to a minimum size, and past that cut at the last line that fits with a
 * visible 「…」. Boxes get no auto-fit: what is measured here is what is shown, in PowerPoint as in LibreOffice.
 */
final class SlideText {
    private static final Logger LOG = Logger.getLogger(SlideText.class.getName());
    /** The Japanese font the deck's theme names; measured here with the same font. */
    static final String FONT = "Noto Sans CJK JP";
    /** Inside a box: the same insets on every side, set on each box so that the measure holds. */
    static final double INSET = 5;
    /** Width actually used: the rest is for Japanese line-breaking rules (a 。 carried with its character) and kerning. */
    private static final double USABLE = 0.94;
    /** Line height as a share of the font size where the font's own is smaller (PowerPoint's single spacing). */
    private static final double MIN_LINE = 1.2;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<String, Font> BASE = new ConcurrentHashMap<>();
    static final String ELLIPSIS = "…";

    /** A text as it is shown: its size, its lines (the last one cut with 「…」 when it did not all fit), its height. */
    record Fit(double size, List<String> lines, boolean cut, double height) {
        String text() {
            return String.join("\n", lines);
        }
    }

    private SlideText() {
    }

    /**
     * The largest size from {@code max} down to {@code min} (in steps of 1 pt) at which {@code text} fits a box of
     * {@code width} × {@code height} points (insets included); at {@code min} the text is cut to the lines that fit.
     */
    static Fit fit(String text, double width, double height, double max, double min, boolean bold) {
        String t = text == null ? "" : text.strip();
        for (double size = max; size >= min; size -= 1) {
            List<TextLayout.Line> lines = lines(t, width, size, bold);
            double h = height(lines.size(), size, bold);
            if (h <= height) {
                return new Fit(size, lines.stream().map(TextLayout.Line::text).toList(), false, h);
            }
        }
        List<TextLayout.Line> lines = lines(t, width, min, bold);
        int room = Math.max(1, (int) Math.floor((height - 2 * INSET) / lineHeight(min, bold)));
        List<String> kept = new ArrayList<>(lines.subList(0, Math.min(room, lines.size())).stream().map(TextLayout.Line::text).toList());
        String last = kept.get(kept.size() - 1);
        double usable = (width - 2 * INSET) * USABLE;
        while (!last.isEmpty() && width(last + ELLIPSIS, min, bold) > usable) {
            last = last.substring(0, last.offsetByCodePoints(last.length(), -1));
        }
        kept.set(kept.size() - 1, last + ELLIPSIS);
        return new Fit(min, List.copyOf(kept), true, height(kept.size(), min, bold));
    }

    /** One size for texts that sit side by side (a table's column, boxes in a row): the largest at which all fit. */
    static double commonSize(List<String> texts, double width, double height, double max, double min, boolean bold) {
        double size = max;
        for (String t : texts) {
            size = Math.min(size, fit(t, width, height, size, min, bold).size());
        }
        return size;
    }

    static List<TextLayout.Line> lines(String text, double width, double size, boolean bold) {
        return TextLayout.wrap(text, Math.max(1, (width - 2 * INSET) * USABLE), s -> width(s, size, bold));
    }

    /** The height of {@code lines} lines at {@code size}, insets included. */
    static double height(int lines, double size, boolean bold) {
        return lines * lineHeight(size, bold) + 2 * INSET;
    }

    static double lineHeight(double size, boolean bold) {
        Font f = font(size, bold);
        double fromFont = f.getLineMetrics("あ", FRC).getHeight();
        return Math.max(fromFont, size * MIN_LINE);
    }

    static double width(String s, double size, boolean bold) {
        Rectangle2D r = font(size, bold).getStringBounds(s, FRC);
        return r.getWidth();
    }

    private static Font font(double size, boolean bold) {
        Font base = BASE.computeIfAbsent(bold ? "bold" : "plain", k -> {
            Font f = new Font(FONT, bold ? Font.BOLD : Font.PLAIN, 10);
            if (!f.getFamily(Locale.ROOT).equalsIgnoreCase(FONT)) {
                // without the font the measure is AWT's fallback: Japanese is still one em a character
                LOG.warning(FONT + " is not installed; text on slides is measured with " + f.getFamily(Locale.ROOT));
            }
            return f;
        });
        return base.deriveFont((float) size);
    }

    /**
     * Puts the fitted text in {@code box} (its anchor already set): no auto-fit, the insets measured with, one
     * paragraph per line break of the text (the lines PowerPoint wraps itself).
     */
    static Fit fill(XSLFTextShape box, String text, double max, double min, boolean bold, TextParagraph.TextAlign align) {
        Rectangle2D a = box.getAnchor();
        Fit fit = fit(text, a.getWidth(), a.getHeight(), max, min, bold);
        box.clearText();
        prepare(box);
        // a cut text keeps the lines that fit, as measured; a whole text keeps its own paragraphs for PowerPoint to wrap
        String shown = fit.cut() ? fit.text() : (text == null ? "" : text.strip());
        String[] paragraphs = shown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (String p : paragraphs) {
            XSLFTextParagraph para = box.addNewTextParagraph();
            para.setTextAlign(align);
            para.setLineSpacing(100.0);
            para.setSpaceBefore(0.0);
            para.setSpaceAfter(0.0);
            para.setIndent(0.0);
            para.setLeftMargin(0.0);
            para.setBullet(false);
            XSLFTextRun run = para.addNewTextRun();
            run.setText(p);
            run.setFontSize(fit.size());
            run.setBold(bold);
        }
        return fit;
    }

    /** The settings every measured box has: wrapped, no auto-fit, the insets of {@link #INSET}. */
    static void prepare(XSLFTextShape box) {
        box.setWordWrap(true);
        box.setTextAutofit(org.apache.poi.sl.usermodel.TextShape.TextAutofit.NONE);
        box.setLeftInset(INSET);
        box.setRightInset(INSET);
        box.setTopInset(INSET);
        box.setBottomInset(INSET);
        box.setVerticalAlignment(VerticalAlignment.TOP);
    }
}
