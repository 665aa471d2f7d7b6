package jp.banso.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import jp.banso.board.BoardModel;
import jp.banso.board.TemplateLibrary;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.CaseState;
import jp.banso.domain.Choices;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.Lane;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingFormat;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.Municipality;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.Note;
import jp.banso.domain.OutcomeLevel;
import jp.banso.domain.Participant;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.ServiceOffer;
import jp.banso.domain.Stage;
import jp.banso.domain.StartKind;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.store.Store;

/**
 * The さくら市 (栃木県) case of 令和4年度, built from the municipality's public 報告会 talk (seed 002), so a new
 * user opens a living example. People's names are left out; organisations and roles are as published.
 */
public final class DemoCase {

    private DemoCase() {
    }

    public static SupportCase create(Store store) {
        Municipality city = Municipality.of(MunicipalityMaster.get().byCode("092142").orElseThrow()); // さくら市（栃木県）

        SupportCase c = new SupportCase();
        c.setProgramme("老健局主導型");
        c.setStartKind(StartKind.ENTRY);
        c.setApplicationTheme(String.join("\n",
                "保険者としての悩みごと",
                "1. 通所型サービスＣの利用者が非常に少ない（一番の課題）：市外の事業所に委託していたが、送迎対応ができなくなり利用者が激減",
                "2. 要介護認定率が右肩上がり：近隣の市町は参加型ポイント事業で右肩下がりなのに、本市だけ右肩上がり",
                "3. 総合事業の事業費が上限超過：決算ベースでは乖離は縮小傾向だが、コロナ禍の利用控えの影響とも考えられる"));
        c.setRedefinedIssue("通所型サービスＣを立て直し、卒業生が通いの場やボランティアとして地域で活躍する「循環型」の介護予防をつくる");
        c.setOverCapConsultation(true);
        c.setStage(Stage.DO);
        store.cases().create(city, c, List.of(2022));

        ProfileSnapshot p = new ProfileSnapshot();
        p.setMunicipalityId(city.getId());
        p.setAsOf(LocalDate.of(2022, 5, 1));
        p.setPopulation(43_878);
        p.setHouseholds(18_005);
        p.setElderlyPopulation(11_883);
        p.setLateElderlyPopulation(5_797);
        p.setAreaKm2(new BigDecimal("125.63"));
        p.setLivingAreas(7);
        p.setOffers(ServiceOffer.VISIT_B, true);
        p.setOffers(ServiceOffer.DAY_C, true);
        p.setOverCap(true);
        p.setSource("令和4年度 地域づくり加速化事業 報告会資料（さくら市）");
        store.cases().save(p);

        team(store, c, "", "さくら市 高齢福祉部局（生活支援コーディネーター含む）", "市町村担当");
        team(store, c, "", "地域包括支援センター", "包括");
        team(store, c, "", "さくら市社会福祉協議会（2回目支援から）", "社協");
        team(store, c, "", "栃木県 保健福祉部 高齢対策課", "府県");
        team(store, c, "", "関東信越厚生局", "厚生局");
        team(store, c, "", "担当アドバイザー", "アドバイザー");
        team(store, c, "", "事業事務局", "事務局");

        state(store, c, CaseState.mS, LocalDate.of(2022, 6, 1),
                "エントリー時。担当課に課題認識はあるが、通所Ｃの位置付けや利用者の状態像が関係者間で共有されていない");
        state(store, c, CaseState.MS2, LocalDate.of(2022, 12, 5),
                "第2回支援で「循環型」の通所Ｃを目指す方向性が関係者でそろい、リニューアル作業に着手");

        Meeting orientation = meeting(store, c, MeetingKind.ORIENTATION, null, null, LocalDate.of(2022, 7, 1), MeetingFormat.ONLINE, null);
        orientation.setAgenda("事業の流れと支援チームの顔合わせ（厚生局・県・アドバイザー・市）");
        store.meetings().save(orientation);

        Meeting pre = meeting(store, c, MeetingKind.PRE_MEETING, null, null, LocalDate.of(2022, 8, 1), MeetingFormat.ONLINE, null);
        pre.setAgenda("・目指すべき姿に向けて、どこに的を絞りましょうか\n・どうしたらみんなが気軽に話せる場になりますかね");
        store.meetings().save(pre);

        Meeting v1 = meeting(store, c, MeetingKind.VISIT, 1, LocalDate.of(2022, 9, 20), null, MeetingFormat.ON_SITE, "さくら市内 会議室");
        v1.setStartTime(LocalTime.of(13, 30));
        v1.setEndTime(LocalTime.of(16, 30));
        v1.setAgenda("1 地域づくり加速化事業について（厚生労働省）\n2 栃木県における市町支援について（栃木県）\n3 さくら市の総合事業の現状や課題について（さくら市）");
        v1.setTheme("さくら市の総合事業の現状と課題の共有（通所型サービスＣを中心に）");
        v1.setIssues("・取り組めていること／取り組めていないことを分け、上手くいっている部分とそうではない部分を「ありのまま」説明\n"
                + "・送迎が無いこと、教室の開始時期と利用者の希望時期のアンマッチが利用者の少ない要因と考えていた");
        v1.setComments("・介護保険制度における総合事業の位置付けや通所Ｃ利用者の状態像が関係者間で上手く共有されていない可能性がある\n"
                + "・訪問Ｂの利用者は通所Ｃの利用者にも成り得るので、通所Ｃにつなげるアプローチを行ってはどうか\n"
                + "・成功体験の共有が通所Ｃの普及につながる");
        v1.setApproach("通所Ｃの立て直しを一番の課題とし、通所Ｃを中心に支援を受ける");
        v1.setSummary("通所Ｃで元気になった方の動画を上映し、出席者の共通理解が深まった。送迎や開始時期以外にも利用者が少ない要因があることに気付けた");
        store.meetings().save(v1);
        for (String org : List.of("さくら市 高齢福祉部局", "地域包括支援センター", "重層的支援体制整備事業担当", "栃木県 高齢対策課", "関東信越厚生局", "アドバイザー")) {
            participant(store, v1, org);
        }
        action(store, v1, "包括を訪問し、1回目支援の感想と介護予防への考えを聞く", "栃木県", LocalDate.of(2022, 10, 31), true);

        meeting(store, c, MeetingKind.MID_MEETING_1, null, null, LocalDate.of(2022, 11, 1), MeetingFormat.ONLINE, null);

        Meeting v2 = meeting(store, c, MeetingKind.VISIT, 2, LocalDate.of(2022, 12, 5), null, MeetingFormat.ON_SITE, "さくら市内 会議室");
        v2.setStartTime(LocalTime.of(10, 0));
        v2.setEndTime(LocalTime.of(16, 0));
        v2.setAgenda("1 【説明】地域づくり加速化事業について（関東信越厚生局）\n2 【講義】さくら市の介護予防、自立支援について考える（アドバイザー）\n"
                + "3 【講義】通所型サービスＣについて（支援者・宮城県庁）\n4 【演習】さくら市の通所型サービスＣについて考える（グループワーク）");
        v2.setTheme("通所型サービスＣの位置付けを関係者で共有し、6段階（入口・導入・実施・経過観察・出口・フォローアップ）で考える");
        v2.setIssues("・要支援者は生活行為（IADL）が下がってくるが、そこを通所Ｃで改善していく重要性\n・卒業後の活躍の場が決まっていない");
        v2.setComments("・卒業生が元気になった姿が、新たに通所Ｃに参加した高齢者の励みになる\n・成果指標や卒業後の目標設定に興味関心チェックシートを使うとよい");
        v2.setApproach("担当者の4月異動のリスクを考え、年度内に教室を開始できるよう、3回目支援の前にリニューアル作業を始める");
        v2.setSummary("卒業後に通所Ｃや訪問Ｂのボランティアとして活躍してもらう「循環型」の通所Ｃを目指したいという意見が多かった（シール投票で「循環」が高評価）");
        store.meetings().save(v2);
        part(store, v2, "午前：講義", LocalTime.of(10, 0), LocalTime.of(12, 0), "ケアマネジャーやサービス提供事業所も招き、講義を一緒に聞く");
        part(store, v2, "午後：演習", LocalTime.of(13, 30), LocalTime.of(16, 0), "通所Ｃを6段階に分けてグループワーク、良い意見にシールを貼る");
        for (String org : List.of("さくら市 高齢福祉部局", "地域包括支援センター", "さくら市社会福祉協議会", "ケアマネジャー・サービス提供事業所", "栃木県 高齢対策課", "関東信越厚生局", "アドバイザー")) {
            participant(store, v2, org);
        }
        action(store, v2, "通所Ｃの仕様書案を作成する", "さくら市・地域包括支援センター", LocalDate.of(2022, 12, 16), true);
        action(store, v2, "仕様書案をアドバイザーに見てもらい助言を受ける", "さくら市", LocalDate.of(2022, 12, 23), true);
        action(store, v2, "民生委員から紹介された方のその後を、紹介者にフィードバックする仕組みをつくる", "地域包括支援センター", LocalDate.of(2023, 3, 31), false);

        Meeting briefing = meeting(store, c, MeetingKind.BRIEFING, null, LocalDate.of(2022, 12, 16), null, MeetingFormat.ON_SITE, "さくら市役所");
        briefing.setTitle("包括との打合せ（通所Ｃ仕様書案）");
        briefing.setSummary("通所Ｃの仕様書案を作成。教室の名称は「パワーアップ教室」に決定");
        store.meetings().save(briefing);

        Meeting info = meeting(store, c, MeetingKind.OTHER, null, LocalDate.of(2023, 1, 18), null, MeetingFormat.ON_SITE, "さくら市役所");
        info.setTitle("通所型サービスＣ説明会（事業所・ケアマネジャー向け）");
        info.setSummary("12事業所20名参加。1月19日 事業所募集（複数応募あり）、1月31日 事業所決定");
        store.meetings().save(info);

        meeting(store, c, MeetingKind.MID_MEETING_2, null, null, LocalDate.of(2023, 1, 1), MeetingFormat.ONLINE, null);

        // The seed prints 2022-02-13; the third visit was 2023-02-13 (seed README).
        Meeting v3 = meeting(store, c, MeetingKind.VISIT, 3, LocalDate.of(2023, 2, 13), null, MeetingFormat.ON_SITE, "さくら市内 会議室");
        v3.setAgenda("1 【説明】さくら市の通所型サービスＣについて（担当保健師）\n2 【情報提供】介護予防・フレイル予防について（アドバイザー）\n"
                + "3 【演習】さくら市の通所型サービスＣの卒業生の活躍の場について\n4 【演習】さくら市らしさ・強みを考える");
        v3.setTheme("通所Ｃを通じた循環型のまちづくり：卒業生の活躍の場と、さくら市らしさ・強み");
        v3.setIssues("・卒業後の活躍の場は、教室開始前に話し合った方がよい（教室を頑張るモチベーションになる）");
        v3.setComments("・らしさ、強みの話し合いは必ずポジティブなものになる\n・さくら市の良いところが見える化されたので、これから活かしていってほしい");
        v3.setApproach("利用者の状況や背景ごとに、関わり方や紹介する社会資源を話し合い、結果をリスト化して関係者の「引き出し」として共有する");
        v3.setSummary("人的・地理的・環境的・関係者間の強みを確認。3月1日 パワーアップ教室（通所Ｃ）スタート");
        store.meetings().save(v3);
        action(store, v3, "卒業後の活躍の場のリストを関係者の「引き出し」として共有する", "さくら市", LocalDate.of(2023, 3, 31), false);
        action(store, v3, "このグループワークを地域の通いの場でも実施できるか検討する", "生活支援コーディネーター", LocalDate.of(2023, 6, 30), false);

        demoBoards(store, c, v1, v3);
        demoRoadmap(store, c);

        Meeting report = meeting(store, c, MeetingKind.REPORT, null, null, LocalDate.of(2023, 3, 1), MeetingFormat.HYBRID, null);
        report.setTitle("報告会（関東信越ブロック）");
        store.meetings().save(report);
        return c;
    }

