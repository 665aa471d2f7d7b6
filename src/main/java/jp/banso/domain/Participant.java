package jp.banso.domain;

import java.util.UUID;

/** Someone who took part in a meeting. */
public class Participant extends Person {
    private UUID meetingId;

    public UUID getMeetingId() { return meetingId; }
    public void setMeetingId(UUID meetingId) { this.meetingId = meetingId; }
}
