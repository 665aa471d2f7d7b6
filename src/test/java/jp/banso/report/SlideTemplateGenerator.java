package jp.banso.report;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSheet;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlideLayout;
import org.apache.poi.xslf.usermodel.XSLFSlideMaster;
import org.openxmlformats.schemas.drawingml.x2006.main.CTFontCollection;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraphProperties;
import org.openxmlformats.schemas.presentationml.x2006.main.CTSlideMasterTextStyles;

/**
 * Made the built-in 報告会 deck template ({@code src/main/resources/jp/banso/report/templates/報告会.pptx}) once, from
 * POI's own blank presentation: 16:9 (960 × 540 pt), Noto Sans CJK JP as the theme's Latin and East Asian fonts,
 * type large enough for the back of a room (titles 32 pt, text 24 pt), a dark-blue title over a thin accent rule, and
 * the placeholders of every layout widened to the new page. From then on the .pptx is the source of truth, restyled in
 * PowerPoint like any prefecture's own template; run this again only to start over:
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=jp.banso.report.SlideTemplateGenerator}.
 */
public final class SlideTemplateGenerator {
    static final Path TARGET = Path.of("src/main/resources/jp/banso/report/templates/" + ReportDeck.TEMPLATE_FILE);
    private static final double OLD_WIDTH = 720;
    private static final double WIDTH = 960;
    private static final double HEIGHT = 540;

    private SlideTemplateGenerator() {
    }

    public static void main(String[] args) throws Exception {
        try (XMLSlideShow deck = new XMLSlideShow()) {
            deck.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
            XSLFSlideMaster master = deck.getSlideMasters().get(0);
            fonts(master);
            textStyles(master.getXmlObject().getTxStyles());
            // every anchor read first: a layout's placeholder without its own position reads the master's
            java.util.Map<XSLFSimpleShape, Rectangle2D> anchors = new java.util.LinkedHashMap<>();
            collect(master, anchors);
            for (XSLFSlideLayout layout : master.getSlideLayouts()) {
                collect(layout, anchors);
            }
            anchors.forEach(SlideTemplateGenerator::place);
            // a thin rule under the title on every slide: the template's one decoration, easy to restyle
            var rule = master.createAutoShape();
            rule.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
            rule.setAnchor(new Rectangle2D.Double(36, 100, WIDTH - 72, 3));
            rule.setFillColor(new Color(0x00, 0x72, 0xB2));
            rule.setLineColor(null);
            // the cover has its own rule, between the title and the subtitle
            XSLFSlideLayout cover = master.getLayout(org.apache.poi.xslf.usermodel.SlideLayout.TITLE);
            cover.getXmlObject().setShowMasterSp(false);
            var coverRule = cover.createAutoShape();
            coverRule.setShapeType(org.apache.poi.sl.usermodel.ShapeType.RECT);
            coverRule.setAnchor(new Rectangle2D.Double(72, 278, WIDTH - 144, 3));
            coverRule.setFillColor(new Color(0x00, 0x72, 0xB2));
            coverRule.setLineColor(null);
            Files.createDirectories(TARGET.getParent());
            try (OutputStream out = Files.newOutputStream(TARGET)) {
                deck.write(out);
            }
        }
        System.out.println("wrote " + TARGET.toAbsolutePath());
    }

    private static void fonts(XSLFSlideMaster master) {
        var scheme = master.getTheme().getXmlObject().getThemeElements().getFontScheme();
        scheme.setName("Banso");
        for (CTFontCollection c : new CTFontCollection[] {scheme.getMajorFont(), scheme.getMinorFont()}) {
            c.getLatin().setTypeface(SlideText.FONT);
            c.getEa().setTypeface(SlideText.FONT);
        }
    }

    private static void textStyles(CTSlideMasterTextStyles styles) {
        CTTextParagraphProperties title = styles.getTitleStyle().getLvl1PPr();
        title.getDefRPr().setSz(3200);
        title.getDefRPr().setB(true);
        title.getDefRPr().getSolidFill().unsetSchemeClr();
        title.getDefRPr().getSolidFill().addNewSrgbClr().setVal(new byte[] {0x1F, 0x3A, 0x5F});
        var body = styles.getBodyStyle();
        int[] sizes = {2400, 2000, 1800, 1800, 1800};
        CTTextParagraphProperties[] levels = {body.getLvl1PPr(), body.getLvl2PPr(), body.getLvl3PPr(), body.getLvl4PPr(), body.getLvl5PPr()};
        for (int i = 0; i < levels.length; i++) {
            levels[i].getDefRPr().setSz(sizes[i]);
        }
    }

    private static void collect(XSLFSheet sheet, java.util.Map<XSLFSimpleShape, Rectangle2D> anchors) {
        for (XSLFShape shape : sheet.getShapes()) {
            if (shape instanceof XSLFSimpleShape s && s.getAnchor() != null) {
                anchors.put(s, (Rectangle2D) s.getAnchor().clone());
            }
        }
    }

    /**
     * The 4:3 placeholders on the 16:9 page: titles above the accent rule, the body below it, footers in one row; the
     * others (two columns, captions) stretched to the new width.
     */
    private static void place(XSLFSimpleShape s, Rectangle2D a) {
        Placeholder p = s.getPlaceholder();
        Rectangle2D r;
        if (p == Placeholder.TITLE && a.getY() < 100) {
            r = new Rectangle2D.Double(36, 20, WIDTH - 72, 76);
        } else if (p == Placeholder.CENTERED_TITLE) {
            r = new Rectangle2D.Double(72, 150, WIDTH - 144, 120);
        } else if (p == Placeholder.SUBTITLE) {
            r = new Rectangle2D.Double(144, 290, WIDTH - 288, 110);
        } else if ((p == Placeholder.BODY || p == Placeholder.CONTENT) && a.getY() > 100 && a.getY() < 140 && a.getWidth() > OLD_WIDTH / 2) {
            r = new Rectangle2D.Double(36, 116, WIDTH - 72, HEIGHT - 116 - 44);
        } else if (p == Placeholder.DATETIME) {
            r = new Rectangle2D.Double(36, HEIGHT - 36, 220, 28);
        } else if (p == Placeholder.FOOTER) {
            r = new Rectangle2D.Double(300, HEIGHT - 36, WIDTH - 600, 28);
        } else if (p == Placeholder.SLIDE_NUMBER) {
            r = new Rectangle2D.Double(WIDTH - 256, HEIGHT - 36, 220, 28);
        } else {
            double scale = WIDTH / OLD_WIDTH;
            r = new Rectangle2D.Double(a.getX() * scale, a.getY(), a.getWidth() * scale, a.getHeight());
        }
        s.setAnchor(r);
    }
}
