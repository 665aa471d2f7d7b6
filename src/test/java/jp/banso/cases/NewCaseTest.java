package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import jp.banso.domain.Choices;
import jp.banso.domain.FieldError;
import jp.banso.domain.StartKind;
import org.junit.jupiter.api.Test;

class NewCaseTest {

    @Test
    void everyMissingFieldIsNamedAtOnce() {
        assertThat(new NewCase(null, " ", 2026, null, StartKind.ENTRY).validate()).extracting(FieldError::field, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("prefecture", "選んでください"),
                        org.assertj.core.groups.Tuple.tuple("municipality", "入力してください"));
    }

    @Test
    void aPrefectureIsOneOfThe47() {
        assertThat(Choices.PREFECTURES).hasSize(47).startsWith("北海道").endsWith("沖縄県");
        assertThat(Choices.prefecture("長野")).contains("長野県");
        assertThat(Choices.prefecture("東京")).contains("東京都");
        assertThat(Choices.prefecture("大阪府")).contains("大阪府");
        assertThat(Choices.prefecture("北海道")).contains("北海道");
        assertThat(Choices.prefecture("みどり")).isEmpty();
        assertThat(new NewCase("長野", "みどり町", 2026, null, StartKind.ENTRY).validate()).isEmpty();
        assertThat(new NewCase("信州", "みどり町", 2026, null, StartKind.ENTRY).validate()).extracting(FieldError::message)
                .containsExactly("47都道府県から選んでください");
    }

    @Test
    void anyFiscalYearFromHeiseiGannenOn() {
        assertThat(new NewCase("長野県", "みどり町", 1989, null, StartKind.ENTRY).validate()).isEmpty();
        assertThat(new NewCase("長野県", "みどり町", 1988, null, StartKind.ENTRY).validate()).extracting(FieldError::message)
                .containsExactly("平成元年度（1989年度）以降の年度を選んでください");
        assertThat(new NewCase("長野県", "みどり町", 0, null, StartKind.ENTRY).validate()).extracting(FieldError::field)
                .containsExactly("fiscalYear");
    }
}
