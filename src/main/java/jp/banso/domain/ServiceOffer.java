package jp.banso.domain;

import java.util.Arrays;
import java.util.List;

/** 総合事業 services: 訪問型/通所型 × 従前相当/A/B/C/D. */
public enum ServiceOffer {
    VISIT_STANDARD("訪問型", "従前相当"),
    VISIT_A("訪問型", "A"),
    VISIT_B("訪問型", "B"),
    VISIT_C("訪問型", "C"),
    VISIT_D("訪問型", "D"),
    DAY_STANDARD("通所型", "従前相当"),
    DAY_A("通所型", "A"),
    DAY_B("通所型", "B"),
    DAY_C("通所型", "C");

    private final String type;
    private final String level;

    ServiceOffer(String type, String level) {
        this.type = type;
        this.level = level;
    }

    /** 訪問型 or 通所型. */
    public String type() { return type; }

    /** 従前相当, A, B, C, D. */
    public String level() { return level; }

    /** 訪問型, 通所型: the types, in order. */
    public static List<String> types() {
        return Arrays.stream(values()).map(ServiceOffer::type).distinct().toList();
    }

    /** 従前相当, A, B, C, D: the levels, in order. */
    public static List<String> levels() {
        return Arrays.stream(values()).map(ServiceOffer::level).distinct().toList();
    }

    /** 訪問型サービスA; 従前相当 reads 訪問型 従前相当. */
    public String label() {
        return "従前相当".equals(level) ? type + " 従前相当" : type + "サービス" + level;
    }
}
