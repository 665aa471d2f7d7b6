package jp.banso.bundle;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.banso.report.FileNames;

/**
 * Names of bundle files: ケース_さくら市_2026-11-25.banso, ケース_さくら市ほか2件_….banso, 全ケース_….banso. A name made
 * from a municipality's name never leaves the chosen folder: separators, "..", characters Windows refuses and
 * control characters become ＿ (the hand-outs' rules, {@link FileNames}).
 */
public final class BundleFiles {

    private BundleFiles() {
    }

    /**
     * The suggested file name for these municipalities (in the order of the chosen cases), or for every case.
     */
    public static String defaultName(List<String> municipalities, boolean allCases, LocalDate today) {
        String what;
        if (allCases) {
            what = "全ケース";
        } else if (municipalities.isEmpty()) {
            what = "ケース";
        } else {
            long distinct = municipalities.stream().distinct().count();
            what = "ケース_" + municipalities.get(0) + (distinct > 1 ? "ほか" + (distinct - 1) + "件" : "");
        }
        String name = FileNames.of(null, what, today.toString(), null);
        return name.substring(0, name.length() - ".xlsx".length()) + BundleFormat.EXTENSION;
    }

    /** The name inside the folder; refuses anything that would land elsewhere. */
    public static Path inFolder(Path folder, String name) {
        Path dir = folder.toAbsolutePath().normalize();
        Path file = dir.resolve(name).normalize();
        if (!dir.equals(file.getParent())) {
            throw new BundleException("ファイル名にフォルダの区切りは使えません: " + name);
        }
        return file;
    }

    /** Adds ".banso" to a name without an extension. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(BundleFormat.EXTENSION) || name.contains(".")) {
            return file;
        }
        return file.resolveSibling(name + BundleFormat.EXTENSION);
    }

    /** True for a path that names a bundle (what a file association or a drop brings). */
    public static boolean isBundle(String path) {
        return path != null && path.toLowerCase(Locale.ROOT).endsWith(BundleFormat.EXTENSION);
    }
}
