package jp.banso.store;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Banso's one JSON set-up: entities in the store (undo histories, writes kept for later, the recovery file),
 * {@code settings.json}, backup sidecars and board templates use {@link #MAPPER}; case files build theirs on
 * {@link #configure} and add their strict reading rules. Dates and times are ISO strings (2026-04-01, 13:30,
 * 2026-04-01T09:00:00Z), decimals are written as they are (1000, never 1E+3), and a field this version does not know is
 * skipped (a file written by a newer Banso still reads). Earlier versions wrote dates as numbers; those still read.
 */
public final class EntityJson {
    /** Shared and thread-safe: derive a variant with {@code MAPPER.rebuild()}, never reconfigure this one. */
    public static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();

    private EntityJson() {
    }

    /** The shared mapping, applied to a builder (a case file's, on its own bounded parser, adds its rules after it). */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
