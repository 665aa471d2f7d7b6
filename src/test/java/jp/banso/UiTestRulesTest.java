package jp.banso;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screen tests wait for what they need (jp.banso.ui.UiWait, or a flush of pending edits), never for a while: a sleep
 * is too short on a busy machine and too long on an idle one, and proves nothing about what happened in between.
 */
@AnalyzeClasses(packages = "jp.banso", importOptions = ImportOption.OnlyIncludeTests.class)
class UiTestRulesTest {

    @ArchTest
    static final ArchRule screenTestsDoNotSleep = noClasses()
            .that().haveNameMatching(".*UiTest(\\$.*)?")
            .should().callMethod(Thread.class, "sleep", long.class)
            .orShould().callMethod(WaitForAsyncUtils.class, "sleep", long.class, TimeUnit.class);
}
