package jp.banso.store;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/** Makes a store's writes fail as H2's do on a full disk (an IOException under the SQLException) while set. */
public final class DiskFull {
    private DiskFull() {
    }

    /** Installs the failure on the store; the returned switch turns it on and off. */
    public static AtomicBoolean inject(Store store) {
        AtomicBoolean full = new AtomicBoolean();
        store.jdbi().getConfig(SqlStatements.class).addCustomizer(new StatementCustomizer() {
            @Override
            public void beforeExecution(java.sql.PreparedStatement stmt, StatementContext ctx) throws SQLException {
                if (full.get() && CommittedWrites.isWrite(ctx.getRawSql())) {
                    throw new SQLException("General error", "HY000", 50000, new IOException("No space left on device"));
                }
            }
        });
        return full;
    }
}
