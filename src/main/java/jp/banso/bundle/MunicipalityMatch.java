package jp.banso.bundle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.banso.domain.Municipality;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.store.CaseRepository;

/**
 * A case file's municipalities are identified by their 全国地方公共団体コード, not by the id the other laptop gave them:
 * a town this Banso has under another id (a file from before codes, or a town created on both laptops before) is
 * mapped onto the local row, with the file's cases and profile snapshots. A municipality of a file without a code is
 * matched to the national list by prefecture and name, as {@code store.MunicipalityCodes} does on this laptop.
 */
final class MunicipalityMatch {
    private MunicipalityMatch() {
    }

    /** Rewrites the file's municipality ids in place; says in the plan's notes how many were mapped. */
    static void ontoThisBanso(CaseRepository cases, BundleFile f, List<String> notes) {
        Map<String, UUID> local = new HashMap<>();
        cases.municipalities().stream().filter(m -> MunicipalityMaster.isValidCode(m.getCode()))
                .forEach(m -> local.putIfAbsent(m.getCode(), m.getId()));
        Map<UUID, UUID> moved = new HashMap<>();
        for (Municipality m : f.municipalities) {
            Optional<MunicipalityMaster.Entry> listed = MunicipalityMaster.isValidCode(m.getCode())
                    ? MunicipalityMaster.get().byCode(m.getCode())
                    : MunicipalityMaster.get().find(m.getPrefecture(), m.getName());
            if (listed.isEmpty()) {
                continue;
            }
            MunicipalityMaster.Entry e = listed.get();
            UUID here = local.getOrDefault(e.code(), e.id());
            m.setPrefecture(e.prefecture());
            m.setName(e.name());
            m.setCode(e.code());
            if (!here.equals(m.getId())) {
                moved.put(m.getId(), here);
                m.setId(here);
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        // the same town twice in the file (made on two laptops before codes): one row
        Set<UUID> seen = new HashSet<>();
        f.municipalities.removeIf(m -> !seen.add(m.getId()));
        for (ProfileSnapshot p : f.profileSnapshots) {
            p.setMunicipalityId(moved.getOrDefault(p.getMunicipalityId(), p.getMunicipalityId()));
        }
        for (BundleFile.CaseEntry c : f.cases) {
            c.supportCase.setMunicipalityId(moved.getOrDefault(c.supportCase.getMunicipalityId(), c.supportCase.getMunicipalityId()));
        }
        notes.add("ファイルの市町村 " + moved.size() + " 件を、全国地方公共団体コードでこのBansoの市町村に合わせて取り込みます。");
    }
}
