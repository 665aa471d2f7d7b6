package jp.banso.board;

import java.util.List;
import java.util.Optional;
import jp.banso.ui.Msg;

/** A note or lane colour as people name it (黄, 桃, 水色…): the menus offer names, the board stores #RRGGBB. */
public record Swatch(String name, String colour) {
    public static final List<Swatch> PALETTE = List.of(
            of("yellow", "#FFF59D"), of("lightOrange", "#FFE0B2"), of("orange", "#FFCC80"), of("pink", "#F8BBD0"),
            of("purple", "#E1BEE7"), of("blue", "#BBDEFB"), of("cyan", "#B2EBF2"), of("green", "#C8E6C9"),
            of("grey", "#E0E0E0"), of("white", "#FFFFFF"));

    private static Swatch of(String key, String colour) {
        return new Swatch(Msg.t("board.swatch." + key), colour);
    }

    /** The palette's swatch for a stored colour, if it is one of them. */
    public static Optional<Swatch> named(String colour) {
        return PALETTE.stream().filter(s -> s.colour().equalsIgnoreCase(colour)).findFirst();
    }

    /** Shown by choice lists. */
    @Override
    public String toString() {
        return name;
    }
}
