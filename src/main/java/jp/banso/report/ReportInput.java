package jp.banso.report;

import java.time.LocalDate;
import java.util.List;
import jp.banso.domain.Meeting;

/** What a form builds from: the case, the meeting (null for a case-level file), today, board pictures, and notes for the user. */
public record ReportInput(CaseData data, Meeting meeting, LocalDate today, BoardImages images, List<String> notes) {
}
