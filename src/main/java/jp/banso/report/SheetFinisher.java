package jp.banso.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.common.PublicContext;
import org.jxls.transform.PreWriteAction;
import org.jxls.transform.Transformer;
import org.jxls.transform.poi.PoiTransformer;

/**
 * What a template cannot say and JXLS does not do, applied to the filled workbook before it is written (plain POI):
 * <ul>
 * <li>text from users that starts like a formula (= + - @) is marked as text (quote prefix), so even editing the cell
 * in Excel keeps it text — JXLS already writes it as a string;</li>
 * <li>rows of wrapped text get the height their text needs (Excel does not grow rows on open, least of all merged
 * cells), and text taller than Excel's largest row (409 pt) continues in added rows with the same look, line breaks kept;</li>
 * <li>the print area grows to the filled rows, and sheets copied for each board keep the repeated rows;</li>
 * <li>notes for template authors (sheets named 使い方…) and leftover {@code jx:} comments are removed;</li>
 * <li>the form's データ sheet and charts ({@link Appendix}) are added last, untouched by the template's settings.</li>
 * </ul>
 */
final class SheetFinisher implements PreWriteAction {
    /** Excel's largest row height. */
    static final double MAX_ROW_POINTS = 409;
    /** Line height of Yu Gothic (and Noto Sans CJK) relative to the font size, rounded up so text is never cut. */
    static final double LINE_FACTOR = 1.65;
    static final double PADDING_POINTS = 5;

    private final TemplateCheck.TemplateInfo info;
    private final Map<Integer, CellStyle> quoted = new HashMap<>();

    private final Map<String, List<org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting>> conditionalFormats;
    private final Appendix appendix;

    /**
     * @param conditionalFormats the template's conditional formats, kept out of the filling (see {@link ConditionalFormats})
     * @param appendix           the データ sheet and charts added after the form's sheets
     */
    SheetFinisher(TemplateCheck.TemplateInfo info,
            Map<String, List<org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting>> conditionalFormats,
            Appendix appendix) {
        this.info = info;
        this.conditionalFormats = conditionalFormats;
        this.appendix = appendix;
    }

    @Override
    public void preWrite(Transformer transformer, PublicContext context) {
        finish(((PoiTransformer) transformer).getXSSFWorkbook());
    }

