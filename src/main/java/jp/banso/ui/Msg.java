package jp.banso.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** UI text from messages_ja.properties. */
public final class Msg {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("jp.banso.ui.messages", Locale.JAPANESE);

    private Msg() {
    }

    public static String t(String key, Object... args) {
        String s = BUNDLE.getString(key);
        return args.length == 0 ? s : MessageFormat.format(s, args);
    }
}
