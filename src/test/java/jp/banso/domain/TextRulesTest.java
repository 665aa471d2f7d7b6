package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, items 6 (text) and 11: the one text rule and the one date rule that forms, the case-file import and team
 * sync all go through (the entities' setters and validate methods).
 */
class TextRulesTest {

    private static List<String> messagesOf(List<FieldError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).toList();
    }

    @Test
    void aLoneSurrogateIsRefusedInEveryTextFieldAndAPairIsNot() {
        Municipality m = new Municipality("山梨県", "富士川町\ud800");
        assertThat(messagesOf(m.validate(), "name")).singleElement().asString().contains("対になっていないサロゲート");
        m.setName("\udc00富士川町"); // a low half alone, first
        assertThat(messagesOf(m.validate(), "name")).isNotEmpty();
        m.setName("𠮷野町"); // a real pair (U+20BB7) is a character like any other
        assertThat(m.validate()).isEmpty();

        Meeting meeting = new Meeting();
        meeting.setAgenda("1. 開会\n2. \udbff議題");
        assertThat(messagesOf(meeting.validate(), "agenda")).singleElement().asString().contains("サロゲート");
        CaseIssue issue = new CaseIssue();
        issue.setStatement("担い手不足");
        issue.setVisionText("付箋の写し\ud83d"); // copied from a note: checked all the same
        assertThat(messagesOf(issue.validate(), "visionText")).isNotEmpty();
        assertThat(Text.hasLoneSurrogate("ab\ud83d\ude00cd")).isFalse();
        assertThat(Text.hasLoneSurrogate("ab\ude00\ud83dcd")).isTrue();
    }

    @Test
    void aNameOfZeroWidthSpacesIsBlankAndEndsAreTrimmedWhenStored() {
        for (String invisible : List.of("\u200b\u200b\u200b", "\u3000", "\ufeff", "\u2060", "\u00a0 \u200c\u200d", "\u202e", "\t\n")) {
            assertThat(Text.isBlank(invisible)).as("blank: %s", invisible.codePoints().boxed().toList()).isTrue();
            Municipality m = new Municipality("山梨県", invisible);
            assertThat(messagesOf(m.validate(), "name")).as(invisible).contains("入力してください");
        }
        Municipality m = new Municipality("山梨県", "\u200b\u3000富士川町\ufeff \u2060");
        assertThat(m.getName()).isEqualTo("富士川町");
        assertThat(m.validate()).isEmpty();
        assertThat(Text.trimToNull("\u200b")).isNull();
        assertThat(Text.trimToNull("\u3000 さくら市\u200b")).isEqualTo("さくら市");
        // a record section keeps its paragraph indent, loses blank lines around it
        Meeting meeting = new Meeting();
        meeting.setSummary("\n\u3000\n\u3000まとめの段落です。\n\n\u200b");
        assertThat(meeting.getSummary()).isEqualTo("\u3000まとめの段落です。");
    }

    @Test
    void bidiControlsAreTakenOutOfNamesAndTitles() {
        Municipality m = new Municipality("山梨県", "\u202e町川士富\u202c");
        assertThat(m.getName()).isEqualTo("町川士富");
        m.setName("富士\u2067川\u2069町\u200f\u061c");
        assertThat(m.getName()).isEqualTo("富士川町");
        Meeting meeting = new Meeting();
        meeting.setTitle("\u200e第1回\u202d現地支援");
        assertThat(meeting.getTitle()).isEqualTo("第1回現地支援");
        TeamMember t = new TeamMember();
        t.setName("山田\u202e太郎");
        assertThat(t.getName()).isEqualTo("山田太郎");
        RoadmapItem r = new RoadmapItem();
        r.setTitle("\u2066通いの場\u2069");
        assertThat(r.getTitle()).isEqualTo("通いの場");
    }

    @Test
    void controlCharactersAreRefusedAndLineBreaksOnlyInMultiLineFields() {
        Municipality m = new Municipality("山梨県", "富士\u0007川町");
        assertThat(messagesOf(m.validate(), "name")).singleElement().asString().contains("制御文字");
        m.setName("富士\t川町");
        assertThat(messagesOf(m.validate(), "name")).as("a tab in a one-line field").isNotEmpty();
        m.setName("富士\n川町");
        assertThat(messagesOf(m.validate(), "name")).as("a line break in a one-line field").isNotEmpty();
        m.setName("富士\u0085川町"); // C1 (NEL)
        assertThat(messagesOf(m.validate(), "name")).isNotEmpty();

        Meeting meeting = new Meeting();
        meeting.setAgenda("1.\t開会\r\n2.\t議題");
        assertThat(meeting.validate()).isEmpty();
        meeting.setAgenda("1. 開会\u001b[31m");
        assertThat(messagesOf(meeting.validate(), "agenda")).singleElement().asString().contains("制御文字");
    }

    @Test
    void everyDateOfEveryRecordHasTheOneRange() {
        record Case(String field, Supplier<List<FieldError>> at1899, Supplier<List<FieldError>> at9999) {
        }
        LocalDate early = LocalDate.of(1899, 4, 1);
        LocalDate late = LocalDate.of(9999, 12, 1);
        List<Case> cases = List.of(
                new Case("plannedMonth", () -> meetingWith(m -> m.setPlannedMonth(early)), () -> meetingWith(m -> m.setPlannedMonth(late))),
                new Case("heldOn", () -> meetingWith(m -> m.setHeldOn(early)), () -> meetingWith(m -> m.setHeldOn(late))),
                new Case("due", () -> actionItem(early).validate(), () -> actionItem(late).validate()),
                new Case("asOf", () -> snapshot(early).validate(), () -> snapshot(late).validate()),
                new Case("changedOn", () -> stateChange(early).validate(), () -> stateChange(late).validate()),
                new Case("startMonth", () -> roadmap(early, LocalDate.of(2027, 3, 1), null).validate(),
                        () -> roadmap(LocalDate.of(2026, 4, 1), late, null).validate()),
                new Case("milestone", () -> roadmap(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 1), early).validate(),
                        () -> roadmap(LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 1), late).validate()),
                new Case("recordedOn", () -> progress(early).validate(), () -> progress(late).validate()));
        for (Case c : cases) {
            assertThat(messagesOf(c.at1899().get(), c.field())).as(c.field() + " in 1899").containsExactly(JapaneseDates.OUT_OF_RANGE);
            if (!c.field().equals("startMonth")) {
                assertThat(messagesOf(c.at9999().get(), c.field())).as(c.field() + " in 9999").containsExactly(JapaneseDates.OUT_OF_RANGE);
            }
        }
        assertThat(messagesOf(roadmap(LocalDate.of(2026, 4, 1), late, null).validate(), "endMonth")).contains(JapaneseDates.OUT_OF_RANGE);
        assertThat(JapaneseDates.OUT_OF_RANGE).isEqualTo("1989年〜2100年の範囲で入力してください");
        // the ends of the range are in it, for every kind alike
        assertThat(actionItem(LocalDate.of(1989, 1, 1)).validate()).isEmpty();
        assertThat(actionItem(LocalDate.of(2100, 12, 31)).validate()).isEmpty();
        assertThat(roadmap(LocalDate.of(1995, 4, 1), LocalDate.of(1996, 3, 1), null).validate()).isEmpty();
        assertThat(progress(LocalDate.of(1995, 4, 1)).validate()).isEmpty();
    }

    @Test
    void aFollowUpThatLeadsBackToTheCaseIsACycle() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        java.util.Map<UUID, UUID> follows = new java.util.HashMap<>();
        follows.put(b, a); // B follows A
        assertThat(SupportCase.followUpCycle(a, b, follows::get)).as("A↔B").isTrue();
        follows.put(c, b); // C follows B follows A
        assertThat(SupportCase.followUpCycle(a, c, follows::get)).as("A→C→B→A").isTrue();
        assertThat(SupportCase.followUpCycle(c, a, follows::get)).as("C follows A: a chain, not a circle").isFalse();
        assertThat(SupportCase.followUpCycle(a, d, follows::get)).isFalse();
        assertThat(SupportCase.followUpCycle(a, null, follows::get)).isFalse();
        follows.put(a, c); // a circle already there (A→C→B→A) does not make D's choice loop forever
        assertThat(SupportCase.followUpCycle(d, a, follows::get)).isFalse();
    }

    private static List<FieldError> meetingWith(java.util.function.Consumer<Meeting> set) {
        Meeting m = new Meeting();
        set.accept(m);
        return m.validate();
    }

    private static ActionItem actionItem(LocalDate due) {
        ActionItem a = new ActionItem();
        a.setWhat("名簿を作る");
        a.setDue(due);
        return a;
    }

    private static ProfileSnapshot snapshot(LocalDate asOf) {
        ProfileSnapshot p = new ProfileSnapshot();
        p.setAsOf(asOf);
        return p;
    }

    private static StateChange stateChange(LocalDate on) {
        StateChange s = new StateChange();
        s.setState(CaseState.ms);
        s.setChangedOn(on);
        return s;
    }

    private static RoadmapItem roadmap(LocalDate start, LocalDate end, LocalDate milestone) {
        RoadmapItem r = new RoadmapItem();
        r.setTitle("通いの場");
        r.setStartMonth(start);
        r.setEndMonth(end);
        r.setMilestone(milestone);
        return r;
    }

    private static ProgressEntry progress(LocalDate on) {
        ProgressEntry p = new ProgressEntry();
        p.setRecordedOn(on);
        p.setComment("順調");
        return p;
    }
}
