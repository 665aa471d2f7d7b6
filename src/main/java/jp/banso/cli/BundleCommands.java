package jp.banso.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.banso.bundle.BundleException;
import jp.banso.bundle.BundleExport;
import jp.banso.bundle.BundleImport;
import jp.banso.bundle.CaseBundle;
import jp.banso.bundle.ImportPlan;
import jp.banso.bundle.PlanText;
import jp.banso.domain.CaseSummary;
import jp.banso.store.Store;
import jp.banso.store.StoreException;

/**
 * {@code banso export-bundle} and {@code banso import}: case bundles (.banso) from the command line, the same files
 * and the same merge as the ファイル menu. Exit codes as {@link ExportCommand}: 0 done, 1 failed, 2 wrong arguments.
 */
final class BundleCommands {
    static final String EXPORT_USAGE = String.join("\n",
            "使い方: banso export-bundle (--case <ケースID|市町村名> … | --all-cases) --out <ファイル.banso> [--data-dir <フォルダ>]",
            "",
            "ケースを一つのファイル（.banso）に書き出します。別のパソコンのBansoや府県に渡すためのもので、",
            "ケースのすべて（基本情報、会議と記録、ボードと付箋、課題、ロードマップと進捗）が入ります。",
            "",
            "  --case <ID|市町村名>   書き出すケース（くり返し指定できます）。市町村名が複数のケースに当たるときは --year で絞ります",
            "  --year <年度>          --case の年度（2022、令和4年度、R4 など）",
            "  --all-cases            すべてのケース（アーカイブしたケースも含みます）",
            "  --out <ファイル>       書き出すファイル（拡張子がなければ .banso を付けます。あれば上書きします）",
            "  --data-dir <フォルダ>  データフォルダ（省略時はアプリと同じ場所）",
            "",
            CliStore.USAGE_NOTE,
            "",
            "例: banso export-bundle --case さくら市 --out さくら市.banso",
            "    banso export-bundle --all-cases --out 全ケース.banso",
            "",
            "終了コード: 0 成功、1 失敗（理由を表示）、2 引数の誤り");

    static final String IMPORT_USAGE = String.join("\n",
            "使い方: banso import <ファイル.banso> [--data-dir <フォルダ>] [--prefer newer|mine|theirs] [--dry-run]",
            "",
            "ケースのファイル（.banso）を取り込みます。同じもの（UUID）どうしを合わせ、ないものは追加、同じ内容は",
            "そのまま、内容の違うもの（どちらか一方または両方で変更されたもの）は --prefer で決めます。取り込みは全部が成功するか、何も変えないかのどちらかです。",
            "",
            "  --prefer newer         内容の違うものは後で変更された方にします（既定）",
            "  --prefer mine          内容の違うものはこのBansoの内容を残します",
            "  --prefer theirs        内容の違うものはファイルの内容にします",
            "  --dry-run              取り込まずに予定（新規・同じ・違い・削除の数と、内容の違うものの一覧）を表示します",
            "  --data-dir <フォルダ>  データフォルダ（省略時はアプリと同じ場所）",
            "",
            CliStore.USAGE_NOTE,
            "",
            "例: banso import さくら市.banso --dry-run",
            "    banso import さくら市.banso --prefer mine",
            "",
            "終了コード: 0 成功、1 失敗（理由を表示。何も変更しません）、2 引数の誤り");

    private final PrintStream out;
    private final PrintStream err;

    BundleCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int exportBundle(List<String> argv) {
        return Cli.quietly(() -> {
            if (Options.asksForHelp(argv)) {
                out.println(EXPORT_USAGE);
                return Cli.OK;
            }
            Options o;
            Integer year;
            String outFile;
            try {
                o = Options.parse(argv, List.of("--case", "--year", "--out", "--data-dir"), List.of("--all-cases"), false);
                year = o.has("--year") ? ExportCommand.year(o.value("--year")) : null;
                o.requireOneOf("--case", "--all-cases");
                outFile = o.required("--out", "書き出すファイル");
            } catch (UsageException e) {
                return e.report(err, EXPORT_USAGE);
            }
            Path file = file(outFile);
            if (file == null) {
                return Cli.USAGE;
            }
            try (Store store = open(o)) {
                if (store == null) {
                    return Cli.FAILED;
                }
                List<UUID> ids = targets(store, o.has("--all-cases"), o.values("--case"), year);
                BundleExport.Result r = BundleExport.export(store, ids, file, s -> { });
                out.println(r.file());
                err.println(String.format("%d 件のケースを書き出しました（%,d 件のデータ、%.1f MB）: %s", r.cases(), r.entities(),
                        r.bytes() / (1024.0 * 1024), r.file()));
                return Cli.OK;
            } catch (BundleException | StoreException e) {
                err.println("エラー: " + e.getMessage());
                return Cli.FAILED;
            }
        });
    }

