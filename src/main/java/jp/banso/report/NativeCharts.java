package jp.banso.report;


import java.awt.geom.Rectangle2D;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChart;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xddf.usermodel.text.XDDFTextBody;
import org.apache.poi.xddf.usermodel.text.XDDFTextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.Palette;

/**
 * Writes a {@link Chart} as a native Office chart (DrawingML through POI's XDDF), so it stays editable in Excel and
 * PowerPoint: same series, same Okabe–Ito colours as the app, gaps left open, targets dashed grey. In a workbook the
 * chart reads its figures from cells ({@link #drawFromCells}); on a slide from the chart's own embedded workbook
 * ({@link #drawEmbedded}).
 */
public final class NativeCharts {
    /** More categories than this are drawn as horizontal bars, so their names can be read. */
    static final int MAX_UPRIGHT_CATEGORIES = 12;

    private NativeCharts() {
    }

    /**
     * Writes the chart's figures as a table at {@code firstRow} of {@code dataSheet} (a header row, then one row per
     * category: the category, then one column per series; an empty cell is a gap) and draws {@code target} from those
     * cells. Returns the row after the table.
     */
    public static int drawFromCells(XSSFChart target, Chart chart, XSSFSheet dataSheet, int firstRow) {
        requireValues(chart);
        XSSFRow header = row(dataSheet, firstRow);
        header.createCell(0).setCellValue(chart.categoryTitle() == null ? "" : chart.categoryTitle());
        for (int s = 0; s < chart.series().size(); s++) {
            header.createCell(s + 1).setCellValue(chart.series().get(s).name());
        }
        for (int c = 0; c < chart.categories().size(); c++) {
            XSSFRow r = row(dataSheet, firstRow + 1 + c);
            r.createCell(0).setCellValue(chart.categories().get(c));
            for (int s = 0; s < chart.series().size(); s++) {
                Double v = chart.series().get(s).values().get(c);
                if (v != null) {
                    XSSFCell cell = r.createCell(s + 1);
                    cell.setCellValue(v);
                }
            }
        }
        int last = firstRow + chart.categories().size();
        draw(target, chart, new Sources() {
            @Override
            public XDDFDataSource<String> categories() {
                return XDDFDataSourcesFactory.fromStringCellRange(dataSheet, new CellRangeAddress(firstRow + 1, Math.max(last, firstRow + 1), 0, 0));
            }

            @Override
            public XDDFNumericalDataSource<Double> values(int series) {
                return XDDFDataSourcesFactory.fromNumericCellRange(dataSheet,
                        new CellRangeAddress(firstRow + 1, Math.max(last, firstRow + 1), series + 1, series + 1));
            }

            @Override
            public String name(int series) {
                return new org.apache.poi.ss.util.CellReference(dataSheet.getSheetName(), firstRow, series + 1, true, true).formatAsString();
            }
        });
        return last + 1;
    }

    /** Draws {@code target} from the chart's own embedded workbook (a slide's chart), which POI fills from the values. */
    public static void drawEmbedded(XDDFChart target, Chart chart) {
        requireValues(chart);
        int n = chart.categories().size();
        draw(target, chart, new Sources() {
            @Override
            public XDDFDataSource<String> categories() {
                return XDDFDataSourcesFactory.fromArray(chart.categories().toArray(String[]::new),
                        target.formatRange(new CellRangeAddress(1, Math.max(n, 1), 0, 0)), 0);
            }

            @Override
            public XDDFNumericalDataSource<Double> values(int series) {
                return XDDFDataSourcesFactory.fromArray(chart.series().get(series).values().toArray(Double[]::new),
                        target.formatRange(new CellRangeAddress(1, Math.max(n, 1), series + 1, series + 1)), series + 1);
            }

            @Override
            public String name(int series) {
                return null;
            }
        });
    }

    /**
     * Puts the chart on a slide at {@code bounds} (in points, like every other shape's anchor; POI wants a chart's
     * frame in EMU) and draws it from its embedded workbook.
     */
    public static XSLFChart addToSlide(XMLSlideShow deck, XSLFSlide slide, Chart chart, Rectangle2D bounds) {
        requireValues(chart);
        XSLFChart target = deck.createChart(slide);
        slide.addChart(target, new Rectangle2D.Double(Units.toEMU(bounds.getX()), Units.toEMU(bounds.getY()),
                Units.toEMU(bounds.getWidth()), Units.toEMU(bounds.getHeight())));
        drawEmbedded(target, chart);
        return target;
    }

    /** Where a chart's figures come from. */
    private interface Sources {
        XDDFDataSource<String> categories();

        XDDFNumericalDataSource<Double> values(int series);

        /** A cell holding the series' name, or null to write the name itself. */
        String name(int series);
    }

