package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Banso that quit while warming up leaves a folder of throw-away hand-outs; the next warm-up removes it. */
class WarmUpTest {
    @TempDir
    Path tmp;

    @Test
    void foldersLeftByAnEarlierWarmUpAreRemovedAndARunningOnesAreNot() throws Exception {
        Path old = Files.createDirectory(tmp.resolve("banso-warm-up123"));
        Files.writeString(old.resolve("issue-sheet.xlsx"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path running = Files.createDirectory(tmp.resolve("banso-warm-up456"));
        Files.writeString(running.resolve("meeting-record.xlsx"), "x");
        Path notOurs = Files.createDirectory(tmp.resolve("banso-warm-up789"));
        Files.writeString(notOurs.resolve("メモ.txt"), "x");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofHours(3))));
        Path other = Files.createDirectory(tmp.resolve("someone-else"));
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(3))));

        WarmUp.removeLeftovers(tmp, Duration.ofHours(1));

        assertThat(old).doesNotExist();
        assertThat(running.resolve("meeting-record.xlsx")).exists();
        assertThat(notOurs.resolve("メモ.txt")).exists();
        assertThat(other).exists();
    }
}
