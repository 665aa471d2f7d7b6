package jp.banso.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import jp.banso.domain.MunicipalityMaster;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Gives the municipalities of this laptop their 全国地方公共団体コード and the id derived from it
 * ({@link MunicipalityMaster#idFor}), so that the same town has the same row on every laptop (what case files and
 * sync merge on). Run by {@link Store#open} on every start, in one transaction; when every municipality already has a
 * code and its id, it is one query and does not read the national list.
 *
 * <p>A municipality without a code is matched by prefecture + name (after trimming and normalising width); one with
 * an old 5-digit code gets its check digit. A matched row is re-keyed: a new row with the derived id, its cases and
 * profile snapshots moved onto it, the old row deleted (so the change log records a deletion that travels). Two rows
 * of the same town become one. What does not match stays as it is and is listed
 * ({@link CaseRepository#unmatchedMunicipalities()}).
 */
final class MunicipalityCodes {
    private static final Logger LOG = Logger.getLogger(MunicipalityCodes.class.getName());

    /** What one run changed. */
    record Result(int coded, int merged, int unmatched) {
        static final Result NOTHING = new Result(0, 0, 0);
    }

    private record Row(UUID id, String prefecture, String name, String code) {
        boolean keyedByItsCode() {
            return MunicipalityMaster.isValidCode(code) && id.equals(MunicipalityMaster.idFor(code));
        }
    }

    private MunicipalityCodes() {
    }

    /** Runs the step; a failure changes nothing (the transaction rolls back), is logged, and is tried at next start. */
    static Result assignQuietly(Jdbi jdbi) {
        try {
            Result r = assign(jdbi);
            if (r.coded() + r.merged() > 0) {
                LOG.info("municipality codes: " + r);
            }
            return r;
        } catch (RuntimeException e) {
            LOG.warning("municipality codes not assigned: " + e);
            return Result.NOTHING;
        }
    }

    static Result assign(Jdbi jdbi) {
        return jdbi.inTransaction(h -> {
            List<Row> rows = h.createQuery("select id, prefecture, name, code from municipality order by created_at, id")
                    .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                    .list();
            if (rows.stream().allMatch(Row::keyedByItsCode)) {
                return Result.NOTHING;
            }
            return assign(h, rows);
        });
    }

    private static Result assign(Handle h, List<Row> rows) {
        MunicipalityMaster master = MunicipalityMaster.get();
        Map<String, List<Row>> byCode = new LinkedHashMap<>();
        int unmatched = 0;
        for (Row r : rows) {
            Optional<MunicipalityMaster.Entry> e = MunicipalityMaster.sixDigits(r.code()).flatMap(master::byCode)
                    .or(() -> master.find(r.prefecture(), r.name()));
            if (e.isPresent()) {
                byCode.computeIfAbsent(e.get().code(), k -> new ArrayList<>()).add(r);
            } else {
                unmatched++;
            }
        }
        int coded = 0;
        int merged = 0;
        for (Map.Entry<String, List<Row>> town : byCode.entrySet()) {
            MunicipalityMaster.Entry entry = master.byCode(town.getKey()).orElseThrow();
            UUID target = entry.id();
            List<Row> same = town.getValue();
            if (same.size() == 1 && same.get(0).keyedByItsCode()) {
                continue;
            }
            Row keeper = same.stream().filter(r -> r.id().equals(target)).findFirst().orElse(same.get(0));
            if (!keeper.id().equals(target)) {
                h.createUpdate("insert into municipality (id, prefecture, name, code, created_at, updated_at) "
                                + "select :target, prefecture, name, code, created_at, updated_at from municipality where id = :old")
                        .bind("target", target).bind("old", keeper.id()).execute();
            }
            h.createUpdate("update municipality set prefecture = :p, name = :n, code = :c, updated_at = current_timestamp where id = :id")
                    .bind("p", entry.prefecture()).bind("n", entry.name()).bind("c", entry.code()).bind("id", target).execute();
            coded++;
            for (Row r : same) {
                if (r.id().equals(target)) {
                    continue;
                }
                for (String child : List.of("support_case", "profile_snapshot")) {
                    h.createUpdate("update " + child + " set municipality_id = :target where municipality_id = :old")
                            .bind("target", target).bind("old", r.id()).execute();
                }
                h.createUpdate("delete from municipality where id = :old").bind("old", r.id()).execute();
                if (r != keeper) {
                    merged++;
                }
            }
        }
        return new Result(coded, merged, unmatched);
    }
}
