package jp.banso.roadmap;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.ChangeSet;
import jp.banso.domain.Choices;
import jp.banso.domain.Edit;
import jp.banso.domain.Entity;
import jp.banso.domain.FieldError;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.OutcomeLevel;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapFollowUp;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Text;
import jp.banso.domain.UndoableModel;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.IndicatorCharts;
import jp.banso.store.BoardRepository;
import jp.banso.store.RoadmapRepository;

/**
 * A case's roadmap and every action on it. As on the board, each action is a {@link ChangeSet} written at once with
 * its undo history (one transaction), so undo and redo work for every action alike and after a restart
 * ({@link UndoableModel}). Edits of the same fields of one item typed in quick succession join into one step to undo.
 * No JavaFX here: the views listen and redraw.
 */
public final class RoadmapModel extends UndoableModel {
    /** A new item lasts this many months unless told otherwise. */
    static final int DEFAULT_MONTHS = 6;
    /** A 課題 statement longer than this becomes the item's description, its beginning the title. */
    static final int TITLE_FROM_ISSUE = 60;

    /** One field a person edits on an item: read, written, and named (edits of the same fields join). */
    private record Field<V>(String name, Function<RoadmapItem, V> get, BiConsumer<RoadmapItem, V> set) {
        boolean differs(RoadmapItem a, RoadmapItem b) {
            return !Objects.equals(get.apply(a), get.apply(b));
        }

        void copy(RoadmapItem from, RoadmapItem to) {
            set.accept(to, get.apply(from));
        }
    }

    /** Everything a person edits on an item (not its identity, case or stamps). */
    private static final List<Field<?>> EDITABLE = List.of(
            new Field<UUID>("issueId", RoadmapItem::getIssueId, RoadmapItem::setIssueId),
            new Field<String>("title", RoadmapItem::getTitle, RoadmapItem::setTitle),
            new Field<String>("description", RoadmapItem::getDescription, RoadmapItem::setDescription),
            new Field<String>("owners", RoadmapItem::getOwners, RoadmapItem::setOwners),
            new Field<LocalDate>("startMonth", RoadmapItem::getStartMonth, RoadmapItem::setStartMonth),
            new Field<LocalDate>("endMonth", RoadmapItem::getEndMonth, RoadmapItem::setEndMonth),
            new Field<LocalDate>("milestone", RoadmapItem::getMilestone, RoadmapItem::setMilestone),
            new Field<String>("phase", RoadmapItem::getPhase, RoadmapItem::setPhase),
            new Field<String>("indicatorName", RoadmapItem::getIndicatorName, RoadmapItem::setIndicatorName),
            new Field<String>("indicatorTarget", RoadmapItem::getIndicatorTarget, RoadmapItem::setIndicatorTarget),
            new Field<String>("indicatorCurrent", RoadmapItem::getIndicatorCurrent, RoadmapItem::setIndicatorCurrent),
            new Field<OutcomeLevel>("indicatorLevel", RoadmapItem::getIndicatorLevel, RoadmapItem::setIndicatorLevel),
            new Field<ItemStatus>("status", RoadmapItem::getStatus, RoadmapItem::setStatus),
            new Field<String>("notes", RoadmapItem::getNotes, RoadmapItem::setNotes),
            new Field<Integer>("sortOrder", RoadmapItem::getSortOrder, RoadmapItem::setSortOrder));

    private final BoardRepository issueSource;
    private final UUID caseId;
    private final Clock clock;
    private final RoadmapRepository repository;
    private final Map<UUID, RoadmapItem> items = new LinkedHashMap<>();
    private final Map<UUID, ProgressEntry> entries = new LinkedHashMap<>();
    private final Map<UUID, CaseIssue> issues = new LinkedHashMap<>();

    public RoadmapModel(RoadmapRepository repository, BoardRepository issueSource, UUID caseId) {
        this(repository, issueSource, caseId, Clock.systemDefaultZone());
    }

    public RoadmapModel(RoadmapRepository repository, BoardRepository issueSource, UUID caseId, Clock clock) {
        super(repository.history(caseId), RoadmapException::new, clock);
        this.repository = repository;
        this.issueSource = issueSource;
        this.caseId = caseId;
        this.clock = clock;
        repository.items(caseId).forEach(i -> items.put(i.getId(), i));
        repository.entries(caseId).forEach(p -> entries.put(p.getId(), p));
        reloadIssues();
    }

