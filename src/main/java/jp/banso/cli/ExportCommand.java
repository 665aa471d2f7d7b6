package jp.banso.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import jp.banso.board.BoardPicture;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.Text;
import jp.banso.report.BoardImages;
import jp.banso.report.ExportService;
import jp.banso.report.FileNames;
import jp.banso.report.FormRegistry;
import jp.banso.report.PortfolioExport;
import jp.banso.report.ReportDeck;
import jp.banso.report.ReportException;
import jp.banso.report.ReportForm;
import jp.banso.store.Store;
import jp.banso.store.StoreException;

/** {@code banso export}: hand-outs of one or more cases (or one meeting), or a prefecture's 市町村一覧, into a folder. */
final class ExportCommand {
    private static final Logger LOG = Logger.getLogger(ExportCommand.class.getName());
    static final String USAGE = String.join("\n",
            "使い方: banso export (--case <ケースID|市町村名> | --all-cases) --out <フォルダ> [オプション]",
            "        banso export --portfolio --prefecture <都道府県> [--prefecture <都道府県> …] --out <フォルダ>",
            "",
            "ケースの配布資料（Excel）と報告会スライド（PowerPoint）をフォルダに出力します。画面の「配布資料を出力」と同じ様式・同じファイル名です。",
            "--portfolio では、都道府県の市町村一覧（まだ支援していない市町村も含む全市町村、グラフとデータのシートつき）を出力します。",
            "",
            "  --case <ID|市町村名>   出力するケース（くり返し指定できます）。市町村名が複数のケースに当たるときは --year で絞ります",
            "  --all-cases            すべてのケース（ケースごとに「年度_市町村」のフォルダを作ります）",
            "  --include-archived     --all-cases でアーカイブしたケースも含めます",
            "  --year <年度>          --case の年度（2022、令和4年度、R4 など）",
            "  --meeting <ID|会議名>  一つの会議の配布資料だけを出力します（例：第1回現地支援）",
            "  --forms <様式>         all（既定）または様式をカンマ区切りで：" + FormRegistry.all().stream()
                    .map(f -> f.id() + "（" + f.title() + "）").collect(Collectors.joining("、")) + "、" + ReportDeck.ID + "（" + ReportDeck.TITLE
                    + "、all には含みません）",
            "  --portfolio            市町村一覧を出力します（--prefecture が必要です）",
            "  --prefecture <都道府県> 市町村一覧の都道府県（例：栃木県。くり返し指定すると1ファイルにまとめます）",
            "  --out <フォルダ>       出力先（なければ作ります）",
            "  --data-dir <フォルダ>  データフォルダ（省略時はアプリと同じ場所）",
            "",
            CliStore.USAGE_NOTE,
            "",
            "例: banso export --case さくら市 --forms all --out 配布資料",
            "    banso export --case さくら市 --meeting 第1回現地支援 --forms meeting-record,issue-sheet --out 配布資料",
            "    banso export --all-cases --out 配布資料",
            "    banso export --portfolio --prefecture 栃木県 --out 配布資料",
            "    banso export --case さくら市 --forms slides --out 報告会",
            "",
            "終了コード: 0 成功、1 失敗（理由を表示）、2 引数の誤り");

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Arguments after "export". */
    private record Args(List<String> cases, boolean allCases, boolean includeArchived, Integer year, String meeting, String forms,
                        String outDir, String dataDir) {
    }

    int run(List<String> argv) {
        // the terminal shows our messages, not the libraries' (Flyway's migrations, POI's sheet copies, JavaFX), nor
        // their errors: POI logs a template's DOCTYPE with a stack trace before we tell the user in Japanese
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        java.util.logging.Level level = root.getLevel();
        root.setLevel(java.util.logging.Level.OFF);
        try {
            return runQuietly(argv);
        } finally {
            root.setLevel(level);
        }
    }