    /** The group work of the first and third visits, with what people said (seed 002). */
    private static void demoBoards(Store store, SupportCase c, Meeting first, Meeting third) {
        TemplateLibrary templates = TemplateLibrary.load(null);
        Board gap = BoardModel.create(store.boards(), c.getId(), first.getId(), "第1回現地支援 あるべき姿 / 現状 / 課題",
                templates.defaultTemplate());
        BoardModel b = new BoardModel(store.boards(), gap.getId());
        List<Lane> lanes = b.lanes();
        UUID vision = lanes.get(0).getId();
        UUID current = lanes.get(1).getId();
        Note circulate = b.addNote(vision, "通所Ｃで元気になった高齢者が、地域のボランティアとして活躍している（循環型）", "アドバイザー");
        Note choice = b.addNote(vision, "(プレ)フレイル状態解消の選択肢として、通所Ｃが市民に定着している", "市町村");
        b.addNote(vision, "卒業後も「またみんなと活動したい」と思える通いの場がある", "包括");
        Note few = b.addNote(current, "通所Ｃの利用者が非常に少ない（送迎対応ができなくなり激減）", "市町村");
        b.addNote(current, "教室の開始時期と、利用者がサービスを始めたい時期が合わない", "包括");
        Note shared = b.addNote(current, "総合事業の位置付けや通所Ｃ利用者の状態像が、関係者間で共有されていない", "アドバイザー");
        b.addNote(current, "訪問Ｂの利用件数は多い（通所Ｃにつながる可能性）", "社協");
        b.addNote(current, "要介護認定率が右肩上がり", "市町村");
        Note issue1 = b.createIssue(circulate.getId(), few.getId(), "卒業後の活躍の場まで見通した、通いやすい通所Ｃに立て直す");
        Note issue2 = b.createIssue(choice.getId(), shared.getId(), "通所Ｃの位置付けと対象者像を、包括・ケアマネ・事業所と共有する");
        for (int i = 0; i < 4; i++) {
            b.vote(issue1.getId(), 1);
        }
        b.vote(issue2.getId(), 1);
        b.vote(issue2.getId(), 1);
        b.togglePriority(List.of(issue1.getId()));
        b.promote(List.of(issue1.getId(), issue2.getId()));

        templates.find("strengths-weaknesses").ifPresent(t -> {
            Board strengths = BoardModel.create(store.boards(), c.getId(), third.getId(), "第3回現地支援 さくら市らしさ・強み", t);
            BoardModel s = new BoardModel(store.boards(), strengths.getId());
            String[][] said = {
                {"ボランティアが多い", "子どもが多い"},
                {"災害が少ない", "交通の利便性が良い"},
                {"社会資源が多い", "介護保険関係事業所が多い"},
                {"関係者のやる気がある", "顔の見える関係"},
                {"市長が元気", "さくら市という名前が可愛い"}};
            List<Lane> sl = s.lanes();
            for (int i = 0; i < said.length && i < sl.size(); i++) {
                for (String text : said[i]) {
                    s.addNote(sl.get(i).getId(), text, null);
                }
            }
        });
    }

