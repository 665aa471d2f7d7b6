package jp.banso.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading hand-outs back with POI in tests: open a file, find a label, read the cell beside or below it. */
final class Sheets {
    private Sheets() {
    }

    static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new AssertionError("cannot open " + file, e);
        }
    }

    /** The first cell whose text is exactly {@code text} (top to bottom, left to right). */
    static Cell find(Sheet sheet, String text) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no cell «" + text + "» on sheet " + sheet.getSheetName());
    }

    static List<Cell> all(Sheet sheet) {
        List<Cell> out = new ArrayList<>();
        for (Row r : sheet) {
            for (Cell c : r) {
                out.add(c);
            }
        }
        return out;
    }

    /** The cell right of {@code c}, past the merged block {@code c} starts. */
    static Cell right(Cell c) {
        int col = c.getColumnIndex();
        for (CellRangeAddress a : c.getSheet().getMergedRegions()) {
            if (a.isInRange(c.getRowIndex(), c.getColumnIndex())) {
                col = a.getLastColumn();
            }
        }
        return cell(c.getSheet(), c.getRowIndex(), col + 1);
    }

    static Cell cell(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        if (c == null) {
            throw new AssertionError("no cell at row " + (row + 1) + " col " + col + " on " + s.getSheetName());
        }
        return c;
    }

    static Cell below(Cell c, int rows) {
        return cell(c.getSheet(), c.getRowIndex() + rows, c.getColumnIndex());
    }

    static String text(Cell c) {
        assertThat(c.getCellType()).as("type of " + c.getAddress()).isEqualTo(CellType.STRING);
        return c.getStringCellValue();
    }

    static double number(Cell c) {
        assertThat(c.getCellType()).as("type of " + c.getAddress()).isEqualTo(CellType.NUMERIC);
        return c.getNumericCellValue();
    }

    /** A real date, shown as 和暦 by its cell format. */
    static LocalDate date(Cell c) {
        assertThat(c.getCellType()).as("type of " + c.getAddress()).isEqualTo(CellType.NUMERIC);
        assertThat(c.getCellStyle().getDataFormatString()).as("format of " + c.getAddress()).contains("[$-411]ggge");
        return DateUtil.getLocalDateTime(c.getNumericCellValue()).toLocalDate();
    }
}
