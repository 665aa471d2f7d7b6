package jp.banso.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jp.banso.cases.NewCase;
import jp.banso.domain.Board;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ボード page's model, without a screen: the case's boards, made from a template, searched and deleted. */
class CaseBoardsModelTest {
    @TempDir
    Path dir;

    @Test
    void boardsOfTheCaseAreCreatedFoundAndDeleted() {
        try (Store store = Store.open(dir)) {
            SupportCase c = new NewCase("栃木県", "さくら市", 2026, null, StartKind.ENTRY).create(store.cases());
            CaseBoardsModel model = new CaseBoardsModel(store.boards(), store.meetings(), c.getId(),
                    CaseBoardsModel.templatesOf(store.directory()));
            assertThat(model.templates().problems()).as("no templates folder: the built-in ones").isEmpty();
            assertThat(model.boards()).isEmpty();

            Board b = model.create(null, "あ".repeat(250), model.templates().defaultTemplate());
            assertThat(b.getTitle()).as("a title is cut to 200 characters").hasSize(200);
            assertThat(model.boards()).extracting(Board::getId).containsExactly(b.getId());
            assertThat(model.tooLargeToOpen(b)).isEmpty();
            BoardModel open = model.open(b);
            open.addNote(open.lanes().get(0).getId(), "通所Ｃの送迎がない", null);
            assertThat(model.noteCount(b)).isEqualTo(1);
            assertThat(model.searchNotes("送迎")).hasSize(1);
            assertThat(model.searchNotes(" ")).isEmpty();

            model.delete(b);
            assertThat(model.boards()).isEmpty();
        }
    }
}
