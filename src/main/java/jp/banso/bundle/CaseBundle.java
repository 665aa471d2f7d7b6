package jp.banso.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.domain.Entity;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;

/**
 * A bundle that was read and passed every check: its file, which case each entity belongs to, and what was cleaned
 * on the way (control characters). Only a checked bundle can be planned and imported.
 */
public final class CaseBundle {
    private final Path source;
    private final BundleFile file;
    private final Map<UUID, String> caseLabels = new LinkedHashMap<>();
    private final Map<BundleKind, Map<UUID, UUID>> caseOf = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    CaseBundle(Path source, BundleFile file) {
        this.source = source;
        this.file = file;
        Map<UUID, Municipality> municipalities = new LinkedHashMap<>();
        for (Municipality m : file.municipalities) {
            municipalities.put(m.getId(), m);
        }
        for (BundleKind k : BundleKind.values()) {
            caseOf.put(k, new LinkedHashMap<>());
        }
        for (BundleFile.CaseEntry c : file.cases) {
            SupportCase sc = c.supportCase;
            Municipality m = municipalities.get(sc.getMunicipalityId());
            caseLabels.put(sc.getId(), label(m, c.fiscalYears));
            for (BundleKind k : BundleKind.values()) {
                for (Entity e : c.list(k)) {
                    caseOf.get(k).put(e.getId(), sc.getId());
                }
            }
        }
    }

    static String label(Municipality m, List<Integer> years) {
        String name = m == null ? "（市町村なし）" : m.getName() + "（" + m.getPrefecture() + "）";
        if (years == null || years.isEmpty()) {
            return name;
        }
        return name + " " + JapaneseDates.fiscalYearLabel(Collections.min(years))
                + (years.size() > 1 ? "ほか" : "");
    }

    /** The file it was read from (null when made in memory). */
    public Path source() {
        return source;
    }

    public BundleFile file() {
        return file;
    }

    public int caseCount() {
        return file.cases.size();
    }

    /** さくら市（栃木県） 令和4年度, by case id, in the file's order. */
    public Map<UUID, String> caseLabels() {
        return Collections.unmodifiableMap(caseLabels);
    }

    /** The case an entity belongs to (null for municipalities and their snapshots). */
    public UUID caseOf(BundleKind kind, UUID id) {
        return caseOf.get(kind).get(id);
    }

    public String caseLabel(UUID caseId) {
        return caseId == null ? "" : caseLabels.getOrDefault(caseId, "");
    }

    /** What was cleaned while reading (said to the user with the plan). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    void note(String s) {
        notes.add(s);
    }
}
