package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void yearMunicipalityMeetingAndFormJoinedByUnderscores() {
        assertThat(FileNames.of("令和8年度", "さくら市", "第1回現地支援", "課題整理表")).isEqualTo("令和8年度_さくら市_第1回現地支援_課題整理表.xlsx");
        assertThat(FileNames.of("令和4・5年度", "さくら市", null, "ケース概要")).isEqualTo("令和4・5年度_さくら市_ケース概要.xlsx");
    }

    @Test
    void charactersNoFileSystemTakesAreReplaced() {
        assertThat(FileNames.of("令和8年度", "さくら市", "打合せ: 県/市 \"案\" <1>?*|", "支援記録票"))
                .isEqualTo("令和8年度_さくら市_打合せ＿_県＿市_＿案＿_＿1＿＿＿＿_支援記録票.xlsx");
        assertThat(FileNames.of("令和8年度", "さくら市", "..\\..\\etc", "支援記録票")).doesNotContain("..\\").doesNotContain("/");
        assertThat(FileNames.of("令和8年度", "さくら市", "あ".repeat(200), "支援記録票")).hasSizeLessThan(120);
    }

    @Test
    void aNameTakenInTheSameExportGetsANumber() {
        Set<String> taken = new HashSet<>();
        assertThat(FileNames.unique("a.xlsx", taken)).isEqualTo("a.xlsx");
        assertThat(FileNames.unique("a.xlsx", taken)).isEqualTo("a_2.xlsx");
        assertThat(FileNames.unique("A.xlsx", taken)).isEqualTo("A_3.xlsx");
    }
}