    private static void draw(XDDFChart target, Chart chart, Sources sources) {
        target.setTitleText(chart.note() == null ? chart.title() : chart.title() + "\n" + chart.note());
        target.setTitleOverlay(false);
        fontSize(target.getTitle().getBody().getParagraph(0), 16.0);
        target.displayBlanksAs(DisplayBlanks.GAP);
        target.setAutoTitleDeleted(false);
        boolean sideways = chart.kind() != Chart.Kind.LINE && chart.categories().size() > MAX_UPRIGHT_CATEGORIES;
        XDDFCategoryAxis categoryAxis = target.createCategoryAxis(sideways ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = target.createValueAxis(sideways ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        if (smallCounts(chart)) {
            valueAxis.setMajorUnit(1); // 市町村数 and 件数 step by whole towns, never 0.5
        }
        if (sideways) {
            // the first item on top, as people read a list; the value axis then crosses at the last (bottom) one
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
        }
        // readable from the back of the room once projected: ticks 12 pt (Office's default is 9)
        categoryAxis.getOrAddTextProperties().setFontSize(12.0);
        valueAxis.getOrAddTextProperties().setFontSize(12.0);
        if (chart.categoryTitle() != null) {
            categoryAxis.setTitle(chart.categoryTitle());
        }
        if (chart.valueTitle() != null) {
            valueAxis.setTitle(chart.valueTitle());
        }
        XDDFChartData data = switch (chart.kind()) {
            case LINE -> target.createData(ChartTypes.LINE, categoryAxis, valueAxis);
            case BAR, STACKED_BAR -> target.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        };
        data.setVaryColors(false);
        if (data instanceof XDDFBarChartData bars) {
            bars.setBarDirection(sideways ? BarDirection.BAR : BarDirection.COL);
            if (chart.kind() == Chart.Kind.STACKED_BAR) {
                bars.setBarGrouping(BarGrouping.STACKED);
                bars.setOverlap((byte) 100);
            } else {
                bars.setBarGrouping(BarGrouping.CLUSTERED);
            }
            bars.setGapWidth(60);
        }
        XDDFDataSource<String> categories = sources.categories();
        int colour = 0;
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series spec = chart.series().get(s);
            XDDFChartData.Series series = data.addSeries(categories, sources.values(s));
            String nameCell = sources.name(s);
            series.setTitle(spec.name(), nameCell == null ? null : new org.apache.poi.ss.util.CellReference(nameCell));
            String rgb = spec.reference() ? Palette.REFERENCE : Palette.colour(colour++);
            style(series, spec.reference(), rgb);
        }
        target.plot(data);
        if (chart.series().size() > 1) {
            XDDFChartLegend legend = target.getOrAddLegend();
            legend.setPosition(LegendPosition.BOTTOM);
            XDDFTextBody body = new XDDFTextBody(legend);
            body.initialize().addDefaultRunProperties().setFontSize(12.0);
            legend.setTextBody(body);
        }
    }

    /**
     * A chart part without a plot is not valid DrawingML (openpyxl and others fail on it): a chart with nothing to plot
     * is said in words by the caller ({@link Chart#note()}), never drawn.
     */
    private static void requireValues(Chart chart) {
        if (!chart.hasValues()) {
            throw new IllegalArgumentException("nothing to plot in " + chart.title() + "; say its note in words instead");
        }
    }

    /** Whether every value is a whole number and the tallest bar (stacked: the tallest stack) is at most ten. */
    static boolean smallCounts(Chart chart) {
        double tallest = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            double stack = 0;
            for (Chart.Series s : chart.series()) {
                Double v = s.values().get(c);
                if (v == null) {
                    continue;
                }
                if (v != Math.rint(v)) {
                    return false;
                }
                stack = chart.kind() == Chart.Kind.STACKED_BAR ? stack + v : Math.max(stack, v);
            }
            tallest = Math.max(tallest, stack);
        }
        return chart.kind() != Chart.Kind.LINE && tallest <= 10;
    }

    private static void style(XDDFChartData.Series series, boolean reference, String rgb) {
        XDDFSolidFillProperties fill = new XDDFSolidFillProperties(XDDFColor.from(bytes(rgb)));
        if (series instanceof XDDFLineChartData.Series line) {
            XDDFLineProperties stroke = new XDDFLineProperties(fill);
            stroke.setWidth(reference ? 2.0 : 3.0);
            if (reference) {
                stroke.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
            }
            line.setSmooth(false);
            line.setMarkerStyle(reference ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
            if (!reference) {
                line.setMarkerSize((short) 8);
            }
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(stroke);
            line.setShapeProperties(shape);
        } else {
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(fill);
            shape.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
            series.setShapeProperties(shape);
        }
    }

    private static void fontSize(XDDFTextParagraph paragraph, double points) {
        paragraph.addDefaultRunProperties().setFontSize(points);
    }

    private static byte[] bytes(String rgb) {
        int v = Integer.parseInt(rgb, 16);
        return new byte[] {(byte) (v >> 16), (byte) (v >> 8), (byte) v};
    }

    private static XSSFRow row(XSSFSheet sheet, int index) {
        XSSFRow r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

}