    /** The 課題一覧 is edited elsewhere too; call when coming back to the roadmap. */
    public void reloadIssues() {
        issues.clear();
        issueSource.issues(caseId).forEach(i -> issues.put(i.getId(), i));
    }

    /**
     * Reads the roadmap again after sync brought changes from the team server: items, progress entries and 課題 added,
     * changed or removed there enter memory and the views redraw them (an open form merges its own edit when saved).
     */
    public void refresh() {
        List<Entity> inMemory = new ArrayList<>(items.values());
        inMemory.addAll(entries.values());
        inMemory.addAll(issues.values());
        List<Entity> stored = new ArrayList<>(repository.items(caseId));
        stored.addAll(repository.entries(caseId));
        stored.addAll(issueSource.issues(caseId));
        tookServerChanges(inMemory, stored);
    }

    // --- reading ---

    public UUID caseId() {
        return caseId;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<Integer> caseYears = List.of();

    /** The case's 年度 (as Western start years): the years the roadmap shows and takes its examples from. */
    public void setCaseYears(List<Integer> years) {
        this.caseYears = List.copyOf(years);
    }

    public List<Integer> caseYears() {
        return caseYears;
    }

    /** A date for the examples of date fields: today if it falls in the case's 年度, else a day of its first 年度. */
    public LocalDate exampleDate() {
        return JapaneseDates.exampleDate(caseYears, today());
    }

    /** Where a new 取組 starts: this month if it falls in the case's 年度 (or the case has none), else the case's first April. */
    public YearMonth startForNew() {
        YearMonth now = YearMonth.from(today());
        if (caseYears.isEmpty() || caseYears.contains(JapaneseDates.fiscalYearOf(now))) {
            return now;
        }
        return YearMonth.from(JapaneseDates.fiscalYearStart(caseYears.stream().min(Integer::compare).orElseThrow()));
    }

    /** Items in their roadmap order. */
    public List<RoadmapItem> items() {
        return items.values().stream().sorted(Comparator.comparingInt(RoadmapItem::getSortOrder)
                .thenComparing(RoadmapItem::getCreatedAt, Comparator.nullsLast(Comparator.naturalOrder()))).collect(Collectors.toList());
    }

    public RoadmapItem item(UUID id) {
        return items.get(id);
    }

    /** Progress entries of an item, newest first. */
    public List<ProgressEntry> entries(UUID itemId) {
        return entries.values().stream().filter(p -> itemId.equals(p.getItemId()))
                .sorted(Comparator.comparing(ProgressEntry::getRecordedOn).thenComparing(ProgressEntry::getCreatedAt,
                        Comparator.nullsLast(Comparator.naturalOrder())).reversed())
                .collect(Collectors.toList());
    }

    public List<ProgressEntry> allEntries() {
        return List.copyOf(entries.values());
    }

    /** The item's indicator over its progress entries against its target (its アウトカム level in the title). */
    public Chart indicatorChart(UUID itemId) {
        return IndicatorCharts.progress(item(itemId), allEntries());
    }

    /** Every item's latest 達成度, the roadmap at a glance. */
    public Chart achievementChart() {
        return IndicatorCharts.achievements(items(), allEntries());
    }

    /** The case's 課題 by priority (as the 課題一覧 orders them). */
    public List<CaseIssue> issues() {
        return List.copyOf(issues.values());
    }

    public Optional<CaseIssue> issue(UUID issueId) {
        return issueId == null ? Optional.empty() : Optional.ofNullable(issues.get(issueId));
    }

    /** 課題 that no item works on yet, by priority. */
    public List<CaseIssue> issuesWithoutItems() {
        return issues.values().stream().filter(i -> items.values().stream().noneMatch(it -> i.getId().equals(it.getIssueId())))
                .collect(Collectors.toList());
    }

    /** Items lying wholly outside the 年度 shown ({@code firstYear} for {@code years} years). */
    public List<RoadmapItem> outside(int firstYear, int years) {
        YearMonth from = YearMonth.of(firstYear, 4);
        YearMonth to = YearMonth.of(firstYear + years, 3);
        return items().stream().filter(i -> i.end().isBefore(from) || i.start().isAfter(to)).collect(Collectors.toList());
    }

    /** Items nobody is named for yet. */
    public List<RoadmapItem> withoutOwner() {
        return items().stream().filter(i -> i.ownerList().isEmpty()).collect(Collectors.toList());
    }

    /** The 年度 span that shows every item (empty roadmap: none). */
    public Optional<int[]> fiscalYearSpan() {
        return items.values().stream().map(i -> JapaneseDates.fiscalYearOf(i.start())).min(Integer::compare)
                .map(first -> new int[] {first, items.values().stream().mapToInt(i -> JapaneseDates.fiscalYearOf(i.end())).max().orElse(first)});
    }

    public List<RoadmapFollowUp.Attention> attention() {
        return RoadmapFollowUp.check(items.values(), entries.values(), today());
    }

    // --- items ---

    /** A new item at the end, starting this month (or the given month) for {@value #DEFAULT_MONTHS} months. */
    public RoadmapItem addItem(String title, YearMonth start) {
        RoadmapItem item = newItem(title, start != null ? start : YearMonth.now(clock), items.size());
        run("取組を追加", e -> e.create(checked(item)));
        return item;
    }

    /** The name an item made from a 課題 is offered: the statement's first line, cut at {@value #TITLE_FROM_ISSUE} characters. */
    public static String suggestedTitle(CaseIssue issue) {
        String title = firstLine(issue.getStatement().strip());
        if (title.codePointCount(0, title.length()) > TITLE_FROM_ISSUE) {
            title = title.substring(0, title.offsetByCodePoints(0, TITLE_FROM_ISSUE - 1)) + "…";
        }
        return title;
    }

    /** Items from 課題 under their suggested names (see {@link #addFromIssues(Map, YearMonth)}). */
    public List<RoadmapItem> addFromIssues(List<UUID> issueIds, YearMonth start) {
        Map<UUID, String> names = new LinkedHashMap<>();
        for (UUID id : issueIds) {
            names.put(id, issue(id).map(RoadmapModel::suggestedTitle).orElse(null));
        }
        return addFromIssues(names, start);
    }

    /**
     * Items from 課題 in one action, each under the name the user gave it (a 取組 is an action, the 課題 a problem): the
     * 課題's statement becomes the description where it is not the name, its 担当部署 the 担当, and the link is kept.
     * 課題 that already have an item are skipped.
     */
    public List<RoadmapItem> addFromIssues(Map<UUID, String> names, YearMonth start) {
        List<UUID> issueIds = List.copyOf(names.keySet());
        List<RoadmapItem> created = new ArrayList<>();
        run(issueIds.size() == 1 ? "課題から取組を作成" : "課題から取組を作成（" + issueIds.size() + "件）", e -> {
            for (UUID id : issueIds) {
                CaseIssue issue = issue(id).orElseThrow(() -> new RoadmapException("課題が見つかりません（削除された可能性があります）"));
                if (items.values().stream().anyMatch(i -> id.equals(i.getIssueId()))) {
                    continue;
                }
                String statement = issue.getStatement().strip();
                String title = Text.isBlank(names.get(id)) ? suggestedTitle(issue) : names.get(id).strip();
                RoadmapItem item = newItem(title, start != null ? start : YearMonth.now(clock), items.size());
                if (!title.equals(statement)) {
                    item.setDescription(statement); // the whole 課題 stays readable beside the short title
                }
                item.setIssueId(id);
                item.setOwners(Text.trimToNull(issue.getDepartment()));
                item.setPhase(issue.getLevel() == IssueLevel.HIGH ? Choices.SHORT_TERM : null);
                e.create(checked(item));
                created.add(item);
            }
            if (created.isEmpty()) {
                throw new RoadmapException("選んだ課題には、すでに取組があります");
            }
        });
        return created;
    }

    private RoadmapItem newItem(String title, YearMonth start, int order) {
        RoadmapItem item = new RoadmapItem();
        item.setCaseId(caseId);
        item.setTitle(Text.isBlank(title) ? "新しい取組" : title.strip());
        item.setPeriod(start, start.plusMonths(DEFAULT_MONTHS - 1));
        item.setSortOrder(order);
        return item;
    }

    /**
     * Applies an edit made on a copy of the item (a table cell, say). Refused with the reasons when the result is not
     * valid. Edits of the same fields of the same item in quick succession join into one step to undo.
     */
    public void update(RoadmapItem edited) {
        apply(edited, changedFields(required(edited.getId()), edited));
    }

    /**
     * Applies what a form changed since it read the item ({@code baseline} → {@code edited}) onto the item as it is
     * now, so a form never takes back what was done meanwhile elsewhere (a bar dragged on the timeline, say).
     */
    public void update(RoadmapItem baseline, RoadmapItem edited) {
        RoadmapItem now = Entity.copyOf(required(edited.getId()));
        Set<String> changed = new TreeSet<>();
        for (Field<?> f : EDITABLE) {
            if (f.differs(baseline, edited)) {
                f.copy(edited, now);
                changed.add(f.name());
            }
        }
        apply(now, changed);
    }

    /** The edit joins the one before when it changed the same fields of the same item ({@link #JOIN_MILLIS}). */
    private void apply(RoadmapItem edited, Set<String> fields) {
        RoadmapItem live = required(edited.getId());
        checked(edited);
        run("取組「" + shortTitle(live) + "」を編集", e -> copyInto(edited, e.touch(live)), live.getId() + ":" + fields);
    }

    /** Names of the fields a person edits that differ. */
    private static Set<String> changedFields(RoadmapItem a, RoadmapItem b) {
        return EDITABLE.stream().filter(f -> f.differs(a, b)).map(Field::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Drag on the timeline or arrow keys: the whole bar {@code months} later (negative: earlier). */
    public void move(UUID itemId, int months) {
        RoadmapItem live = required(itemId);
        setPeriod(itemId, live.start().plusMonths(months), live.end().plusMonths(months), "取組「" + shortTitle(live) + "」を移動");
    }

    public void setPeriod(UUID itemId, YearMonth start, YearMonth end) {
        setPeriod(itemId, start, end, "取組「" + shortTitle(required(itemId)) + "」の期間を変更");
    }

    private void setPeriod(UUID itemId, YearMonth start, YearMonth end, String label) {
        RoadmapItem live = required(itemId);
        if (start.equals(live.start()) && end.equals(live.end())) {
            return;
        }
        RoadmapItem edited = Entity.copyOf(live);
        edited.setPeriod(start, end);
        checked(edited);
        run(label, e -> e.touch(live).setPeriod(start, end));
    }

    public void setMilestone(UUID itemId, LocalDate date) {
        RoadmapItem live = required(itemId);
        RoadmapItem edited = Entity.copyOf(live);
        edited.setMilestone(date);
        checked(edited);
        run(date == null ? "マイルストーンを削除" : "マイルストーンを設定", e -> e.touch(live).setMilestone(date));
    }

    /** Moves the item to {@code index} in the roadmap order (rows dragged, Ctrl+↑/↓). */
    public void reorder(UUID itemId, int index) {
        List<RoadmapItem> order = items();
        RoadmapItem moving = required(itemId);
        int from = order.indexOf(moving);
        int to = Math.max(0, Math.min(index, order.size() - 1));
        if (from == to) {
            return;
        }
        order.remove(from);
        order.add(to, moving);
        run("取組「" + shortTitle(moving) + "」の順番を変更", e -> {
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i).getSortOrder() != i) {
                    e.touch(order.get(i)).setSortOrder(i);
                }
            }
        });
    }

