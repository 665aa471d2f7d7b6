package jp.banso.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Entity;
import jp.banso.domain.Lane;
import jp.banso.domain.Note;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.NoteLink;
import jp.banso.domain.NoteVote;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Speaker;
import jp.banso.domain.VoteRound;
import jp.banso.store.BackupReason;
import jp.banso.store.Backups;
import jp.banso.store.CaseBundleRows;
import jp.banso.store.Store;
import jp.banso.store.StoreException;

/**
 * Importing a case bundle: read and check it ({@link #read}), compare it with this Banso by UUID ({@link #plan}),
 * then write it in one transaction ({@link #apply}). An entity the file has and this Banso has not is added; one that
 * is the same on both sides (every field but the created/updated times) is skipped; one that differs is a conflict,
 * decided per entity (by default the side changed last wins). An entity this Banso has and the file has not stays;
 * only the file's deletions (tombstones) delete, and only rows not changed here after the deletion: a row edited here
 * since is kept and said in the plan's notes. 年度 are part of their case. Speakers are added by name and never overwritten.
 */
public final class BundleImport {

    private BundleImport() {
    }

    /** Reads and checks a bundle against this store's limits. Throws {@link BundleException} and changes nothing. */
    public static CaseBundle read(Store store, Path file) {
        BundleFile f = BundleJson.read(file);
        CaseBundle bundle = BundleCheck.check(file, f, new CaseBundleRows(store).columns());
        BundleCheck.noFollowUpCycles(bundle, store.cases().listAll());
        return bundle;
    }

    /** Compares the bundle with the store; writes nothing. */
    /**
     * A file within the limits may still add notes to a board of this Banso that already holds many: the board would
     * then be refused by the board page. Refused here instead, before anything is written.
     */
    private static void boardsStayWithinTheLimit(Store store, BundleFile f, ImportPlan plan) {
        Set<UUID> newNotes = plan.added.getOrDefault(BundleKind.NOTE, Set.of());
        Map<UUID, Integer> addedPerBoard = new HashMap<>();
        for (Entity e : f.all(BundleKind.NOTE)) {
            jp.banso.domain.Note n = (jp.banso.domain.Note) e;
            if (plan.localBoards.contains(n.getBoardId()) && newNotes.contains(n.getId())) {
                addedPerBoard.merge(n.getBoardId(), 1, Integer::sum);
            }
        }
        List<String> problems = new java.util.ArrayList<>();
        for (Map.Entry<UUID, Integer> b : addedPerBoard.entrySet()) {
            long total = (long) store.boards().noteCount(b.getKey()) + b.getValue();
            if (jp.banso.domain.Limits.NOTES_PER_BOARD.exceeded(total)) {
                String title = store.boards().board(b.getKey()).map(x -> x.getTitle()).orElse("");
                problems.add(jp.banso.domain.Limits.NOTES_PER_BOARD.tooMany("取り込んだ後のボード「" + title + "」", total));
            }
        }
        if (!problems.isEmpty()) {
            throw new BundleException("このケースファイルを取り込むと、ボードの付箋が多すぎて開けなくなるため取り込めません（何も変更していません）：\n・"
                    + String.join("\n・", problems) + "\nボードを分けてから書き出してもらってください。");
        }
    }

