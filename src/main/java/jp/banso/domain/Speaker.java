package jp.banso.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Someone who speaks in group work: the name the facilitator picks when capturing a note, and the colour of their
 * notes' name tag. The list is shared by every board of the laptop and travels in case files.
 *
 * @param colour "#RRGGBB"
 */
public record Speaker(String name, String colour) {
    public static final int MAX_NAME = 100;

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        name(errors, "name", name, true);
        Rules.colour(errors, "colour", colour, true);
        return errors;
    }

    /** The same speaker as typed by hand: name without surrounding spaces, colour in capitals. */
    public Speaker normalized() {
        return new Speaker(name == null ? null : name.strip(), colour == null ? null : colour.toUpperCase(Locale.ROOT));
    }

    /** The rule for a speaker's name wherever one is written (a note's author, a vote's voter). */
    static void name(List<FieldError> errors, String field, String value, boolean required) {
        if (required) {
            Rules.required(errors, field, value);
        }
        Rules.maxLength(errors, field, value, MAX_NAME);
        Rules.wellFormed(errors, field, value, false);
    }
}