    /** Deletes items with their progress entries (undoable). */
    public void delete(List<UUID> itemIds) {
        run(itemIds.size() == 1 ? "取組「" + shortTitle(required(itemIds.get(0))) + "」を削除" : "取組を削除（" + itemIds.size() + "件）", e -> {
            for (UUID id : itemIds) {
                RoadmapItem item = required(id);
                entries.values().stream().filter(p -> id.equals(p.getItemId())).forEach(e::delete);
                e.delete(item);
            }
        });
    }

    // --- the 課題 items link to ---

    /** Items that would lose their 課題 if it were deleted. */
    public List<RoadmapItem> itemsLinkedTo(UUID issueId) {
        return items().stream().filter(i -> issueId.equals(i.getIssueId())).collect(Collectors.toList());
    }

    /** Deletes a 課題 and drops the links of the items that work on it (kept), in one action to undo. */
    public void deleteIssue(UUID issueId) {
        CaseIssue issue = issue(issueId).orElseThrow(() -> new RoadmapException("課題が見つかりません（削除された可能性があります）"));
        run(deleteIssueLabel(issue), e -> unlinkAndDelete(e, issue, itemsLinkedTo(issueId)));
    }

    /**
     * The same deletion from outside the roadmap (the 課題 page), without reading the whole roadmap: one action in the
     * roadmap's history, so the roadmap's 元に戻す brings the 課題 and its links back.
     */
    public static void deleteIssue(RoadmapRepository repository, UUID caseId, CaseIssue issue) {
        recordOutside(repository.history(caseId), deleteIssueLabel(issue),
                e -> unlinkAndDelete(e, issue, repository.itemsLinkedTo(issue.getId())));
    }

