package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.sql.DataSource;
import jp.banso.cases.DemoCase;
import jp.banso.domain.Meeting;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import jp.banso.store.server.ServerAdmin;
import jp.banso.store.server.ServerSchema;
import jp.banso.store.server.TestPostgres;
import jp.banso.store.sync.ServerLogin;
import jp.banso.store.sync.Sync;
import jp.banso.store.sync.SyncSettings;
import jp.banso.ui.PngFiles;
import jp.banso.ui.UiActions;
import jp.banso.ui.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Team sync as a user meets it, against a real PostgreSQL: the connect dialog (a wrong password refused and nothing
 * saved, then the right one, the teams, connected), the status bar (未送信, then 同期済み after 今すぐ同期), a note edited
 * on another laptop and here (the conflict list shows both texts; 自分の値を使う empties it) and the TLS rule (an address
 * that is not this computer, asked without TLS, refused). Screenshots of the dialog, the status and the conflict list go
 * to target/screens/&lt;screen size&gt;/sync-*.png (docs/screenshots/sync/ holds those of 1280×720 and 1024×768).
 */
@ExtendWith(ApplicationExtension.class)
class SyncUiTest {
    private static final String USER = "sync_ui_advisor";
    private static final String PASSWORD = "richtig-4711";

    @TempDir
    static Path dir;
    private static String database;
    private static String team;

    private Store store;
    private Stage stage;

