package jp.banso.cases;

import java.util.ArrayList;
import java.util.List;
import jp.banso.domain.FieldError;
import jp.banso.domain.Municipality;
import jp.banso.domain.Rules;
import jp.banso.domain.Stage;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.domain.Text;
import jp.banso.store.CaseRepository;

/** What the "新しいケース" dialog asks, and how a case is made from it (reusing a known municipality). */
public record NewCase(String prefecture, String municipality, int fiscalYear, String programme, StartKind startKind) {

    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        Rules.required(e, "prefecture", prefecture);
        Rules.required(e, "municipality", municipality);
        Rules.shortText(e, "municipality", municipality);
        Rules.shortText(e, "programme", programme);
        if (fiscalYear < 1989 || fiscalYear > 2100) {
            e.add(new FieldError("fiscalYear", "年度が範囲外です"));
        }
        return e;
    }

    public SupportCase create(CaseRepository cases) {
        if (!validate().isEmpty()) {
            throw new IllegalArgumentException(validate().toString());
        }
        Municipality m = cases.municipalities().stream()
                .filter(x -> x.getPrefecture().equals(prefecture.strip()) && x.getName().equals(municipality.strip()))
                .findFirst()
                .orElseGet(() -> new Municipality(prefecture.strip(), municipality.strip()));
        SupportCase c = new SupportCase();
        c.setProgramme(Text.trimToNull(programme));
        c.setStartKind(startKind);
        c.setStage(Stage.VISION);
        cases.create(m, c, List.of(fiscalYear));
        return c;
    }
}
