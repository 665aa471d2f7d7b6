package jp.banso.report;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.IssueStatus;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.Note;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.TeamMember;
import jp.banso.domain.Text;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.IndicatorCharts;
import jp.banso.domain.chart.Palette;
import jp.banso.domain.chart.ProfileCharts;
import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * The slides of one case's 報告会 deck, in the order of a 報告会 talk (seed 002): cover, the town's profile, 申請時テーマ →
 * 再定義した課題, the year's meetings, the group work, the priority 課題, the roadmap, the indicators, next steps.
 * <p>
 * A section with nothing recorded: the slides that carry the talk (profile, theme, meetings, 課題, roadmap, next
 * steps) stay and say 「記録なし」, so the presenter sees the gap and fills it in before the day; the illustrations
 * (board pictures, indicator charts) are left out, since an empty picture says nothing. Lists longer than a slide
 * continue on the next one, titled 「（続き）」; every text is fitted to its box ({@link SlideText}).
 */
final class DeckSlides {
    /** The smallest body text: still readable from the back of a meeting room. */
    static final double MIN_TEXT = 14;
    /** The smallest text in tables and labels (roadmap, timeline), where the rows give the overview. */
    static final double MIN_SMALL = 12;
    static final String NONE = "記録なし";
    static final String MORE = "（続き）";
    /** Meetings on one timeline slide: more and the labels would be too narrow to read. */
    static final int MEETINGS_PER_SLIDE = 10;
    /** The size 課題 are laid out at, slide by slide; each is then shown as large as its box allows. */
    private static final double ISSUE_SIZE = 18;
    private static final double GAP = 10;
    private static final Color ACCENT = colour(Palette.colour(0));
    private static final Color TINT = new Color(0xE8, 0xF1, 0xF8);
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color LIGHT_GREY = new Color(0xD9, 0xD9, 0xD9);

    private final XMLSlideShow deck;
    private final CaseData data;
    private final BoardImages images;
    private final LocalDate today;
    private final List<String> notes;
    private final Rectangle2D content;
    private final String town;

    DeckSlides(XMLSlideShow deck, CaseData data, BoardImages images, LocalDate today, List<String> notes) {
        this.deck = deck;
        this.data = data;
        this.images = images;
        this.today = today;
        this.notes = notes;
        this.content = SlideTemplate.contentArea(deck);
        this.town = Text.nullToEmpty(data.summary().municipality());
    }

    void build() {
        cover();
        profile();
        theme();
        meetings();
        boards();
        issues();
        roadmap();
        indicators();
        nextSteps();
    }

    // ---- slides -------------------------------------------------------------------------------------------------

    private void cover() {
        XSLFSlide slide = deck.createSlide(SlideTemplate.layout(deck, SlideLayout.TITLE, SlideLayout.TITLE_ONLY));
        String prefecture = Text.nullToEmpty(data.summary().prefecture());
        title(slide, town + (prefecture.isEmpty() ? "" : "（" + prefecture + "）") + "の取組");
        String programme = Text.nullToEmpty(data.supportCase().getProgramme());
        String lines = data.summary().fiscalYearsLabel() + (programme.isEmpty() ? "" : "　" + programme) + "\n報告会　"
                + JapaneseDates.wareki(today);
        XSLFTextShape subtitle = SlideTemplate.body(slide);
        double pageH = deck.getPageSize().getHeight();
        Rectangle2D teamArea;
        if (subtitle != null && subtitle.getAnchor() != null) {
            Rectangle2D a = subtitle.getAnchor();
            // the subtitle keeps the template's place; the team goes below it, or above the page's foot
            SlideText.fill(subtitle, lines, 24, MIN_TEXT, false, TextAlign.CENTER);
            double top = Math.min(a.getMaxY() + GAP, pageH * 0.72);
            teamArea = new Rectangle2D.Double(content.getX(), top, content.getWidth(), pageH - top - pageH * 0.04);
        } else {
            text(slide, new Rectangle2D.Double(content.getX(), content.getY(), content.getWidth(), content.getHeight() * 0.45),
                    lines, 24, MIN_TEXT, false, TextAlign.CENTER);
            teamArea = new Rectangle2D.Double(content.getX(), content.getY() + content.getHeight() * 0.5, content.getWidth(),
                    content.getHeight() * 0.5);
        }
        List<String> members = data.team().stream().map(DeckSlides::member).filter(s -> !s.isEmpty()).toList();
        if (!members.isEmpty() && teamArea.getHeight() > 30) {
            text(slide, teamArea, "支援チーム：" + String.join("／", members), 16, MIN_SMALL, false, TextAlign.CENTER);
        }
    }

