package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jp.banso.cases.DemoCase;
import jp.banso.cases.NewCase;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.domain.chart.ProfileCharts;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.store.Store;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 報告会 deck read back with POI: the slides of the demo case, native charts and board pictures, text that stays in
 * its box (measured with the deck's font), lists continued over slides, and templates refused or used.
 */
class ReportDeckTest {
    private static final LocalDate DAY = LocalDate.of(2023, 3, 31);
    /** A stand-in for the board's renderer: report tests run without JavaFX. */
    private static final BoardImages PICTURES = BoardImages.drawnBy((store, id, max) -> new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB));

    @TempDir
    Path dir;

    @Test
    void theDemoCaseGivesTheWholeTalkWithNativeChartsAndBoardPictures() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = DemoCase.create(store);
            ExportService.Result r = new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), dir.resolve("out"), null, (d, t, m) -> { });
            assertThat(r.files()).extracting(f -> f.getFileName().toString()).containsExactly("令和4年度_さくら市_報告会.pptx");
            try (XMLSlideShow deck = open(r.files().get(0))) {
                assertThat(deck.getPageSize()).isEqualTo(new Dimension(960, 540)); // 16:9
                assertThat(titles(deck)).containsExactly("さくら市（栃木県）の取組", "さくら市の概要", "申請時テーマと再定義した課題", "支援の経過",
                        "グループワーク：第1回現地支援 あるべき姿 / 現状 / 課題", "グループワーク：第3回現地支援 さくら市らしさ・強み",
                        "優先して取り組む課題", "ロードマップ", "指標の進み具合", "指標の推移", "指標の推移（続き）", "指標の推移（続き）", "今後の取組");
                // profile: one chart while there is one 基準日; indicators: the five items with entries
                assertThat(deck.getCharts()).hasSize(6);
                assertThat(pictures(deck)).isEqualTo(2);
                String all = text(deck);
                assertThat(all).contains("令和4年度　老健局主導型", "報告会　令和5年3月31日", "関東信越厚生局", "43,878人", "27.08%",
                        "基準日：令和4年5月1日", "卒業後の活躍の場まで見通した、通いやすい通所Ｃに立て直す", "R4.9.20", "R5.2.13",
                        "通所Ｃの実施方法を見直す（送迎・随時開始）", "R5.4〜R6.3", "38人（R6.3.22）", "95%",
                        "民生委員から紹介された方のその後を、紹介者にフィードバックする仕組みをつくる");
                assertThat(chartTitles(deck)).filteredOn(t -> t.contains(ProfileCharts.ONE_SNAPSHOT)).hasSize(1); // one 基準日: the chart says so
                assertFits(deck);
            }
        }
    }

    @Test
    void aCaseWithNothingRecordedSaysSoAndLeavesOutThePictures() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases());
            ExportService.Result r = new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), dir.resolve("out"), null, (d, t, m) -> { });
            try (XMLSlideShow deck = open(r.files().get(0))) {
                assertThat(titles(deck)).containsExactly("さくら市（栃木県）の取組", "さくら市の概要", "申請時テーマと再定義した課題", "支援の経過",
                        "優先して取り組む課題", "ロードマップ", "今後の取組");
                assertThat(text(deck)).contains("プロフィールの数値は記録なし", "会議の記録なし", "課題の記録なし", "ロードマップの取組は記録なし");
                // nothing to plot: no empty chart part (readers fail on one), the chart's note in words where it would be
                assertThat(chartTitles(deck)).isEmpty();
                assertThat(text(deck)).contains("人口の推移", ProfileCharts.NO_SNAPSHOT);
                assertThat(pictures(deck)).isZero();
                assertFits(deck);
            }
        }
    }

    @Test
    void longIssuesShrinkToTheMinimumThenAreCutVisiblyAndNeverLeaveTheSlide() throws Exception {
        String twoHundred = "通所型サービスＣの利用者が少ない理由を、送迎・開始時期・対象者像・紹介の流れ・卒業後の受け皿の五つの面から関係者で洗い出し、"
                .repeat(4).substring(0, 200);
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases());
            c.setApplicationTheme(twoHundred.repeat(3)); // 600 characters: more than the box holds at the minimum size
            c.setRedefinedIssue(twoHundred);
            store.cases().save(c);
            for (int i = 0; i < 6; i++) {
                CaseIssue issue = new CaseIssue();
                issue.setCaseId(c.getId());
                issue.setStatement((i + 1) + "：" + twoHundred);
                issue.setLevel(IssueLevel.HIGH);
                issue.setRank(i + 1);
                store.boards().save(issue);
            }
            snapshot(store, c, LocalDate.of(2025, 5, 1), s -> { });
            snapshot(store, c, LocalDate.of(2026, 5, 1), s -> s.setElderlyPopulation(null)); // 高齢化率 missing: a gap
            ExportService.Result r = new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), dir.resolve("out"), null, (d, t, m) -> { });
            try (XMLSlideShow deck = open(r.files().get(0))) {
                assertFits(deck);
                // two 年度: both charts; 高齢化率 is missing in one of them, and its chart says it has one year only
                assertThat(chartTitles(deck)).containsExactlyInAnyOrder("人口の推移（さくら市）",
                        "高齢化率の推移（さくら市）\n" + ProfileCharts.ONE_SNAPSHOT);
                List<String> titles = titles(deck);
                assertThat(titles.stream().filter(t -> t.startsWith("優先して取り組む課題")).count()).isGreaterThan(1);
                assertThat(titles).contains("優先して取り組む課題（続き）");
                String all = text(deck);
                for (int i = 1; i <= 6; i++) {
                    assertThat(all).contains(i + "：通所型サービスＣの利用者が少ない理由を");
                }
                XSLFTextShape theme = boxContaining(deck, "申請時テーマと再定義した課題", twoHundred.substring(0, 20));
                assertThat(theme.getText()).endsWith(SlideText.ELLIPSIS); // cut, and visibly so
                assertThat(size(theme)).isEqualTo(DeckSlides.MIN_TEXT);
                XSLFTextShape redefined = boxesOn(deck, "申請時テーマと再定義した課題").stream().filter(b -> b.getText().equals(twoHundred))
                        .findFirst().orElseThrow();
                assertThat(redefined.getText()).isEqualTo(twoHundred); // 200 characters fit whole, wrapped
                assertThat(size(redefined)).isGreaterThanOrEqualTo(DeckSlides.MIN_TEXT);
            }
        }
    }

    @Test
    void aHundredRoadmapItemsContinueOverSeveralSlides() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases());
            RoadmapModel roadmap = new RoadmapModel(store.roadmaps(), store.boards(), c.getId());
            for (int i = 1; i <= 100; i++) {
                roadmap.addItem("取組" + i + "：地域の通いの場を立ち上げ、参加者の声を聞きながら続けられる形にする", YearMonth.of(2026, 4).plusMonths(i % 36));
            }
            ExportService.Result r = new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), dir.resolve("out"), null, (d, t, m) -> { });
            try (XMLSlideShow deck = open(r.files().get(0))) {
                List<String> roadmapSlides = titles(deck).stream().filter(t -> t.startsWith("ロードマップ")).toList();
                assertThat(roadmapSlides.size()).isGreaterThanOrEqualTo(10);
                assertThat(roadmapSlides.subList(1, roadmapSlides.size())).containsOnly("ロードマップ（続き）");
                String all = text(deck);
                assertThat(all).contains("取組1：", "取組50：", "取組100：");
                assertFits(deck);
            }
        }
    }

    @Test
    void aTemplateWithAMacroOrAnExternalLinkIsRefusedNamingTheFileAndNothingIsWritten() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases());
            Path template = userTemplate(store, pkg -> {
                PackagePartName name = PackagingURIHelper.createPartName("/ppt/vbaProject.bin");
                PackagePart vba = pkg.createPart(name, "application/vnd.ms-office.vbaProject");
                try (OutputStream out = vba.getOutputStream()) {
                    out.write(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
                }
                presentation(pkg).addRelationship(name, TargetMode.INTERNAL, "http://schemas.microsoft.com/office/2006/relationships/vbaProject");
            });
            Path out = dir.resolve("out");
            assertThatThrownBy(() -> new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), out, null, (d, t, m) -> { }))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining("テンプレート「" + template + "」は使えません")
                    .hasMessageContaining("マクロ");
            // saved as .pptm: the package says it carries macros
            userTemplate(store, pkg -> pkg.createPart(PackagingURIHelper.createPartName("/ppt/macros.xml"),
                    "application/vnd.ms-powerpoint.slideshow.macroEnabled.main+xml").getOutputStream().close());
            assertThatThrownBy(() -> new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), out, null, (d, t, m) -> { }))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining(template.toString())
                    .hasMessageContaining("マクロ有効形式（.xlsm・.pptm）");
            userTemplate(store, pkg -> presentation(pkg).addExternalRelationship("https://example.com/logo.png",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"));
            assertThatThrownBy(() -> new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), out, null, (d, t, m) -> { }))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining(template.toString())
                    .hasMessageContaining("外部のファイルやサイトへのリンク（https://example.com/logo.png）");
            assertThat(out).doesNotExist();
        }
    }

    @Test
    void aBrokenTemplateIsNamedInJapaneseAndAGoodOneRestylesTheDeck() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = new NewCase("栃木県", "さくら市", 2026, "老健局主導型", StartKind.ENTRY).create(store.cases());
            Path slides = ReportTemplates.slidesDir(store.directory());
            Files.createDirectories(slides);
            Path template = slides.resolve(ReportDeck.TEMPLATE_FILE);
            Files.writeString(template, "これは PowerPoint ではありません");
            Path out = dir.resolve("out");
            assertThatThrownBy(() -> new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), out, null, (d, t, m) -> { }))
                    .isInstanceOf(ReportException.class)
                    .hasMessageContaining("テンプレート「" + template + "」を PowerPoint ファイル（.pptx）として読めません")
                    .hasMessageContaining("このファイルを取り除くと組み込みの様式で出力できます");
            assertThat(out).doesNotExist();

            // a restyled template: its title size is used, and the note says which template made the deck
            userTemplate(store, pkg -> { });
            try (XMLSlideShow t = new XMLSlideShow(Files.newInputStream(template))) {
                t.getSlideMasters().get(0).getXmlObject().getTxStyles().getTitleStyle().getLvl1PPr().getDefRPr().setSz(2800);
                try (OutputStream o = Files.newOutputStream(template.resolveSibling("restyled.pptx"))) {
                    t.write(o);
                }
            }
            Files.move(template.resolveSibling("restyled.pptx"), template, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ExportService.Result r = new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), out, null, (d, t, m) -> { });
            assertThat(r.notes()).containsExactly(ReportDeck.TITLE + "：データフォルダのテンプレート（" + template + "）を使いました");
            try (XMLSlideShow deck = open(r.files().get(0))) {
                XSLFTextShape title = SlideTemplate.title(deck.getSlides().get(1));
                assertThat(size(title)).isEqualTo(28.0);
            }
        }
    }

    @Test
    void aTemplateWithoutATitleOnlyLayoutUsesTitleAndContentWithoutItsEmptyBody() throws Exception {
        try (Store store = Store.open(dir.resolve("data"))) {
            SupportCase c = DemoCase.create(store);
            Path template = userTemplate(store, pkg -> { });
            try (XMLSlideShow t = new XMLSlideShow(Files.newInputStream(template))) {
                t.getSlideMasters().get(0).getLayout(org.apache.poi.xslf.usermodel.SlideLayout.TITLE_ONLY).getXmlObject()
                        .setType(org.openxmlformats.schemas.presentationml.x2006.main.STSlideLayoutType.CUST);
                try (OutputStream o = Files.newOutputStream(template.resolveSibling("custom.pptx"))) {
                    t.write(o);
                }
            }
            Files.move(template.resolveSibling("custom.pptx"), template, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            ExportService.Result r = new ReportDeck(store, PICTURES, () -> DAY).run(c.getId(), dir.resolve("out"), null, (d, t, m) -> { });
            try (XMLSlideShow deck = open(r.files().get(0))) {
                assertThat(titles(deck)).hasSize(13).contains("ロードマップ", "今後の取組");
                for (XSLFSlide slide : deck.getSlides().subList(1, deck.getSlides().size())) {
                    assertThat(slide.getSlideLayout().getType()).isEqualTo(org.apache.poi.xslf.usermodel.SlideLayout.TITLE_AND_CONTENT);
                    assertThat(slide.getShapes()).filteredOn(sh -> sh instanceof XSLFTextShape t && t.getPlaceholder() != null)
                            .singleElement().isSameAs(SlideTemplate.title(slide)); // the body placeholder is gone
                }
                assertFits(deck);
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /**
     * Every shape lies on the slide; every text is at least {@link DeckSlides#MIN_SMALL} and, measured with the deck's
     * font at its size, as tall as its box at most.
     */
    private static void assertFits(XMLSlideShow deck) {
        Rectangle2D page = new Rectangle2D.Double(0, 0, deck.getPageSize().getWidth(), deck.getPageSize().getHeight());
        for (XSLFSlide slide : deck.getSlides()) {
            for (XSLFShape shape : slide.getShapes()) {
                Rectangle2D a = shape.getAnchor();
                assertThat(page.contains(a) || a.getWidth() < 1 && page.contains(a.getX(), a.getY()))
                        .as("%s on slide %s at %s", shape.getShapeName(), slide.getSlideNumber(), a).isTrue();
                if (shape instanceof XSLFTextShape t && !t.getText().isBlank()) {
                    double size = size(t);
                    assertThat(size).as("size of %s", t.getText()).isGreaterThanOrEqualTo(DeckSlides.MIN_SMALL);
                    boolean bold = Boolean.TRUE.equals(t.getTextParagraphs().get(0).getTextRuns().get(0).isBold());
                    double needed = SlideText.height(SlideText.lines(t.getText(), a.getWidth(), size, bold).size(), size, bold);
                    assertThat(needed).as("height of 「%s」 on slide %s", t.getText(), slide.getSlideNumber()).isLessThanOrEqualTo(a.getHeight() + 0.01);
                }
            }
        }
    }

    private static double size(XSLFTextShape t) {
        double size = Double.MAX_VALUE;
        for (XSLFTextParagraph p : t.getTextParagraphs()) {
            for (XSLFTextRun r : p.getTextRuns()) {
                if (r.getFontSize() != null) {
                    size = Math.min(size, r.getFontSize());
                }
            }
        }
        return size;
    }

    private static XMLSlideShow open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XMLSlideShow(in);
        }
    }

    private static List<String> titles(XMLSlideShow deck) {
        return deck.getSlides().stream().map(s -> SlideTemplate.title(s).getText()).toList();
    }

    private static String text(XMLSlideShow deck) {
        StringBuilder b = new StringBuilder();
        for (XSLFSlide s : deck.getSlides()) {
            for (XSLFShape shape : s.getShapes()) {
                if (shape instanceof XSLFTextShape t) {
                    b.append(t.getText().replace("\n", "")).append('\n');
                }
            }
        }
        return b.toString();
    }

    private static List<String> chartTitles(XMLSlideShow deck) {
        List<String> out = new ArrayList<>();
        for (XSLFChart chart : deck.getCharts()) {
            out.add(chart.getTitle().getBody().getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat));
        }
        return out;
    }

    private static int pictures(XMLSlideShow deck) {
        return (int) deck.getSlides().stream().flatMap(s -> s.getShapes().stream()).filter(XSLFPictureShape.class::isInstance).count();
    }

    private static List<XSLFTextShape> boxesOn(XMLSlideShow deck, String title) {
        return deck.getSlides().stream().filter(s -> SlideTemplate.title(s).getText().equals(title))
                .flatMap(s -> s.getShapes().stream()).filter(XSLFTextShape.class::isInstance).map(XSLFTextShape.class::cast).toList();
    }

    private static XSLFTextShape boxContaining(XMLSlideShow deck, String title, String start) {
        return boxesOn(deck, title).stream().filter(b -> b.getText().startsWith(start) && b.getText().length() > 250).findFirst().orElse(null);
    }

    private static void snapshot(Store store, SupportCase c, LocalDate asOf, Consumer<ProfileSnapshot> edit) {
        ProfileSnapshot p = new ProfileSnapshot();
        p.setMunicipalityId(c.getMunicipalityId());
        p.setAsOf(asOf);
        p.setPopulation(43_000);
        p.setElderlyPopulation(12_000);
        p.setCareCertificationRate(new BigDecimal("17.5"));
        edit.accept(p);
        store.cases().save(p);
    }

    private interface PackageEdit {
        void apply(OPCPackage pkg) throws Exception;
    }

    /** The built-in template copied into the data folder's templates/slides, changed by {@code edit}. */
    private static Path userTemplate(Store store, PackageEdit edit) throws Exception {
        Path slides = ReportTemplates.slidesDir(store.directory());
        Files.createDirectories(slides);
        Path file = slides.resolve(ReportDeck.TEMPLATE_FILE);
        Files.deleteIfExists(file);
        try (InputStream in = ReportDeckTest.class.getResourceAsStream(ReportTemplates.RESOURCE_DIR + ReportDeck.TEMPLATE_FILE)) {
            Files.write(file, in.readAllBytes());
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ_WRITE)) {
            edit.apply(pkg);
        }
        return file;
    }

    private static PackagePart presentation(OPCPackage pkg) throws Exception {
        return pkg.getPart(PackagingURIHelper.createPartName("/ppt/presentation.xml"));
    }
}
