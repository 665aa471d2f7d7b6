package jp.banso.cases;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.banso.domain.CaseState;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.Portfolio;
import jp.banso.domain.PortfolioFilter;
import jp.banso.domain.PortfolioRow;
import jp.banso.store.PortfolioRepository;
import jp.banso.store.Settings;

/**
 * State of the 市町村一覧: which prefectures it shows (remembered in the settings), the portfolio read for them, the
 * filter people set and the rows it lets through. Reading ({@link #read}) runs off the FX thread; the rest on it.
 * It is read again only when asked after a change ({@link #casesChanged}, another choice of prefectures), not on
 * every saved keystroke.
 */
public final class PortfolioModel {
    private final PortfolioRepository repository;
    private final Path settingsDir;
    private final Clock clock;
    /** The prefectures chosen, or null until the first read decides them (the remembered ones, else those of the cases). */
    private volatile List<String> prefectures;
    /** Set when a write reached the database, or the prefectures changed, since the last read began. */
    private volatile boolean stale = true;
    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PortfolioRow> shown = FXCollections.observableArrayList();

    public final ObjectProperty<Integer> fiscalYear = new SimpleObjectProperty<>();
    public final ObjectProperty<CaseState> state = new SimpleObjectProperty<>();
    public final BooleanProperty followUpOnly = new SimpleBooleanProperty(false);
    public final ObjectProperty<PortfolioFilter.Coverage> coverage = new SimpleObjectProperty<>(PortfolioFilter.Coverage.ALL);
    public final StringProperty text = new SimpleStringProperty("");

    /** settingsDir: the data folder, whose settings.json remembers the prefectures chosen. */
    public PortfolioModel(PortfolioRepository repository, Path settingsDir, Clock clock) {
        this.repository = repository;
        this.settingsDir = settingsDir;
        this.clock = clock;
        fiscalYear.addListener(o -> refilter());
        state.addListener(o -> refilter());
        followUpOnly.addListener(o -> refilter());
        coverage.addListener(o -> refilter());
        text.addListener(o -> refilter());
    }

    /** A write reached the database (any thread): the next {@link #needsRead} says so. */
    public void casesChanged() {
        stale = true;
    }

    /** Whether what is shown may be out of date (nothing read yet, cases written, other prefectures chosen). */
    public boolean needsRead() {
        return stale;
    }

    /** Reads the portfolio of the chosen prefectures as of today (off the FX thread); hand the result to {@link #show}. */
    public Portfolio read() {
        stale = false;
        List<String> chosen = prefectures != null ? prefectures : defaultPrefectures();
        return repository.load(chosen, LocalDate.now(clock));
    }

    /** Shows what {@link #read} returned (on the FX thread). */
    public void show(Portfolio read) {
        if (prefectures == null && !read.prefectures().isEmpty()) {
            prefectures = read.prefectures(); // the default, kept from now on (none is decided again after the first case)
        }
        if (!read.prefectures().equals(prefectures())) {
            return; // other prefectures were chosen while it was read: the read that follows brings them
        }
        portfolio.set(read);
        refilter();
    }

    /**
     * The prefectures remembered from last time, else those that have cases (none when the store has no case), in
     * the national list's order.
     */
    List<String> defaultPrefectures() {
        List<String> remembered = Settings.load(settingsDir).portfolioPrefectures;
        List<String> known = MunicipalityMaster.get().prefectures();
        if (remembered != null && !remembered.isEmpty() && known.containsAll(remembered)) {
            return inListOrder(remembered);
        }
        return inListOrder(repository.prefecturesOfCases().stream().filter(known::contains).toList());
    }

    /** Chooses the prefectures (remembered for next time); the next {@link #needsRead} is true when they changed. */
    public void choosePrefectures(List<String> chosen) {
        List<String> ordered = inListOrder(chosen);
        if (ordered.equals(prefectures)) {
            return;
        }
        prefectures = ordered;
        stale = true;
        Settings s = Settings.load(settingsDir);
        s.portfolioPrefectures = ordered;
        s.save(settingsDir);
    }

    private static List<String> inListOrder(java.util.Collection<String> prefectures) {
        Set<String> chosen = Set.copyOf(prefectures);
        List<String> order = MunicipalityMaster.get().prefectures();
        return order.stream().filter(chosen::contains).toList();
    }

    /** The prefectures shown (empty before the first read, or when none is chosen). */
    public List<String> prefectures() {
        return prefectures == null ? List.of() : prefectures;
    }

    /** Every prefecture, in the national list's order (the choices). */
    public List<String> prefectureChoices() {
        return MunicipalityMaster.get().prefectures();
    }

    /** The portfolio last read (null before the first read): what the charts and the Excel 一覧 are made of. */
    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    public Portfolio portfolio() {
        return portfolio.get();
    }

    public PortfolioFilter filter() {
        return new PortfolioFilter(fiscalYear.get(), state.get(), followUpOnly.get(), coverage.get(), text.get());
    }

    /**
     * Lets the rows through the filter. When the same towns pass as before (a case changed, the page read again),
     * only the rows that changed are replaced: the sorted table keeps its order, selection and scroll and re-sorts one
     * row, not 1,741.
     */
    private void refilter() {
        Portfolio p = portfolio.get();
        List<PortfolioRow> rows = p == null ? List.of() : p.filtered(filter());
        List<Integer> changed = sameTowns(rows, shown) ? changedRows(rows, shown) : null;
        if (changed == null || changed.size() > FEW_ROWS) {
            shown.setAll(rows); // one change event, not one per row
            return;
        }
        for (int i : changed) {
            shown.set(i, rows.get(i));
        }
    }

    /** Up to this many changed rows are replaced one by one (each is a change the page hears). */
    private static final int FEW_ROWS = 20;

    private static List<Integer> changedRows(List<PortfolioRow> now, List<PortfolioRow> before) {
        List<Integer> changed = new java.util.ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(before.get(i))) {
                changed.add(i);
            }
        }
        return changed;
    }

    private static boolean sameTowns(List<PortfolioRow> a, List<PortfolioRow> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Objects.equals(a.get(i).code(), b.get(i).code())
                    || !a.get(i).municipality().equals(b.get(i).municipality())) {
                return false;
            }
        }
        return true;
    }

    /** What the page shows, as a portfolio of its own (what 「Excel に出力」 prints); null before the first read. */
    public Portfolio shownPortfolio() {
        Portfolio p = portfolio.get();
        return p == null ? null : new Portfolio(p.today(), p.prefectures(), List.copyOf(shown));
    }

    /** The data folder (settings, restyled templates). */
    public Path dataDirectory() {
        return settingsDir;
    }

    /** The rows the filter lets through, in 団体コード order (sort them with a SortedList in the view). */
    public ObservableList<PortfolioRow> shown() {
        return shown;
    }

    /** 年度 any town was supported in, newest first (the 年度 filter's choices). */
    public List<Integer> fiscalYearChoices() {
        Portfolio p = portfolio.get();
        return p == null ? List.of() : p.fiscalYears().stream().sorted(Comparator.reverseOrder()).toList();
    }
}