    @BeforeAll
    static void teamServer() throws Exception {
        database = TestPostgres.newDatabase();
        DataSource owner = TestPostgres.owner(database);
        ServerSchema.migrate(owner);
        team = TeamServerFixture.addUser(owner, USER, PASSWORD);
        TeamServerFixture.requirePassword(owner, USER);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BansoApp.applyTheme();
        store = Store.open(dir.resolve("laptop-a-" + java.util.UUID.randomUUID())); // each test its own laptop
        DemoCase.create(store);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new MainWindow(store), Math.min(1400, screen.getWidth()), Math.min(900, screen.getHeight()));
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            ((MainWindow) stage.getScene().getRoot()).sync().close();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w instanceof Stage s) {
                    s.close();
                }
            }
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void connectSyncAndResolveAConflict(FxRobot robot) throws Exception {
        Hyperlink status = robot.lookup("#sync-status").queryAs(Hyperlink.class);
        assertThat(UiWait.read(status::getText)).as("not connected: nothing said").isEmpty();

        // --- a wrong password: said in Japanese, nothing saved ---
        openConnectDialog(robot);
        UiActions.typeInto(robot, "#sync-url", TestPostgres.url(database));
        UiActions.typeInto(robot, "#sync-user", USER);
        UiActions.typeInto(robot, "#sync-password", "falsch");
        assertThat(robot.lookup("#sync-save-password").queryAs(CheckBox.class).isDisabled())
                .as("an unencrypted database saves no password").isTrue();
        assertThat(robot.lookup("#sync-save-password-why").queryAs(Label.class).getText()).contains("暗号化");
        robot.clickOn("#sync-check");
        Label refused = UiWait.until(robot, "#sync-connect-status", Label.class, "marked as an error",
                l -> l.getStyleClass().contains("field-error"));
        assertThat(refused.getText()).contains("ユーザー名またはパスワードが違います");
        assertThat(robot.lookup("#sync-connect").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(new SyncSettings(store).connection()).as("nothing saved").isEmpty();

        // --- the right one: the user's teams, then connected ---
        UiActions.typeInto(robot, "#sync-password", PASSWORD);
        robot.clickOn("#sync-check");
        ComboBox<?> teams = UiWait.until(robot, "#sync-team", ComboBox.class, "listing the teams", c -> !c.getItems().isEmpty());
        assertThat(teams.getItems()).map(Object::toString).contains(team);
        assertThat(teams.getValue()).isEqualTo(team);
        snapshot("sync-connect", robot.lookup("#sync-connect-dialog").query().getScene().getWindow());
        robot.clickOn("#sync-connect");
        assertThat(new SyncSettings(store).connection().orElseThrow().team()).isEqualTo(team);
        UiWait.until(robot, "#sync-status", Hyperlink.class, "同期済み", h -> h.getText().startsWith("同期済み"), 90);

        // --- an edit here: 未送信 1件, then 今すぐ同期 (Ctrl+Shift+S): 同期済み ---
        SupportCase demo = store.cases().listAll().get(0);
        Meeting meeting = store.meetings().list(demo.getId()).get(0);
        meeting.setSummary("ここで書いたまとめ");
        store.meetings().save(meeting);
        UiWait.until(robot, "#sync-status", Hyperlink.class, "未送信 1件", h -> h.getText().equals("未送信 1件"));
        snapshot("sync-status", stage);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        UiWait.until(robot, "#sync-status", Hyperlink.class, "同期済み", h -> h.getText().startsWith("同期済み"), 90);

        // --- laptop B edits the same note, and so does A: the conflict list shows both texts ---
        try (Store b = Store.open(dir.resolve("laptop-b"))) {
            Sync syncB = new Sync(b);
            syncB.run(login(), team);
            Meeting there = b.meetings().find(meeting.getId()).orElseThrow();
            there.setSummary("Bで書いたまとめ");
            b.meetings().save(there);
            syncB.run(login(), team);
        }
        meeting = store.meetings().find(meeting.getId()).orElseThrow();
        meeting.setSummary("Aで書いたまとめ");
        store.meetings().save(meeting);
        robot.clickOn("ファイル");
        robot.clickOn("#menu-sync-now");
        Hyperlink conflicts = UiWait.until(robot, "#sync-status-conflicts", Hyperlink.class, "競合 1件",
                h -> h.isVisible() && h.getText().equals("競合 1件"), 90);
        snapshot("sync-status-conflict", stage);
        robot.clickOn(conflicts);
        TableView<?> list = UiWait.until(robot, "#sync-conflicts", TableView.class, "one conflict", t -> t.getItems().size() == 1);
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("会議「まとめ」")).tryQuery()).as("what it is, in the screens' words").isPresent();
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && "Aで書いたまとめ".equals(l.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && "Bで書いたまとめ".equals(l.getText())).tryQuery()).isPresent();
        snapshot("sync-conflicts", list.getScene().getWindow());
        robot.clickOn(".sync-keep-mine");
        UiWait.until(robot, "#sync-conflicts", TableView.class, "empty", t -> t.getItems().isEmpty());
        assertThat(store.meetings().find(meeting.getId()).orElseThrow().getSummary()).isEqualTo("Aで書いたまとめ");
        UiWait.until(robot, "#sync-status-conflicts", Hyperlink.class, "hidden", h -> !h.isVisible());
    }

    @Test
    void aConnectedLaptopAsksForThePasswordAtStartWithoutBlockingTheApp(FxRobot robot) {
        new SyncSettings(store).connect(new SyncSettings.Connection(TestPostgres.url(database), USER, team, null),
                PASSWORD.toCharArray(), false);
        robot.interact(() -> { // the app starts again on this laptop: the password was not saved
            ((MainWindow) stage.getScene().getRoot()).sync().close();
            stage.getScene().setRoot(new MainWindow(store));
        });
        javafx.scene.control.DialogPane prompt = UiWait.visible(robot, "#sync-prompt-dialog", javafx.scene.control.DialogPane.class);
        assertThat(((Stage) prompt.getScene().getWindow()).getModality()).as("the app stays usable").isEqualTo(javafx.stage.Modality.NONE);
        UiWait.until(robot, "#sync-status", Hyperlink.class, "パスワード未入力", h -> h.getText().equals("パスワード未入力"));
        UiActions.typeInto(robot, "#sync-prompt-password", PASSWORD);
        robot.clickOn("#sync-prompt-ok");
        UiWait.until(robot, "#sync-status", Hyperlink.class, "同期済み", h -> h.getText().startsWith("同期済み"), 90);
        assertThat(new SyncSettings(store).isPasswordSaved()).isFalse();
    }

    @Test
    void anAddressThatIsNotThisComputerIsRefusedWithoutTls(FxRobot robot) {
        openConnectDialog(robot);
        String url = TestPostgres.url(database).replace("localhost", "127.0.0.2") + "?sslmode=disable";
        UiActions.typeInto(robot, "#sync-url", url);
        UiActions.typeInto(robot, "#sync-user", USER);
        UiActions.typeInto(robot, "#sync-password", PASSWORD);
        robot.clickOn("#sync-check");
        Label refused = UiWait.until(robot, "#sync-connect-status", Label.class, "marked as an error",
                l -> l.getStyleClass().contains("field-error"));
        assertThat(refused.getText()).startsWith("安全な接続（TLS）ができません");
        assertThat(new SyncSettings(store).connection()).isEmpty();
    }

    private static void openConnectDialog(FxRobot robot) {
        robot.clickOn("ファイル");
        robot.clickOn("#menu-sync-connect");
        UiWait.visible(robot, "#sync-url", javafx.scene.control.TextField.class);
    }

    private static ServerLogin login() {
        return new ServerLogin(TestPostgres.url(database), USER, PASSWORD.toCharArray(), null);
    }

    private static void snapshot(String name, Window w) throws Exception {
        Rectangle2D screen = UiWait.read(() -> Screen.getPrimary().getBounds());
        Path screens = Files.createDirectories(Path.of("target", "screens", (int) screen.getWidth() + "x" + (int) screen.getHeight()));
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        PngFiles.write(image, screens.resolve(name + ".png"));
    }

    /** The team server's users, as the server's administrator adds them, and its login rule made strict for them. */
    static final class TeamServerFixture {
        private TeamServerFixture() {
        }

        /** An advisor in a team, as `banso server add-user NAME --team TEAM` makes one; returns the team. */
        static String addUser(DataSource owner, String user, String password) {
            String team = "栃木県";
            ServerAdmin admin = new ServerAdmin(owner);
            admin.addTeam(team);
            admin.addUser(user, team, password::toCharArray);
            return team;
        }

        /**
         * The embedded server trusts every local login; this role is made to give its password (scram), as a real
         * server's pg_hba.conf asks of everyone. Lines for this role only go first, so other tests' logins are unchanged.
         */
        static void requirePassword(DataSource owner, String role) throws Exception {
            try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
                ResultSet rs = st.executeQuery("show hba_file");
                rs.next();
                String file = rs.getString(1);
                rs = st.executeQuery("select pg_read_file('" + file.replace("'", "''") + "')");
                rs.next();
                List<String> lines = new ArrayList<>(List.of("host all " + role + " 127.0.0.1/32 scram-sha-256",
                        "host all " + role + " ::1/128 scram-sha-256"));
                lines.addAll(rs.getString(1).lines().toList());
                st.execute("create temporary table hba_line (n int primary key, line text)");
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i);
                    st.execute("insert into hba_line values (" + i + ", " + (l.isBlank() ? "null" : "'" + l.replace("'", "''") + "'") + ")");
                }
                // csv with a delimiter and a quote that never occur: each line written as it is (null as an empty line)
                st.execute("copy (select line from hba_line order by n) to '" + file.replace("'", "''")
                        + "' with (format csv, delimiter e'\\x02', quote e'\\x01')");
                st.execute("select pg_reload_conf()");
            }
        }
    }
}
