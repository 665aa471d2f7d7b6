package jp.banso.app;

import java.util.List;

/**
 * Command-line options of the desktop app.
 * {@code --data-dir DIR} uses another data folder; {@code --demo} creates the demo case in an empty database
 * without asking; {@code --no-demo} never offers it.
 */
public record AppOptions(String dataDir, boolean demo, boolean noDemo) {

    public static AppOptions parse(List<String> args) {
        String dir = null;
        boolean demo = false;
        boolean noDemo = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir") && i + 1 < args.size()) {
                dir = args.get(++i);
            } else if (a.startsWith("--data-dir=")) {
                dir = a.substring("--data-dir=".length());
            } else if (a.equals("--demo")) {
                demo = true;
            } else if (a.equals("--no-demo")) {
                noDemo = true;
            }
        }
        return new AppOptions(dir, demo, noDemo);
    }

    /**
     * A case bundle to open at start: the first argument that is not an option and ends in .banso (how a file
     * association or a drop on the app's icon passes it). Null when there is none.
     */
    public static String bundleFile(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--data-dir")) {
                i++;
            } else if (!a.startsWith("--") && jp.banso.bundle.BundleFiles.isBundle(a)) {
                return a;
            }
        }
        return null;
    }
}
