package jp.banso.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import jp.banso.domain.Meeting;
import jp.banso.store.Store;

/**
 * Makes the hand-outs of a meeting or of a whole case: plans the files, checks every template first (a broken one
 * stops the export before anything is written), then builds and writes each file. The same code runs behind the
 * 配布資料を出力 dialog (in a background task) and the {@code banso export} command.
 */
public final class ExportService {
    private final Store store;
    private final BoardImages images;
    private final ReportTemplates templates;
    private final Supplier<LocalDate> today;

    public ExportService(Store store, BoardImages images) {
        this(store, images, LocalDate::now);
    }

    public ExportService(Store store, BoardImages images, Supplier<LocalDate> today) {
        this.store = store;
        this.images = images;
        this.templates = new ReportTemplates(store.directory());
        this.today = today;
    }

    /**
     * The hand-outs of one meeting ({@code meetingId} set) or of the whole case (null), into {@code folder}; the
     * municipality as the file names show it ({@link FileNames#municipalityLabel}), or null to work it out here.
     */
    public record Request(UUID caseId, UUID meetingId, List<ReportForm> forms, Path folder, String municipalityLabel) {
        public Request(UUID caseId, UUID meetingId, List<ReportForm> forms, Path folder) {
            this(caseId, meetingId, forms, folder, null);
        }
    }

    /** One file to make: a form, for a meeting or (null) the case. */
    public record Job(ReportForm form, Meeting meeting, Path file) {
    }

    public record Plan(CaseData data, List<Job> jobs, List<String> notes) {
    }

    /** The files written, and notes for the user (forms left out and why, pictures missing). */
    public record Result(List<Path> files, List<String> notes) {
    }

    /** Progress for a dialog or a terminal. An export runs to its end: the dialog cannot be closed meanwhile (0014). */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total, String message);
    }

    public Plan plan(Request r) {
        CaseData data = CaseData.load(store, r.caseId());
        List<Job> jobs = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        String municipality = r.municipalityLabel() != null ? r.municipalityLabel()
                : FileNames.municipalityLabel(data.summary(), store.cases().summaries());
        Meeting meeting = null;
        if (r.meetingId() != null) {
            meeting = data.meeting(r.meetingId()).orElseThrow(() -> new ReportException("会議が見つかりません: " + r.meetingId()));
        }
        for (ReportForm form : r.forms()) {
            if (meeting != null) {
                String why = form.unavailable(data, meeting);
                if (why != null) {
                    notes.add(form.title() + "：" + why + "（出力しません）");
                } else {
                    jobs.add(job(data, form, meeting, true, municipality, r.folder(), taken));
                }
            } else if (form.scope() == ReportForm.Scope.CASE) {
                String why = form.unavailable(data, null);
                if (why != null) {
                    notes.add(form.title() + "：" + why + "（出力しません）");
                } else {
                    jobs.add(job(data, form, null, false, municipality, r.folder(), taken));
                }
            } else {
                int before = jobs.size();
                for (Meeting m : data.meetings()) {
                    if (form.inCaseExport(data, m)) {
                        jobs.add(job(data, form, m, true, municipality, r.folder(), taken));
                    }
                }
                if (jobs.size() == before) {
                    notes.add(form.title() + "：対象の会議がありません（出力しません）");
                }
            }
        }
        return new Plan(data, jobs, notes);
    }

    private Job job(CaseData d, ReportForm form, Meeting m, boolean namedByMeeting, String municipality, Path folder, Set<String> taken) {
        String name = FileNames.of(FileNames.yearLabel(d), municipality,
                namedByMeeting ? FileNames.meetingLabel(d, m) : null, form.title());
        return new Job(form, m, folder.resolve(FileNames.unique(name, taken)));
    }

    /** Plans, checks the templates, writes every file. Throws {@link ReportException} with a Japanese message. */
    public Result run(Request r, Progress progress) {
        if (r.forms().isEmpty()) {
            throw new ReportException("出力する様式を選んでください");
        }
        Path folder = r.folder();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ReportException("出力先がフォルダではありません: " + folder);
        }
        WarmUp.stop(); // it would compete with this export for the processor
        progress.step(0, 1, "準備しています…");
        Plan plan = plan(r);
        Map<String, Checked> checked = new HashMap<>();
        for (Job j : plan.jobs()) {
            checked.computeIfAbsent(j.form().id(), id -> {
                ReportTemplates.Source s = templates.resolve(id);
                return new Checked(s, TemplateCheck.check(s, Schema.of(j.form().dataType())));
            });
        }
        List<String> notes = new CopyOnWriteArrayList<>(plan.notes());
        checked.forEach((id, c) -> {
            if (!c.source().builtIn()) {
                String title = FormRegistry.find(id).map(ReportForm::title).orElse(id);
                notes.add(title + "：データフォルダのテンプレート（" + c.source().path() + "）を使いました");
            }
        });
        // the pictures are drawn from now on, while the first files (which need none) are made
        images.prepare(store, plan.jobs().stream().flatMap(j -> j.form().pictures(plan.data(), j.meeting()).stream())
                .map(jp.banso.domain.Board::getId).toList());
        List<Path> files = new ArrayList<>();
        int total = plan.jobs().size();
        // files are made side by side (board pictures are drawn on the FX thread meanwhile); every file is made first,
        // then all are put in place: a failure half-way leaves no hand-out behind
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS, task -> {
            Thread t = new Thread(task, "banso-export");
            t.setDaemon(true);
            return t;
        });
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<java.util.concurrent.Future<Path>> made = new ArrayList<>();
        try {
            for (Job j : plan.jobs()) {
                made.add(pool.submit(() -> {
                    ReportInput input = new ReportInput(plan.data(), j.meeting(), today.get(), images, notes);
                    Record data = j.form().build(input);
                    Checked c = checked.get(j.form().id());
                    Path tmp = ReportEngine.writeTemporary(c.source(), c.info(), data, j.form().appendix(input, data), j.file());
                    progress.step(done.incrementAndGet(), total, j.file().getFileName() + " を作成しました");
                    return tmp;
                }));
            }
            List<Path> temporaries = new ArrayList<>();
            for (java.util.concurrent.Future<Path> f : made) {
                temporaries.add(waitFor(f));
            }
            for (int i = 0; i < total; i++) {
                ReportEngine.commit(temporaries.get(i), plan.jobs().get(i).file());
                files.add(plan.jobs().get(i).file());
            }
        } finally {
            pool.shutdownNow();
            for (java.util.concurrent.Future<Path> f : made) {
                if (f.isDone() && !f.isCancelled()) {
                    try {
                        ReportEngine.discard(f.get());
                    } catch (java.util.concurrent.ExecutionException | InterruptedException | RuntimeException ignored) {
                        // nothing was made by that one
                    }
                } else {
                    f.cancel(true);
                }
            }
        }
        progress.step(total, total, files.size() + " 件のファイルを出力しました");
        return new Result(files, List.copyOf(notes));
    }

    /** Files made at once: two or three, as cores allow (JXLS and POI keep a core busy each). */
    private static final int THREADS = Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors()));

    private static Path waitFor(java.util.concurrent.Future<Path> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("出力が中断されました", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReportException r) {
                throw r;
            }
            // an unexpected failure: the user reads what to do, the details go to the log
            throw ReportException.logged("配布資料を出力できませんでした。出力先のフォルダに書き込めるか確かめて、もう一度出力してください", cause);
        }
    }

    private record Checked(ReportTemplates.Source source, TemplateCheck.TemplateInfo info) {
    }

    public ReportTemplates templates() {
        return templates;
    }
}