    private static String member(TeamMember m) {
        String who = String.join(" ", List.of(Text.nullToEmpty(m.getOrganisation()), Text.nullToEmpty(m.getName())).stream()
                .filter(s -> !s.isBlank()).toList());
        String role = Text.nullToEmpty(m.getRole());
        return who.isEmpty() ? role : who;
    }

    private void profile() {
        XSLFSlide slide = contentSlide(town + "の概要");
        List<ProfileSnapshot> snapshots = data.snapshots();
        ProfileSnapshot latest = snapshots.stream().filter(s -> s.getAsOf() != null).max(Comparator.comparing(ProfileSnapshot::getAsOf))
                .orElse(null);
        double half = (content.getWidth() - GAP) * 0.46;
        Rectangle2D left = new Rectangle2D.Double(content.getX(), content.getY(), half, content.getHeight());
        if (latest == null) {
            text(slide, left, "プロフィールの数値は" + NONE + "（ケースのプロフィールで基準日ごとの数値を入力してください）", 20, MIN_TEXT,
                    false, TextAlign.LEFT);
        } else {
            List<String[]> rows = figures(latest);
            double head = 34;
            text(slide, new Rectangle2D.Double(left.getX(), left.getY(), left.getWidth(), head),
                    "基準日：" + JapaneseDates.wareki(latest.getAsOf()), 18, MIN_TEXT, true, TextAlign.LEFT);
            double rowH = Math.min(40, (left.getHeight() - head - 30) / Math.max(1, rows.size()));
            double y = left.getY() + head + 4;
            for (String[] r : rows) {
                rect(slide, new Rectangle2D.Double(left.getX(), y + rowH - 1, left.getWidth(), 1), LIGHT_GREY, null);
                text(slide, new Rectangle2D.Double(left.getX(), y, left.getWidth() * 0.5, rowH), r[0], 18, MIN_SMALL, false, TextAlign.LEFT);
                text(slide, new Rectangle2D.Double(left.getX() + left.getWidth() * 0.5, y, left.getWidth() * 0.5, rowH), r[1], 18, MIN_SMALL,
                        true, TextAlign.RIGHT);
                y += rowH;
            }
            if (!Text.isBlank(latest.getSource())) {
                text(slide, new Rectangle2D.Double(left.getX(), left.getMaxY() - 30, left.getWidth(), 30), "出典：" + latest.getSource(), 12,
                        MIN_SMALL, false, TextAlign.LEFT);
            }
        }
        double right = content.getX() + half + GAP;
        double w = content.getMaxX() - right;
        Chart population = ProfileCharts.of(town, snapshots, ProfileCharts.Metric.POPULATION);
        Chart aging = ProfileCharts.of(town, snapshots, ProfileCharts.Metric.AGING_RATE);
        if (population.note() != null && aging.note() != null) {
            // no trend yet (no or one 基準日): one chart, large enough for its note to say why
            chart(slide, population, new Rectangle2D.Double(right, content.getY(), w, content.getHeight()));
            return;
        }
        double h = (content.getHeight() - GAP) / 2;
        chart(slide, population, new Rectangle2D.Double(right, content.getY(), w, h));
        chart(slide, aging, new Rectangle2D.Double(right, content.getY() + h + GAP, w, h));
    }

    /** A native chart, or, when it has nothing to plot, its title and note in words where it would be. */
    private void chart(XSLFSlide slide, Chart chart, Rectangle2D bounds) {
        if (chart.hasValues()) {
            NativeCharts.addToSlide(deck, slide, chart, bounds);
        } else {
            text(slide, bounds, chart.title() + "\n" + chart.note(), 20, MIN_SMALL, false, TextAlign.LEFT);
        }
    }