    /** The items stay, their links to the 課題 go. */
    private static void unlinkAndDelete(Edit e, CaseIssue issue, List<RoadmapItem> linked) {
        for (RoadmapItem item : linked) {
            e.touch(item).setIssueId(null);
        }
        e.delete(issue);
    }

    private static String deleteIssueLabel(CaseIssue issue) {
        return "課題「" + shorten(issue.getStatement()) + "」を削除";
    }

    // --- progress ---

    public ProgressEntry addProgress(UUID itemId, LocalDate on, String value, Integer achievement, String comment, String author) {
        RoadmapItem item = required(itemId);
        ProgressEntry p = new ProgressEntry();
        p.setCaseId(caseId);
        p.setItemId(itemId);
        p.setRecordedOn(on);
        p.setIndicatorValue(Text.trimToNull(value));
        p.setAchievement(achievement);
        p.setComment(Text.trimToNull(comment));
        p.setAuthor(Text.trimToNull(author));
        List<FieldError> errors = p.validate();
        if (!errors.isEmpty()) {
            throw new RoadmapException(errors.stream().map(FieldError::message).collect(Collectors.joining("\n")));
        }
        run("「" + shortTitle(item) + "」の進捗を記録", e -> {
            e.create(p);
            if (value != null && !value.isBlank() && isLatest(p)) {
                e.touch(item).setIndicatorCurrent(value.strip()); // the indicator's 現状値 follows the latest entry
            }
        });
        return p;
    }

