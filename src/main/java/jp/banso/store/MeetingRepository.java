package jp.banso.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.Participant;
import org.jdbi.v3.core.Jdbi;

/** Meetings of a case, with their timetable, participants and action items (宿題). */
public final class MeetingRepository {
    private final Jdbi jdbi;
    private final EntityTable<Meeting> meetings;
    private final EntityTable<MeetingPart> parts;
    private final EntityTable<Participant> participants;
    private final EntityTable<ActionItem> actionItems;

    MeetingRepository(Jdbi jdbi, PendingWrites writes) {
        this.jdbi = jdbi;
        meetings = new EntityTable<>(jdbi, writes, Meeting.class, "meeting", "case_id",
                "coalesce(held_on, planned_month), start_time, created_at",
                List.of("case_id", "kind", "sequence", "title", "status", "planned_month", "held_on", "ends_on", "start_time",
                        "end_time", "place", "format", "agenda", "theme", "issues", "comments", "approach", "summary"));
        parts = new EntityTable<>(jdbi, writes, MeetingPart.class, "meeting_part", "meeting_id", "sort_order, created_at",
                List.of("meeting_id", "label", "start_time", "end_time", "content", "sort_order"));
        participants = new EntityTable<>(jdbi, writes, Participant.class, "participant", "meeting_id", "sort_order, created_at",
                List.of("meeting_id", "name", "organisation", "role", "sort_order"));
        actionItems = new EntityTable<>(jdbi, writes, ActionItem.class, "action_item", "meeting_id", "sort_order, created_at",
                List.of("meeting_id", "what", "who", "due", "done", "sort_order"));
    }

    /** In date order (planned month where no date is set yet). */
    public List<Meeting> list(UUID caseId) {
        return meetings.listBy(caseId);
    }

    public Optional<Meeting> find(UUID meetingId) {
        return meetings.find(meetingId);
    }

    public void save(Meeting meeting) {
        meetings.save(meeting);
    }

    /** Saves several meetings in one transaction (an accepted schedule proposal). */
    public void saveAll(List<Meeting> list) {
        jdbi.useTransaction(h -> list.forEach(m -> meetings.save(h, m)));
    }

    public void delete(UUID meetingId) {
        meetings.delete(meetingId);
    }

    public List<MeetingPart> parts(UUID meetingId) {
        return parts.listBy(meetingId);
    }

    public void save(MeetingPart part) {
        parts.save(part);
    }

    public void deletePart(UUID partId) {
        parts.delete(partId);
    }

    public List<Participant> participants(UUID meetingId) {
        return participants.listBy(meetingId);
    }

    public void save(Participant participant) {
        participants.save(participant);
    }

    public void deleteParticipant(UUID participantId) {
        participants.delete(participantId);
    }

    public List<ActionItem> actionItems(UUID meetingId) {
        return actionItems.listBy(meetingId);
    }

    public void save(ActionItem item) {
        actionItems.save(item);
    }

    public void deleteActionItem(UUID itemId) {
        actionItems.delete(itemId);
    }

    /** Every open 宿題 of a case, earliest due first (no due date last). */
    public List<ActionItem> openActionItems(UUID caseId) {
        return jdbi.withHandle(h -> h.createQuery("select a.* from action_item a join meeting m on m.id = a.meeting_id "
                        + "where m.case_id = :c and not a.done order by a.due, a.created_at")
                .bind("c", caseId).mapTo(ActionItem.class).list());
    }

    // --- tables, for bulk writers in this package (imports, benchmarks) ---

    EntityTable<Meeting> meetingsTable() {
        return meetings;
    }

    EntityTable<ActionItem> actionItemsTable() {
        return actionItems;
    }
}