    public static ImportPlan plan(Store store, CaseBundle bundle, ImportPlan.Prefer prefer) {
        CaseBundleRows rows = new CaseBundleRows(store);
        BundleFile f = bundle.file();
        ImportPlan plan = new ImportPlan(bundle);
        plan.notes.addAll(bundle.notes());
        MunicipalityMatch.ontoThisBanso(store.cases(), f, plan.notes);

        // a case may follow a case that is neither in the file nor here: the link is dropped (it is a link, not data)
        Set<UUID> inFile = new HashSet<>();
        f.cases.forEach(c -> inFile.add(c.supportCase.getId()));
        Set<UUID> followed = new HashSet<>();
        f.cases.forEach(c -> {
            if (c.supportCase.getFollowsCaseId() != null && !inFile.contains(c.supportCase.getFollowsCaseId())) {
                followed.add(c.supportCase.getFollowsCaseId());
            }
        });
        Set<UUID> here = followed.isEmpty() ? Set.of() : rows.existingCases(followed);
        for (BundleFile.CaseEntry c : f.cases) {
            UUID follows = c.supportCase.getFollowsCaseId();
            if (follows != null && !inFile.contains(follows) && !here.contains(follows)) {
                c.supportCase.setFollowsCaseId(null);
                plan.notes.add("ケース「" + bundle.caseLabel(c.supportCase.getId()) + "」のフォローアップ元のケースがファイルにもこのBansoにもないため、そのつながりは取り込みません。");
            }
        }

        Map<CaseBundleRows.Table<? extends Entity>, Set<UUID>> ids = new LinkedHashMap<>();
        for (BundleKind k : BundleKind.values()) {
            Set<UUID> s = new HashSet<>();
            f.all(k).forEach(e -> s.add(e.getId()));
            ids.put(k.table(), s);
        }
        CaseBundleRows.Rows local = rows.find(ids);
        // a record of this Banso never moves to another case, board, meeting… (docs/decisions/0009): refuse the file
        OwnerCheck.check(bundle, local, rows);
        Map<UUID, List<Integer>> theirYears = new HashMap<>();
        f.cases.forEach(c -> theirYears.put(c.supportCase.getId(), c.fiscalYears));
        local.get(CaseBundleRows.BOARD).forEach(b -> plan.localBoards.add(b.getId()));
        local.get(CaseBundleRows.SUPPORT_CASE).forEach(c -> plan.localCases.add(c.getId()));

        for (BundleKind k : BundleKind.values()) {
            Map<UUID, Entity> mine = new HashMap<>();
            local.get(k.table()).forEach(e -> mine.put(e.getId(), e));
            int added = 0;
            int identical = 0;
            int conflicts = 0;
            Set<UUID> toWrite = new HashSet<>();
            for (Entity theirs : f.all(k)) {
                Entity m = mine.get(theirs.getId());
                if (m == null) {
                    added++;
                    toWrite.add(theirs.getId());
                    if (k == BundleKind.CASE) {
                        plan.newCases++;
                    }
                    continue;
                }
                ObjectNode a = content(k, m, local.fiscalYears.get(m.getId()));
                ObjectNode b = content(k, theirs, theirYears.get(theirs.getId()));
                if (a.equals(b)) {
                    identical++;
                    continue;
                }
                conflicts++;
                toWrite.add(theirs.getId());
                List<String> fields = differing(a, b);
                UUID caseId = k == BundleKind.CASE ? theirs.getId() : bundle.caseOf(k, theirs.getId());
                plan.conflicts.add(new ImportPlan.Conflict(k, theirs.getId(), bundle.caseLabel(caseId), k.describe(theirs), fields,
                        values(k, a, fields), values(k, b, fields), m.getUpdatedAt(), theirs.getUpdatedAt(),
                        prefer.choose(m.getUpdatedAt(), theirs.getUpdatedAt())));
            }
            plan.added.put(k, toWrite);
            if (added + identical + conflicts > 0) {
                plan.counts.put(k, new ImportPlan.Counts(added, identical, conflicts, 0));
            }
        }
        deletions(rows, bundle, plan);
        boardsStayWithinTheLimit(store, f, plan);

        Set<String> names = new HashSet<>();
        local.authors.forEach(a -> names.add(a.name()));
        for (Speaker a : f.noteAuthors) {
            if (names.add(a.name())) {
                plan.newAuthors.add(a);
            }
        }
        if (!plan.newAuthors.isEmpty()) {
            plan.notes.add("発言者 " + plan.newAuthors.size() + " 人を一覧に加えます（"
                    + String.join("、", plan.newAuthors.stream().map(a -> a.name()).toList()) + "）。");
        }
        return plan;
    }

