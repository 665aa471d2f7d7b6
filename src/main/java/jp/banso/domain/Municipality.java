package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;

/** 市町村. Its figures live in dated {@link ProfileSnapshot}s. */
public class Municipality extends Entity {
    private String prefecture;
    private String name;
    /** 全国地方公共団体コード (optional). */
    private String code;

    public Municipality() {
    }

    public Municipality(String prefecture, String name) {
        setPrefecture(prefecture);
        setName(name);
    }

    /** A municipality of the national list: its id is derived from its code ({@link MunicipalityMaster#idFor}). */
    public static Municipality of(MunicipalityMaster.Entry entry) {
        Municipality m = new Municipality(entry.prefecture(), entry.name());
        m.setCode(entry.code());
        m.setId(entry.id());
        return m;
    }

    public String getPrefecture() { return prefecture; }
    public void setPrefecture(String prefecture) { this.prefecture = Text.line(prefecture); }
    public String getName() { return name; }
    public void setName(String name) { this.name = Text.line(name); }
    public String getCode() { return code; }
    /** A 5-digit code (as v5 and many tables have it) is stored with its check digit. */
    public void setCode(String code) {
        String c = Text.line(code);
        this.code = MunicipalityMaster.sixDigits(c).orElse(c);
    }

    @Override
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        Rules.required(errors, "prefecture", prefecture);
        Rules.required(errors, "name", name);
        Rules.shortText(errors, "prefecture", prefecture);
        Rules.shortText(errors, "name", name);
        if (!Text.isBlank(code) && !MunicipalityMaster.isValidCode(code)) {
            errors.add(new FieldError("code", "全国地方公共団体コードは検査数字を含む6桁の数字です（例：092142）"));
        }
        return errors;
    }
}
