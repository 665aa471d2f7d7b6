package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileSnapshotTest {

    /** A snapshot with every figure set (and distinct), as a municipality would fill it in. */
    static ProfileSnapshot full() {
        ProfileSnapshot s = new ProfileSnapshot();
        s.setMunicipalityId(UUID.randomUUID());
        s.setAsOf(LocalDate.of(2022, 4, 1));
        s.setPopulation(43_878);
        s.setHouseholds(18_512);
        s.setElderlyPopulation(11_883);
        s.setLateElderlyPopulation(5_797);
        s.setAreaKm2(new BigDecimal("123.45"));
        s.setLivingAreas(7);
        s.setCareCertificationRate(new BigDecimal("17.80"));
        s.setCentresDirect(1);
        s.setCentresOutsourced(3);
        s.setCoordinatorsLayer1(2);
        s.setCoordinatorsLayer2(5);
        s.setCouncilsLayer1(4);
        s.setCouncilsLayer2(6);
        s.setOffers(ServiceOffer.VISIT_STANDARD, true);
        s.setOffers(ServiceOffer.DAY_C, true);
        s.setOverCap(Boolean.TRUE);
        s.setSource("令和4年4月1日 住民基本台帳");
        return s;
    }

    private static List<String> fieldsOf(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void agingRateHasTwoDecimals() {
        ProfileSnapshot s = full();
        assertThat(s.agingRate()).isEqualByComparingTo("27.08");
        assertThat(s.agingRate().scale()).isEqualTo(2);
    }

    @Test
    void lateElderlyRateIsOfTheWholePopulation() {
        ProfileSnapshot s = full();
        assertThat(s.lateElderlyRate()).isEqualByComparingTo("13.21");
        assertThat(s.lateElderlyRate().scale()).isEqualTo(2);
    }

    @Test
    void ratesRoundHalfUp() {
        // 1 / 8 = 12.5 %, 1 / 3 = 33.333… %, 2 / 3 = 66.666… %
        assertThat(ProfileSnapshot.percent(1, 8)).isEqualByComparingTo("12.50");
        assertThat(ProfileSnapshot.percent(1, 3)).isEqualByComparingTo("33.33");
        assertThat(ProfileSnapshot.percent(2, 3)).isEqualByComparingTo("66.67");
    }

    @Test
    void ratesAreNullWhenPopulationIsMissingOrZero() {
        ProfileSnapshot s = full();
        s.setPopulation(null);
        assertThat(s.agingRate()).isNull();
        assertThat(s.lateElderlyRate()).isNull();

        s.setPopulation(0);
        s.setElderlyPopulation(0);
        s.setLateElderlyPopulation(0);
        assertThat(s.agingRate()).isNull();
        assertThat(s.lateElderlyRate()).isNull();
    }

    @Test
    void ratesAreNullWhenTheCountIsMissing() {
        ProfileSnapshot s = full();
        s.setElderlyPopulation(null);
        s.setLateElderlyPopulation(null);
        assertThat(s.agingRate()).isNull();
        assertThat(s.lateElderlyRate()).isNull();
    }

    @Test
    void aValidSnapshotHasNoErrors() {
        assertThat(full().validate()).isEmpty();
    }

    @Test
    void anEmptySnapshotNeedsOnlyItsDate() {
        ProfileSnapshot s = new ProfileSnapshot();
        assertThat(fieldsOf(s.validate())).containsExactly("asOf");
        s.setAsOf(LocalDate.of(2022, 4, 1));
        assertThat(s.validate()).isEmpty();
    }

    @Test
    void negativePopulationIsAnErrorOnPopulationInJapanese() {
        ProfileSnapshot s = full();
        s.setPopulation(-1);
        s.setElderlyPopulation(null);
        s.setLateElderlyPopulation(null);
        s.setHouseholds(null);
        List<FieldError> errors = s.validate();
        assertThat(fieldsOf(errors)).containsExactly("population");
        assertThat(errors.get(0).message()).isNotBlank().containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    }

    @Test
    void elderlyAbovePopulationIsAnErrorOnElderlyPopulation() {
        ProfileSnapshot s = full();
        s.setElderlyPopulation(s.getPopulation() + 1);
        s.setLateElderlyPopulation(null);
        assertThat(fieldsOf(s.validate())).containsExactly("elderlyPopulation");
    }

    @Test
    void lateElderlyAboveElderlyIsAnError() {
        ProfileSnapshot s = full();
        s.setLateElderlyPopulation(s.getElderlyPopulation() + 1);
        assertThat(fieldsOf(s.validate())).containsExactly("lateElderlyPopulation");
    }

    @Test
    void householdsAbovePopulationIsAnError() {
        ProfileSnapshot s = full();
        s.setHouseholds(s.getPopulation() + 1);
        assertThat(fieldsOf(s.validate())).containsExactly("households");
    }

    @Test
    void careCertificationRateIsAPercentage() {
        ProfileSnapshot s = full();
        s.setCareCertificationRate(new BigDecimal("100.01"));
        assertThat(fieldsOf(s.validate())).containsExactly("careCertificationRate");

        s.setCareCertificationRate(new BigDecimal("-0.01"));
        assertThat(fieldsOf(s.validate())).containsExactly("careCertificationRate");

        s.setCareCertificationRate(new BigDecimal("100.00"));
        assertThat(s.validate()).isEmpty();
        s.setCareCertificationRate(BigDecimal.ZERO);
        assertThat(s.validate()).isEmpty();
    }

    @Test
    void everyCountMustBeNonNegative() {
        ProfileSnapshot s = new ProfileSnapshot();
        s.setAsOf(LocalDate.of(2022, 4, 1));
        s.setHouseholds(-1);
        s.setAreaKm2(new BigDecimal("-0.1"));
        s.setLivingAreas(-1);
        s.setCentresDirect(-1);
        s.setCentresOutsourced(-1);
        s.setCoordinatorsLayer1(-1);
        s.setCoordinatorsLayer2(-1);
        s.setCouncilsLayer1(-1);
        s.setCouncilsLayer2(-1);
        s.setElderlyPopulation(-1);
        s.setLateElderlyPopulation(-1);
        assertThat(fieldsOf(s.validate())).containsExactlyInAnyOrder(
                "households", "areaKm2", "livingAreas", "centresDirect", "centresOutsourced",
                "coordinatorsLayer1", "coordinatorsLayer2", "councilsLayer1", "councilsLayer2",
                "elderlyPopulation", "lateElderlyPopulation");
    }

    @Test
    void overlongSourceIsAnErrorOnSource() {
        ProfileSnapshot s = full();
        s.setSource("あ".repeat(10_001));
        List<FieldError> errors = s.validate();
        assertThat(fieldsOf(errors)).containsExactly("source");
        assertThat(errors.get(0).message()).contains("文字以内");
    }

    @Test
    void controlCharacterInSourceIsAnError() {
        ProfileSnapshot s = full();
        s.setSource("住基\u0000台帳");
        assertThat(fieldsOf(s.validate())).containsExactly("source");
    }

    @Test
    void servicesCodeRoundTrips() {
        ProfileSnapshot s = full();
        String code = s.getServicesCode();
        assertThat(code).isEqualTo("VISIT_STANDARD,DAY_C");

        ProfileSnapshot t = new ProfileSnapshot();
        t.setServicesCode(code);
        assertThat(t.services()).containsExactlyInAnyOrder(ServiceOffer.VISIT_STANDARD, ServiceOffer.DAY_C);
        assertThat(t.offers(ServiceOffer.DAY_C)).isTrue();
        assertThat(t.offers(ServiceOffer.VISIT_A)).isFalse();
        assertThat(t.getServicesCode()).isEqualTo(code);
    }

    @Test
    void servicesCodeOfEveryServiceRoundTrips() {
        ProfileSnapshot s = new ProfileSnapshot();
        for (ServiceOffer o : ServiceOffer.values()) {
            s.setOffers(o, true);
        }
        ProfileSnapshot t = new ProfileSnapshot();
        t.setServicesCode(s.getServicesCode());
        assertThat(t.services()).isEqualTo(EnumSet.allOf(ServiceOffer.class));
    }

    @Test
    void emptyServicesCode() {
        ProfileSnapshot s = full();
        s.setServicesCode("");
        assertThat(s.services()).isEmpty();
        assertThat(s.getServicesCode()).isEmpty();

        s.setServicesCode(" VISIT_A , DAY_B ");
        assertThat(s.services()).containsExactlyInAnyOrder(ServiceOffer.VISIT_A, ServiceOffer.DAY_B);

        s.setServicesCode(null);
        assertThat(s.services()).isEmpty();
    }

    @Test
    void servicesReturnsACopy() {
        ProfileSnapshot s = full();
        s.services().clear();
        assertThat(s.services()).hasSize(2);
    }

    @Test
    void setOffersRemoves() {
        ProfileSnapshot s = full();
        s.setOffers(ServiceOffer.DAY_C, false);
        assertThat(s.services()).containsExactly(ServiceOffer.VISIT_STANDARD);
    }

    @Test
    void unknownServiceCodeIsRejected() {
        // Documents current behaviour: an unknown enum name in stored data throws.
        ProfileSnapshot s = new ProfileSnapshot();
        assertThatThrownBy(() -> s.setServicesCode("VISIT_Z")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFixtureSetsEveryField() throws IllegalAccessException {
        // Guard for copyForNewDate: if a field is added to ProfileSnapshot, full() must set it,
        // otherwise "copies every figure" would pass without checking the new field.
        ProfileSnapshot s = full();
        List<String> unset = new ArrayList<>();
        for (Field f : ProfileSnapshot.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            f.setAccessible(true);
            Object v = f.get(s);
            if (v == null || v instanceof java.util.Collection<?> c && c.isEmpty()) {
                unset.add(f.getName());
            }
        }
        assertThat(unset).as("fields full() leaves unset").isEmpty();
    }

    @Test
    void copyForNewDateCopiesEveryFigureAndGetsANewId() {
        ProfileSnapshot s = full();
        LocalDate later = LocalDate.of(2023, 4, 1);
        ProfileSnapshot c = s.copyForNewDate(later);

        assertThat(c.getId()).isNotNull().isNotEqualTo(s.getId());
        assertThat(c).isNotEqualTo(s);
        assertThat(c.getAsOf()).isEqualTo(later);
        assertThat(c)
                .usingRecursiveComparison()
                .ignoringFields("id", "asOf", "createdAt", "updatedAt")
                .isEqualTo(s);
        // the services set is a copy, not shared
        assertThat(c.services()).isEqualTo(s.services());
        c.setOffers(ServiceOffer.VISIT_B, true);
        assertThat(s.offers(ServiceOffer.VISIT_B)).isFalse();
        // the original is untouched
        assertThat(s.getAsOf()).isEqualTo(LocalDate.of(2022, 4, 1));
    }
}
