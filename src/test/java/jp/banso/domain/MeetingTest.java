package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingTest {

    private static List<String> fieldsOf(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aNewMeetingIsValid() {
        assertThat(new Meeting().validate()).isEmpty();
    }

    @Test
    void endBeforeStartIsAnErrorOnEndTime() {
        Meeting m = new Meeting();
        m.setStartTime(LocalTime.of(13, 30));
        m.setEndTime(LocalTime.of(13, 0));
        assertThat(fieldsOf(m.validate())).containsExactly("endTime");

        m.setEndTime(LocalTime.of(13, 30));
        assertThat(m.validate()).isEmpty();
        m.setEndTime(LocalTime.of(16, 0));
        assertThat(m.validate()).isEmpty();
    }

    @Test
    void summaryLongerThanLongTextIsAnError() {
        Meeting m = new Meeting();
        m.setSummary("議".repeat(10_000));
        List<FieldError> errors = m.validate();
        assertThat(fieldsOf(errors)).containsExactly("summary");
        assertThat(errors.get(0).message()).contains(String.valueOf(Rules.LONG_TEXT)).contains("10000");

        m.setSummary("議".repeat(Rules.LONG_TEXT));
        assertThat(m.validate()).isEmpty();
        m.setSummary("議".repeat(Rules.LONG_TEXT + 1));
        assertThat(fieldsOf(m.validate())).containsExactly("summary");
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 𠮷 is one character but two chars in Java
        Meeting m = new Meeting();
        m.setTitle("𠮷".repeat(Rules.SHORT_TEXT));
        assertThat(m.validate()).isEmpty();
        m.setTitle("𠮷".repeat(Rules.SHORT_TEXT + 1));
        assertThat(fieldsOf(m.validate())).containsExactly("title");
    }

    @Test
    void controlCharacterInTitleIsAnError() {
        Meeting m = new Meeting();
        m.setTitle("第1回\u0000現地支援");
        assertThat(fieldsOf(m.validate())).containsExactly("title");
    }

    @Test
    void newlinesAndTabsAreAllowedInLongText() {
        Meeting m = new Meeting();
        m.setSummary("午前: ヒアリング\r\n午後:\tグループワーク");
        assertThat(m.validate()).isEmpty();
    }

    @Test
    void sequenceIsOneToNinetyNine() {
        Meeting m = new Meeting();
        m.setSequence(0);
        assertThat(fieldsOf(m.validate())).containsExactly("sequence");
        m.setSequence(100);
        assertThat(fieldsOf(m.validate())).containsExactly("sequence");
        m.setSequence(1);
        assertThat(m.validate()).isEmpty();
    }

    @Test
    void heldOnOutOfRangeIsAnError() {
        Meeting m = new Meeting();
        m.setHeldOn(LocalDate.of(1988, 12, 31));
        assertThat(fieldsOf(m.validate())).containsExactly("heldOn");
        m.setHeldOn(LocalDate.of(2022, 9, 20));
        assertThat(m.validate()).isEmpty();
    }

    @Test
    void missingKindIsAnError() {
        Meeting m = new Meeting();
        m.setKind(null);
        assertThat(fieldsOf(m.validate())).containsExactly("kind");
    }

    @Test
    void displayTitleOfAVisitHasItsNumber() {
        Meeting m = new Meeting();
        m.setKind(MeetingKind.VISIT);
        m.setSequence(2);
        assertThat(m.displayTitle()).isEqualTo("第2回現地支援");
    }

    @Test
    void displayTitlePrefersTheTitleThenTheKind() {
        Meeting m = new Meeting();
        m.setKind(MeetingKind.VISIT);
        m.setSequence(2);
        m.setTitle("第2回 地域ケア会議");
        assertThat(m.displayTitle()).isEqualTo("第2回 地域ケア会議");

        m.setTitle("  ");
        assertThat(m.displayTitle()).isEqualTo("第2回現地支援");

        m.setSequence(null);
        assertThat(m.displayTitle()).isEqualTo("現地支援");

        m.setKind(MeetingKind.PRE_MEETING);
        assertThat(m.displayTitle()).isEqualTo("0.5次mtg");
    }

    @Test
    void plannedMonthIsTheFirstOfTheMonthAndHeldOnWins() {
        Meeting m = new Meeting();
        assertThat(m.month()).isNull();
        m.setPlannedMonth(LocalDate.of(2022, 8, 17));
        assertThat(m.getPlannedMonth()).isEqualTo(LocalDate.of(2022, 8, 1));
        assertThat(m.month()).isEqualTo(YearMonth.of(2022, 8));
        m.setHeldOn(LocalDate.of(2022, 9, 20));
        assertThat(m.month()).isEqualTo(YearMonth.of(2022, 9));
    }

    @Test
    void aMeetingOverTwoDaysHasAnEndDateNotBeforeItsDateAndWithinAWeek() {
        Meeting m = new Meeting();
        m.setHeldOn(LocalDate.of(2026, 8, 22));
        m.setEndsOn(LocalDate.of(2026, 8, 23));
        assertThat(m.validate()).isEmpty();
        assertThat(m.days()).isEqualTo(2);
        assertThat(m.month()).isEqualTo(YearMonth.of(2026, 8));

        m.setEndsOn(LocalDate.of(2026, 8, 21));
        assertThat(m.validate()).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("endsOn", "終了日が実施日より前です"));
        m.setEndsOn(LocalDate.of(2026, 8, 22 + Meeting.MAX_DAYS));
        assertThat(m.validate()).extracting(FieldError::message)
                .containsExactly("終了日は実施日から7日以内にしてください（8日間になっています）");
        m.setEndsOn(LocalDate.of(2026, 8, 21 + Meeting.MAX_DAYS));
        assertThat(m.validate()).isEmpty();

        m.setHeldOn(null);
        assertThat(m.validate()).extracting(FieldError::message).containsExactly("終了日の前に実施日を入力してください");
        m.setEndsOn(null);
        assertThat(m.days()).isZero();
    }

    @Test
    void overTwoDaysTheEndTimeIsOnTheLastDay() {
        Meeting m = new Meeting();
        m.setHeldOn(LocalDate.of(2026, 8, 31));
        m.setStartTime(LocalTime.of(13, 0));
        m.setEndTime(LocalTime.of(12, 0));
        assertThat(fieldsOf(m.validate())).containsExactly("endTime");
        m.setEndsOn(LocalDate.of(2026, 9, 1));
        assertThat(m.validate()).isEmpty();
    }
}
