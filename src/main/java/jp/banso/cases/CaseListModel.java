package jp.banso.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import jp.banso.domain.CaseFilter;
import jp.banso.domain.CaseState;
import jp.banso.domain.CaseSummary;
import jp.banso.store.CaseRepository;

/** State of the case list: all rows, the filter people set, and what it shows. No controls here. */
public final class CaseListModel {
    private final CaseRepository repository;
    private final ObservableList<CaseSummary> all = FXCollections.observableArrayList();
    private final FilteredList<CaseSummary> shown = new FilteredList<>(all);
    /** Cases this laptop may no longer write (the user left their team), read with the rows. */
    private java.util.Set<java.util.UUID> readOnly = java.util.Set.of();
    private java.util.Set<java.util.UUID> unlisted = java.util.Set.of();

    public final ObjectProperty<Integer> fiscalYear = new SimpleObjectProperty<>();
    public final StringProperty prefecture = new SimpleStringProperty();
    public final ObjectProperty<CaseState> state = new SimpleObjectProperty<>();
    public final StringProperty text = new SimpleStringProperty("");
    public final BooleanProperty includeArchived = new SimpleBooleanProperty(false);

    public CaseListModel(CaseRepository repository) {
        this.repository = repository;
        fiscalYear.addListener(o -> refilter());
        prefecture.addListener(o -> refilter());
        state.addListener(o -> refilter());
        text.addListener(o -> refilter());
        includeArchived.addListener(o -> refilter());
    }

    public void reload() {
        readOnly = repository.readOnlyCases().keySet();
        unlisted = repository.casesOfUnmatchedMunicipalities();
        all.setAll(repository.summaries());
        refilter();
    }

    /** Whether the case's municipality is not in the national list (flagged in the list). */
    public boolean municipalityUnlisted(CaseSummary c) {
        return unlisted.contains(c.id());
    }

    private void refilter() {
        CaseFilter f = new CaseFilter(fiscalYear.get(), prefecture.get(), state.get(), text.get(), includeArchived.get());
        shown.setPredicate(f::matches);
    }

    /** The rows the filter lets through (sort them with a SortedList in the view). */
    public ObservableList<CaseSummary> shown() {
        return shown;
    }

    /** Whether the case is kept read-only (marked in the list). */
    public boolean isReadOnly(java.util.UUID caseId) {
        return readOnly.contains(caseId);
    }

    public int total() {
        return all.size();
    }

    /** 年度 that occur in any case, newest first. */
    public List<Integer> fiscalYearChoices() {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        all.forEach(c -> years.addAll(c.fiscalYears()));
        return List.copyOf(years);
    }

    public List<String> prefectureChoices() {
        return all.stream().map(CaseSummary::prefecture).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public void setArchived(CaseSummary c, boolean archived) {
        repository.setArchived(c.id(), archived);
        reload();
    }
}