    void finish(XSSFWorkbook wb) {
        ConditionalFormats.putBack(wb, conditionalFormats);
        for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
            if (wb.getSheetName(i).startsWith(TemplateCheck.HELP_SHEET_PREFIX) && wb.getNumberOfSheets() > 1) {
                wb.removeSheetAt(i);
            }
        }
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            removeCommandComments(sheet);
            dropEmptyParts(sheet);
            fitRows(wb, sheet);
            markFormulaLikeText(wb, sheet);
            printSetup(wb, sheet, i);
            sheet.setSelected(i == 0);
        }
        int formSheets = wb.getNumberOfSheets();
        DataSheets.append(wb, appendix);
        for (int i = formSheets; i < wb.getNumberOfSheets(); i++) {
            markFormulaLikeText(wb, wb.getSheetAt(i)); // a 課題 typed as =HYPERLINK(…) stays text on the データ sheet too
        }
        wb.setActiveSheet(0);
        wb.setFirstVisibleTab(0);
    }

    private static void removeCommandComments(XSSFSheet sheet) {
        for (var e : new ArrayList<>(sheet.getCellComments().entrySet())) {
            String text = e.getValue().getString() == null ? "" : e.getValue().getString().getString();
            if (text.strip().startsWith("jx:")) {
                Row row = sheet.getRow(e.getKey().getRow());
                Cell cell = row == null ? null : row.getCell(e.getKey().getColumn());
                if (cell != null) {
                    cell.removeCellComment();
                }
            }
        }
    }

    /**
     * After the jx: comments are gone, a sheet keeps an empty comments part, its VML drawing and an empty drawing.
     * LibreOffice and openpyxl do not mind; Excel is stricter about parts that hold nothing, so they are removed.
     * POI offers no public call for it; if the reflective call ever fails, the empty parts stay (still a valid file).
     */
    private static void dropEmptyParts(XSSFSheet sheet) {
        if (!sheet.getCellComments().isEmpty()) {
            return;
        }
        try {
            java.lang.reflect.Method remove = org.apache.poi.ooxml.POIXMLDocumentPart.class
                    .getDeclaredMethod("removeRelation", org.apache.poi.ooxml.POIXMLDocumentPart.class, boolean.class);
            remove.setAccessible(true);
            for (org.apache.poi.ooxml.POIXMLDocumentPart p : new ArrayList<>(sheet.getRelations())) {
                if (p instanceof org.apache.poi.xssf.model.Comments || p instanceof org.apache.poi.xssf.usermodel.XSSFVMLDrawing) {
                    remove.invoke(sheet, p, true);
                } else if (p instanceof XSSFDrawing d && d.getShapes().isEmpty()) {
                    remove.invoke(sheet, p, true);
                    if (sheet.getCTWorksheet().isSetDrawing()) {
                        sheet.getCTWorksheet().unsetDrawing();
                    }
                }
            }
            if (sheet.getCTWorksheet().isSetLegacyDrawing()) {
                sheet.getCTWorksheet().unsetLegacyDrawing();
            }
            for (String field : new String[] {"sheetComments", "xssfvmlDrawing"}) {
                java.lang.reflect.Field f = XSSFSheet.class.getDeclaredField(field);
                f.setAccessible(true);
                f.set(sheet, null);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            java.util.logging.Logger.getLogger(SheetFinisher.class.getName()).fine("empty comment parts kept: " + e);
        }
    }

    // --- row heights and long text ---

    private void fitRows(XSSFWorkbook wb, XSSFSheet sheet) {
        Map<Long, CellRangeAddress> merged = mergedByFirstCell(sheet);
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            double needed = 0;
            int mostPieces = 1;
            Map<Integer, List<String>> pieces = new HashMap<>();
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
                    continue;
                }
                CellRangeAddress region = merged.get(key(r, cell.getColumnIndex()));
                if (region == null && isInsideMerged(sheet, merged, r, cell.getColumnIndex())) {
                    continue;
                }
                if (region != null && region.getFirstRow() != region.getLastRow()) {
                    continue;
                }
                String text = cell.getStringCellValue();
                if (text.isEmpty()) {
                    continue;
                }
                double widthPx = region == null ? sheet.getColumnWidthInPixels(cell.getColumnIndex())
                        : widthPx(sheet, region.getFirstColumn(), region.getLastColumn());
                double fontPt = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeightInPoints();
                List<TextLayout.Line> lines = TextLayout.wrap(text, widthPx, fontPt);
                double lineHeight = fontPt * LINE_FACTOR;
                int maxLines = Math.max(1, (int) ((MAX_ROW_POINTS - PADDING_POINTS) / lineHeight));
                if (lines.size() > maxLines) {
                    List<String> split = TextLayout.join(lines, maxLines);
                    pieces.put(cell.getColumnIndex(), split);
                    mostPieces = Math.max(mostPieces, split.size());
                    needed = MAX_ROW_POINTS;
                } else {
                    needed = Math.max(needed, lines.size() * lineHeight + PADDING_POINTS);
                }
            }
            if (mostPieces > 1) {
                r = continueInNewRows(wb, sheet, row, pieces, mostPieces, merged);
                merged = mergedByFirstCell(sheet);
            } else if (needed > row.getHeightInPoints()) {
                row.setHeightInPoints((float) Math.min(MAX_ROW_POINTS, Math.ceil(needed)));
            }
        }
    }

    /** Text taller than one row continues in rows added below, each styled and merged like the first; returns the last row. */
    private static int continueInNewRows(XSSFWorkbook wb, XSSFSheet sheet, Row row, Map<Integer, List<String>> pieces, int count,
                                         Map<Long, CellRangeAddress> merged) {
        int r = row.getRowNum();
        int added = count - 1;
        if (r + 1 <= sheet.getLastRowNum()) {
            sheet.shiftRows(r + 1, sheet.getLastRowNum(), added, true, false);
            shiftPictures(sheet, r + 1, added);
        }
        List<CellRangeAddress> rowMerges = new ArrayList<>();
        for (CellRangeAddress a : merged.values()) {
            if (a.getFirstRow() == r && a.getLastRow() == r) {
                rowMerges.add(a);
            }
        }
        for (int k = 0; k < count; k++) {
            Row target = k == 0 ? row : sheet.createRow(r + k);
            for (Cell source : row) {
                Cell cell = k == 0 ? source : target.createCell(source.getColumnIndex());
                if (k > 0) {
                    cell.setCellStyle(source.getCellStyle());
                }
                List<String> p = pieces.get(source.getColumnIndex());
                if (p != null) {
                    cell.setCellValue(k < p.size() ? p.get(k) : "");
                } else if (k > 0) {
                    cell.setBlank();
                }
            }
            if (k > 0) {
                for (CellRangeAddress a : rowMerges) {
                    sheet.addMergedRegionUnsafe(new CellRangeAddress(r + k, r + k, a.getFirstColumn(), a.getLastColumn()));
                }
            }
            double lines = 1;
            for (Map.Entry<Integer, List<String>> e : pieces.entrySet()) {
                if (k < e.getValue().size()) {
                    Cell c = target.getCell(e.getKey());
                    CellRangeAddress region = merged.get(key(r, e.getKey()));
                    double widthPx = region == null ? sheet.getColumnWidthInPixels(e.getKey())
                            : widthPx(sheet, region.getFirstColumn(), region.getLastColumn());
                    double fontPt = wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints();
                    lines = Math.max(lines, TextLayout.wrap(e.getValue().get(k), widthPx, fontPt).size() * fontPt * LINE_FACTOR);
                }
            }
            target.setHeightInPoints((float) Math.min(MAX_ROW_POINTS, Math.ceil(lines + PADDING_POINTS)));
        }
        return r + added;
    }

    private static void shiftPictures(XSSFSheet sheet, int fromRow, int by) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return;
        }
        for (XSSFShape shape : drawing.getShapes()) {
            if (shape.getAnchor() instanceof XSSFClientAnchor a && a.getRow1() >= fromRow) {
                a.setRow1(a.getRow1() + by);
                a.setRow2(a.getRow2() + by);
            }
        }
    }

    private static double widthPx(Sheet sheet, int firstCol, int lastCol) {
        double w = 0;
        for (int c = firstCol; c <= lastCol; c++) {
            w += sheet.getColumnWidthInPixels(c);
        }
        return w;
    }

    private static Map<Long, CellRangeAddress> mergedByFirstCell(XSSFSheet sheet) {
        Map<Long, CellRangeAddress> m = new HashMap<>();
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            m.put(key(a.getFirstRow(), a.getFirstColumn()), a);
        }
        return m;
    }

    private static boolean isInsideMerged(XSSFSheet sheet, Map<Long, CellRangeAddress> merged, int r, int c) {
        for (CellRangeAddress a : merged.values()) {
            if (a.isInRange(r, c)) {
                return true;
            }
        }
        return false;
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    // --- formula-like text ---

    /** True for text Excel, LibreOffice or a CSV import could take for a formula. */
    static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private void markFormulaLikeText(XSSFWorkbook wb, XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && looksLikeFormula(cell.getStringCellValue())
                        && !cell.getCellStyle().getQuotePrefixed()) {
                    CellStyle old = cell.getCellStyle();
                    cell.setCellStyle(quoted.computeIfAbsent((int) old.getIndex(), i -> {
                        XSSFCellStyle s = wb.createCellStyle();
                        s.cloneStyleFrom(old);
                        s.setQuotePrefixed(true);
                        return s;
                    }));
                }
            }
        }
    }

    // --- print setup ---

    private void printSetup(XSSFWorkbook wb, XSSFSheet sheet, int index) {
        TemplateCheck.SheetInfo s = info.sheets().get(sheet.getSheetName());
        if (s == null && info.multisheetSource() != null) {
            s = info.sheets().get(info.multisheetSource());
        }
        var pageSetup = sheet.getCTWorksheet().getPageSetup();
        if (pageSetup != null && pageSetup.isSetUsePrinterDefaults()) {
            // JXLS copies this as "true" onto sheets made per board; LibreOffice then ignores orientation and paper
            pageSetup.unsetUsePrinterDefaults();
        }
        if (s == null) {
            return;
        }
        if (s.repeatingRows() != null) {
            sheet.setRepeatingRows(s.repeatingRows());
        }
        if (s.firstPrintColumn() >= 0) {
            wb.setPrintArea(index, s.firstPrintColumn(), s.lastPrintColumn(), 0, Math.max(0, sheet.getLastRowNum()));
        }
    }
}
