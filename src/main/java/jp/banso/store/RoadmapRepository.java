package jp.banso.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Entity;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.UndoableModel;
import org.jdbi.v3.core.Jdbi;

/**
 * The case's roadmap: items, their progress entries, and the roadmap's undo history (one per case). Like a board
 * action, a roadmap action is one change set written with its history entry in one transaction. A roadmap action
 * may also touch the case's 課題 (deleting one that items link to drops the links in the same action).
 */
public final class RoadmapRepository {
    private final Jdbi jdbi;
    private final EntityTable<RoadmapItem> items;
    private final EntityTable<ProgressEntry> entries;
    private final EditHistory history;

    RoadmapRepository(Jdbi jdbi, PendingWrites writes) {
        this.jdbi = jdbi;
        items = new EntityTable<>(jdbi, writes, RoadmapItem.class, "roadmap_item", "case_id", "sort_order, created_at",
                List.of("case_id", "issue_id", "title", "description", "owners", "start_month", "end_month", "milestone",
                        "phase", "indicator_name", "indicator_target", "indicator_current", "indicator_level", "status",
                        "notes", "sort_order"));
        entries = new EntityTable<>(jdbi, writes, ProgressEntry.class, "progress_entry", "case_id", "recorded_on, created_at",
                List.of("case_id", "item_id", "recorded_on", "indicator_value", "achievement", "comment", "author"));
        EntityTable<CaseIssue> issues = new EntityTable<>(jdbi, writes, CaseIssue.class, "case_issue", "case_id",
                "coalesce(rank, 999999), created_at", BoardRepository.ISSUE_COLUMNS);
        Map<String, EntityTable<? extends Entity>> tables = new LinkedHashMap<>();
        tables.put("item", items);
        tables.put("progress", entries);
        tables.put("issue", issues);
        history = new EditHistory(jdbi, writes, "roadmap_history", "case_id", tables);
    }

    public List<RoadmapItem> items(UUID caseId) {
        return items.listBy(caseId);
    }

    public Optional<RoadmapItem> item(UUID itemId) {
        return items.find(itemId);
    }

    /** Progress entries of every item of the case, oldest first. */
    public List<ProgressEntry> entries(UUID caseId) {
        return entries.listBy(caseId);
    }

    /** Items of the case that link to the 課題. */
    public List<RoadmapItem> itemsLinkedTo(UUID issueId) {
        return jdbi.withHandle(h -> h.createQuery("select * from roadmap_item where issue_id = :i order by sort_order")
                .bind("i", issueId).mapTo(RoadmapItem.class).list());
    }

    /** The roadmap's actions and their undo history (its model runs every action through it). */
    public UndoableModel.Storage history(UUID caseId) {
        return history.of(caseId);
    }

    /** The history itself, for the store's listener of changes from the team server (steps they overlap are blocked). */
    EditHistory editHistory() {
        return history;
    }

    /** For bulk writers in this package (benchmarks, imports). */
    EntityTable<RoadmapItem> itemsTable() {
        return items;
    }

    /** For bulk writers in this package (benchmarks). */
    EntityTable<ProgressEntry> progressTable() {
        return entries;
    }
}
