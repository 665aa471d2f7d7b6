package jp.banso.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A municipality's figures as of one date (基準日). Snapshots keep the history across years.
 * 高齢化率 and 後期高齢者割合 are derived from the counts, never typed twice.
 */
public class ProfileSnapshot extends Entity {
    private java.util.UUID municipalityId;
    private LocalDate asOf;
    private Integer population;
    private Integer households;
    private Integer elderlyPopulation;
    private Integer lateElderlyPopulation;
    private BigDecimal areaKm2;
    private Integer livingAreas;
    private BigDecimal careCertificationRate;
    private Integer centresDirect;
    private Integer centresOutsourced;
    private Integer coordinatorsLayer1;
    private Integer coordinatorsLayer2;
    private Integer councilsLayer1;
    private Integer councilsLayer2;
    private EnumSet<ServiceOffer> services = EnumSet.noneOf(ServiceOffer.class);
    private Boolean overCap;
    private String source;

    public java.util.UUID getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(java.util.UUID municipalityId) { this.municipalityId = municipalityId; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public Integer getHouseholds() { return households; }
    public void setHouseholds(Integer households) { this.households = households; }
    public Integer getElderlyPopulation() { return elderlyPopulation; }
    public void setElderlyPopulation(Integer elderlyPopulation) { this.elderlyPopulation = elderlyPopulation; }
    public Integer getLateElderlyPopulation() { return lateElderlyPopulation; }
    public void setLateElderlyPopulation(Integer lateElderlyPopulation) { this.lateElderlyPopulation = lateElderlyPopulation; }
    public BigDecimal getAreaKm2() { return areaKm2; }
    public void setAreaKm2(BigDecimal areaKm2) { this.areaKm2 = areaKm2; }
    public Integer getLivingAreas() { return livingAreas; }
    public void setLivingAreas(Integer livingAreas) { this.livingAreas = livingAreas; }
    public BigDecimal getCareCertificationRate() { return careCertificationRate; }
    public void setCareCertificationRate(BigDecimal careCertificationRate) { this.careCertificationRate = careCertificationRate; }
    public Integer getCentresDirect() { return centresDirect; }
    public void setCentresDirect(Integer centresDirect) { this.centresDirect = centresDirect; }
    public Integer getCentresOutsourced() { return centresOutsourced; }
    public void setCentresOutsourced(Integer centresOutsourced) { this.centresOutsourced = centresOutsourced; }
    public Integer getCoordinatorsLayer1() { return coordinatorsLayer1; }
    public void setCoordinatorsLayer1(Integer coordinatorsLayer1) { this.coordinatorsLayer1 = coordinatorsLayer1; }
    public Integer getCoordinatorsLayer2() { return coordinatorsLayer2; }
    public void setCoordinatorsLayer2(Integer coordinatorsLayer2) { this.coordinatorsLayer2 = coordinatorsLayer2; }
    public Integer getCouncilsLayer1() { return councilsLayer1; }
    public void setCouncilsLayer1(Integer councilsLayer1) { this.councilsLayer1 = councilsLayer1; }
    public Integer getCouncilsLayer2() { return councilsLayer2; }
    public void setCouncilsLayer2(Integer councilsLayer2) { this.councilsLayer2 = councilsLayer2; }
    public Boolean getOverCap() { return overCap; }
    public void setOverCap(Boolean overCap) { this.overCap = overCap; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = Text.line(source); }

    public boolean offers(ServiceOffer offer) {
        return services.contains(offer);
    }

    public void setOffers(ServiceOffer offer, boolean offered) {
        if (offered) {
            services.add(offer);
        } else {
            services.remove(offer);
        }
    }

    /** The services are the one field that changes in place: a copy ({@link Entity#copyOf}) gets its own. */
    @Override
    protected ProfileSnapshot clone() throws CloneNotSupportedException {
        ProfileSnapshot copy = (ProfileSnapshot) super.clone();
        copy.services = EnumSet.copyOf(services);
        return copy;
    }

    public Set<ServiceOffer> services() {
        return EnumSet.copyOf(services.isEmpty() ? EnumSet.noneOf(ServiceOffer.class) : services);
    }

    /** Stored form of the services: enum names joined by commas. */
    public String getServicesCode() {
        return services.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public void setServicesCode(String code) {
        services.clear();
        if (code != null && !code.isBlank()) {
            Arrays.stream(code.split(",")).map(String::strip).map(ServiceOffer::valueOf).forEach(services::add);
        }
    }

    /** 高齢化率 (%), two decimals: 11,883 / 43,878 → 27.08. Null when a count is missing. */
    public BigDecimal agingRate() {
        return percent(elderlyPopulation, population);
    }

    /** 後期高齢者割合 (%) of the whole population: 5,797 / 43,878 → 13.21. */
    public BigDecimal lateElderlyRate() {
        return percent(lateElderlyPopulation, population);
    }

    static BigDecimal percent(Integer part, Integer whole) {
        if (part == null || whole == null || whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    /** A new snapshot with the same figures, for a later 基準日. */
    public ProfileSnapshot copyForNewDate(LocalDate newAsOf) {
        ProfileSnapshot c = new ProfileSnapshot();
        c.municipalityId = municipalityId;
        c.asOf = newAsOf;
        c.population = population;
        c.households = households;
        c.elderlyPopulation = elderlyPopulation;
        c.lateElderlyPopulation = lateElderlyPopulation;
        c.areaKm2 = areaKm2;
        c.livingAreas = livingAreas;
        c.careCertificationRate = careCertificationRate;
        c.centresDirect = centresDirect;
        c.centresOutsourced = centresOutsourced;
        c.coordinatorsLayer1 = coordinatorsLayer1;
        c.coordinatorsLayer2 = coordinatorsLayer2;
        c.councilsLayer1 = councilsLayer1;
        c.councilsLayer2 = councilsLayer2;
        c.services.addAll(services);
        c.overCap = overCap;
        c.source = source;
        return c;
    }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        if (asOf == null) {
            e.add(new FieldError("asOf", "基準日を入力してください"));
        }
        Rules.date(e, "asOf", asOf);
        Rules.nonNegative(e, "population", population);
        Rules.nonNegative(e, "households", households);
        Rules.nonNegative(e, "elderlyPopulation", elderlyPopulation);
        Rules.nonNegative(e, "lateElderlyPopulation", lateElderlyPopulation);
        Rules.nonNegative(e, "areaKm2", areaKm2);
        Rules.nonNegative(e, "livingAreas", livingAreas);
        Rules.percentage(e, "careCertificationRate", careCertificationRate);
        Rules.nonNegative(e, "centresDirect", centresDirect);
        Rules.nonNegative(e, "centresOutsourced", centresOutsourced);
        Rules.nonNegative(e, "coordinatorsLayer1", coordinatorsLayer1);
        Rules.nonNegative(e, "coordinatorsLayer2", coordinatorsLayer2);
        Rules.nonNegative(e, "councilsLayer1", councilsLayer1);
        Rules.nonNegative(e, "councilsLayer2", councilsLayer2);
        if (population != null && elderlyPopulation != null && elderlyPopulation > population) {
            e.add(new FieldError("elderlyPopulation", "高齢者人口が人口を超えています（高齢化率が100%を超えます）"));
        }
        if (elderlyPopulation != null && lateElderlyPopulation != null && lateElderlyPopulation > elderlyPopulation) {
            e.add(new FieldError("lateElderlyPopulation", "後期高齢者人口が高齢者人口を超えています"));
        }
        if (population != null && households != null && households > population) {
            e.add(new FieldError("households", "世帯数が人口を超えています"));
        }
        Rules.shortText(e, "source", source);
        return e;
    }
}
