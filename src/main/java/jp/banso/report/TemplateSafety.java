package jp.banso.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellFormula;

/**
 * What a template from a shared folder must not carry into a hand-out: links to other files, data connections, macros
 * and embedded objects, and formulas that reach outside the workbook (another workbook, DDE, WEBSERVICE and the like).
 * A hand-out is opened on the municipality's PCs; such a file would fetch, run or leak something the moment it opens.
 * Formulas within the workbook (SUM, COUNTIF…) are fine and kept.
 */
final class TemplateSafety {
    /** Package parts that make a workbook reach outside itself or run code. */
    private static final List<PartKind> FORBIDDEN_PARTS = List.of(
            new PartKind("externalLink", "外部のブックへのリンク"),
            new PartKind("connections", "外部データへの接続"),
            new PartKind("queryTable", "外部データのクエリ"),
            new PartKind("vbaProject", "マクロ（VBA）"),
            new PartKind("activeX", "ActiveX コントロール"),
            new PartKind("oleObject", "埋め込みオブジェクト（OLE）"));

    /** Functions that fetch, call or expose something outside the workbook. */
    private static final Set<String> FORBIDDEN_FUNCTIONS = Set.of("WEBSERVICE", "FILTERXML", "HYPERLINK", "CALL", "REGISTER",
            "REGISTER.ID", "RTD", "DDE", "INFO", "CUBEVALUE", "CUBEMEMBER", "CUBESET", "IMAGE", "STOCKHISTORY");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(");
    /** {@code [1]Sheet!A1} or {@code 'C:\[book.xlsx]Sheet'!A1}: a cell of another workbook. */
    private static final Pattern OTHER_WORKBOOK = Pattern.compile("\\[[^\\]]*\\][^!]*!");
    /** {@code app|topic!item}: dynamic data exchange, which can start programs. */
    private static final Pattern DDE = Pattern.compile("[A-Za-z0-9_.]+\\|");

    private record PartKind(String marker, String label) {
    }

    private TemplateSafety() {
    }

    /** Each problem as (place, text); an empty list for a safe template. */
    static List<String[]> problems(XSSFWorkbook wb) {
        List<String[]> problems = new ArrayList<>();
        for (PartKind kind : FORBIDDEN_PARTS) {
            if (hasPart(wb, kind.marker())) {
                problems.add(new String[] {"", kind.label() + "が含まれています。配布資料に入れられないため、取り除いてください"});
            }
        }
        for (Name name : wb.getAllNames()) {
            String refers = name.getRefersToFormula();
            if (refers != null && reachesOutside(refers) != null) {
                problems.add(new String[] {"名前「" + name.getNameName() + "」", "外部を参照しています（" + refers + "）"});
            }
        }
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    String formula = formulaText(cell);
                    String why = reachesOutside(formula);
                    if (why != null) {
                        problems.add(new String[] {TemplateCheck.place(sheet.getSheetName(), cell.getRowIndex(), cell.getColumnIndex()),
                                "数式「=" + formula + "」は" + why + "ため使えません"});
                    }
                }
            }
        }
        return problems;
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

    /** The formula as stored in the file; POI's parser may refuse exactly the formulas we look for. */
    private static String formulaText(Cell cell) {
        if (cell instanceof XSSFCell x && x.getCTCell().isSetF()) {
            CTCellFormula f = x.getCTCell().getF();
            return f.getStringValue() == null ? "" : f.getStringValue();
        }
        try {
            return cell.getCellFormula();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static boolean hasPart(XSSFWorkbook wb, String marker) {
        try {
            for (PackagePart part : wb.getPackage().getParts()) {
                String type = part.getContentType().toLowerCase(Locale.ROOT);
                String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
                String m = marker.toLowerCase(Locale.ROOT);
                if (type.contains(m) || name.contains("/" + m)) {
                    return true;
                }
            }
        } catch (InvalidFormatException e) {
            return true; // a package we cannot list is not one we hand out
        }
        return false;
    }
}
