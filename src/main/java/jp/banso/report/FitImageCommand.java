package jp.banso.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.area.Area;
import org.jxls.command.AbstractCommand;
import org.jxls.common.CellRef;
import org.jxls.common.Context;
import org.jxls.common.Size;
import org.jxls.transform.poi.PoiTransformer;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTDrawing;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTOneCellAnchor;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.CTTwoCellAnchor;

/**
 * {@code jx:image(src="board.image" lastCell="H23")}: puts a picture into the cells from the comment's cell to
 * {@code lastCell}, as large as fits <em>without stretching it</em>, centred across. JXLS's own image command stretches
 * the picture to the cells, which distorts a board whose shape differs from the area. Registered under the name
 * {@code image}, so templates use the usual JXLS markup. An empty {@code src} leaves the cells empty.
 */
public class FitImageCommand extends AbstractCommand {
    private String src;
    private String imageType = "PNG";
    private Area area;

    public void setSrc(String src) {
        this.src = src;
    }

    public void setImageType(String imageType) {
        this.imageType = imageType;
    }

    @Override
    public String getName() {
        return "image";
    }

    @Override
    public org.jxls.command.Command addArea(Area a) {
        this.area = a;
        return super.addArea(a);
    }

    @Override
    public Size applyAt(CellRef cellRef, Context context) {
        Object value = src == null ? null : context.evaluate(src);
        if (value instanceof byte[] bytes && bytes.length > 0) {
            PoiTransformer t = (PoiTransformer) getTransformer();
            place(t.getXSSFWorkbook(), cellRef, area.getSize(), bytes);
        }
        return area.getSize();
    }

    private void place(XSSFWorkbook wb, CellRef at, Size size, byte[] bytes) {
        XSSFSheet sheet = wb.getSheet(at.getSheetName());
        int[] pixels = dimensions(bytes);
        double boxW = 0;
        for (int c = at.getCol(); c < at.getCol() + size.getWidth(); c++) {
            boxW += sheet.getColumnWidthInPixels(c);
        }
        double boxH = 0;
        for (int r = at.getRow(); r < at.getRow() + size.getHeight(); r++) {
            boxH += rowPixels(sheet, r);
        }
        double scale = Math.min(boxW / pixels[0], boxH / pixels[1]);
        double w = pixels[0] * scale;
        double h = pixels[1] * scale;
        double x = (boxW - w) / 2;
        // the starting cell and the offset inside it
        int col = at.getCol();
        while (col < at.getCol() + size.getWidth() - 1 && x >= sheet.getColumnWidthInPixels(col)) {
            x -= sheet.getColumnWidthInPixels(col);
            col++;
        }
        int pictureIndex = wb.addPicture(bytes, "JPEG".equalsIgnoreCase(imageType) ? Workbook.PICTURE_TYPE_JPEG : Workbook.PICTURE_TYPE_PNG);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = new XSSFClientAnchor((int) Math.round(x * Units.EMU_PER_PIXEL), 0, 0, 0, col, at.getRow(), col + 1, at.getRow() + 1);
        drawing.createPicture(anchor, pictureIndex);
        toOneCellAnchor(drawing, Math.round(w * Units.EMU_PER_PIXEL), Math.round(h * Units.EMU_PER_PIXEL));
    }

    /** The picture keeps its own size (a one-cell anchor), whatever the real widths of the columns turn out to be. */
    private static void toOneCellAnchor(XSSFDrawing drawing, long cx, long cy) {
        CTDrawing ct = drawing.getCTDrawing();
        int last = ct.sizeOfTwoCellAnchorArray() - 1;
        CTTwoCellAnchor two = ct.getTwoCellAnchorArray(last);
        CTOneCellAnchor one = ct.addNewOneCellAnchor();
        one.setFrom(two.getFrom());
        one.addNewExt().setCx(cx);
        one.getExt().setCy(cy);
        one.setPic(two.getPic());
        if (one.getPic().getSpPr().isSetXfrm()) {
            one.getPic().getSpPr().getXfrm().getExt().setCx(cx);
            one.getPic().getSpPr().getXfrm().getExt().setCy(cy);
        }
        one.addNewClientData();
        ct.removeTwoCellAnchor(last);
    }

    private static double rowPixels(XSSFSheet sheet, int r) {
        Row row = sheet.getRow(r);
        float points = row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        return points * 96 / 72;
    }

    /** Width and height in pixels, read from the image header without decoding it. */
    static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            throw ReportException.logged("画像を読み込めません。PNG か JPEG の画像を使ってください", e);
        }
        throw new ReportException("画像の形式が分かりません（PNG か JPEG を使ってください）");
    }
}
