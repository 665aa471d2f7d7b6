package jp.banso.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.banso.domain.Entity;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import jp.banso.store.CaseBundleRows;
import jp.banso.store.CaseBundleRows.Table;
import jp.banso.store.IncomingRows;

/**
 * Refuses, as a whole, a bundle that would move a record of this Banso to another owner (another case, board,
 * meeting, municipality…; the rule is {@link IncomingRows#moved}), naming where the record is here and where the file
 * puts it: 「このファイルの付箋「…」は、このBansoではケース「さくら市（栃木県） 令和4年度」のボード「…」にあります。
 * ファイルではケース「館林市（群馬県） 令和5年度」のボード「…」に入っています。」
 */
final class OwnerCheck {
    private static final String REFUSED = "記録を別のケース・ボード・会議などへ移す取り込みはできないため、取り込みを中止しました（何も変更していません）。";
    private static final String WHAT_TO_DO = "ファイルを書き出した人に、どのケースの記録か確かめてください。";

    private OwnerCheck() {
    }

    /** {@code local}: the rows of this Banso with the ids of the file's entities. Throws {@link BundleException}. */
    static void check(CaseBundle bundle, CaseBundleRows.Rows local, CaseBundleRows rows) {
        BundleFile f = bundle.file();
        record Move(BundleKind kind, Entity theirs, Entity mine) {
        }
        List<Move> moves = new ArrayList<>();
        for (BundleKind k : BundleKind.values()) {
            Map<UUID, Entity> mine = new HashMap<>();
            local.get(k.table()).forEach(e -> mine.put(e.getId(), e));
            for (Entity theirs : f.all(k)) {
                Entity m = mine.get(theirs.getId());
                if (m != null && !IncomingRows.moved(k.table(), theirs, m).isEmpty()) {
                    moves.add(new Move(k, theirs, m));
                }
            }
        }
        if (moves.isEmpty()) {
            return;
        }
        Places there = Places.of(bundle);
        Places here = new Places();
        moves.stream().limit(BundleCheck.MAX_LISTED).forEach(m -> here.need(m.kind().table(), m.mine()));
        here.readFrom(rows);
        List<String> said = new ArrayList<>();
        for (Move m : moves.subList(0, Math.min(moves.size(), BundleCheck.MAX_LISTED))) {
            BundleKind k = m.kind();
            IncomingRows.Owner o = IncomingRows.nearest(k.table());
            String what = k == BundleKind.CASE ? bundle.caseLabel(m.theirs().getId()) : k.describe(m.theirs());
            String hereAt = here.place(o.table(), o.of(m.mine()));
            String thereAt = there.place(o.table(), o.of(m.theirs()));
            said.add("このファイルの" + k.label() + "「" + what + "」は、このBansoでは" + hereAt
                    + (k == BundleKind.CASE ? "のケースです。" : "にあります。") + "ファイルでは" + thereAt
                    + (k == BundleKind.CASE ? "のケースになっています。" : "に入っています。"));
        }
        if (moves.size() == 1) {
            throw new BundleException(said.get(0) + REFUSED + WHAT_TO_DO);
        }
        StringBuilder b = new StringBuilder(REFUSED);
        said.forEach(s -> b.append("\n・").append(s));
        if (moves.size() > said.size()) {
            b.append("\n・ほか ").append(moves.size() - said.size()).append(" 件");
        }
        throw new BundleException(b.append('\n').append(WHAT_TO_DO).toString());
    }

    /** Records by table and id, with the 年度 of cases, to say where something is: ケース「…」のボード「…」. */
    private static final class Places {
        private final Map<Table<? extends Entity>, Map<UUID, Entity>> rows = new LinkedHashMap<>();
        private final Map<UUID, List<Integer>> years = new HashMap<>();
        private final Map<Table<? extends Entity>, Set<UUID>> wanted = new LinkedHashMap<>();

        /** The file's records. */
        static Places of(CaseBundle bundle) {
            Places p = new Places();
            for (BundleKind k : BundleKind.values()) {
                bundle.file().all(k).forEach(e -> p.put(k.table(), e));
            }
            bundle.file().cases.forEach(c -> p.years.put(c.supportCase.getId(), c.fiscalYears));
            return p;
        }

        private void put(Table<? extends Entity> t, Entity e) {
            rows.computeIfAbsent(t, x -> new HashMap<>()).put(e.getId(), e);
        }

        private Entity get(Table<? extends Entity> t, UUID id) {
            return id == null ? null : rows.getOrDefault(t, Map.of()).get(id);
        }

        /** Asks for the owners of {@code e} up to its municipality (read by {@link #readFrom}). */
        void need(Table<? extends Entity> t, Entity e) {
            IncomingRows.Owner o = IncomingRows.nearest(t);
            if (o != null && o.of(e) != null) {
                wanted.computeIfAbsent(o.table(), x -> new HashSet<>()).add(o.of(e));
            }
        }

        /** Reads what was asked for from this Banso, then their owners, up to the municipality. */
        void readFrom(CaseBundleRows store) {
            while (!wanted.isEmpty()) {
                Map<Table<? extends Entity>, Collection<UUID>> ask = new LinkedHashMap<>(wanted);
                wanted.clear();
                CaseBundleRows.Rows found = store.find(ask);
                years.putAll(found.fiscalYears);
                for (Table<? extends Entity> t : ask.keySet()) {
                    for (Entity e : found.get(t)) {
                        if (get(t, e.getId()) == null) {
                            put(t, e);
                            need(t, e);
                        }
                    }
                }
            }
        }

        /** ケース「さくら市（栃木県） 令和4年度」のボード「強み」, 市町村「さくら市（栃木県）」… */
        String place(Table<? extends Entity> t, UUID id) {
            if (t == CaseBundleRows.SUPPORT_CASE) {
                SupportCase c = (SupportCase) get(t, id);
                Municipality m = c == null ? null : (Municipality) get(CaseBundleRows.MUNICIPALITY, c.getMunicipalityId());
                return "ケース「" + CaseBundle.label(m, years.get(id)) + "」";
            }
            BundleKind k = BundleKind.of(t);
            Entity e = get(t, id);
            if (e == null) {
                return k.label() + "（id " + id + "）";
            }
            IncomingRows.Owner o = IncomingRows.nearest(t);
            String within = o == null ? "" : place(o.table(), o.of(e)) + "の";
            return within + k.label() + "「" + k.describe(e) + "」";
        }
    }
}