    private int runQuietly(List<String> argv) {
        Args a;
        try {
            if (Options.asksForHelp(argv)) {
                out.println(USAGE);
                return Cli.OK;
            }
            if (argv.contains("--portfolio")) {
                return portfolio(argv);
            }
            a = parse(argv);
        } catch (UsageException e) {
            return e.report(err, USAGE);
        }
        Chosen forms;
        try {
            forms = forms(a.forms());
        } catch (UsageException e) {
            err.println("エラー: " + e.getMessage());
            return Cli.USAGE;
        }
        Store store;
        try {
            store = CliStore.open(a.dataDir(), err);
        } catch (StoreException e) {
            err.println("エラー: " + e.getMessage());
            return Cli.FAILED;
        }
        BoardPicture.OffScreen drawing = BoardPicture.OffScreen.NONE;
        try {
            List<CaseSummary> targets = targets(store, a);
            BoardImages images = BoardImages.NONE;
            if (forms.slides() || forms.forms().stream().anyMatch(f -> f.id().equals("group-work"))) {
                drawing = BoardPicture.offScreen();
                if (drawing.available()) {
                    images = BoardImages.drawnBy(BoardPicture::render);
                } else {
                    err.println("注意: JavaFX を起動できないため、グループワーク記録" + (forms.slides() ? "と報告会スライド" : "")
                            + "はボードの画像なしで出力します（付箋の一覧は出力します）");
                }
            }
            ExportService service = new ExportService(store, images);
            ReportDeck deck = new ReportDeck(store, images);
            Path outDir;
            try {
                outDir = Path.of(a.outDir()).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                err.println("エラー: 出力先「" + a.outDir() + "」はフォルダ名として使えません。別のフォルダを指定してください");
                return Cli.FAILED;
            }
            boolean perCaseFolder = targets.size() > 1 || a.allCases();
            // folder names are unique per case (the prefecture, then a short id, tells two cases apart) and never
            // taken twice in one run, so no case writes over another's hand-outs
            java.util.Map<UUID, String> municipalities = FileNames.municipalityLabels(store.cases().summaries());
            Set<String> takenFolders = new java.util.HashSet<>();
            int written = 0;
            List<String> failures = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                CaseSummary c = targets.get(i);
                try {
                    UUID meetingId = a.meeting() == null ? null : meeting(store, c, a.meeting());
                    String municipality = municipalities.get(c.id());
                    Path folder = perCaseFolder ? outDir.resolve(FileNames.unique(FileNames.folder(c.fiscalYearsLabel(), municipality), takenFolders))
                            : outDir;
                    List<ExportService.Result> results = new ArrayList<>();
                    if (!forms.forms().isEmpty()) {
                        results.add(service.run(new ExportService.Request(c.id(), meetingId, forms.forms(), folder, municipality), (d, t, m) -> { }));
                    }
                    if (forms.slides()) {
                        results.add(deck.run(c.id(), folder, municipality, (d, t, m) -> { }));
                    }
                    for (ExportService.Result r : results) {
                        r.files().forEach(f -> out.println(f));
                        r.notes().forEach(n -> err.println("注意: " + label(c) + " " + n));
                        written += r.files().size();
                    }
                } catch (ReportException e) {
                    err.println("エラー: " + label(c) + "：" + e.getMessage());
                    failures.add(label(c));
                    if (!e.template().isEmpty()) {
                        // a broken template breaks every case alike: say so once, not for each case
                        int left = targets.size() - i - 1;
                        if (left > 0) {
                            err.println("テンプレートを直すまで出力できないため、残りの " + left + " 件のケースは出力していません");
                            targets.subList(i + 1, targets.size()).forEach(x -> failures.add(label(x)));
                        }
                        break;
                    }
                } catch (RuntimeException e) {
                    // an unexpected failure of one case: the others are still exported; the details go to the log
                    LOG.log(Level.WARNING, "export of case " + c.id() + " failed", e);
                    err.println("エラー: " + label(c) + "：このケースの配布資料を出力できませんでした。ほかのケースは続けて出力します。"
                            + "ケースの市町村名や会議名を確かめてから、もう一度出力してください");
                    failures.add(label(c));
                }
            }
            err.println(written + " 件のファイルを出力しました: " + outDir);
            if (!failures.isEmpty()) {
                err.println("出力できなかったケース（" + failures.size() + " 件）：");
                failures.forEach(f -> err.println("  " + f));
                return Cli.FAILED;
            }
            return Cli.OK;
        } catch (ReportException | StoreException e) {
            err.println("エラー: " + e.getMessage());
            return Cli.FAILED;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "export failed", e);
            err.println("エラー: 配布資料を出力できませんでした。出力先のフォルダとデータフォルダを確かめてから、もう一度実行してください");
            return Cli.FAILED;
        } finally {
            store.close();
            drawing.close();
        }
    }

    /** {@code --portfolio}: the 市町村一覧 of the prefectures given, into the folder. */
    private int portfolio(List<String> argv) throws UsageException {
        Options o = Options.parse(argv, List.of("--prefecture", "--out", "--data-dir"), List.of("--portfolio"), false);
        List<String> prefectures = prefectures(o.values("--prefecture"));
        String outDir = o.required("--out", "出力先フォルダ");
        Store store;
        try {
            store = CliStore.open(o.value("--data-dir"), err);
        } catch (StoreException e) {
            err.println("エラー: " + e.getMessage());
            return Cli.FAILED;
        }
        try {
            Path file = new PortfolioExport(store.directory()).write(store.portfolio().load(prefectures, java.time.LocalDate.now()),
                    Path.of(outDir).toAbsolutePath().normalize());
            out.println(file);
            return Cli.OK;
        } catch (java.nio.file.InvalidPathException e) {
            err.println("エラー: 出力先「" + outDir + "」はフォルダ名として使えません。別のフォルダを指定してください");
            return Cli.FAILED;
        } catch (ReportException | StoreException e) {
            err.println("エラー: " + e.getMessage());
            return Cli.FAILED;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "portfolio export failed", e);
            err.println("エラー: 市町村一覧を出力できませんでした。出力先のフォルダとデータフォルダを確かめてから、もう一度実行してください");
            return Cli.FAILED;
        } finally {
            store.close();
        }
    }

    /** The prefectures as the national list writes them (栃木県, 東京都…); a name it does not know is an argument error. */
    static List<String> prefectures(List<String> given) throws UsageException {
        if (given.isEmpty()) {
            throw new UsageException("--portfolio には --prefecture で都道府県を指定してください（例：--prefecture 栃木県）");
        }
        List<String> known = MunicipalityMaster.get().prefectures();
        Set<String> chosen = new LinkedHashSet<>();
        for (String g : given) {
            String p = g.strip();
            if (!known.contains(p)) {
                List<String> like = p.isEmpty() ? List.of() : known.stream().filter(k -> k.startsWith(p) || k.contains(p)).toList();
                throw new UsageException("都道府県「" + g + "」はありません。"
                        + (like.isEmpty() ? "" : like.stream().map(k -> "「" + k + "」").collect(Collectors.joining("、")) + " のことですか？")
                        + "都道府県名は「栃木県」「東京都」「大阪府」「北海道」のように、都・道・府・県まで書いてください");
            }
            chosen.add(p);
        }
        return List.copyOf(chosen);
    }

    private static Args parse(List<String> argv) throws UsageException {
        Options o = Options.parse(argv, List.of("--case", "--year", "--meeting", "--forms", "--out", "--data-dir"),
                List.of("--all-cases", "--include-archived"), false);
        Integer year = o.has("--year") ? year(o.value("--year")) : null;
        o.requireOneOf("--case", "--all-cases");
        if (o.has("--meeting") && o.values("--case").size() != 1) {
            throw new UsageException("--meeting は --case を一つだけ指定したときに使えます");
        }
        String outDir = o.required("--out", "出力先フォルダ");
        return new Args(o.values("--case"), o.has("--all-cases"), o.has("--include-archived"), year, o.value("--meeting"),
                o.has("--forms") ? o.value("--forms") : "all", outDir, o.value("--data-dir"));
    }

    /** The Excel forms asked for, and whether the 報告会 deck is ({@code slides}). */
    private record Chosen(List<ReportForm> forms, boolean slides) {
    }

    private static Chosen forms(String spec) throws UsageException {
        if (spec.isBlank() || spec.strip().equalsIgnoreCase("all")) {
            return new Chosen(FormRegistry.all(), false);
        }
        Set<ReportForm> chosen = new LinkedHashSet<>();
        boolean slides = false;
        for (String s : spec.split("[,、，]")) {
            if (s.isBlank()) {
                continue;
            }
            if (ReportDeck.named(s)) {
                slides = true;
                continue;
            }
            chosen.add(FormRegistry.find(s).orElseThrow(() -> new UsageException("様式「" + s.strip() + "」はありません。使える様式："
                    + FormRegistry.all().stream().map(f -> f.id() + "（" + f.title() + "）").collect(Collectors.joining("、")))));
        }
        if (chosen.isEmpty() && !slides) {
            throw new UsageException("--forms に様式を指定してください");
        }
        return new Chosen(List.copyOf(chosen), slides);
    }

    private static List<CaseSummary> targets(Store store, Args a) {
        List<CaseSummary> all = store.cases().summaries();
        if (a.allCases()) {
            List<CaseSummary> list = all.stream().filter(c -> a.includeArchived() || !c.archived())
                    .sorted(java.util.Comparator.comparing(CaseSummary::prefecture, java.util.Comparator.nullsLast(String::compareTo))
                            .thenComparing(CaseSummary::municipality, java.util.Comparator.nullsLast(String::compareTo)))
                    .toList();
            if (list.isEmpty()) {
                throw new ReportException("出力するケースがありません（データフォルダ: " + store.directory() + "）");
            }
            return list;
        }
        Integer year = a.year();
        List<CaseSummary> out = new ArrayList<>();
        for (String spec : a.cases()) {
            List<CaseSummary> found = all.stream().filter(c -> matches(c, spec)).filter(c -> year == null || c.fiscalYears().contains(year)).toList();
            if (found.isEmpty()) {
                throw new ReportException("ケース「" + spec + "」が見つかりません" + (year == null ? "" : "（" + JapaneseDates.fiscalYearLabel(year) + "）")
                        + "。ケースID か 市町村名で指定してください。");
            }
            if (found.size() > 1) {
                throw new ReportException("「" + spec + "」に当たるケースが " + found.size() + " 件あります。--year で年度を指定するか、ケースID で指定してください：\n"
                        + found.stream().map(c -> "  " + c.id() + "  " + label(c)).collect(Collectors.joining("\n")));
            }
            if (out.stream().noneMatch(c -> c.id().equals(found.get(0).id()))) {
                out.add(found.get(0)); // a case named twice is exported once
            }
        }
        return out;
    }

    static boolean matches(CaseSummary c, String spec) {
        String s = spec.strip();
        if (c.id().toString().equalsIgnoreCase(s)) {
            return true;
        }
        String m = Text.nullToEmpty(c.municipality());
        String p = Text.nullToEmpty(c.prefecture());
        return s.equals(m) || s.equals(p + m) || s.equals(p + " " + m) || s.equals(m + "（" + p + "）");
    }

    /** 2022, 令和4年度, 令和4, R4, r4年度. */
    static Integer year(String s) throws UsageException {
        String t = Text.toHalfWidthDigits(s.strip()).replace("年度", "").replace("年", "");
        try {
            if (t.matches("\\d{4}")) {
                return Integer.parseInt(t);
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(令和|R|r|平成|H|h)(元|\\d{1,2})$").matcher(t);
            if (m.matches()) {
                int y = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                boolean reiwa = m.group(1).equals("令和") || m.group(1).equalsIgnoreCase("R");
                return reiwa ? 2018 + y : 1988 + y;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message
        }
        throw new UsageException("年度「" + s + "」が読めません（例：2022、令和4年度、R4）");
    }

    private static UUID meeting(Store store, CaseSummary c, String spec) {
        List<Meeting> meetings = store.meetings().list(c.id());
        String s = spec.strip();
        List<Meeting> found = meetings.stream().filter(m -> m.getId().toString().equalsIgnoreCase(s) || m.displayTitle().equals(s)).toList();
        if (found.size() == 1) {
            return found.get(0).getId();
        }
        String list = meetings.stream().map(m -> "  " + m.getId() + "  " + m.displayTitle()
                + (m.getHeldOn() == null ? "" : "（" + JapaneseDates.wareki(m.getHeldOn()) + "）")).collect(Collectors.joining("\n"));
        throw new ReportException((found.isEmpty() ? "会議「" + spec + "」が見つかりません。" : "「" + spec + "」に当たる会議が複数あります。会議ID で指定してください。")
                + "\n" + label(c) + " の会議：\n" + list);
    }

    static String label(CaseSummary c) {
        return c.fiscalYearsLabel() + " " + c.municipality() + "（" + c.prefecture() + "）";
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
