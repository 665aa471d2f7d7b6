package jp.banso.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.banso.board.BoardModel;
import jp.banso.board.TemplateLibrary;
import jp.banso.bundle.BundleExport;
import jp.banso.bundle.BundleImport;
import jp.banso.bundle.CaseBundle;
import jp.banso.bundle.ImportPlan;
import jp.banso.cases.DemoCase;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueKind;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.SupportCase;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.store.BenchData;
import jp.banso.store.Store;

/**
 * Case bundles of 200 realistic cases: each is the さくら市 demo case (10 meetings with records, two boards, the
 * roadmap with progress) plus a third board of 100 notes and 10 more 課題 with a roadmap item each and two progress
 * entries — about 330 entities a case. One such case is built through the app's own models; the 200 are copies
 * with fresh UUIDs and their own municipality. Figures: export, file size, import into an empty folder, and importing
 * the same file again (all identical). Medians of three runs. Runs inside {@link CaseWorkbenchBenchmark}.
 */
final class BundleBenchmark {
    static final int CASES = 200;
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private BundleBenchmark() {
    }

    static List<String[]> run() throws Exception {
        Path root = Files.createTempDirectory("banso-bundle-bench");
        Path many = root.resolve("200-cases-in.banso");
        int entitiesPerCase = template(root.resolve("template"), many);
        try (Store source = Store.open(root.resolve("source"))) {
            importAll(source, many); // the 200 cases to export
            List<UUID> ids = source.cases().listAll().stream().map(SupportCase::getId).toList();
            if (ids.size() != CASES) {
                throw new IllegalStateException("expected " + CASES + " cases, got " + ids.size());
            }
            Path out = root.resolve("200-cases.banso");
            List<Double> export = new ArrayList<>();
            long bytes = 0;
            for (int i = 0; i < 4; i++) {
                long t = System.nanoTime();
                bytes = BundleExport.export(source, ids, out, s -> { }).bytes();
                export.add(ms(t));
            }
            List<Double> intoEmpty = new ArrayList<>();
            List<Double> again = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                try (Store empty = Store.open(root.resolve("empty-" + i))) {
                    long t = System.nanoTime();
                    BundleImport.Result r = importAll(empty, out);
                    intoEmpty.add(ms(t));
                    // every case arrives (the template's count is one case's; the generated cases vary around it)
                    if (empty.cases().count() != CASES) {
                        throw new IllegalStateException("imported " + empty.cases().count() + " cases (" + r.addedTotal() + " rows)");
                    }
                    t = System.nanoTime();
                    BundleImport.Result same = importAll(empty, out);
                    again.add(ms(t));
                    if (same.addedTotal() + same.replacedTotal() != 0) {
                        throw new IllegalStateException("a second import changed " + same.summary());
                    }
                }
            }
            List<String[]> rows = new ArrayList<>();
            String what = "ケースファイル：" + CASES + "ケース（1ケース約" + entitiesPerCase + "件：会議10・ボード3面・付箋約120枚・課題12・ロードマップ15）";
            rows.add(CaseWorkbenchBenchmark.stats(what + "の書き出し", export.subList(1, export.size()), -1));
            rows.add(new String[] {"　ファイルの大きさ", String.format("%.1f MB", bytes / (1024.0 * 1024)), "—", "—"});
            rows.add(CaseWorkbenchBenchmark.stats("　空のデータフォルダへの取り込み（読み込み・検証・比較・書き込み）", intoEmpty, -1));
            rows.add(CaseWorkbenchBenchmark.stats("　同じファイルの再取り込み（すべて同じ、書き込みなし）", again, -1));
            return rows;
        } finally {
            try (Stream<Path> s = Files.walk(root)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static BundleImport.Result importAll(Store store, Path file) {
        CaseBundle b = BundleImport.read(store, file);
        return BundleImport.apply(store, BundleImport.plan(store, b, ImportPlan.Prefer.NEWER), s -> { });
    }

    /** Builds the template case, and writes a bundle of {@link #CASES} copies of it. Returns entities per case. */
    private static int template(Path dir, Path target) throws Exception {
        Path one = dir.resolve("one.banso");
        try (Store store = Store.open(dir)) {
            SupportCase c = DemoCase.create(store);
            var board = BoardModel.create(store.boards(), c.getId(), null, "グループワーク（大）", TemplateLibrary.load(null).defaultTemplate());
            BenchData.fillBoard(store, new BoardModel(store.boards(), board.getId()), 100, 7);
            for (int i = 0; i < 10; i++) {
                CaseIssue issue = new CaseIssue();
                issue.setCaseId(c.getId());
                issue.setStatement("課題 " + i + "：通所Ｃの位置付けと対象者像を、包括・ケアマネ・事業所と共有する");
                issue.setRank(i + 3);
                issue.setLevel(IssueLevel.values()[i % 3]);
                issue.setKind(IssueKind.values()[i % 2]);
                issue.setDirection("関係者の会議で検討する");
                store.boards().save(issue);
            }
            RoadmapModel roadmap = new RoadmapModel(store.roadmaps(), store.boards(), c.getId());
            List<UUID> linked = roadmap.items().stream().map(RoadmapItem::getIssueId).filter(java.util.Objects::nonNull).toList();
            List<UUID> open = roadmap.issues().stream().map(CaseIssue::getId).filter(id -> !linked.contains(id)).toList();
            for (RoadmapItem item : roadmap.addFromIssues(open, YearMonth.of(2024, 4))) {
                roadmap.addProgress(item.getId(), LocalDate.of(2024, 9, 30), "3回", 30, "順調", "府県");
                roadmap.addProgress(item.getId(), LocalDate.of(2025, 3, 31), "7回", 60, "担い手の研修を開始", "府県");
            }
            BundleExport.export(store, List.of(c.getId()), one, s -> { });
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode t = (ObjectNode) json.readTree(one.toFile());
        int entities = 0;
        for (JsonNode v : t.get("cases").get(0)) {
            entities += v.isArray() && v.size() > 0 && v.get(0).isObject() ? v.size() : v.isObject() ? 1 : 0;
        }
        entities += 2; // the municipality and its profile
        ObjectNode out = t.deepCopy();
        ArrayNode municipalities = out.putArray("municipalities");
        ArrayNode snapshots = out.putArray("profileSnapshots");
        ArrayNode cases = out.putArray("cases");
        String m = t.get("municipalities").get(0).toString();
        String p = t.get("profileSnapshots").toString();
        String c = t.get("cases").get(0).toString();
        for (int i = 0; i < CASES; i++) {
            Map<String, String> ids = new HashMap<>();
            ObjectNode mi = (ObjectNode) json.readTree(fresh(m, ids));
            mi.put("name", "ベンチ市" + (i + 1));
            mi.put("prefecture", jp.banso.domain.Choices.PREFECTURES.get(i % jp.banso.domain.Choices.PREFECTURES.size()));
            municipalities.add(mi);
            json.readTree(fresh(p, ids)).forEach(snapshots::add);
            cases.add(json.readTree(fresh(c, ids)));
        }
        json.writeValue(target.toFile(), out);
        return entities;
    }

    /** The text with every UUID replaced by a new one (the same old id always by the same new one). */
    private static String fresh(String text, Map<String, String> ids) {
        Matcher x = UUID_TEXT.matcher(text);
        StringBuilder b = new StringBuilder();
        while (x.find()) {
            x.appendReplacement(b, ids.computeIfAbsent(x.group(), k -> UUID.randomUUID().toString()));
        }
        x.appendTail(b);
        return b.toString();
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** Just the bundle figures ({@code java -cp … jp.banso.bench.BundleBenchmark}). */
    public static void main(String[] args) throws Exception {
        for (String[] r : run()) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
    }
}