    public void deleteProgress(UUID entryId) {
        ProgressEntry p = entries.get(entryId);
        if (p == null) {
            throw new RoadmapException("進捗の記録が見つかりません（削除された可能性があります）");
        }
        run("進捗の記録を削除", e -> e.delete(p));
    }

    private boolean isLatest(ProgressEntry p) {
        return entries.values().stream().filter(x -> x != p && p.getItemId().equals(x.getItemId()))
                .noneMatch(x -> x.getRecordedOn().isAfter(p.getRecordedOn()));
    }

    // --- memory: how the live entities take a change ---

    @Override
    protected void putInMemory(Entity e) {
        if (e instanceof RoadmapItem i) {
            RoadmapItem live = items.get(i.getId());
            if (live != null && live != i) {
                copyInto(i, live); // keep the instance views hold on to
                live.setCreatedAt(i.getCreatedAt());
                live.setUpdatedAt(i.getUpdatedAt());
            } else {
                items.put(i.getId(), i);
            }
        } else if (e instanceof ProgressEntry p) {
            entries.put(p.getId(), p);
        } else if (e instanceof CaseIssue i) {
            issues.put(i.getId(), i);
        }
    }

    @Override
    protected void removeFromMemory(Entity e) {
        if (e instanceof RoadmapItem) {
            items.remove(e.getId());
        } else if (e instanceof ProgressEntry) {
            entries.remove(e.getId());
        } else if (e instanceof CaseIssue) {
            issues.remove(e.getId());
        }
    }

    /** Everything a person edits on an item (not its identity or stamps). */
    static void copyInto(RoadmapItem from, RoadmapItem to) {
        EDITABLE.forEach(f -> f.copy(from, to));
    }

    private RoadmapItem required(UUID id) {
        RoadmapItem i = items.get(id);
        if (i == null) {
            throw new RoadmapException("取組が見つかりません（削除された可能性があります）");
        }
        return i;
    }

    private static RoadmapItem checked(RoadmapItem item) {
        List<FieldError> errors = item.validate();
        if (!errors.isEmpty()) {
            throw new RoadmapException(errors.stream().map(FieldError::message).distinct().collect(Collectors.joining("\n")));
        }
        return item;
    }

    /** A copy to edit in a form; hand it back to {@link #update}. */
    public RoadmapItem editableCopy(UUID itemId) {
        return Entity.copyOf(required(itemId));
    }

    static String shortTitle(RoadmapItem item) {
        return shorten(item.getTitle());
    }

    private static String shorten(String s) {
        String line = firstLine(s);
        return line.length() > 20 ? line.substring(0, 19) + "…" : line;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }
}
