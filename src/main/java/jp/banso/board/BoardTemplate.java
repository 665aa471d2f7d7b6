package jp.banso.board;

import java.util.List;

/**
 * The starting layout of a board: named lanes in order, left to right. A template with no lanes is a free canvas.
 * Templates are read from JSON files ({@link TemplateLibrary}); the id ties a board to its template and lets a
 * prefecture's file replace a built-in one.
 *
 * <p>Messages of the exceptions are Japanese and name the attribute first, as in {@link LaneSpec}.
 */
public record BoardTemplate(String id, String name, String description, List<LaneSpec> lanes) {

    public static final int MAX_LANES = 30;
    public static final int MAX_ID_LENGTH = 100;
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 1_000;

    public BoardTemplate {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("ID がありません");
        }
        requireAtMost("ID", id, MAX_ID_LENGTH);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("名前がありません");
        }
        requireAtMost("名前", name, MAX_NAME_LENGTH);
        description = description == null ? "" : description;
        requireAtMost("説明", description, MAX_DESCRIPTION_LENGTH);
        lanes = lanes == null ? List.of() : List.copyOf(lanes); // List.copyOf also refuses null lanes
        if (lanes.size() > MAX_LANES) {
            throw new IllegalArgumentException(
                    "レーンが多すぎます（" + MAX_LANES + "まで、現在 " + lanes.size() + "）");
        }
    }

    /** True for a free canvas: notes go anywhere, not into lanes. */
    public boolean isFree() {
        return lanes.isEmpty();
    }

    private static void requireAtMost(String what, String value, int max) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw new IllegalArgumentException(
                    what + "が長すぎます（" + max + "文字まで、現在 " + length + "文字）");
        }
    }
}
