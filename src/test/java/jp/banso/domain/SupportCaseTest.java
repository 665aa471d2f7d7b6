package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupportCaseTest {

    private static List<String> fieldsOf(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static SupportCase valid() {
        SupportCase c = new SupportCase();
        c.setMunicipalityId(UUID.randomUUID());
        c.setProgramme("老健局主導型");
        c.setStartKind(StartKind.ENTRY);
        c.setApplicationTheme("通いの場の立ち上げと担い手の確保");
        c.setStage(Stage.ISSUES);
        return c;
    }

    @Test
    void aValidCaseHasNoErrors() {
        assertThat(valid().validate()).isEmpty();
    }

    @Test
    void overlongTextIsAnError() {
        SupportCase c = valid();
        c.setApplicationTheme("あ".repeat(10_000));
        c.setNote("い".repeat(Rules.LONG_TEXT + 1));
        c.setProgramme("う".repeat(Rules.SHORT_TEXT + 1));
        assertThat(fieldsOf(c.validate())).containsExactlyInAnyOrder("applicationTheme", "note", "programme");
    }

    @Test
    void controlCharacterIsAnError() {
        SupportCase c = valid();
        c.setRedefinedIssue("課題\u0007");
        assertThat(fieldsOf(c.validate())).containsExactly("redefinedIssue");
    }

    @Test
    void aCaseCannotFollowItself() {
        SupportCase c = valid();
        c.setFollowsCaseId(c.getId());
        assertThat(fieldsOf(c.validate())).containsExactly("followsCaseId");
        c.setFollowsCaseId(UUID.randomUUID());
        assertThat(c.validate()).isEmpty();
    }
}
