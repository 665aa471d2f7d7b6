package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.banso.domain.CaseSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileNamesTest {
    @TempDir
    Path dir;

    @Test
    void yearMunicipalityMeetingAndFormJoinedByUnderscores() {
        assertThat(FileNames.of("令和8年度", "さくら市", "第1回現地支援", "課題整理表")).isEqualTo("令和8年度_さくら市_第1回現地支援_課題整理表.xlsx");
        assertThat(FileNames.of("令和4・5年度", "さくら市", null, "ケース概要")).isEqualTo("令和4・5年度_さくら市_ケース概要.xlsx");
        assertThat(FileNames.folder("令和4年度", "さくら市")).isEqualTo("令和4年度_さくら市");
    }

    @Test
    void charactersNoFileSystemTakesAreReplaced() {
        assertThat(FileNames.of("令和8年度", "さくら市", "打合せ: 県/市 \"案\" <1>?*|", "支援記録票"))
                .isEqualTo("令和8年度_さくら市_打合せ＿_県＿市_＿案＿_＿1＿＿＿＿_支援記録票.xlsx");
        assertThat(FileNames.of("令和8年度", "さくら市", "..\\..\\etc", "支援記録票")).doesNotContain("..\\").doesNotContain("/");
        assertThat(FileNames.of("令和8年度", "さくら市", "あ".repeat(200), "支援記録票")).hasSizeLessThan(120);
    }

    /** Every kind of awkward text becomes a name the file system takes, and a file of that name can be written. */
    @Test
    void anyTextMakesANameThatCanBeWritten() throws Exception {
        String[] awkward = {
            "さくら\ud800市", // a lone high surrogate
            "さくら\udc00市", // a lone low surrogate
            "\udc00\ud800", // reversed pair: two lone surrogates
            "さくら市\u0000", // NUL
            "さ\u0001く\u001fら\u007f市\u0085", // C0, DEL and C1 control characters
            "a/b\\c:d*e?f\"g<h>i|j", // every character Windows refuses
            "さくら市. . .", // trailing dots and spaces
            "...", // dots only
            "\u202eslx.exe", // right-to-left override disguising an extension
            "\u200b\u200b\u200b", // zero-width spaces only
            "\ufffe\uffff", // non-characters
            "ｔａｂ\tと\n改行", // tab and newline
            "😀絵文字👨‍👩‍👧", // supplementary characters and a joiner
        };
        for (String text : awkward) {
            for (String name : List.of(FileNames.of("令和8年度", text, text, "課題整理表"), FileNames.folder(text), FileNames.folder(text, text))) {
                assertThat(name).as(text).doesNotContainPattern("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}\\p{Cs}]")
                        .doesNotEndWith(".").doesNotEndWith(" ").isNotEmpty();
                assertThat(name.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
                Files.writeString(dir.resolve(name), "x"); // no InvalidPathException, no failure to create
            }
        }
        assertThat(FileNames.of("令和8年度", "さくら\ud800市", null, "ケース概要")).isEqualTo("令和8年度_さくら＿市_ケース概要.xlsx");
        assertThat(FileNames.folder("\u202eslx.exe")).isEqualTo("slx.exe");
        assertThat(FileNames.folder("さくら市. . .")).isEqualTo("さくら市");
        assertThat(FileNames.folder("...")).isEqualTo("配布資料");
    }

    @Test
    void reservedWindowsNamesAreChangedWithOrWithoutAnExtension() {
        for (String device : List.of("CON", "con", "PRN", "AUX", "NUL", "COM1", "com9", "LPT1", "LPT9", "COM\u00b9")) {
            assertThat(FileNames.folder(device)).as(device).isEqualTo(device + "＿");
            assertThat(FileNames.of(null, device, null, null)).as(device).isEqualTo(device + "＿.xlsx");
            assertThat(FileNames.folder(device + ".txt")).as(device).isEqualTo(device + "＿.txt");
        }
        assertThat(FileNames.folder("CONSOLE")).isEqualTo("CONSOLE");
        assertThat(FileNames.folder("COM10")).isEqualTo("COM10");
        assertThat(FileNames.of("令和8年度", "CON", null, "ケース概要")).isEqualTo("令和8年度_CON_ケース概要.xlsx");
    }

    @Test
    void longNamesAreCutOnACharacterBoundaryTo255BytesKeepingTheExtension() throws Exception {
        String kanji = "漢".repeat(59) + "😀"; // 3 bytes each, then 4 bytes at the cut
        String name = FileNames.of(kanji, kanji, kanji, kanji);
        assertThat(name).endsWith(".xlsx");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255).isGreaterThan(240);
        assertThat(name.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)).isTrue();
        Files.writeString(dir.resolve(name), "x");
        String folder = FileNames.folder(kanji, kanji, kanji, kanji, kanji);
        assertThat(folder.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        Files.createDirectory(dir.resolve(folder));
        Set<String> taken = new HashSet<>();
        FileNames.unique(name, taken);
        String second = FileNames.unique(name, taken);
        assertThat(second).endsWith("_2.xlsx");
        assertThat(second.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        Files.writeString(dir.resolve(second), "x");
    }

    @Test
    void aNameTakenInTheSameExportGetsANumber() {
        Set<String> taken = new HashSet<>();
        assertThat(FileNames.unique("a.xlsx", taken)).isEqualTo("a.xlsx");
        assertThat(FileNames.unique("a.xlsx", taken)).isEqualTo("a_2.xlsx");
        assertThat(FileNames.unique("A.xlsx", taken)).isEqualTo("A_3.xlsx");
        assertThat(FileNames.unique("令和4年度_さくら市", taken)).isEqualTo("令和4年度_さくら市");
        assertThat(FileNames.unique("令和4年度_さくら市", taken)).isEqualTo("令和4年度_さくら市_2");
    }

    @Test
    void casesSharingMunicipalityAndYearAreToldApartByPrefectureThenId() {
        CaseSummary tochigi = summary("栃木県", "さくら市", 2022);
        CaseSummary other = summary("栃木県", "さくら市", 2022);
        CaseSummary nara = summary("奈良県", "さくら市", 2022);
        CaseSummary later = summary("栃木県", "さくら市", 2023);
        assertThat(FileNames.municipalityLabel(later, List.of(tochigi, later))).isEqualTo("さくら市");
        assertThat(FileNames.municipalityLabel(nara, List.of(tochigi, nara))).isEqualTo("奈良県さくら市");
        assertThat(FileNames.municipalityLabel(tochigi, List.of(tochigi, nara))).isEqualTo("栃木県さくら市");
        assertThat(FileNames.municipalityLabel(tochigi, List.of(tochigi, other, nara)))
                .isEqualTo("栃木県さくら市_" + tochigi.id().toString().substring(0, 8));
        assertThat(FileNames.municipalityLabel(nara, List.of(tochigi, other, nara))).isEqualTo("奈良県さくら市");
    }

    private static CaseSummary summary(String prefecture, String municipality, int year) {
        return new CaseSummary(UUID.randomUUID(), prefecture, municipality, List.of(year), "老健局主導型", null, null, false, null, 0, Instant.now());
    }
}
