package jp.banso.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a template before it is filled and says, in Japanese, what is wrong and where: unknown {@code jx:} commands,
 * broken command syntax, a missing {@code lastCell}, a {@code ${...}} that is not closed, a field the form does not
 * have, a list that is not a list, cells outside every {@code jx:area}. JXLS itself would often fail later with an
 * English message and no cell, or silently print the raw {@code ${...}}. Also collects the print setup the filled
 * sheets must keep ({@link TemplateInfo}). Links, connections, macros and formulas reaching outside the workbook are
 * refused ({@link TemplateSafety}).
 */
public final class TemplateCheck {
    private static final Logger LOG = Logger.getLogger(TemplateCheck.class.getName());
    /** Sheets whose name starts with this are notes for template authors, removed from every hand-out. */
    public static final String HELP_SHEET_PREFIX = "使い方";

    private static final Map<String, List<String>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("area", List.of("lastCell"));
        COMMANDS.put("each", List.of("lastCell", "items", "var"));
        COMMANDS.put("if", List.of("lastCell", "condition"));
        COMMANDS.put("image", List.of("lastCell", "src"));
        COMMANDS.put("mergeCells", List.of("lastCell"));
        COMMANDS.put("autoRowHeight", List.of("lastCell"));
        COMMANDS.put("grid", List.of("lastCell"));
        COMMANDS.put("updateCell", List.of("lastCell"));
        COMMANDS.put("areaColumnMerge", List.of("lastCell"));
    }

    private static final Set<String> KEYWORDS = Set.of("true", "false", "null", "empty", "size", "and", "or", "not", "eq",
            "ne", "lt", "gt", "le", "ge", "div", "mod", "new", "var", "let", "const", "if", "else", "for", "while", "do",
            "function", "return", "break", "continue", "NaN", "in");
    private static final Pattern ATTR = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=\\s*([\"'\u201C\u201D\u2018\u2019])(.*?)([\"'\u201C\u201D\u2018\u2019])");
    private static final Pattern AREAS = Pattern.compile("areas\\s*=\\s*\\[[^\\]]*\\]");
    private static final Pattern CELL = Pattern.compile("^(?:(?:'[^']+'|[^!']+)!)?\\$?([A-Za-z]{1,3})\\$?(\\d{1,7})$");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.$'\"])([A-Za-z_]\\w*)((?:\\s*\\.\\s*[A-Za-z_]\\w*)*)(\\s*\\()?");
    private static final Schema.Node ANY = new Schema.Node(false, Map.of("*", new Schema.Node(false, Map.of())));

    /** A jx command found in a cell comment. */
    record Command(String name, Map<String, String> attrs, String sheet, int row, int col, int lastRow, int lastCol) {
        boolean contains(String s, int r, int c) {
            return sheet.equals(s) && r >= row && r <= lastRow && c >= col && c <= lastCol;
        }

        long size() {
            return (long) (lastRow - row + 1) * (lastCol - col + 1);
        }
    }

    /** The print setup of each template sheet, to restore after filling (JXLS does not extend or copy all of it). */
    public record TemplateInfo(Map<String, SheetInfo> sheets, String multisheetSource) {
    }

    /** Rows repeated at the top of each printed page, and the printed columns, of one template sheet. */
    public record SheetInfo(CellRangeAddress repeatingRows, int firstPrintColumn, int lastPrintColumn) {
    }

    private record Problem(String place, String text) {
    }

    private final String describe;
    private final Schema.Node root;
    private final List<Problem> problems = new ArrayList<>();

    private TemplateCheck(String describe, Schema.Node root) {
        this.describe = describe;
        this.root = root;
    }

    /** Checks the template against the form's data and returns its print setup; throws {@link ReportException} if broken. */
    public static TemplateInfo check(ReportTemplates.Source source, Schema.Node schema) {
        TemplateCheck c = new TemplateCheck(source.describe(), schema);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(source.bytes()))) {
            TemplateInfo info = c.run(wb);
            c.throwIfProblems(source);
            return info;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportException r) {
                throw r;
            }
            LOG.log(Level.WARNING, "template " + source.describe() + " cannot be read", e);
            throw new ReportException("テンプレート「" + source.describe() + "」を Excel ファイル（.xlsx）として読めません。"
                    + unreadable(e) + hint(source), source.describe(), "", e);
        }
    }

    /** Why POI could not open a workbook template, in the user's words (POI's own text goes to the log). */
    static String unreadable(Throwable e) {
        return unreadable(e, "Excel", "ブック", ".xlsx");
    }

    /** The same for any Office file: {@code app} to re-save it in as a {@code document} (ブック, プレゼンテーション) of {@code ext}. */
    static String unreadable(Throwable e, String app, String document, String ext) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return "圧縮された中身が極端に大きくなるファイルで、壊れているか危険なファイルの可能性があります。"
                        + app + " で開いて " + ext + " 形式で保存し直したテンプレートを使ってください";
            }
            if (m.contains("doctype") || m.contains("dtd") || m.contains("entity")) {
                return "ファイルの中に " + app + " の形式にない書き方（DOCTYPE など）が含まれています。"
                        + app + " で開いて " + ext + " 形式で保存し直したテンプレートを使ってください";
            }
        }
        return "ファイルが壊れているか、" + app + " " + document + "（" + ext + "）ではありません。" + app + " で開いて「" + app + " "
                + document + "（*" + ext + "）」の形式で保存し直してください";
    }

    static String hint(ReportTemplates.Source source) {
        return source.builtIn() ? "" : "\nテンプレートを直すか、このファイルを取り除くと組み込みの様式で出力できます。";
    }

    private void throwIfProblems(ReportTemplates.Source source) {
        if (problems.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("テンプレート「" + describe + "」に問題があります。");
        for (Problem p : problems.subList(0, Math.min(8, problems.size()))) {
            b.append("\n・").append(p.place().isEmpty() ? "" : p.place() + "：").append(p.text());
        }
        if (problems.size() > 8) {
            b.append("\n・ほか ").append(problems.size() - 8).append(" 件");
        }
        b.append(hint(source));
        throw new ReportException(b.toString(), describe, problems.get(0).place(), null);
    }

    private TemplateInfo run(XSSFWorkbook wb) {
        for (String[] p : TemplateSafety.problems(wb)) {
            problems.add(new Problem(p[0], p[1]));
        }
        List<Command> commands = new ArrayList<>();
        Map<String, SheetInfo> sheets = new LinkedHashMap<>();
        String multisheetSource = null;
        for (Sheet sheet : wb) {
            if (sheet.getSheetName().startsWith(HELP_SHEET_PREFIX)) {
                continue;
            }
            sheets.put(sheet.getSheetName(), sheetInfo(wb, sheet));
            Map<CellAddress, ? extends Comment> comments = sheet.getCellComments();
            List<Map.Entry<CellAddress, ? extends Comment>> ordered = new ArrayList<>(comments.entrySet());
            ordered.sort(Comparator.comparing(Map.Entry::getKey));
            for (Map.Entry<CellAddress, ? extends Comment> e : ordered) {
                String text = e.getValue().getString() == null ? "" : e.getValue().getString().getString();
                for (String raw : text.split("\\r?\\n")) {
                    String line = raw.strip();
                    if (line.startsWith("jx:") && !line.startsWith("jx:params")) {
                        Command c = parse(line, sheet.getSheetName(), e.getKey());
                        if (c != null) {
                            commands.add(c);
                            if (c.name().equals("each") && c.attrs().containsKey("multisheet")) {
                                multisheetSource = sheet.getSheetName();
                            }
                        }
                    }
                }
            }
        }
        List<Command> areas = commands.stream().filter(c -> c.name().equals("area")).toList();
        if (areas.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("", "データを書き込む範囲（jx:area）がありません。様式の左上のセルのメモに "
                    + "jx:area(lastCell=\"H40\") のように書いてください"));
        }
        for (Command c : commands) {
            if (!c.name().equals("area") && areas.stream().noneMatch(a -> a.contains(c.sheet(), c.row(), c.col()))) {
                problems.add(new Problem(place(c.sheet(), c.row(), c.col()), "jx:" + c.name() + " が jx:area の範囲の外にあります"));
            }
        }
        // loop variables, outer loops first so inner items can use them
        List<Command> loops = new ArrayList<>(commands.stream().filter(c -> c.name().equals("each")).toList());
        loops.sort(Comparator.comparingLong(Command::size).reversed());
        Map<Command, Map<String, Schema.Node>> bound = new HashMap<>();
        for (Command loop : loops) {
            Map<String, Schema.Node> scope = scopeAt(loop.sheet(), loop.row(), loop.col(), loops, bound);
            String place = place(loop.sheet(), loop.row(), loop.col());
            String items = loop.attrs().getOrDefault("items", "");
            Schema.Node element = ANY;
            Schema.Node itemsNode = resolvePath(items.strip(), scope, place, "items");
            if (itemsNode != null && itemsNode != ANY) {
                if (!itemsNode.list()) {
                    problems.add(new Problem(place, "「" + items + "」は一覧ではないため jx:each で繰り返せません"));
                } else {
                    element = itemsNode.fields().isEmpty() ? new Schema.Node(false, Map.of()) : new Schema.Node(false, itemsNode.fields());
                }
            }
            Map<String, Schema.Node> vars = new HashMap<>();
            vars.put(loop.attrs().getOrDefault("var", "").strip(), element);
            if (loop.attrs().containsKey("varIndex")) {
                vars.put(loop.attrs().get("varIndex").strip(), new Schema.Node(false, Map.of()));
            }
            bound.put(loop, vars);
            String multisheet = loop.attrs().get("multisheet");
            if (multisheet != null && !root.fields().containsKey(multisheet.strip())) {
                problems.add(new Problem(place, "シート名の一覧「" + multisheet + "」はありません。使える項目：" + names(root)));
            }
            String select = loop.attrs().get("select");
            if (select != null) {
                Map<String, Schema.Node> inner = new HashMap<>(scope);
                inner.putAll(vars);
                checkExpression(select, inner, place);
            }
        }
        for (Command c : commands) {
            String place = place(c.sheet(), c.row(), c.col());
            Map<String, Schema.Node> scope = scopeAt(c.sheet(), c.row(), c.col(), loops, bound);
            if (c.name().equals("if")) {
                checkExpression(c.attrs().getOrDefault("condition", ""), scope, place);
            } else if (c.name().equals("image")) {
                resolvePath(c.attrs().getOrDefault("src", "").strip(), scope, place, "src");
            }
        }
        for (Sheet sheet : wb) {
            if (sheet.getSheetName().startsWith(HELP_SHEET_PREFIX)) {
                continue;
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (!text.contains("${") && !text.contains("$[")) {
                        continue;
                    }
                    String place = place(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex());
                    if (areas.stream().noneMatch(a -> a.contains(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex()))) {
                        problems.add(new Problem(place, "jx:area の範囲の外にあるため「" + text + "」が置き換わりません"));
                        continue;
                    }
                    checkCellText(text, scopeAt(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex(), loops, bound), place);
                }
            }
        }
        return new TemplateInfo(sheets, multisheetSource);
    }

    private static SheetInfo sheetInfo(XSSFWorkbook wb, Sheet sheet) {
        int first = -1;
        int last = -1;
        String area = wb.getPrintArea(wb.getSheetIndex(sheet));
        if (area != null) {
            try {
                String range = area.substring(area.indexOf('!') + 1).split(",")[0];
                CellRangeAddress a = CellRangeAddress.valueOf(range.replace("$", ""));
                first = a.getFirstColumn();
                last = a.getLastColumn();
            } catch (RuntimeException ignored) {
                // an odd print area: the filled sheet prints its used range
            }
        }
        return new SheetInfo(sheet.getRepeatingRows(), first, last);
    }

    private Command parse(String line, String sheet, CellAddress at) {
        String place = place(sheet, at.getRow(), at.getColumn());
        int open = line.indexOf('(');
        if (open < 0) {
            problems.add(new Problem(place, "「" + line + "」に「(」がありません（例：jx:each(items=\"…\" var=\"…\" lastCell=\"H10\")）"));
            return null;
        }
        String name = line.substring(3, open).strip();
        if (!COMMANDS.containsKey(name)) {
            problems.add(new Problem(place, "命令「jx:" + name + "」はありません（使える命令：jx:"
                    + String.join("、jx:", COMMANDS.keySet()) + "）"));
            return null;
        }
        if (!line.endsWith(")")) {
            problems.add(new Problem(place, "「" + line + "」が「)」で終わっていません"));
            return null;
        }
        String inner = line.substring(open + 1, line.length() - 1);
        inner = AREAS.matcher(inner).replaceAll(" ");
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(inner);
        int end = 0;
        StringBuilder leftover = new StringBuilder();
        while (m.find()) {
            leftover.append(inner, end, m.start());
            end = m.end();
            if (!m.group(2).equals(m.group(4)) && !(m.group(2).equals("\u201C") && m.group(4).equals("\u201D"))) {
                problems.add(new Problem(place, "jx:" + name + " の属性 " + m.group(1) + " の引用符がそろっていません（半角の \" で囲んでください）"));
                return null;
            }
            if (!m.group(2).equals("\"") && !m.group(2).equals("'")) {
                problems.add(new Problem(place, "jx:" + name + " の属性 " + m.group(1)
                        + " が全角の引用符（“ ”）で囲まれています。半角の \" で囲んでください"));
                return null;
            }
            attrs.put(m.group(1), m.group(3));
        }
        leftover.append(inner.substring(end));
        String rest = leftover.toString().replace(",", " ").strip();
        if (!rest.isEmpty()) {
            problems.add(new Problem(place, "jx:" + name + " の属性の書き方が正しくありません（「" + rest
                    + "」の部分。名前=\"値\" の形で書いてください）"));
            return null;
        }
        for (String required : COMMANDS.get(name)) {
            if (!attrs.containsKey(required) || attrs.get(required).isBlank()) {
                problems.add(new Problem(place, "jx:" + name + " に " + required + " がありません"));
                return null;
            }
        }
        Matcher last = CELL.matcher(attrs.get("lastCell").strip());
        if (!last.matches()) {
            problems.add(new Problem(place, "jx:" + name + " の lastCell「" + attrs.get("lastCell") + "」はセル番地ではありません（例：H40）"));
            return null;
        }
        int lastCol = CellReference.convertColStringToIndex(last.group(1).toUpperCase(Locale.ROOT));
        int lastRow = Integer.parseInt(last.group(2)) - 1;
        if (lastRow < at.getRow() || lastCol < at.getColumn()) {
            problems.add(new Problem(place, "jx:" + name + " の lastCell「" + attrs.get("lastCell")
                    + "」がこのセルより左か上にあります（範囲は このセル〜lastCell です）"));
            return null;
        }
        return new Command(name, attrs, sheet, at.getRow(), at.getColumn(), lastRow, lastCol);
    }

    private Map<String, Schema.Node> scopeAt(String sheet, int row, int col, List<Command> loops, Map<Command, Map<String, Schema.Node>> bound) {
        Map<String, Schema.Node> scope = new HashMap<>(root.fields());
        for (Command loop : loops) {
            if (bound.containsKey(loop) && loop.contains(sheet, row, col)) {
                scope.putAll(bound.get(loop));
            }
        }
        return scope;
    }

    private void checkCellText(String text, Map<String, Schema.Node> scope, String place) {
        if (text.startsWith("$[") && text.endsWith("]")) {
            checkCellText(text.substring(2, text.length() - 1), scope, place);
            return;
        }
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0) {
                return;
            }
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                problems.add(new Problem(place, "「${」に対応する「}」がありません：" + text));
                return;
            }
            String expression = text.substring(start + 2, end);
            if (expression.isBlank()) {
                problems.add(new Problem(place, "「${}」の中に項目名がありません"));
            } else {
                checkExpression(expression, scope, place);
            }
            from = end + 1;
        }
    }

    private void checkExpression(String expression, Map<String, Schema.Node> scope, String place) {
        String forbidden = forbidden(expression);
        if (forbidden != null) {
            problems.add(new Problem(place, "式「" + expression.strip() + "」は使えません（" + forbidden + "）。"
                    + "テンプレートには ${m.place} のような項目名を書いてください"));
            return;
        }
        String code = expression.replaceAll("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"", "''");
        Matcher m = PATH.matcher(code);
        while (m.find()) {
            String first = m.group(1);
            if (KEYWORDS.contains(first) || Character.isDigit(first.charAt(0))) {
                continue;
            }
            String path = (first + m.group(2)).replaceAll("\\s+", "");
            if (m.group(3) != null) {
                int dot = path.lastIndexOf('.');
                if (dot < 0) {
                    continue; // a function call: JXLS and JEXL decide
                }
                path = path.substring(0, dot);
            }
            resolvePath(path, scope, place, null);
        }
    }

    /**
     * Names that lead from the data into Java itself: the class of a value, class loaders, reflection, resources,
     * threads. JEXL's restricted permissions make such a call blank without a word; the check names the cell instead.
     */
    private static final Pattern FORBIDDEN_MEMBER = Pattern.compile("(?<![\\w$])(class|getClass|forName|classLoader|getClassLoader"
            + "|getDeclared\\w*|getMethods?|getFields?|getConstructors?|getResource\\w*|getModule|getPackage|getSuperclass"
            + "|getInterfaces|getProtectionDomain|newInstance|invoke|getRuntime|exec|wait|notify|notifyAll)(?![\\w$])");
    private static final Pattern STRING = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
    /** What is between [ and ] after a name: a list index, or a member named by a string ({@code x['class']}). */
    private static final Pattern INDEX = Pattern.compile("(?<=[\\w$)\\]'])\\s*\\[(?!\\s*(?:\\d+|[A-Za-z_]\\w*)\\s*\\])");
    /** {@code =}, {@code +=}, {@code ++}: an expression that changes the data instead of showing it. */
    private static final Pattern ASSIGNMENT = Pattern.compile("(?<![=!<>~])=(?![=~^$])|\\+\\+|--");

    /** Why an expression may not be used in a template (it reaches Java itself or changes data), or null. */
    static String forbidden(String expression) {
        String c = STRING.matcher(expression).replaceAll("''");
        if (INDEX.matcher(c).find()) {
            // x['class'], x['cl' + 'ass']: a member named by a string reaches what a dotted name cannot
            return "名前の後の［ ］の中には番号か変数名だけを書けます";
        }
        Matcher m = FORBIDDEN_MEMBER.matcher(c);
        if (m.find()) {
            return "「" + m.group(1) + "」のように Java の仕組みに触れる書き方はできません";
        }
        if (Pattern.compile("(?<![\\w$.])new\\s*\\(").matcher(c).find()) {
            return "new でオブジェクトを作ることはできません";
        }
        if (ASSIGNMENT.matcher(c).find()) {
            return "値を書き換える書き方（=、++ など）はできません。比べるときは == を使います";
        }
        if (c.contains("->")) {
            return "関数（->）は定義できません";
        }
        return null;
    }

    /** The node a dotted path names, or null (and a problem) when a name is not there. */
    private Schema.Node resolvePath(String path, Map<String, Schema.Node> scope, String place, String attribute) {
        if (path.isEmpty()) {
            return null;
        }
        if (!path.matches("[A-Za-z_]\\w*(\\.[A-Za-z_]\\w*)*")) {
            Map<String, Schema.Node> s = scope;
            checkExpression(path, s, place);
            return ANY;
        }
        if (attribute != null && forbidden(path) != null) {
            problems.add(new Problem(place, attribute + " の「" + path + "」は使えません（" + forbidden(path) + "）"));
            return null;
        }
        String[] parts = path.split("\\.");
        Schema.Node node = scope.get(parts[0]);
        if (node == null) {
            problems.add(new Problem(place, (attribute == null ? "" : attribute + " の") + "項目「" + path + "」はありません。"
                    + "ここで使える項目：" + String.join("、", new java.util.TreeSet<>(scope.keySet()))));
            return null;
        }
        StringBuilder done = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (node == ANY || node.fields().containsKey("*")) {
                return ANY;
            }
            if (node.list() || node.isValue()) {
                return ANY; // a property of a list or of a value (size, length…): JEXL decides
            }
            Schema.Node next = node.fields().get(parts[i]);
            if (next == null) {
                problems.add(new Problem(place, (attribute == null ? "" : attribute + " の") + "項目「" + path + "」はありません。「"
                        + done + "」で使える項目：" + names(node)));
                return null;
            }
            node = next;
            done.append('.').append(parts[i]);
        }
        return node;
    }

    private static String names(Schema.Node node) {
        return String.join("、", node.fields().keySet());
    }

    static String place(String sheet, int row, int col) {
        return "シート「" + sheet + "」のセル " + new CellReference(row, col).formatAsString(false);
    }
}
