package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import jp.banso.domain.ProfileSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typed values are rewritten in the app's style once the cursor leaves the field; refused text stays as typed. */
@ExtendWith(ApplicationExtension.class)
class FormBinderRewriteUiTest {
    private final ProfileSnapshot s = new ProfileSnapshot();
    private final List<ProfileSnapshot> saved = new ArrayList<>();
    private TextField area;
    private TextField people;
    private TextField asOf;

    @Start
    void start(Stage stage) {
        area = new TextField();
        people = new TextField();
        asOf = new TextField();
        FormBinder<ProfileSnapshot> b = new FormBinder<>(s, ProfileSnapshot::validate, saved::add);
        area.setId("area");
        people.setId("people");
        asOf.setId("asOf");
        b.decimal(area, "areaKm2", ProfileSnapshot::getAreaKm2, ProfileSnapshot::setAreaKm2);
        b.integer(people, "population", ProfileSnapshot::getPopulation, ProfileSnapshot::setPopulation);
        b.date(asOf, "asOf", ProfileSnapshot::getAsOf, ProfileSnapshot::setAsOf, LocalDate.of(1990, 9, 30));
        stage.setScene(new Scene(new VBox(area, people, asOf), 400, 200));
        stage.show();
        stage.requestFocus();
    }

    @Test
    void fullWidthNumbersAndDatesAreRewrittenOnLeavingTheField(FxRobot robot) {
        // the 基準日 first: without it the snapshot is refused, and refused text is left as typed
        robot.clickOn("#asOf").write("Ｈ２．１１．２２");
        robot.clickOn("#area").write("１，２３４．５");
        robot.clickOn("#people").write("４３，８７８");
        robot.clickOn("#area");
        assertThat(area.getText()).isEqualTo("1,234.5");
        assertThat(people.getText()).isEqualTo("43,878");
        assertThat(asOf.getText()).isEqualTo("1990年11月22日（木）");
        assertThat(s.getAreaKm2()).isEqualByComparingTo(new BigDecimal("1234.5"));
        assertThat(s.getAsOf()).isEqualTo(LocalDate.of(1990, 11, 22));
        assertThat(asOf.getPromptText()).isEqualTo("例：1990/9/30、H2.9.30");
        assertThat(saved).isNotEmpty();
    }
}