    /**
     * The roadmap agreed at the 報告会 for the three years after support (R5–R7, one item reaching into R8), with the
     * prefecture's follow-up entries: most done, one late, one without news for months.
     */
    private static void demoRoadmap(Store store, SupportCase c) {
        RoadmapModel r = new RoadmapModel(store.roadmaps(), store.boards(), c.getId());
        List<CaseIssue> issues = r.issues();
        List<RoadmapItem> fromIssues = r.addFromIssues(issues.stream().map(CaseIssue::getId).toList(), YearMonth.of(2023, 4));
        roadmapItem(r, fromIssues.get(0), "通所Ｃの実施方法を見直す（送迎・随時開始）", "高齢課、地域包括支援センター", 2023, 4, 2024, 3,
                Choices.SHORT_TERM, "通所Ｃの利用者数", "年40人", OutcomeLevel.INITIAL, ItemStatus.DONE, LocalDate.of(2023, 10, 1));
        r.addProgress(fromIssues.get(0).getId(), LocalDate.of(2023, 9, 29), "12人", 30, "送迎付きの市内2会場で10月から新方式", "栃木県 高齢対策課");
        r.addProgress(fromIssues.get(0).getId(), LocalDate.of(2024, 3, 22), "38人", 95, "随時開始にしてから紹介が増えた", "栃木県 高齢対策課");
        roadmapItem(r, fromIssues.get(1), "通所Ｃの位置付けと対象者像を共有する（包括・ケアマネ研修）", "地域包括支援センター、高齢課", 2023, 6, 2023, 12,
                Choices.SHORT_TERM, "研修に参加したケアマネジャーの数", "30人", OutcomeLevel.INITIAL, ItemStatus.DONE, LocalDate.of(2023, 11, 15));
        r.addProgress(fromIssues.get(1).getId(), LocalDate.of(2023, 12, 20), "34人", 100, "事例検討を含む研修を2回開催", "高齢課");
        RoadmapItem graduates = r.addItem("卒業生を通いの場・ボランティアにつなぐ", YearMonth.of(2023, 10));
        roadmapItem(r, graduates, null, "社会福祉協議会、生活支援コーディネーター", 2023, 10, 2025, 3,
                Choices.MEDIUM_TERM, "卒業者のうち通いの場・ボランティアに参加した割合", "50%", OutcomeLevel.INTERMEDIATE, ItemStatus.IN_PROGRESS, null);
        r.addProgress(graduates.getId(), LocalDate.of(2024, 9, 30), "28%", 55, "社協の通いの場3か所で受入れ", "栃木県 高齢対策課");
        RoadmapItem care = r.addItem("介護予防ケアマネジメントの考え方をそろえる", YearMonth.of(2024, 4));
        roadmapItem(r, care, null, "地域包括支援センター", 2024, 4, 2027, 3,
                Choices.MEDIUM_TERM, "自立支援型地域ケア会議の開催回数", "年12回", OutcomeLevel.INTERMEDIATE, ItemStatus.IN_PROGRESS, null);
        r.addProgress(care.getId(), LocalDate.of(2026, 2, 10), "年8回", 60, "会議に薬剤師・リハ職が加わった", "栃木県 高齢対策課");
        RoadmapItem rate = r.addItem("要介護認定率の推移を評価し、次期計画に反映する", YearMonth.of(2025, 4));
        roadmapItem(r, rate, null, "高齢課、都道府県", 2025, 4, 2027, 3,
                Choices.LONG_TERM, "要介護認定率（第1号被保険者）", "県平均以下", OutcomeLevel.FINAL, ItemStatus.IN_PROGRESS, LocalDate.of(2027, 3, 31));
        r.addProgress(rate.getId(), LocalDate.of(2026, 7, 1), "16.9%", 40, "伸びは鈍化。第10期計画の策定委員会で報告", "高齢課");
    }

