package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import jp.banso.board.BoardModel;
import jp.banso.domain.Board;
import jp.banso.domain.CaseState;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.PortfolioFilter;
import jp.banso.domain.PortfolioRow;
import jp.banso.domain.StartKind;
import jp.banso.store.PortfolioRepository;
import jp.banso.store.Settings;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the 市町村一覧's model adds to the portfolio it reads: which prefectures it shows first (the remembered choice,
 * else those of the cases), remembering a choice, reading again only after a change, and the filter.
 */
class PortfolioModelTest {
    private static final Clock DEC_2026 = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));

    @TempDir
    Path dir;
    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PortfolioModel model() {
        return new PortfolioModel(store.portfolio(), store.directory(), DEC_2026);
    }

    private static void readAndShow(PortfolioModel m) {
        m.show(m.read());
    }

    @Test
    void withNoCaseAndNoChoiceItShowsNoPrefectureUntilTheFirstCase() {
        PortfolioModel m = model();
        assertThat(m.needsRead()).isTrue();
        readAndShow(m);
        assertThat(m.prefectures()).isEmpty();
        assertThat(m.shown()).isEmpty();
        assertThat(m.needsRead()).isFalse();

        DemoCase.create(store); // the first case: its prefecture is shown next time
        m.casesChanged();
        readAndShow(m);
        assertThat(m.prefectures()).containsExactly("栃木県");
        assertThat(m.shown()).hasSize(25);
    }

    @Test
    void firstItShowsThePrefecturesOfTheCasesInTheNationalListsOrder() {
        new NewCase("群馬県", "館林市", 2024, "老健局主導型", StartKind.ENTRY).create(store.cases());
        DemoCase.create(store); // 栃木県 (09) comes before 群馬県 (10)
        PortfolioModel m = model();
        readAndShow(m);
        assertThat(m.prefectures()).containsExactly("栃木県", "群馬県");
        assertThat(m.shown()).hasSize(25 + 35);
        assertThat(m.portfolio().supportedCount()).isEqualTo(2);
        assertThat(m.fiscalYearChoices()).containsExactly(2024, 2022); // newest first
    }

    @Test
    void aChoiceIsRememberedForTheNextModelAndAnUnknownOneIsIgnored() {
        DemoCase.create(store);
        PortfolioModel m = model();
        readAndShow(m);
        m.choosePrefectures(List.of("群馬県", "栃木県", "北海道"));
        assertThat(m.needsRead()).isTrue();
        assertThat(Settings.load(dir).portfolioPrefectures).containsExactly("北海道", "栃木県", "群馬県");

        PortfolioModel next = model();
        readAndShow(next);
        assertThat(next.prefectures()).containsExactly("北海道", "栃木県", "群馬県");
        assertThat(next.portfolio().rows()).extracting(PortfolioRow::prefecture).startsWith("北海道").endsWith("群馬県");

        Settings s = Settings.load(dir);
        s.portfolioPrefectures = List.of("栃木", "群馬県"); // not the list's name: the settings were edited by hand
        s.save(dir);
        PortfolioModel fallback = model();
        readAndShow(fallback);
        assertThat(fallback.prefectures()).containsExactly("栃木県");
    }

    @Test
    void itIsReadAgainOnlyAfterAWriteOrAnotherChoice() {
        DemoCase.create(store);
        PortfolioModel m = model();
        readAndShow(m);
        assertThat(m.needsRead()).isFalse();
        m.choosePrefectures(List.of("栃木県")); // the same as shown
        assertThat(m.needsRead()).isFalse();
        m.casesChanged();
        assertThat(m.needsRead()).isTrue();
        readAndShow(m);
        assertThat(m.needsRead()).isFalse();

        // a read of the old choice ending after another choice is not shown: the read that follows brings the new one
        var old = m.read();
        m.choosePrefectures(List.of("群馬県"));
        m.show(old);
        assertThat(m.shown()).extracting(PortfolioRow::prefecture).containsOnly("栃木県");
        assertThat(m.needsRead()).isTrue();
        readAndShow(m);
        assertThat(m.shown()).hasSize(35).extracting(PortfolioRow::prefecture).containsOnly("群馬県");
    }

    @Test
    void theFilterFollowsItsPropertiesOverTheRowsRead() {
        DemoCase.create(store);
        PortfolioModel m = model();
        readAndShow(m);
        m.followUpOnly.set(true);
        assertThat(m.shown()).extracting(PortfolioRow::municipality).containsExactly("さくら市");
        m.followUpOnly.set(false);
        m.coverage.set(PortfolioFilter.Coverage.NEVER);
        assertThat(m.shown()).hasSize(24).noneMatch(PortfolioRow::supported);
        m.coverage.set(PortfolioFilter.Coverage.ALL);
        m.text.set("092142");
        assertThat(m.shown()).extracting(PortfolioRow::municipality).containsExactly("さくら市");
        assertThat(m.filter()).isEqualTo(new PortfolioFilter(null, null, false, PortfolioFilter.Coverage.ALL, "092142"));
    }

    @Test
    void aNoteTypedDoesNotMakeItReadAgainAndAChangedCaseReplacesOnlyItsRow() {
        SupportCase demo = DemoCase.create(store);
        PortfolioModel m = model();
        store.onCommittedWrite(PortfolioRepository.TABLES, m::casesChanged); // as the main window does
        readAndShow(m);
        Board board = store.boards().boards(demo.getId()).get(0);
        BoardModel notes = new BoardModel(store.boards(), board.getId());
        notes.addNote(notes.lanes().get(0).getId(), "付箋を一枚", "市町村");
        assertThat(m.needsRead()).as("a note is not what the page is made of").isFalse();

        List<PortfolioRow> before = List.copyOf(m.shown());
        List<ListChangeListener.Change<? extends PortfolioRow>> changes = new ArrayList<>();
        m.shown().addListener((ListChangeListener<PortfolioRow>) c -> {
            while (c.next()) {
                changes.add(c);
            }
        });
        StateChange change = new StateChange();
        change.setCaseId(demo.getId());
        change.setState(CaseState.MS1);
        change.setChangedOn(LocalDate.of(2026, 11, 30));
        store.cases().save(change);
        assertThat(m.needsRead()).isTrue();
        readAndShow(m);

        int sakura = before.indexOf(before.stream().filter(r -> r.municipality().equals("さくら市")).findFirst().orElseThrow());
        assertThat(m.shown().get(sakura).state()).isEqualTo(CaseState.MS1);
        assertThat(changes).as("one row replaced, not the list").hasSize(1);
        assertThat(changes.get(0).wasReplaced()).isTrue();
        for (int i = 0; i < before.size(); i++) {
            if (i != sakura) {
                assertThat(m.shown().get(i)).as("row %d kept as it was", i).isSameAs(before.get(i));
            }
        }
    }
}