    int importBundle(List<String> argv) {
        return Cli.quietly(() -> {
            if (Options.asksForHelp(argv)) {
                out.println(IMPORT_USAGE);
                return Cli.OK;
            }
            Options o;
            ImportPlan.Prefer prefer;
            try {
                o = Options.parse(argv, List.of("--prefer", "--data-dir"), List.of("--dry-run"), true);
                prefer = o.has("--prefer") ? prefer(o.value("--prefer")) : ImportPlan.Prefer.NEWER;
                if (o.plain().isEmpty()) {
                    throw new UsageException("取り込むファイルを指定してください");
                }
                if (o.plain().size() > 1) {
                    throw new UsageException("取り込むファイルは一つだけ指定してください: " + String.join(" ", o.plain()));
                }
            } catch (UsageException e) {
                return e.report(err, IMPORT_USAGE);
            }
            Path file = file(o.plain().get(0));
            if (file == null) {
                return Cli.USAGE;
            }
            try (Store store = open(o)) {
                if (store == null) {
                    return Cli.FAILED;
                }
                CaseBundle bundle = BundleImport.read(store, file);
                ImportPlan plan = BundleImport.plan(store, bundle, prefer);
                if (o.has("--dry-run")) {
                    out.print(PlanText.text(plan));
                    err.println("（--dry-run：何も変更していません）");
                    return Cli.OK;
                }
                BundleImport.Result r = BundleImport.apply(store, plan, s -> { });
                out.println(r.summary());
                err.println("取り込みました: " + file);
                return Cli.OK;
            } catch (BundleException | StoreException e) {
                err.println("エラー: " + e.getMessage());
                return Cli.FAILED;
            }
        });
    }

    /** The file named on the command line; null, said on the terminal, when it cannot be a file name. */
    private Path file(String name) {
        try {
            return Path.of(name).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            err.println("エラー: ファイル名として使えません: " + name);
            return null;
        }
    }

    private Store open(Options o) {
        try {
            return CliStore.open(o.value("--data-dir"), err);
        } catch (StoreException e) {
            err.println("エラー: " + e.getMessage());
            return null;
        }
    }

    private static ImportPlan.Prefer prefer(String value) throws UsageException {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "newer" -> ImportPlan.Prefer.NEWER;
            case "mine" -> ImportPlan.Prefer.MINE;
            case "theirs" -> ImportPlan.Prefer.THEIRS;
            default -> throw new UsageException("--prefer は newer、mine、theirs のどれかです: " + value);
        };
    }

    private static List<UUID> targets(Store store, boolean allCases, List<String> cases, Integer year) {
        List<CaseSummary> all = store.cases().summaries();
        if (allCases) {
            if (all.isEmpty()) {
                throw new BundleException("書き出すケースがありません（データフォルダ: " + store.directory() + "）");
            }
            return all.stream().map(CaseSummary::id).toList();
        }
        Set<UUID> out = new LinkedHashSet<>();
        for (String spec : cases) {
            List<CaseSummary> found = all.stream().filter(c -> ExportCommand.matches(c, spec))
                    .filter(c -> year == null || c.fiscalYears().contains(year)).toList();
            if (found.isEmpty()) {
                throw new BundleException("ケース「" + spec + "」が見つかりません。ケースID か 市町村名で指定してください。");
            }
            if (found.size() > 1) {
                throw new BundleException("「" + spec + "」に当たるケースが " + found.size() + " 件あります。--year で年度を指定するか、ケースID で指定してください：\n"
                        + found.stream().map(c -> "  " + c.id() + "  " + ExportCommand.label(c)).collect(Collectors.joining("\n")));
            }
            out.add(found.get(0).id());
        }
        return List.copyOf(out);
    }
}