    /**
     * The file's deletions against this Banso: a row here is deleted when neither it nor a row that goes with it or
     * points to it was changed after the deletion (updated_at ≤ deletedAt); one changed since stays and is said in the
     * notes; one not here is nothing to do. A deletion never reaches into another case: a file naming a row of another
     * case here is refused (a record never moves: docs/decisions/0009).
     */
    private static void deletions(CaseBundleRows rows, CaseBundle bundle, ImportPlan plan) {
        Map<BundleKind, Map<UUID, BundleFile.Deletion>> byKind = new EnumMap<>(BundleKind.class);
        Map<UUID, UUID> caseOf = new HashMap<>();
        for (BundleFile.CaseEntry c : bundle.file().cases) {
            for (BundleFile.Deletion d : c.deletions) {
                byKind.computeIfAbsent(BundleKind.listedAs(d.kind), k -> new LinkedHashMap<>()).put(d.id, d);
                caseOf.put(d.id, c.supportCase.getId());
            }
        }
        List<String> elsewhere = new ArrayList<>();
        for (Map.Entry<BundleKind, Map<UUID, BundleFile.Deletion>> e : byKind.entrySet()) {
            BundleKind k = e.getKey();
            Map<UUID, CaseBundleRows.Doomed> here = rows.beforeDeleting(k.table(), e.getValue().keySet());
            Map<UUID, Entity> local = new HashMap<>();
            rows.find(Map.of(k.table(), here.keySet())).get(k.table()).forEach(x -> local.put(x.getId(), x));
            int deleted = 0;
            for (BundleFile.Deletion d : e.getValue().values()) {
                CaseBundleRows.Doomed h = here.get(d.id);
                Entity row = local.get(d.id);
                String described = row == null ? "" : k.describe(row);
                String what = k.label() + (described.isEmpty() ? "" : "「" + described + "」");
                if (h == null || row == null) {
                    plan.alreadyAbsent++;
                } else if (!h.caseId().equals(caseOf.get(d.id))) {
                    elsewhere.add(what + "（id " + d.id + "）：ファイルではケース「" + bundle.caseLabel(caseOf.get(d.id))
                            + "」から削除されたことになっていますが、このBansoでは別のケースのものです");
                } else if (h.lastChanged().isAfter(d.deletedAt)) {
                    plan.keptNewer++;
                    plan.notes.add(what + "（ケース「" + bundle.caseLabel(h.caseId()) + "」）は、ファイルでは " + PlanText.when(d.deletedAt)
                            + " に削除されていますが、このBansoでその後（" + PlanText.when(h.lastChanged())
                            + "）に変更されている（属するものを含む）ため、削除せずに残します。");
                } else {
                    plan.deleting.add(new ImportPlan.Deleting(k, row, d.deletedAt));
                    deleted++;
                }
            }
            if (deleted > 0) {
                ImportPlan.Counts c = plan.counts.getOrDefault(k, new ImportPlan.Counts(0, 0, 0, 0));
                plan.counts.put(k, new ImportPlan.Counts(c.added(), c.identical(), c.conflicts(), deleted));
            }
        }
        if (!elsewhere.isEmpty()) {
            throw new BundleException(BundleCheck.listed(elsewhere.subList(0, Math.min(elsewhere.size(), BundleCheck.MAX_LISTED)),
                    elsewhere.size() > BundleCheck.MAX_LISTED ? "\n・ほか " + (elsewhere.size() - BundleCheck.MAX_LISTED) + " 件" : ""));
        }
    }

    /** The entity's content for comparing: every column but the created and updated times; a case with its 年度. */
    private static ObjectNode content(BundleKind k, Entity e, List<Integer> years) {
        ObjectNode n = BundleJson.tree(e);
        n.remove("createdAt");
        n.remove("updatedAt");
        if (k == BundleKind.CASE) {
            var list = n.putArray("fiscalYears");
            (years == null ? List.<Integer>of() : new java.util.TreeSet<>(years)).forEach(list::add);
        }
        return n;
    }

