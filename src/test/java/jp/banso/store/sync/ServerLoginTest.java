package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** TLS unless the server is this computer, and an address cannot switch it off. */
class ServerLoginTest {
    private static ServerLogin login(String url) {
        return new ServerLogin(url, "sato", "pw".toCharArray(), null);
    }

    @Test
    void aRemoteServerIsReachedWithVerifiedTls() {
        assertThat(login("jdbc:postgresql://team.example.jp/banso").properties().getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(login("jdbc:postgresql://127.0.0.2:5432/banso").isLocal()).isFalse();
        assertThat(login("jdbc:postgresql://localhost:5432/banso?sslmode=disable").properties().getProperty("sslmode"))
                .as("this computer: no TLS needed").isEqualTo("disable");
    }

    @Test
    void anAddressThatWouldWeakenTlsIsRefusedBeforeAnyConnection() {
        for (String url : new String[] {"jdbc:postgresql://127.0.0.2:5432/banso?sslmode=disable",
                "jdbc:postgresql://team.example.jp/banso?ApplicationName=x&sslmode=prefer",
                "jdbc:postgresql://team.example.jp/banso?sslfactory=org.postgresql.ssl.NonValidatingFactory",
                "jdbc:postgresql://team.example.jp/banso?ssl=false"}) {
            assertThatThrownBy(() -> login(url)).as(url).isInstanceOf(SyncException.class)
                    .hasMessageContaining("暗号化（TLS）").extracting(e -> ((SyncException) e).reason()).isEqualTo(SyncException.Reason.TLS);
        }
    }

    @Test
    void aMistypedAddressIsSaidAsSuch() {
        assertThatThrownBy(() -> login("jdbc:postgresql://team example/banso")).isInstanceOf(SyncException.class)
                .extracting(e -> ((SyncException) e).reason()).isEqualTo(SyncException.Reason.BAD_ADDRESS);
    }
}
