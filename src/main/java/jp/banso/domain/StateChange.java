package jp.banso.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One dated entry of a case's state history (ms / mS / MS2 / MS1) with its reason. */
public class StateChange extends Entity {
    private UUID caseId;
    private CaseState state;
    private LocalDate changedOn;
    private String reason;

    public UUID getCaseId() { return caseId; }
    public void setCaseId(UUID caseId) { this.caseId = caseId; }
    public CaseState getState() { return state; }
    public void setState(CaseState state) { this.state = state; }
    public LocalDate getChangedOn() { return changedOn; }
    public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = Text.lines(reason); }

    @Override
    public List<FieldError> validate() {
        List<FieldError> e = new ArrayList<>();
        if (state == null) {
            e.add(new FieldError("state", "状態を選んでください"));
        }
        if (changedOn == null) {
            e.add(new FieldError("changedOn", "日付を入力してください"));
        }
        Rules.date(e, "changedOn", changedOn);
        Rules.longText(e, "reason", reason);
        return e;
    }
}
