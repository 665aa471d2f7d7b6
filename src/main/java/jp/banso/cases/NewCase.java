package jp.banso.cases;

import java.util.ArrayList;
import java.util.List;
import jp.banso.domain.Choices;
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
    /** 平成元年度: the earliest 年度 a case (a past one being entered, or followed up) can have. */
    public static final int FIRST_FISCAL_YEAR = 1989;

    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        if (Text.isBlank(prefecture)) {
            e.add(new FieldError("prefecture", "選んでください"));
        } else if (Choices.prefecture(prefecture).isEmpty()) {
            e.add(new FieldError("prefecture", "47都道府県から選んでください"));
        }
        Rules.required(e, "municipality", municipality);
        Rules.shortText(e, "municipality", municipality);
        Rules.shortText(e, "programme", programme);
        if (fiscalYear == 0) {
            e.add(new FieldError("fiscalYear", "選んでください"));
        } else if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > 2100) {
            e.add(new FieldError("fiscalYear", "平成元年度（1989年度）以降の年度を選んでください"));
        }
        return e;
    }

    public SupportCase create(CaseRepository cases) {
        if (!validate().isEmpty()) {
            throw new IllegalArgumentException(validate().toString());
        }
        String pref = Choices.prefecture(prefecture).orElseThrow();
        // the town this laptop has already (from the national list or typed by hand) is reused; a new one gets its code
        // and the id derived from it in CaseRepository.create
        Municipality m = cases.municipalities().stream()
                .filter(x -> x.getPrefecture().equals(pref) && x.getName().equals(Text.line(municipality)))
                .findFirst()
                .orElseGet(() -> new Municipality(pref, municipality));
        SupportCase c = new SupportCase();
        c.setProgramme(Text.trimToNull(programme));
        c.setStartKind(startKind);
        c.setStage(Stage.VISION);
        cases.create(m, c, List.of(fiscalYear));
        return c;
    }
}
