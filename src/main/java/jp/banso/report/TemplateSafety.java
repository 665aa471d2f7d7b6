package jp.banso.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a template from a shared folder must not carry into a hand-out (a workbook or a slide deck): links to other
 * files, data connections, macros and embedded objects, and formulas that reach outside the workbook (another workbook, DDE, WEBSERVICE and the like).
 * A hand-out is opened on the municipality's PCs; such a file would fetch, run or leak something the moment it opens.
 * Formulas within the workbook (SUM, COUNTIF…) are fine and kept.
 * <p>
 * Every part of the package is looked at, whatever its declared content type: each of its relationships (any
 * {@code TargetMode="External"} is refused, as is a relationship of a forbidden kind such as vbaProject), its first
 * bytes (OLE data is macros or embedded objects), and, for XML, every place a formula can hide — cells, defined names,
 * conditional formats, data validations (also those of Excel 2010's extension lists), chart references and form
 * controls — each judged by the same rules as a cell formula ({@link #reachesOutside}).
 */
final class TemplateSafety {
    /** Package parts that make a workbook reach outside itself or run code, by relationship type, content type or name. */
    private static final List<PartKind> FORBIDDEN_PARTS = List.of(
            new PartKind("外部のブックへのリンク", "externalLink", "externalLinkPath", "attachedTemplate"),
            new PartKind("外部データへの接続", "connections"),
            new PartKind("外部データのクエリ", "queryTable"),
            new PartKind("マクロ（VBA）", "vbaProject", "vbaProjectSignature", "vbaData"),
            // .xlsm / .pptm: the package itself says it carries macros, even before a vbaProject part is seen
            new PartKind("マクロ有効形式（.xlsm・.pptm）の中身", "macroEnabled"),
            new PartKind("ActiveX コントロール", "activeX", "activeXControl", "activeXControlBinary"),
            new PartKind("埋め込みオブジェクト（OLE）", "oleObject", "package"));

    /** Functions that fetch, call or expose something outside the workbook. */
    private static final Set<String> FORBIDDEN_FUNCTIONS = Set.of("WEBSERVICE", "FILTERXML", "HYPERLINK", "CALL", "REGISTER",
            "REGISTER.ID", "RTD", "DDE", "INFO", "CUBEVALUE", "CUBEMEMBER", "CUBESET", "IMAGE", "STOCKHISTORY");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(");
    /** {@code [1]Sheet!A1} or {@code 'C:\[book.xlsx]Sheet'!A1}: a cell of another workbook. */
    private static final Pattern OTHER_WORKBOOK = Pattern.compile("\\[[^\\]]*\\][^!]*!");
    /** {@code app|topic!item}: dynamic data exchange, which can start programs. */
    private static final Pattern DDE = Pattern.compile("[A-Za-z0-9_.]+\\|");
    /** The first bytes of an OLE compound file: VBA projects, embedded objects, ActiveX data. */
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Element names whose text is a formula: cell and chart {@code f}, {@code formula}, validations, names, VML controls. */
    private static final Set<String> FORMULA_ELEMENTS = Set.of("f", "formula", "formula1", "formula2", "definedName");

    private record PartKind(String label, String... markers) {
        boolean matches(String text) {
            String t = text.toLowerCase(Locale.ROOT);
            return Arrays.stream(markers).anyMatch(m -> t.equals(m.toLowerCase(Locale.ROOT)));
        }

        boolean inTypeOrName(String contentType, String partName) {
            String type = contentType.toLowerCase(Locale.ROOT);
            String name = partName.toLowerCase(Locale.ROOT);
            String m = markers[0].toLowerCase(Locale.ROOT);
            return type.contains(m) || name.contains("/" + m);
        }
    }

    private TemplateSafety() {
    }

    /** Each problem of a workbook template as (place, text); an empty list for a safe template. */
    static List<String[]> problems(XSSFWorkbook wb) {
        Map<String, String> sheetByPart = new HashMap<>();
        for (Sheet sheet : wb) {
            sheetByPart.put(((XSSFSheet) sheet).getPackagePart().getPartName().getName(), sheet.getSheetName());
        }
        return problems(wb.getPackage(), sheetByPart, "Excel");
    }

    /**
     * Each problem of any Office package (a workbook, a slide deck) as (place, text). {@code sheetByPart} names the
     * parts people know by name (a workbook's sheets); {@code app} is the program the user re-saves the file in.
     */
    static List<String[]> problems(OPCPackage pkg, Map<String, String> sheetByPart, String app) {
        Set<List<String>> found = new LinkedHashSet<>(); // the same link or kind is named once
        List<PackagePart> parts;
        try {
            parts = pkg.getParts();
            for (PackageRelationship rel : pkg.getRelationships()) {
                checkRelationship(rel, "", found);
            }
        } catch (InvalidFormatException | RuntimeException e) {
            return List.<String[]>of(new String[] {"", "ファイルの中身の一覧を読めません。" + app + " で開いて保存し直してください"});
        }
        for (PackagePart part : parts) {
            if (part.isRelationshipPart()) {
                continue;
            }
            String name = part.getPartName().getName();
            String sheet = sheetByPart.get(name);
            String where = sheet != null ? "シート「" + sheet + "」" : "部品 " + name;
            for (PartKind kind : FORBIDDEN_PARTS) {
                if (kind.inTypeOrName(part.getContentType(), name)) {
                    found.add(forbidden(kind));
                }
            }
            try {
                for (PackageRelationship rel : part.getRelationships()) {
                    checkRelationship(rel, where, found);
                }
            } catch (InvalidFormatException | RuntimeException e) {
                found.add(List.of(where, "関連付けを読めません。" + app + " で開いて保存し直してください"));
            }
            byte[] head = head(part);
            if (startsWith(head, OLE)) {
                found.add(List.of(where, "マクロや埋め込みオブジェクト（OLE 形式のデータ）が含まれています。配布資料に入れられないため、取り除いてください"));
            } else if (looksLikeXml(head)) {
                scanFormulas(part, sheet, where, app, found);
            }
        }
        return found.stream().map(p -> p.toArray(String[]::new)).toList();
    }

    private static List<String> forbidden(PartKind kind) {
        return List.of("", kind.label() + "が含まれています。配布資料に入れられないため、取り除いてください");
    }

    /** An external target (a file share, a web address) or a relationship of a forbidden kind, whatever the part claims. */
    private static void checkRelationship(PackageRelationship rel, String where, Set<List<String>> found) {
        String type = rel.getRelationshipType() == null ? "" : rel.getRelationshipType();
        String kindName = type.substring(type.lastIndexOf('/') + 1);
        for (PartKind kind : FORBIDDEN_PARTS) {
            if (kind.matches(kindName)) {
                found.add(forbidden(kind));
            }
        }
        if (rel.getTargetMode() == TargetMode.EXTERNAL) {
            found.add(List.of(where, "外部のファイルやサイトへのリンク（" + rel.getTargetURI() + "）が含まれています。"
                    + "配布資料に入れられないため、リンクや外部の画像を取り除いてください"));
        }
    }

    private static byte[] head(PackagePart part) {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(64);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    private static boolean looksLikeXml(byte[] head) {
        for (int i = 0; i < head.length; i++) {
            int b = head[i] & 0xFF;
            if (b == '<') {
                return true;
            }
            if (!(b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b))) {
                return false;
            }
        }
        return false;
    }

    /** Finds every formula in one XML part and judges it as a cell formula is judged, naming where it is. */
    private static void scanFormulas(PackagePart part, String sheet, String where, String app, Set<List<String>> found) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            Deque<String> open = new ArrayDeque<>();
            String cell = null;
            String range = null;
            String name = null;
            StringBuilder text = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = r.getLocalName();
                    open.push(local);
                    switch (local) {
                        case "c" -> cell = r.getAttributeValue(null, "r");
                        case "conditionalFormatting", "dataValidation" -> range = r.getAttributeValue(null, "sqref");
                        case "definedName" -> name = r.getAttributeValue(null, "name");
                        default -> { }
                    }
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        // form controls (ctrlProp parts) keep their links and macros in fmlaLink, fmlaRange, fmlaMacro…
                        if (r.getAttributeLocalName(i).toLowerCase(Locale.ROOT).startsWith("fmla")) {
                            judge(r.getAttributeValue(i), "フォームコントロール（" + where + "）", found);
                        }
                    }
                    if (FORMULA_ELEMENTS.contains(local) || local.startsWith("Fmla")) {
                        text = new StringBuilder();
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text != null) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String local = open.pop();
                    if (text != null && (FORMULA_ELEMENTS.contains(local) || local.startsWith("Fmla"))) {
                        judge(text.toString(), place(open, local, sheet, where, cell, range, name), found);
                        text = null;
                    }
                }
            }
        } catch (XMLStreamException | IOException | RuntimeException e) {
            // VML written by Excel is not always well-formed XML: read its formula tags as text
            scanFormulaTags(part, where, app, found);
        }
    }

    private static final Pattern FORMULA_TAG = Pattern.compile("<(?:\\w+:)?(?:f|formula[12]?|definedName|Fmla\\w*)\\b[^>]*>([^<]*)<", Pattern.CASE_INSENSITIVE);

    private static void scanFormulaTags(PackagePart part, String where, String app, Set<List<String>> found) {
        try (InputStream in = part.getInputStream()) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            Matcher m = FORMULA_TAG.matcher(xml);
            while (m.find()) {
                judge(m.group(1).replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&amp;", "&"), where, found);
            }
        } catch (IOException | RuntimeException e) {
            found.add(List.of(where, "中身を読めません。" + app + " で開いて保存し直してください"));
        }
    }

    private static String place(Deque<String> open, String local, String sheet, String where, String cell, String range, String name) {
        String sheetPart = sheet == null ? where : "シート「" + sheet + "」";
        if (open.contains("cfRule") || open.contains("conditionalFormatting")) {
            return sheetPart + "の条件付き書式" + (range == null ? "" : "（" + range + "）");
        }
        if (open.contains("dataValidation") || local.startsWith("formula") && open.contains("dataValidations")) {
            return sheetPart + "の入力規則" + (range == null ? "" : "（" + range + "）");
        }
        if (local.equals("definedName")) {
            return "名前「" + name + "」";
        }
        if (open.contains("chartSpace")) {
            return "グラフ（" + where + "）";
        }
        if (sheet != null && cell != null && open.contains("c")) {
            return TemplateCheck.place(sheet, new org.apache.poi.ss.util.CellReference(cell).getRow(),
                    new org.apache.poi.ss.util.CellReference(cell).getCol());
        }
        return sheetPart;
    }

    private static void judge(String formula, String place, Set<List<String>> found) {
        String f = formula.strip();
        if (f.isEmpty()) {
            return;
        }
        String why = reachesOutside(f);
        if (why != null) {
            found.add(List.of(place, "数式「=" + f + "」は" + why + "ため使えません"));
        }
    }

    /** Why a formula reaches outside the workbook, or null when it stays inside. */
    static String reachesOutside(String formula) {
        String code = formula.replaceAll("\"(?:[^\"]|\"\")*\"", "\"\""); // text in quotes is just text
        if (OTHER_WORKBOOK.matcher(code).find()) {
            return "ほかのブックを参照している";
        }
        if (DDE.matcher(code.replaceAll("'[^']*'", "''")).find()) {
            return "外部のプログラムと通信する（DDE）";
        }
        Matcher m = FUNCTION.matcher(code);
        while (m.find()) {
            String fn = m.group(1).toUpperCase(Locale.ROOT).replaceFirst("^_XLFN\\.", "").replaceFirst("^_XLWS\\.", "");
            if (FORBIDDEN_FUNCTIONS.contains(fn)) {
                return "外部に接続・参照する関数 " + fn + " を使っている";
            }
        }
        return null;
    }
}