    /** The key figures of a snapshot as (label, value); figures nobody entered are left out. */
    private static List<String[]> figures(ProfileSnapshot s) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPAN);
        List<String[]> rows = new ArrayList<>();
        if (s.getPopulation() != null) {
            rows.add(new String[] {"人口", n.format(s.getPopulation()) + "人"});
        }
        if (s.getHouseholds() != null) {
            rows.add(new String[] {"世帯数", n.format(s.getHouseholds()) + "世帯"});
        }
        if (s.getElderlyPopulation() != null) {
            rows.add(new String[] {"高齢者人口", n.format(s.getElderlyPopulation()) + "人"});
        }
        if (s.agingRate() != null) {
            rows.add(new String[] {"高齢化率", s.agingRate().toPlainString() + "%"});
        }
        if (s.lateElderlyRate() != null) {
            rows.add(new String[] {"後期高齢化率", s.lateElderlyRate().toPlainString() + "%"});
        }
        if (s.getCareCertificationRate() != null) {
            rows.add(new String[] {"認定率", s.getCareCertificationRate().toPlainString() + "%"});
        }
        if (s.getAreaKm2() != null) {
            rows.add(new String[] {"面積", s.getAreaKm2().toPlainString() + "km²"});
        }
        if (s.getLivingAreas() != null) {
            rows.add(new String[] {"日常生活圏域", s.getLivingAreas() + "圏域"});
        }
        if (rows.isEmpty()) {
            rows.add(new String[] {"数値", NONE});
        }
        return rows;
    }

    private void theme() {
        XSLFSlide slide = contentSlide("申請時テーマと再定義した課題");
        double arrow = 56;
        double w = (content.getWidth() - arrow - 2 * GAP) / 2;
        Rectangle2D from = new Rectangle2D.Double(content.getX(), content.getY(), w, content.getHeight());
        Rectangle2D to = new Rectangle2D.Double(content.getMaxX() - w, content.getY(), w, content.getHeight());
        labelledBox(slide, from, "申請時テーマ", orNone(data.supportCase().getApplicationTheme()), 24, new Color(0xF2, 0xF2, 0xF2), GREY);
        labelledBox(slide, to, "再定義した課題", orNone(data.supportCase().getRedefinedIssue()), 24, TINT, ACCENT);
        XSLFAutoShape a = rect(slide, new Rectangle2D.Double(from.getMaxX() + GAP, content.getCenterY() - arrow / 2, arrow, arrow), ACCENT, null);
        a.setShapeType(ShapeType.RIGHT_ARROW);
    }

    private static final double BAND = 40;

    /** A box with a heading band and its text fitted below it, from {@code max} down. */
    private void labelledBox(XSLFSlide slide, Rectangle2D r, String label, String body, double max, Color fill, Color line) {
        XSLFAutoShape box = rect(slide, r, fill, line);
        box.setLineWidth(2);
        XSLFAutoShape band = rect(slide, new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), BAND), line, null);
        SlideText.prepare(band);
        SlideText.fill(band, label, 20, MIN_SMALL, true, TextAlign.CENTER);
        band.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(run -> run.setFontColor(Color.WHITE)));
        text(slide, labelledText(r), body, max, MIN_TEXT, false, TextAlign.LEFT);
    }

    /** Where a labelled box's text goes: below the band, inside the border. */
    private static Rectangle2D labelledText(Rectangle2D r) {
        return new Rectangle2D.Double(r.getX() + 6, r.getY() + BAND + 6, r.getWidth() - 12, r.getHeight() - BAND - 12);
    }

    private void meetings() {
        List<Meeting> all = data.meetings();
        if (all.isEmpty()) {
            XSLFSlide slide = contentSlide("支援の経過");
            text(slide, content, "会議の" + NONE, 24, MIN_TEXT, false, TextAlign.LEFT);
            return;
        }
        for (int start = 0; start < all.size(); start += MEETINGS_PER_SLIDE) {
            timeline(contentSlide("支援の経過" + (start == 0 ? "" : MORE)), all.subList(start, Math.min(all.size(), start + MEETINGS_PER_SLIDE)));
        }
    }

    /** The meetings on a line, evenly spaced in date order, labels above and below in turn: held filled, planned hollow and dashed. */
    private void timeline(XSLFSlide slide, List<Meeting> list) {
        double legendH = 32;
        double y = content.getY() + (content.getHeight() - legendH) / 2;
        rect(slide, new Rectangle2D.Double(content.getX(), y - 2, content.getWidth(), 4), GREY, null);
        // labels on one side are two markers apart: as wide as that allows, and the outer ones still on the page
        int n = list.size();
        double labelW = Math.min(240, 2 * content.getWidth() / (n + 1) - 6);
        double step = n == 1 ? 0 : (content.getWidth() - labelW) / (n - 1);
        double labelH = (content.getHeight() - legendH) / 2 - 18;
        double dot = 18;
        for (int i = 0; i < n; i++) {
            Meeting m = list.get(i);
            double x = n == 1 ? content.getCenterX() : content.getX() + labelW / 2 + step * i;
            boolean held = m.getStatus() == MeetingStatus.DONE;
            boolean cancelled = m.getStatus() == MeetingStatus.CANCELLED;
            XSLFAutoShape marker = rect(slide, new Rectangle2D.Double(x - dot / 2, y - dot / 2, dot, dot),
                    held ? ACCENT : cancelled ? LIGHT_GREY : Color.WHITE, cancelled ? GREY : ACCENT);
            marker.setShapeType(ShapeType.ELLIPSE);
            marker.setLineWidth(2.5);
            if (!held && !cancelled) {
                marker.setLineDash(StrokeStyle.LineDash.DASH);
            }
            boolean above = i % 2 == 0;
            Rectangle2D label = new Rectangle2D.Double(x - labelW / 2,
                    above ? y - dot / 2 - 6 - labelH : y + dot / 2 + 6, labelW, labelH);
            String status = cancelled ? "（中止）" : held ? "" : "（予定）";
            XSLFTextBox box = text(slide, label, date(m) + status + "\n" + m.displayTitle(), 16, MIN_SMALL, false, TextAlign.CENTER);
            box.setVerticalAlignment(above ? org.apache.poi.sl.usermodel.VerticalAlignment.BOTTOM : org.apache.poi.sl.usermodel.VerticalAlignment.TOP);
            if (!held) {
                box.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setFontColor(GREY)));
            }
        }
        text(slide, new Rectangle2D.Double(content.getX(), content.getMaxY() - legendH, content.getWidth(), legendH),
                "●実施済　○予定（点線）　日付は和暦（R＝令和）", 14, MIN_SMALL, false, TextAlign.RIGHT);
    }

    private static String date(Meeting m) {
        if (m.getHeldOn() != null) {
            return JapaneseDates.warekiShort(m.getHeldOn());
        }
        return m.getPlannedMonth() == null ? "日付未定" : JapaneseDates.warekiShort(YearMonth.from(m.getPlannedMonth())) + "頃";
    }

    private void boards() {
        List<Board> boards = data.boards();
        if (boards.isEmpty()) {
            return; // no group work: nothing to show
        }
        String unavailable = images.unavailableReason();
        if (unavailable != null) {
            XSLFSlide slide = contentSlide("グループワーク");
            text(slide, content, unavailable + "。\nボード：" + boards.stream().map(Board::getTitle).collect(Collectors.joining("、")),
                    22, MIN_TEXT, false, TextAlign.LEFT);
            notes.add(ReportDeck.TITLE + "：" + unavailable);
            return;
        }
        for (Board b : boards) {
            byte[] png = images.png(data.store(), b.getId());
            if (png == null) {
                continue;
            }
            XSLFSlide slide = contentSlide("グループワーク：" + b.getTitle());
            XSLFPictureData picture = deck.addPicture(png, PictureData.PictureType.PNG);
            XSLFPictureShape shape = slide.createPicture(picture);
            shape.setAnchor(fitted(png, content));
        }
    }

    /** The picture as large as fits in {@code area}, centred, its proportions kept. */
    private static Rectangle2D fitted(byte[] png, Rectangle2D area) {
        double w = area.getWidth();
        double h = area.getHeight();
        try {
            java.awt.image.BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image != null) {
                double scale = Math.min(area.getWidth() / image.getWidth(), area.getHeight() / image.getHeight());
                w = image.getWidth() * scale;
                h = image.getHeight() * scale;
            }
        } catch (IOException e) {
            // drawn by the app a moment ago; unreadable would be a bug: the picture then fills the area
        }
        return new Rectangle2D.Double(area.getCenterX() - w / 2, area.getCenterY() - h / 2, w, h);
    }

    private void issues() {
        List<String> texts = priorityIssues();
        String title = "優先して取り組む課題";
        if (texts.isEmpty()) {
            text(contentSlide(title), content, "課題の" + NONE, 24, MIN_TEXT, false, TextAlign.LEFT);
            return;
        }
        double badgeW = 56;
        double width = content.getWidth() - badgeW;
        List<Double> heights = texts.stream().map(t -> heightAt(t, width, ISSUE_SIZE)).toList();
        int n = 0;
        for (List<Integer> page : pages(heights, content.getHeight())) {
            XSLFSlide slide = contentSlide(title + (n == 0 ? "" : MORE));
            double y = content.getY();
            // room left on the slide is shared out (up to 40 pt a box), so that the 課題 can be shown larger
            double spare = (content.getHeight() - page.stream().mapToDouble(heights::get).sum() - GAP * (page.size() - 1)) / page.size();
            for (int i : page) {
                double h = Math.min(content.getMaxY() - y, heights.get(i) + Math.max(0, Math.min(spare, 40)));
                XSLFAutoShape badge = rect(slide, new Rectangle2D.Double(content.getX(), y + 4, 44, 44), ACCENT, null);
                badge.setShapeType(ShapeType.ELLIPSE);
                SlideText.prepare(badge);
                SlideText.fill(badge, String.valueOf(++n), 20, MIN_SMALL, true, TextAlign.CENTER);
                badge.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.MIDDLE);
                badge.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setFontColor(Color.WHITE)));
                Rectangle2D box = new Rectangle2D.Double(content.getX() + badgeW, y, width, h);
                rect(slide, box, TINT, null);
                text(slide, box, texts.get(i), 22, MIN_TEXT, false, TextAlign.LEFT);
                y += h + GAP;
            }
        }
    }

    /**
     * The 課題 to report, in priority order: those of the 課題一覧 with a 順位 or 優先度「高」, then the boards' 課題 notes
     * marked 優先 that were never registered; when nothing is prioritised, the open 課題 of the list in its order.
     * Each with its 対応の方向性 when one was written.
     */
    private List<String> priorityIssues() {
        List<CaseIssue> listed = data.issues();
        Comparator<CaseIssue> order = Comparator.comparing((CaseIssue i) -> i.getRank() == null ? Integer.MAX_VALUE : i.getRank())
                .thenComparing(i -> i.getLevel() == null ? Integer.MAX_VALUE : i.getLevel().ordinal())
                .thenComparing(Comparator.comparingInt(CaseIssue::getVotes).reversed());
        List<CaseIssue> prioritised = listed.stream().filter(i -> i.getRank() != null || i.getLevel() == IssueLevel.HIGH).sorted(order).toList();
        List<String> out = new ArrayList<>();
        Function<CaseIssue, String> text = i -> Text.nullToEmpty(i.getStatement()).strip()
                + (Text.isBlank(i.getDirection()) ? "" : "\n→ " + i.getDirection().strip());
        prioritised.forEach(i -> out.add(text.apply(i)));
        Set<UUID> registered = new HashSet<>();
        listed.forEach(i -> registered.add(i.getNoteId()));
        for (Board b : data.boards()) {
            Map<UUID, LaneRole> roles = data.lanes(b.getId()).stream().collect(Collectors.toMap(l -> l.getId(), l -> l.getRole(), (x, y) -> x));
            data.notes(b.getId()).stream()
                    .filter(n -> n.isPriority() && roles.get(n.getLaneId()) == LaneRole.ISSUE && !registered.contains(n.getId()))
                    .sorted(Comparator.comparingInt(Note::getVotes).reversed())
                    .forEach(n -> out.add(Text.nullToEmpty(n.getText()).strip()));
        }
        if (out.isEmpty()) {
            listed.stream().filter(i -> i.getStatus() != IssueStatus.DONE).sorted(order).forEach(i -> out.add(text.apply(i)));
        }
        out.removeIf(String::isBlank);
        return out;
    }

    private void roadmap() {
        List<RoadmapItem> items = data.roadmap();
        String title = "ロードマップ";
        if (items.isEmpty()) {
            text(contentSlide(title), content, "ロードマップの取組は" + NONE, 24, MIN_TEXT, false, TextAlign.LEFT);
            return;
        }
        int firstYear = items.stream().map(RoadmapItem::getStartMonth).filter(Objects::nonNull).mapToInt(JapaneseDates::fiscalYearOf).min()
                .orElse(JapaneseDates.fiscalYearOf(today));
        int lastYear = items.stream().map(i -> i.getEndMonth() != null ? i.getEndMonth() : i.getStartMonth()).filter(Objects::nonNull)
                .mapToInt(JapaneseDates::fiscalYearOf).max().orElse(firstYear);
        lastYear = Math.min(Math.max(lastYear, firstYear), firstYear + 5); // six 年度 at most: longer plans are cut at the edge
        double header = 36;
        double legend = 30;
        double rowH = 52; // two lines at 14 pt
        int perSlide = Math.max(1, (int) ((content.getHeight() - header - legend) / rowH));
        double x0 = content.getX();
        double[] widths = {content.getWidth() * 0.33, content.getWidth() * 0.19, content.getWidth() * 0.14};
        double barsX = x0 + widths[0] + widths[1] + widths[2];
        double barsW = content.getMaxX() - barsX;
        int years = lastYear - firstYear + 1;
        for (int start = 0; start < items.size(); start += perSlide) {
            XSLFSlide slide = contentSlide(title + (start == 0 ? "" : MORE));
            double y = content.getY();
            String[] heads = {"取組", "担当", "期間"};
            double x = x0;
            rect(slide, new Rectangle2D.Double(x0, y, content.getWidth(), header), ACCENT, null);
            for (int c = 0; c < 3; c++) {
                white(text(slide, new Rectangle2D.Double(x, y, widths[c], header), heads[c], 16, MIN_SMALL, true, TextAlign.LEFT));
                x += widths[c];
            }
            for (int k = 0; k < years; k++) {
                double yx = barsX + barsW * k / years;
                white(text(slide, new Rectangle2D.Double(yx, y, barsW / years, header), JapaneseDates.fiscalYearLabel(firstYear + k)
                        .replace("年度", ""), 14, MIN_SMALL, true, TextAlign.CENTER));
            }
            y += header;
            List<RoadmapItem> page = items.subList(start, Math.min(items.size(), start + perSlide));
            for (int k = 0; k <= years; k++) {
                double yx = barsX + barsW * k / years;
                rect(slide, new Rectangle2D.Double(yx, y, 0.75, rowH * page.size()), LIGHT_GREY, null);
            }
            List<List<String>> columns = List.of(page.stream().map(i -> Text.nullToEmpty(i.getTitle())).toList(),
                    page.stream().map(i -> Text.nullToEmpty(i.getOwners())).toList(), page.stream().map(DeckSlides::period).toList());
            row(slide, y, rowH, columns, widths, new double[] {16, 14, 14}, null);
            for (RoadmapItem item : page) {
                bar(slide, item, firstYear, years, new Rectangle2D.Double(barsX, y, barsW, rowH));
                y += rowH;
            }
            statusLegend(slide, new Rectangle2D.Double(x0, content.getMaxY() - legend, content.getWidth(), legend));
        }
    }

    private static String period(RoadmapItem item) {
        if (item.getStartMonth() == null) {
            return "未定";
        }
        String from = JapaneseDates.warekiShort(YearMonth.from(item.getStartMonth()));
        return item.getEndMonth() == null ? from + "〜" : from + "〜" + JapaneseDates.warekiShort(YearMonth.from(item.getEndMonth()));
    }

    /** The item's months as a bar across the 年度 columns, coloured by its status. */
    private static void bar(XSLFSlide slide, RoadmapItem item, int firstYear, int years, Rectangle2D row) {
        if (item.getStartMonth() == null) {
            return;
        }
        LocalDate end = item.getEndMonth() != null ? item.getEndMonth() : item.getStartMonth();
        LocalDate origin = JapaneseDates.fiscalYearStart(firstYear);
        int months = years * 12;
        double from = Math.max(0, monthsBetween(origin, item.getStartMonth()));
        double to = Math.min(months, monthsBetween(origin, end) + 1);
        if (to <= from) {
            return;
        }
        Color fill = statusColour(item.getStatus());
        double x = row.getX() + row.getWidth() * from / months;
        double w = row.getWidth() * (to - from) / months;
        XSLFAutoShape b = rect(slide, new Rectangle2D.Double(x + 1, row.getY() + 12, Math.max(3, w - 2), row.getHeight() - 24), fill, ACCENT);
        b.setShapeType(ShapeType.ROUND_RECT);
    }

    /** A roadmap bar's fill: done blue, in progress green, not started white, on hold or cancelled grey. */
    private static Color statusColour(ItemStatus s) {
        if (s == ItemStatus.DONE) {
            return ACCENT;
        }
        if (s == ItemStatus.IN_PROGRESS) {
            return colour(Palette.colour(2));
        }
        return s == ItemStatus.NOT_STARTED || s == null ? Color.WHITE : LIGHT_GREY;
    }

    private static double monthsBetween(LocalDate from, LocalDate to) {
        return (to.getYear() - from.getYear()) * 12 + to.getMonthValue() - from.getMonthValue();
    }

    private void indicators() {
        List<RoadmapItem> measured = data.roadmap().stream().filter(i -> !Text.isBlank(i.getIndicatorName())).toList();
        if (measured.isEmpty()) {
            return; // no indicator was set: the roadmap slide already shows the plan
        }
        List<ProgressEntry> entries = data.progress();
        String title = "指標の進み具合";
        double header = 36;
        double rowH = 56; // two lines at 15 pt
        int perSlide = Math.max(1, (int) ((content.getHeight() - header) / rowH));
        double[] widths = {content.getWidth() * 0.46, content.getWidth() * 0.16, content.getWidth() * 0.24, content.getWidth() * 0.14};
        String[] heads = {"指標（取組）", "目標", "最新の値（記録日）", "達成度"};
        for (int start = 0; start < measured.size(); start += perSlide) {
            XSLFSlide slide = contentSlide(title + (start == 0 ? "" : MORE));
            double y = content.getY();
            rect(slide, new Rectangle2D.Double(content.getX(), y, content.getWidth(), header), ACCENT, null);
            double x = content.getX();
            for (int c = 0; c < heads.length; c++) {
                white(text(slide, new Rectangle2D.Double(x, y, widths[c], header), heads[c], 16, MIN_SMALL, true, TextAlign.LEFT));
                x += widths[c];
            }
            y += header;
            List<List<String>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (RoadmapItem item : measured.subList(start, Math.min(measured.size(), start + perSlide))) {
                ProgressEntry latest = entries.stream().filter(e -> Objects.equals(e.getItemId(), item.getId()) && e.getRecordedOn() != null)
                        .max(Comparator.comparing(ProgressEntry::getRecordedOn)).orElse(null);
                columns.get(0).add(IndicatorCharts.title(item));
                columns.get(1).add(orNone(item.getIndicatorTarget()));
                columns.get(2).add(latest == null ? NONE
                        : Text.nullToEmpty(latest.getIndicatorValue()) + "（" + JapaneseDates.warekiShort(latest.getRecordedOn()) + "）");
                columns.get(3).add(latest == null || latest.getAchievement() == null ? "—" : latest.getAchievement() + "%");
            }
            row(slide, y, rowH, columns, widths, new double[] {16, 16, 16, 18}, TextAlign.RIGHT);
        }
        // the progress of each indicator with entries against its target, two charts a slide
        List<RoadmapItem> charted = measured.stream().filter(i -> entries.stream().anyMatch(e -> Objects.equals(e.getItemId(), i.getId()))).toList();
        for (int start = 0; start < charted.size(); start += 2) {
            XSLFSlide slide = contentSlide("指標の推移" + (start == 0 ? "" : MORE));
            double w = (content.getWidth() - GAP) / 2;
            for (int k = start; k < Math.min(charted.size(), start + 2); k++) {
                chart(slide, IndicatorCharts.progress(charted.get(k), entries),
                        new Rectangle2D.Double(content.getX() + (k - start) * (w + GAP), content.getY(), w, content.getHeight()));
            }
        }
    }

    private void nextSteps() {
        XSLFSlide slide = contentSlide("今後の取組");
        List<String> homework = data.openActionItems().stream().map(DeckSlides::homework).toList();
        List<String> planned = data.meetings().stream().filter(m -> m.getStatus() == MeetingStatus.PLANNED)
                .map(m -> date(m) + "　" + m.displayTitle()).toList();
        List<String> followUp = data.roadmap().stream()
                .filter(i -> i.getStatus() != ItemStatus.DONE && i.getStatus() != ItemStatus.CANCELLED)
                .map(i -> Text.nullToEmpty(i.getTitle()) + (i.getMilestone() == null ? "" : "（節目 " + JapaneseDates.warekiShort(i.getMilestone()) + "）"))
                .toList();
        String[] heads = {"宿題（未完了）", "今後の予定", "フォローアップ（継続中の取組）"};
        List<List<String>> lists = List.of(homework, planned, followUp);
        double w = (content.getWidth() - 2 * GAP) / 3;
        List<String> texts = lists.stream().map(l -> l.isEmpty() ? NONE : l.stream().map(s -> "・" + s).collect(Collectors.joining("\n"))).toList();
        double size = SlideText.commonSize(texts, labelledText(new Rectangle2D.Double(0, 0, w, content.getHeight())).getWidth(),
                labelledText(new Rectangle2D.Double(0, 0, w, content.getHeight())).getHeight(), 22, MIN_TEXT, false);
        for (int c = 0; c < 3; c++) {
            Rectangle2D r = new Rectangle2D.Double(content.getX() + c * (w + GAP), content.getY(), w, content.getHeight());
            labelledBox(slide, r, heads[c], texts.get(c), size, TINT, ACCENT);
        }
    }

    private static String homework(ActionItem a) {
        List<String> about = new ArrayList<>();
        if (!Text.isBlank(a.getWho())) {
            about.add(a.getWho().strip());
        }
        if (a.getDue() != null) {
            about.add("期限 " + JapaneseDates.warekiShort(a.getDue()));
        }
        return Text.nullToEmpty(a.getWhat()).strip() + (about.isEmpty() ? "" : "（" + String.join("・", about) + "）");
    }

    // ---- building blocks ------------------------------------------------------------------------------------------

    /** A slide of the title-only layout (else title and content, its empty body removed), titled. */
    private XSLFSlide contentSlide(String title) {
        XSLFSlide slide = deck.createSlide(SlideTemplate.layout(deck, SlideLayout.TITLE_ONLY, SlideLayout.TITLE_AND_CONTENT, SlideLayout.TEXT));
        for (XSLFShape s : new ArrayList<>(slide.getShapes())) {
            if (s instanceof XSLFTextShape t && t.getPlaceholder() != null && t != SlideTemplate.title(slide)) {
                slide.removeShape(t); // placeholders the deck does not fill (body, date, footer) would show empty
            }
        }
        title(slide, title);
        return slide;
    }

    /**
     * The slide's title in the template's title placeholder, at the template's size when it fits (else smaller); a
     * layout without one gets a text box at the top.
     */
    private void title(XSLFSlide slide, String title) {
        XSLFTextShape t = SlideTemplate.title(slide);
        if (t == null || t.getAnchor() == null) {
            double margin = deck.getPageSize().getWidth() * 0.04;
            text(slide, new Rectangle2D.Double(margin, 16, deck.getPageSize().getWidth() - 2 * margin, Math.max(40, content.getY() - 28)),
                    title, 32, 18, true, TextAlign.LEFT);
            return;
        }
        t.setText(title);
        Double templateSize = t.getTextParagraphs().get(0).getTextRuns().get(0).getFontSize();
        double max = templateSize == null ? 32 : Math.min(templateSize, 44);
        TextAlign align = t.getTextParagraphs().get(0).getTextAlign();
        SlideText.fill(t, title, max, Math.min(max, 18), Boolean.TRUE.equals(t.getTextParagraphs().get(0).getTextRuns().get(0).isBold()),
                align == null ? TextAlign.LEFT : align);
        t.setVerticalAlignment(org.apache.poi.sl.usermodel.VerticalAlignment.MIDDLE);
    }

    private static XSLFTextBox text(XSLFSlide slide, Rectangle2D r, String text, double max, double min, boolean bold, TextAlign align) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(r);
        SlideText.fill(box, text, max, min, bold, align);
        return box;
    }

    private static XSLFAutoShape rect(XSLFSlide slide, Rectangle2D r, Color fill, Color line) {
        XSLFAutoShape s = slide.createAutoShape();
        s.setShapeType(ShapeType.RECT);
        s.setAnchor(r);
        s.setFillColor(fill);
        if (line == null) {
            s.setLineColor(null);
        } else {
            s.setLineColor(line);
            s.setLineWidth(1.5);
        }
        return s;
    }

    /**
     * Table rows from {@code y}: one column of texts at a time, each column at one size (the largest at which all its
     * cells fit, from {@code max}), a rule under each row; the last column bold and aligned {@code lastAlign} (null:
     * like the others).
     */
    private void row(XSLFSlide slide, double y, double rowH, List<List<String>> columns, double[] widths, double[] max,
            TextAlign lastAlign) {
        int rows = columns.get(0).size();
        double x0 = content.getX();
        for (int r = 0; r < rows; r++) {
            rect(slide, new Rectangle2D.Double(x0, y + (r + 1) * rowH - 0.75, content.getWidth(), 0.75), LIGHT_GREY, null);
        }
        double cx = x0;
        for (int c = 0; c < columns.size(); c++) {
            boolean last = c == columns.size() - 1 && lastAlign != null;
            double size = SlideText.commonSize(columns.get(c), widths[c], rowH, max[c], MIN_SMALL, last);
            for (int r = 0; r < rows; r++) {
                text(slide, new Rectangle2D.Double(cx, y + r * rowH, widths[c], rowH), columns.get(c).get(r), size, size, last,
                        last ? lastAlign : TextAlign.LEFT);
            }
            cx += widths[c];
        }
    }

    /** What the roadmap bars' colours mean, as swatches with their labels. */
    private static void statusLegend(XSLFSlide slide, Rectangle2D r) {
        String[] labels = {"完了", "進行中", "未着手", "保留・中止"};
        ItemStatus[] shown = {ItemStatus.DONE, ItemStatus.IN_PROGRESS, ItemStatus.NOT_STARTED, ItemStatus.ON_HOLD};
        double each = 110;
        double x = r.getMaxX() - each * labels.length;
        for (int i = 0; i < labels.length; i++) {
            XSLFAutoShape sw = rect(slide, new Rectangle2D.Double(x, r.getCenterY() - 7, 24, 14), statusColour(shown[i]), ACCENT);
            sw.setShapeType(ShapeType.ROUND_RECT);
            text(slide, new Rectangle2D.Double(x + 26, r.getY(), each - 28, r.getHeight()), labels[i], 14, MIN_SMALL, false, TextAlign.LEFT);
            x += each;
        }
    }

    private static void white(XSLFTextBox box) {
        box.getTextParagraphs().forEach(p -> p.getTextRuns().forEach(r -> r.setFontColor(Color.WHITE)));
    }

    /** Items of the given heights on pages of {@code height}: as many as fit, one at least; indexes into {@code heights}. */
    private static List<List<Integer>> pages(List<Double> heights, double height) {
        List<List<Integer>> pages = new ArrayList<>();
        List<Integer> page = new ArrayList<>();
        double used = 0;
        for (int i = 0; i < heights.size(); i++) {
            double h = Math.min(height, heights.get(i));
            if (!page.isEmpty() && used + GAP + h > height) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            used += (page.isEmpty() ? 0 : GAP) + h;
            page.add(i);
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static double heightAt(String text, double width, double size) {
        return SlideText.height(SlideText.lines(text, width, size, false).size(), size, false);
    }

    private static String orNone(String s) {
        return Text.isBlank(s) ? NONE : s.strip();
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }
}
