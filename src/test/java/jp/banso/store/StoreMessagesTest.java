package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** What a user reads when the store fails: Japanese with what to do; the library's English text stays in the log. */
class StoreMessagesTest {
    private final Path dir = Path.of("/data/banso");

    @Test
    void anUnexpectedDatabaseErrorIsToldInJapaneseWithoutH2sText() {
        SQLException h2 = new SQLException("Feature not supported: \"MV_STORE=FALSE && LOCK_MODE=0\" [50100-224]", "HY000",
                ErrorCode.FEATURE_NOT_SUPPORTED_1);
        StoreException e = Store.translate(h2, dir);
        assertThat(e.getMessage()).startsWith("データベースを開けません: " + dir)
                .contains("もう一度起動してください", "バックアップから復元")
                .doesNotContain("Feature", "50100", "MV_STORE");
        assertThat(e.getCause()).as("the detail stays with the exception for the log").isSameAs(h2);
    }

    @Test
    void onlyMessagesWrittenForUsersAreShown() {
        assertThat(StoreException.userMessage(new StoreException("バックアップを作成できませんでした: x")))
                .isEqualTo("バックアップを作成できませんでした: x");
        assertThat(StoreException.userMessage(new IllegalStateException("Numeric value (1e999) out of range")))
                .isEqualTo(StoreException.UNEXPECTED).doesNotContain("Numeric");
        assertThat(StoreException.userMessage(new NullPointerException())).isEqualTo(StoreException.UNEXPECTED);
    }
}
