package jp.banso.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import jp.banso.store.Store;

/**
 * Makes the 報告会 deck of a case (令和4年度_さくら市_報告会.pptx): the template checked and opened
 * ({@link SlideTemplate}), the slides built ({@link DeckSlides}), the file written beside its target and moved into
 * place only when whole, as the Excel hand-outs are. The same code runs behind 配布資料を出力 and
 * {@code banso export --forms slides}.
 */
public final class ReportDeck {
    /** The built-in template's name, and the name a restyled one takes in {@code <data>/templates/slides/}. */
    public static final String TEMPLATE_FILE = "報告会.pptx";
    /** The choice's id in the dialog's remembered forms and on the command line ({@code --forms slides}). */
    public static final String ID = "slides";
    /** What the dialog and the command line call it. */
    public static final String TITLE = "報告会スライド（PowerPoint）";
    /** The file name's form part: 令和4年度_さくら市_報告会.pptx. */
    static final String FILE_TITLE = "報告会";

    private final Store store;
    private final BoardImages images;
    private final ReportTemplates templates;
    private final Supplier<LocalDate> today;

    public ReportDeck(Store store, BoardImages images, Supplier<LocalDate> today) {
        this.store = store;
        this.images = images;
        this.templates = new ReportTemplates(store.directory());
        this.today = today;
    }

    public ReportDeck(Store store, BoardImages images) {
        this(store, images, LocalDate::now);
    }

    /** Whether {@code name} (from the command line) means the deck: slides, 報告会, 報告会スライド. */
    public static boolean named(String name) {
        String s = name.strip();
        return s.equalsIgnoreCase(ID) || s.equalsIgnoreCase("deck") || s.equals(FILE_TITLE) || s.equals("報告会スライド") || s.equals(TITLE);
    }

    /**
     * Writes the deck of {@code caseId} into {@code folder}; the municipality as file names show it, or null to work it
     * out here. Throws {@link ReportException} (Japanese) and then writes nothing.
     */
    public ExportService.Result run(UUID caseId, Path folder, String municipalityLabel, ExportService.Progress progress) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ReportException("出力先がフォルダではありません: " + folder);
        }
        WarmUp.stop(); // it would compete with this export for the processor
        progress.step(0, 2, "報告会スライドを準備しています…");
        CaseData data = CaseData.load(store, caseId);
        images.prepare(store, data.boards().stream().map(jp.banso.domain.Board::getId).toList()); // drawn while the slides before them are made
        String municipality = municipalityLabel != null ? municipalityLabel
                : FileNames.municipalityLabel(data.summary(), store.cases().summaries());
        Path file = folder.resolve(FileNames.of(FileNames.yearLabel(data), municipality, null, FILE_TITLE, ".pptx"));
        ReportTemplates.Source source = templates.resolveSlides(TEMPLATE_FILE);
        List<String> notes = new ArrayList<>();
        try (XMLSlideShow deck = SlideTemplate.open(source)) {
            if (!source.builtIn()) {
                notes.add(TITLE + "：データフォルダのテンプレート（" + source.path() + "）を使いました");
            }
            new DeckSlides(deck, data, images, today.get(), notes).build();
            progress.step(1, 2, "報告会スライドを書き込んでいます…");
            write(deck, file);
        } catch (IOException e) {
            throw ReportException.logged("報告会スライドを作れませんでした。もう一度出力してください", e);
        }
        progress.step(2, 2, file.getFileName() + " を作成しました");
        return new ExportService.Result(List.of(file), List.copyOf(notes));
    }

    /** Into a temporary file beside {@code file}, then moved over it: a failure leaves no half-written deck. */
    private static void write(XMLSlideShow deck, Path file) {
        Path tmp = null;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".banso-", ".pptx.tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                deck.write(out);
            }
            ReportEngine.commit(tmp, file);
            tmp = null;
        } catch (IOException e) {
            throw new ReportException(ReportEngine.writeProblem(file, e), e);
        } finally {
            ReportEngine.discard(tmp);
        }
    }
}
