package jp.banso.board;

import java.util.Locale;
import java.util.regex.Pattern;
import jp.banso.domain.Lane;
import jp.banso.domain.LaneRole;
import jp.banso.domain.LaneRole;

/**
 * One lane of a template: its heading, what its notes mean, and the sticky-note colour of new notes in it.
 *
 * <p>Messages of the exceptions name the attribute first ("色「red」は…", "タイトルがありません") so a caller can
 * say which lane with a prefix such as "2番目のレーンの".
 *
 * @param colour "#RRGGBB", stored upper-case so two spellings of one colour compare equal
 */
public record LaneSpec(String title, LaneRole role, String colour) {

    public static final int MAX_TITLE_LENGTH = Lane.MAX_TITLE_LENGTH;

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public LaneSpec {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("タイトルがありません");
        }
        int length = title.codePointCount(0, title.length());
        if (length > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException(
                    "タイトルが長すぎます（" + MAX_TITLE_LENGTH + "文字まで、現在 " + length + "文字）");
        }
        if (role == null) {
            throw new IllegalArgumentException("役割がありません");
        }
        if (colour == null || colour.isBlank()) {
            throw new IllegalArgumentException("色がありません");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("色「" + colour + "」は #RRGGBB の形式ではありません");
        }
        colour = colour.toUpperCase(Locale.ROOT);
    }
}