    private static void roadmapItem(RoadmapModel r, RoadmapItem item, String title, String owners, int fromYear, int fromMonth,
            int toYear, int toMonth, String phase, String indicator, String target, OutcomeLevel level, ItemStatus status,
            LocalDate milestone) {
        RoadmapItem e = r.editableCopy(item.getId());
        if (title != null) {
            e.setTitle(title);
        }
        e.setOwners(owners);
        e.setPeriod(YearMonth.of(fromYear, fromMonth), YearMonth.of(toYear, toMonth));
        e.setPhase(phase);
        e.setIndicatorName(indicator);
        e.setIndicatorTarget(target);
        e.setIndicatorLevel(level);
        e.setStatus(status);
        e.setMilestone(milestone);
        r.update(e);
    }

    private static Meeting meeting(Store store, SupportCase c, MeetingKind kind, Integer sequence, LocalDate heldOn,
                                   LocalDate plannedMonth, MeetingFormat format, String place) {
        Meeting m = new Meeting();
        m.setCaseId(c.getId());
        m.setKind(kind);
        m.setSequence(sequence);
        m.setHeldOn(heldOn);
        m.setPlannedMonth(plannedMonth != null ? plannedMonth : heldOn);
        m.setFormat(format);
        m.setPlace(place);
        m.setStatus(MeetingStatus.DONE); // the demo year is over: every meeting took place
        store.meetings().save(m);
        return m;
    }