    private static List<String> differing(ObjectNode a, ObjectNode b) {
        List<String> out = new ArrayList<>();
        Iterator<String> names = b.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!b.get(n).equals(a.get(n))) {
                out.add(n);
            }
        }
        return out;
    }

    private static String values(BundleKind k, ObjectNode n, List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            JsonNode v = n.get(f);
            String s = v == null || v.isNull() ? "（なし）" : v.isTextual() ? v.asText() : v.toString();
            s = s.replaceAll("\\s+", " ").strip();
            if (s.codePointCount(0, s.length()) > 200) {
                s = s.substring(0, s.offsetByCodePoints(0, 199)) + "…";
            }
            b.append(b.length() > 0 ? " ／ " : "").append(FieldLabels.of(k, f)).append("：").append(s);
        }
        return b.toString();
    }

    /** What an import did. */
    public record Result(Map<BundleKind, Integer> added, Map<BundleKind, Integer> replaced, Map<BundleKind, Integer> deleted,
                         int keptMine, int identical, int authorsAdded, int boardHistoriesCleared, int roadmapHistoriesCleared,
                         List<String> notes) {

        public int addedTotal() {
            return added.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int replacedTotal() {
            return replaced.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int deletedTotal() {
            return deleted.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** A few lines in Japanese for the dialog and the command line. */
        public String summary() {
            StringBuilder b = new StringBuilder();
            b.append("追加 ").append(addedTotal()).append(" 件、ファイルの内容で更新 ").append(replacedTotal())
                    .append(" 件、削除 ").append(deletedTotal()).append(" 件、自分の内容を残した ").append(keptMine).append(" 件、同じ内容で変更なし ").append(identical).append(" 件");
            if (addedTotal() + replacedTotal() + deletedTotal() > 0) {
                b.append("\n内訳：");
                List<String> parts = new ArrayList<>();
                for (BundleKind k : BundleKind.values()) {
                    int a = added.getOrDefault(k, 0);
                    int r = replaced.getOrDefault(k, 0);
                    int d = deleted.getOrDefault(k, 0);
                    if (a + r + d > 0) {
                        parts.add(k.label() + (a > 0 ? " 追加" + a : "") + (r > 0 ? " 更新" + r : "") + (d > 0 ? " 削除" + d : ""));
                    }
                }
                b.append(String.join("、", parts));
                b.append("\n取り込む前の状態はバックアップ（取り込み前）に残してあります（ファイル › バックアップから復元… で戻せます）");
            }
            if (authorsAdded > 0) {
                b.append("\n発言者 ").append(authorsAdded).append(" 人を一覧に加えました");
            }
            if (boardHistoriesCleared + roadmapHistoriesCleared > 0) {
                b.append("\n取り込みで変わったボード ").append(boardHistoriesCleared).append(" 面・ロードマップ ")
                        .append(roadmapHistoriesCleared).append(" 件の「元に戻す」履歴を消去しました（取り込んだ内容を元に戻すで上書きしないため）");
            }
            for (String n : notes) {
                b.append("\n").append(n);
            }
            return b.toString();
        }
    }

    /**
     * Writes the plan with its choices in one transaction: new entities, and the file's version of each conflict
     * set to {@link ImportPlan.Choice#THEIRS}, parents first, and the rows the file's deletions delete. Undo
     * histories of boards and roadmaps that change are cleared. If anything fails, nothing is written.
     */
    public static Result apply(Store store, ImportPlan plan, Consumer<String> progress) {
        BundleFile f = plan.bundle().file();
        Map<BundleKind, Set<UUID>> conflicts = new EnumMap<>(BundleKind.class);
        Map<BundleKind, Set<UUID>> replace = new EnumMap<>(BundleKind.class);
        int kept = 0;
        for (ImportPlan.Conflict c : plan.conflicts) {
            conflicts.computeIfAbsent(c.kind(), k -> new HashSet<>()).add(c.id());
            if (c.choice() == ImportPlan.Choice.THEIRS) {
                replace.computeIfAbsent(c.kind(), k -> new HashSet<>()).add(c.id());
            } else {
                kept++;
            }
        }
        Map<BundleKind, Integer> added = new EnumMap<>(BundleKind.class);
        Map<BundleKind, Integer> replaced = new EnumMap<>(BundleKind.class);
        CaseBundleRows.Writes w = new CaseBundleRows.Writes();
        Map<UUID, List<Integer>> years = new HashMap<>();
        f.cases.forEach(c -> years.put(c.supportCase.getId(), c.fiscalYears));
        for (BundleKind k : BundleKind.values()) {
            Set<UUID> candidates = plan.added.getOrDefault(k, Set.of());
            Set<UUID> conflicting = conflicts.getOrDefault(k, Set.of());
            Set<UUID> theirs = replace.getOrDefault(k, Set.of());
            for (Entity e : f.all(k)) {
                UUID id = e.getId();
                boolean conflict = conflicting.contains(id);
                if (!candidates.contains(id) || conflict && !theirs.contains(id)) {
                    continue; // identical, or mine kept
                }
                w.rows.add(k.table(), e);
                (conflict ? replaced : added).merge(k, 1, Integer::sum);
                if (k == BundleKind.CASE) {
                    w.fiscalYears.put(id, years.get(id));
                }
                clearHistory(k, e, w, plan);
            }
        }
        Map<BundleKind, Integer> deleted = new EnumMap<>(BundleKind.class);
        for (ImportPlan.Deleting d : plan.deleting) {
            w.deletes.computeIfAbsent(d.kind().table(), t -> new LinkedHashMap<>()).put(d.row().getId(), d.deletedAt());
            deleted.merge(d.kind(), 1, Integer::sum);
            clearHistory(d.kind(), d.row(), w, plan);
        }
        int inStep = issuesFollowTheirNotes(store, f, w, plan);
        List<String> notes = new ArrayList<>(plan.notes());
        if (inStep > 0) {
            notes.add("課題 " + inStep + " 件の文（課題・あるべき姿・現状）を、結ばれた付箋の取り込み後の内容に合わせました");
        }
        plan.newAuthors.forEach(a -> w.addAuthors.add(a));
        if (!w.isEmpty()) {
            backUpFirst(store, progress);
        }
        CaseBundleRows.Written written;
        try {
            written = new CaseBundleRows(store).write(w, table -> progress.accept(BundleKind.of(tableOf(table)).label() + "を書き込んでいます…"));
        } catch (RuntimeException e) {
            throw new BundleException("取り込めませんでした（何も変更していません）：" + reason(e), e);
        }
        return new Result(added, replaced, deleted, kept, plan.identical(), plan.newAuthors.size(), written.boardHistoriesCleared(),
                written.roadmapHistoriesCleared(), notes);
    }

    /**
     * A 課題 made from notes keeps a copy of their text (課題・あるべき姿・現状), which the board keeps in step when a
     * note is edited; an import keeps it in step the same way, with the notes as they will be after it: a note taken
     * from the file updates the copy of a 課題 kept here, and a 課題 taken from the file gets the text of a note kept
     * here. Only notes of the 課題's own case count. Adds the 課題 kept here that change to the writes; returns how many
     * 課題 were brought in step.
     */
    private static int issuesFollowTheirNotes(Store store, BundleFile f, CaseBundleRows.Writes w, ImportPlan plan) {
        Map<UUID, String> noteText = new HashMap<>();
        // the case of each note: a 課題 follows only notes of its own case (a file must not copy one case's words into another)
        Map<UUID, UUID> noteCase = new HashMap<>();
        w.rows.get(CaseBundleRows.BOARD_NOTE).forEach(n -> {
            noteText.put(n.getId(), n.getText());
            noteCase.put(n.getId(), plan.bundle().caseOf(BundleKind.NOTE, n.getId()));
        });
        Set<UUID> fromFile = new HashSet<>();
        Map<UUID, CaseIssue> issues = new LinkedHashMap<>();
        w.rows.get(CaseBundleRows.CASE_ISSUE).forEach(i -> {
            issues.put(i.getId(), i);
            fromFile.add(i.getId());
        });
        if (!noteText.isEmpty()) {
            for (BundleFile.CaseEntry c : f.cases) {
                if (plan.localCases.contains(c.supportCase.getId())) {
                    for (CaseIssue i : store.boards().issues(c.supportCase.getId())) {
                        if (!issues.containsKey(i.getId()) && linkedNotes(i).stream().anyMatch(noteText::containsKey)) {
                            issues.put(i.getId(), i);
                        }
                    }
                }
            }
        }
        Set<UUID> keptHere = new HashSet<>();
        issues.values().forEach(i -> linkedNotes(i).stream().filter(n -> !noteText.containsKey(n)).forEach(keptHere::add));
        if (!keptHere.isEmpty()) {
            CaseBundleRows rows = new CaseBundleRows(store);
            List<Note> kept = rows.find(Map.of(CaseBundleRows.BOARD_NOTE, keptHere)).get(CaseBundleRows.BOARD_NOTE);
            Map<UUID, UUID> boardCase = new HashMap<>();
            rows.find(Map.of(CaseBundleRows.BOARD, kept.stream().map(Note::getBoardId).toList())).get(CaseBundleRows.BOARD)
                    .forEach(b -> boardCase.put(b.getId(), b.getCaseId()));
            kept.forEach(n -> {
                noteText.put(n.getId(), n.getText());
                noteCase.put(n.getId(), boardCase.get(n.getBoardId()));
            });
        }
        int changed = 0;
        for (CaseIssue i : issues.values()) {
            Set<UUID> ofItsCase = new HashSet<>(linkedNotes(i));
            ofItsCase.removeIf(n -> i.getCaseId() == null || !i.getCaseId().equals(noteCase.get(n)));
            boolean c = follow(i.getNoteId(), i.getStatement(), noteText, ofItsCase, i::setStatement);
            c |= follow(i.getVisionNoteId(), i.getVisionText(), noteText, ofItsCase, i::setVisionText);
            c |= follow(i.getCurrentNoteId(), i.getCurrentText(), noteText, ofItsCase, i::setCurrentText);
            if (c) {
                changed++;
                if (!fromFile.contains(i.getId())) {
                    i.setUpdatedAt(java.time.Instant.now());
                    w.rows.add(CaseBundleRows.CASE_ISSUE, i);
                    clearHistory(BundleKind.ISSUE, i, w, plan);
                }
            }
        }
        return changed;
    }

    private static List<UUID> linkedNotes(CaseIssue i) {
        List<UUID> out = new ArrayList<>(3);
        for (UUID id : new UUID[] {i.getNoteId(), i.getVisionNoteId(), i.getCurrentNoteId()}) {
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }

    private static boolean follow(UUID noteId, String copy, Map<UUID, String> noteText, Set<UUID> ofItsCase, Consumer<String> set) {
        if (noteId == null || !ofItsCase.contains(noteId) || !noteText.containsKey(noteId) || java.util.Objects.equals(copy, noteText.get(noteId))) {
            return false;
        }
        set.accept(noteText.get(noteId));
        return true;
    }

    /** A 取り込み前 backup, so even a merge chosen wrongly can be taken back with バックアップから復元. */
    private static void backUpFirst(Store store, Consumer<String> progress) {
        progress.accept("取り込み前のバックアップを作っています…");
        try {
            new Backups(store.directory()).take(store, BackupReason.BEFORE_IMPORT);
        } catch (RuntimeException e) {
            throw new BundleException("取り込み前のバックアップを作れないため、取り込みを中止しました（何も変更していません）：" + reason(e), e);
        }
    }

    private static CaseBundleRows.Table<? extends Entity> tableOf(String name) {
        return CaseBundleRows.TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** Why the write failed, for the user: the store's own words, a full disk, or what to try; the detail is logged. */
    private static String reason(RuntimeException e) {
        java.util.logging.Logger.getLogger(BundleImport.class.getName()).log(java.util.logging.Level.WARNING, "import failed", e);
        if (StoreException.find(e).isPresent()) {
            return StoreException.find(e).get().getMessage();
        }
        if (jp.banso.store.StorageFailure.is(e)) {
            return "データフォルダに書き込めません。ディスクの空きがあるか確かめて、もう一度お試しください。";
        }
        return "予期しない問題が起きました。もう一度お試しください。続く場合は、ファイルを書き出した人に送り直してもらってください。";
    }

    /** A changed board, lane, note… clears that board's undo history; a 課題 every board's of the case and the roadmap's. */
    private static void clearHistory(BundleKind k, Entity e, CaseBundleRows.Writes w, ImportPlan plan) {
        UUID board = switch (k) {
            case BOARD -> e.getId();
            case LANE -> ((Lane) e).getBoardId();
            case NOTE_GROUP -> ((NoteGroup) e).getBoardId();
            case NOTE -> ((Note) e).getBoardId();
            case NOTE_LINK -> ((NoteLink) e).getBoardId();
            case VOTE_ROUND -> ((VoteRound) e).getBoardId();
            case NOTE_VOTE -> ((NoteVote) e).getBoardId();
            default -> null;
        };
        if (board != null && plan.localBoards.contains(board)) {
            w.clearBoardHistory.add(board);
        }
        if (k == BundleKind.ISSUE) {
            UUID c = ((CaseIssue) e).getCaseId();
            w.clearBoardHistoriesOfCase.add(c);
            w.clearRoadmapHistory.add(c);
        }
        if (k == BundleKind.ROADMAP_ITEM) {
            w.clearRoadmapHistory.add(((RoadmapItem) e).getCaseId());
        }
        if (k == BundleKind.PROGRESS_ENTRY) {
            w.clearRoadmapHistory.add(((ProgressEntry) e).getCaseId());
        }
    }
}
