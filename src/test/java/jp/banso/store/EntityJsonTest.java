package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.ProfileSnapshot;
import org.junit.jupiter.api.Test;

/** The one JSON set-up: what it writes, that it reads it back the same, and what it does with fields it does not know. */
class EntityJsonTest {

    private static Meeting meeting() {
        Meeting m = new Meeting();
        m.setCaseId(UUID.randomUUID());
        m.setKind(MeetingKind.VISIT);
        m.setHeldOn(LocalDate.of(2026, 4, 1));
        m.setStartTime(LocalTime.of(13, 30));
        m.setSummary("まとめ");
        m.setCreatedAt(Instant.parse("2026-04-01T09:00:00.123456789Z"));
        m.setUpdatedAt(Instant.parse("2026-04-02T10:15:00Z"));
        return m;
    }

    @Test
    void anEntityIsWrittenWithIsoDatesAndReadBackTheSame() throws Exception {
        Meeting m = meeting();
        JsonNode tree = EntityJson.MAPPER.valueToTree(m);
        assertThat(tree.get("heldOn").asText()).isEqualTo("2026-04-01");
        assertThat(tree.get("startTime").asText()).isEqualTo("13:30:00");
        assertThat(tree.get("createdAt").asText()).isEqualTo("2026-04-01T09:00:00.123456789Z");

        String text = EntityJson.MAPPER.writeValueAsString(m);
        Meeting back = EntityJson.MAPPER.readValue(text, Meeting.class);
        assertThat(back).usingRecursiveComparison().isEqualTo(m);
        assertThat(EntityJson.MAPPER.writeValueAsString(back)).isEqualTo(text);
    }

    @Test
    void decimalsAreWrittenAsTheyAre() throws Exception {
        ProfileSnapshot p = new ProfileSnapshot();
        p.setAreaKm2(new BigDecimal("1E+3"));
        assertThat(EntityJson.MAPPER.writeValueAsString(p)).contains("\"areaKm2\":1000");
        assertThat(EntityJson.MAPPER.readValue(EntityJson.MAPPER.writeValueAsString(p), ProfileSnapshot.class).getAreaKm2())
                .isEqualByComparingTo("1000");
    }

    @Test
    void aFieldThisVersionDoesNotKnowIsSkipped() throws Exception {
        ObjectNode tree = EntityJson.MAPPER.valueToTree(meeting());
        tree.put("addedByANewerBanso", "x");
        Meeting back = EntityJson.MAPPER.treeToValue(tree, Meeting.class);
        assertThat(back.getSummary()).isEqualTo("まとめ");
        assertThat(back.getHeldOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    /** Undo histories and recovery files written before dates were ISO strings (numbers and arrays) still read. */
    @Test
    void datesWrittenAsNumbersByEarlierVersionsStillRead() throws Exception {
        ObjectNode tree = EntityJson.MAPPER.valueToTree(meeting());
        tree.putArray("heldOn").add(2026).add(4).add(1);
        tree.putArray("startTime").add(13).add(30);
        tree.put("createdAt", new BigDecimal("1775034000.123456789"));
        Meeting back = EntityJson.MAPPER.treeToValue(tree, Meeting.class);
        assertThat(back.getHeldOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(back.getStartTime()).isEqualTo(LocalTime.of(13, 30));
        assertThat(back.getCreatedAt()).isEqualTo(Instant.parse("2026-04-01T09:00:00.123456789Z"));
    }

    @Test
    void aVariantKeepsTheSharedMapping() throws Exception {
        var lenient = EntityJson.MAPPER.rebuild().enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS).build();
        Meeting back = lenient.readValue("{ // a comment\n \"heldOn\": \"2026-04-01\", \"unknown\": 1 }", Meeting.class);
        assertThat(back.getHeldOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(lenient.writeValueAsString(back)).contains("\"heldOn\":\"2026-04-01\"");
    }
}
