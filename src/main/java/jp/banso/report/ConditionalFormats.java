package jp.banso.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;

/**
 * A template's conditional formatting (the roadmap's coloured bars), kept out of JXLS's way: JXLS copies a cell's
 * conditional formats with every copy of the cell, which for a roadmap meant 13,000 entries and five seconds. The rules
 * are taken out of the template before filling and put back, as written, on the filled sheet — their ranges in the
 * template already cover where the rows land.
 */
final class ConditionalFormats {

    /** The template without its conditional formats, and the formats by sheet name. */
    record Held(byte[] template, Map<String, List<CTConditionalFormatting>> bySheet) {
    }

    private ConditionalFormats() {
    }

    static Held takeOut(byte[] template) {
        if (!mentioned(template)) {
            return new Held(template, Map.of());
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Map<String, List<CTConditionalFormatting>> held = new HashMap<>();
            for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                XSSFSheet sheet = wb.getSheetAt(s);
                var ct = sheet.getCTWorksheet();
                CTConditionalFormatting[] all = ct.getConditionalFormattingArray();
                if (all.length == 0) {
                    continue;
                }
                List<CTConditionalFormatting> copies = new ArrayList<>();
                for (CTConditionalFormatting c : all) {
                    copies.add((CTConditionalFormatting) c.copy());
                }
                held.put(sheet.getSheetName(), copies);
                for (int i = all.length - 1; i >= 0; i--) {
                    ct.removeConditionalFormatting(i);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(template.length);
            wb.write(out);
            return new Held(out.toByteArray(), held);
        } catch (IOException e) {
            return new Held(template, Map.of()); // the template check reports a file that cannot be read
        }
    }

    static void putBack(XSSFWorkbook wb, Map<String, List<CTConditionalFormatting>> bySheet) {
        bySheet.forEach((name, formats) -> {
            XSSFSheet sheet = wb.getSheet(name);
            if (sheet != null) {
                for (CTConditionalFormatting c : formats) {
                    sheet.getCTWorksheet().addNewConditionalFormatting().set(c);
                }
            }
        });
    }

    /** Whether any worksheet of the file has conditional formatting (most templates have none: no extra work then). */
    private static boolean mentioned(byte[] template) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(template))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/sheet")
                        && new String(zip.readAllBytes(), StandardCharsets.UTF_8).contains("<conditionalFormatting")) {
                    return true;
                }
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }
}
