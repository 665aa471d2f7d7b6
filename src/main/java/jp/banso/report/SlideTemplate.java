package jp.banso.report;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The 報告会 deck's template opened for filling: checked like the Excel templates (no macros, no links to other files
 * or sites, no embedded objects: {@link TemplateSafety}), its sample slides removed, and its layouts found by type.
 * A template that lacks a layout gets the next best one: the cover falls back to a title-only layout, a content slide
 * to title-and-content (its empty body removed), and failing both to the master's first layout with a title.
 */
final class SlideTemplate {
    private static final Logger LOG = Logger.getLogger(SlideTemplate.class.getName());

    private SlideTemplate() {
    }

    /** The template as a deck without slides; throws {@link ReportException} naming the file when it is unsafe or unreadable. */
    static XMLSlideShow open(ReportTemplates.Source source) {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(source.bytes()));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException | RuntimeException e) {
            throw unreadable(source, e);
        }
        List<String[]> problems = TemplateSafety.problems(pkg, Map.of(), "PowerPoint");
        if (!problems.isEmpty()) {
            pkg.revert();
            StringBuilder b = new StringBuilder("テンプレート「" + source.describe() + "」は使えません。");
            for (String[] p : problems.subList(0, Math.min(8, problems.size()))) {
                b.append("\n・").append(p[0].isEmpty() ? "" : p[0] + "：").append(p[1]);
            }
            b.append(TemplateCheck.hint(source));
            throw new ReportException(b.toString(), source.describe(), problems.get(0)[0], null);
        }
        XMLSlideShow deck;
        try {
            deck = new XMLSlideShow(pkg);
        } catch (RuntimeException e) {
            pkg.revert();
            throw unreadable(source, e);
        }
        if (deck.getSlideMasters().isEmpty() || deck.getSlideMasters().get(0).getSlideLayouts().length == 0) {
            throw new ReportException("テンプレート「" + source.describe() + "」にスライドマスターとレイアウトがありません。"
                    + "PowerPoint で作ったプレゼンテーション（.pptx）を使ってください" + TemplateCheck.hint(source), source.describe(), "", null);
        }
        while (!deck.getSlides().isEmpty()) {
            deck.removeSlide(0); // sample slides of the template: the deck starts empty
        }
        return deck;
    }

    private static ReportException unreadable(ReportTemplates.Source source, Throwable e) {
        LOG.log(Level.WARNING, "slide template " + source.describe() + " cannot be read", e);
        return new ReportException("テンプレート「" + source.describe() + "」を PowerPoint ファイル（.pptx）として読めません。"
                + TemplateCheck.unreadable(e, "PowerPoint", "プレゼンテーション", ".pptx") + TemplateCheck.hint(source),
                source.describe(), "", e);
    }

    /** The first layout of the first of {@code types} any master has; else one with a title; else the first. */
    static XSLFSlideLayout layout(XMLSlideShow deck, SlideLayout... types) {
        for (SlideLayout type : types) {
            for (XSLFSlideMaster m : deck.getSlideMasters()) {
                XSLFSlideLayout l = m.getLayout(type);
                if (l != null) {
                    return l;
                }
            }
        }
        XSLFSlideMaster first = deck.getSlideMasters().get(0);
        for (XSLFSlideLayout l : first.getSlideLayouts()) {
            if (title(l) != null) {
                return l;
            }
        }
        return first.getSlideLayouts()[0];
    }

    /** The title placeholder of a slide or layout, or null. */
    static XSLFTextShape title(org.apache.poi.xslf.usermodel.XSLFSheet sheet) {
        for (XSLFShape s : sheet.getShapes()) {
            if (s instanceof XSLFTextShape t && (t.getPlaceholder() == Placeholder.TITLE || t.getPlaceholder() == Placeholder.CENTERED_TITLE)) {
                return t;
            }
        }
        return null;
    }

    /** The body placeholder of a slide or layout (a subtitle on a cover), or null. */
    static XSLFTextShape body(org.apache.poi.xslf.usermodel.XSLFSheet sheet) {
        for (XSLFShape s : sheet.getShapes()) {
            if (s instanceof XSLFTextShape t && (t.getPlaceholder() == Placeholder.BODY || t.getPlaceholder() == Placeholder.SUBTITLE
                    || t.getPlaceholder() == Placeholder.CONTENT)) {
                return t;
            }
        }
        return null;
    }

    /**
     * Where a slide's content goes: the body area of the template's title-and-content layout, kept inside the page;
     * without one, the page below the title with margins.
     */
    static Rectangle2D contentArea(XMLSlideShow deck) {
        java.awt.Dimension page = deck.getPageSize();
        Rectangle2D pageArea = new Rectangle2D.Double(0, 0, page.getWidth(), page.getHeight());
        XSLFSlideLayout l = layout(deck, SlideLayout.TITLE_AND_CONTENT, SlideLayout.TEXT);
        XSLFTextShape body = body(l);
        if (body != null && body.getAnchor() != null && body.getAnchor().getHeight() > page.getHeight() / 3) {
            Rectangle2D a = body.getAnchor().createIntersection(pageArea);
            if (!a.isEmpty()) {
                return a;
            }
        }
        double margin = page.getWidth() * 0.04;
        XSLFTextShape title = title(l);
        double top = title != null && title.getAnchor() != null ? title.getAnchor().getMaxY() + 12 : page.getHeight() * 0.2;
        return new Rectangle2D.Double(margin, top, page.getWidth() - 2 * margin, page.getHeight() - top - margin);
    }
}