    private static void team(Store store, SupportCase c, String name, String organisation, String role) {
        TeamMember t = new TeamMember();
        t.setCaseId(c.getId());
        t.setName(name);
        t.setOrganisation(organisation);
        t.setRole(role);
        t.setSortOrder(store.cases().team(c.getId()).size());
        store.cases().save(t);
    }

    private static void state(Store store, SupportCase c, CaseState state, LocalDate on, String reason) {
        StateChange s = new StateChange();
        s.setCaseId(c.getId());
        s.setState(state);
        s.setChangedOn(on);
        s.setReason(reason);
        store.cases().save(s);
    }

    private static void participant(Store store, Meeting m, String organisation) {
        Participant p = new Participant();
        p.setMeetingId(m.getId());
        p.setOrganisation(organisation);
        p.setSortOrder(store.meetings().participants(m.getId()).size());
        store.meetings().save(p);
    }

    private static void part(Store store, Meeting m, String label, LocalTime from, LocalTime to, String content) {
        MeetingPart p = new MeetingPart();
        p.setMeetingId(m.getId());
        p.setLabel(label);
        p.setStartTime(from);
        p.setEndTime(to);
        p.setContent(content);
        p.setSortOrder(store.meetings().parts(m.getId()).size());
        store.meetings().save(p);
    }

    private static void action(Store store, Meeting m, String what, String who, LocalDate due, boolean done) {
        ActionItem a = new ActionItem();
        a.setMeetingId(m.getId());
        a.setWhat(what);
        a.setWho(who);
        a.setDue(due);
        a.setDone(done);
        a.setSortOrder(store.meetings().actionItems(m.getId()).size());
        store.meetings().save(a);
    }
}
