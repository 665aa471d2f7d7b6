package jp.banso.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;
import jp.banso.domain.Entity;
import jp.banso.domain.FieldError;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Text;

/**
 * Binds controls to one entity and saves it as the user types: each change is parsed and validated; a valid
 * change is saved after a short pause (or at once when the field loses focus), an invalid one shows a Japanese
 * message under its field and is not stored: the entity keeps its last valid value. No Save button anywhere.
 */
public final class FormBinder<T extends Entity> {
    private static final Logger LOG = Logger.getLogger(FormBinder.class.getName());
    static final Duration DEBOUNCE = Duration.millis(300);

    private final T entity;
    private final Function<T, List<FieldError>> validator;
    private final Consumer<T> saver;
    private final PauseTransition debounce = new PauseTransition(DEBOUNCE);
    private final Map<String, Label> errorLabels = new HashMap<>();
    /** Values refused by a rule across fields, to try again after another field changed. */
    private final Map<String, Runnable> refused = new java.util.LinkedHashMap<>();
    private Runnable onSaved = () -> { };
    private boolean dirty;
    /** Date fields typed in and not yet taken: their text is read on Enter, on leaving the field, or on a save. */
    private final Map<TextInputControl, Runnable> uncommitted = new java.util.LinkedHashMap<>();
    /** Set while a field's text is rewritten to the app's style (same value, so not applied again). */
    private boolean rewriting;

    public FormBinder(T entity, Function<T, List<FieldError>> validator, Consumer<T> saver) {
        this.entity = entity;
        this.validator = validator;
        this.saver = saver;
        debounce.setOnFinished(e -> flush());
        PendingEdits.register(this);
    }

    public T entity() {
        return entity;
    }

    /** Called after each successful save (e.g. to refresh a list that shows this entity). */
    public FormBinder<T> onSaved(Runnable r) {
        this.onSaved = r;
        return this;
    }

    /** The label where messages for a field appear; place it under the field. */
    public Label errorLabel(String field) {
        return errorLabels.computeIfAbsent(field, f -> {
            Label l = new Label();
            l.getStyleClass().add("field-error");
            l.setWrapText(true);
            l.managedProperty().bind(l.visibleProperty());
            l.setVisible(false);
            l.setId("error-" + f);
            return l;
        });
    }

    /** Saves now if anything is waiting (a date still being typed is taken first). */
    public void flush() {
        for (Runnable commit : List.copyOf(uncommitted.values())) {
            commit.run();
        }
        debounce.stop();
        if (!dirty) {
            return;
        }
        try {
            saver.accept(entity);
            dirty = false; // the status bar's 「保存しました」 follows the store's commit (SaveStatus.follow)
            onSaved.run();
        } catch (RuntimeException e) {
            // not the disk (a full disk keeps the edit and tries again, see PendingWrites): what was typed is refused
            LOG.log(Level.WARNING, "save failed", e);
            SaveStatus.failed(Msg.t("status.saveFailed", jp.banso.store.StoreException.find(e).map(Throwable::getMessage)
                    .orElse(Msg.t("status.saveRefused"))));
        }
    }

    /** Result of reading a control: a value, or the message why it is not one. */
    private record Parsed<V>(V value, String error) {
        static <V> Parsed<V> ok(V v) {
            return new Parsed<>(v, null);
        }

        static <V> Parsed<V> fail(String message) {
            return new Parsed<>(null, message);
        }
    }

    private <V> void apply(String field, Parsed<V> parsed, Function<T, V> get, BiConsumer<T, V> set) {
        if (parsed.error() != null) {
            showError(field, parsed.error());
            return;
        }
        V old = get.apply(entity);
        set.accept(entity, parsed.value());
        List<FieldError> errors = validator.apply(entity);
        if (!errors.isEmpty()) {
            set.accept(entity, old); // keep the last valid value: nothing is stored half-way
            List<FieldError> own = errors.stream().filter(e -> e.field().equals(field)).collect(Collectors.toList());
            showError(field, (own.isEmpty() ? errors : own).stream().map(FieldError::message).collect(Collectors.joining("\n")));
            // refused because of another field (a start after the end, say): tried again when that one changes
            refused.put(field, () -> apply(field, parsed, get, set));
            return;
        }
        refused.remove(field);
        clearError(field);
        dirty = true;
        debounce.playFromStart();
        for (String other : List.copyOf(refused.keySet())) {
            Runnable retry = refused.remove(other);
            if (retry != null) {
                retry.run();
            }
        }
    }

    private void showError(String field, String message) {
        Label l = errorLabel(field);
        l.setText(message);
        l.setVisible(true);
    }

    private void clearError(String field) {
        Label l = errorLabels.get(field);
        if (l != null) {
            l.setVisible(false);
            l.setText("");
        }
    }

    /**
     * Once the cursor leaves a field whose text was read (２０１９／５／１, 20190501), the text becomes the app's style for
     * that kind of value. Text that was refused stays as typed, beside its message, to be corrected.
     */
    private <V> void rewriteOnFocusLoss(TextInputControl c, java.util.function.Supplier<Parsed<V>> parse, Function<T, V> get,
                                        Function<V, String> style) {
        c.focusedProperty().addListener((o, was, is) -> {
            if (is) {
                return;
            }
            Parsed<V> p = parse.get();
            V stored = get.apply(entity);
            // only text that was read and stored: a value refused by a rule across fields stays as typed
            // (1234.5 and a stored 1234.50 are the same number)
            boolean same = java.util.Objects.equals(p.value(), stored)
                    || p.value() instanceof BigDecimal x && stored instanceof BigDecimal y && x.compareTo(y) == 0;
            if (p.error() == null && same) {
                String shown = stored == null ? "" : style.apply(stored);
                if (!c.getText().equals(shown)) {
                    rewriting = true; // the same value in the app's style: nothing to validate or save again
                    try {
                        c.setText(shown);
                    } finally {
                        rewriting = false;
                    }
                }
            }
        });
    }

    private void flushOnFocusLoss(Control c) {
        c.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                flush();
            }
        });
    }

    // --- bindings, one per kind of value ---

    public void text(TextInputControl c, String field, Function<T, String> get, BiConsumer<T, String> set) {
        if (c instanceof javafx.scene.control.TextArea area) {
            Widgets.tabMovesFocus(area);
        } else if (c instanceof javafx.scene.control.TextField f) {
            Widgets.tooltipWhenCut(f);
        }
        c.setText(Text.nullToEmpty(get.apply(entity)));
        c.textProperty().addListener((o, a, b) -> apply(field, Parsed.ok(Text.isBlank(b) ? null : b), get, set));
        flushOnFocusLoss(c);
    }

    public void editableChoice(ComboBox<String> c, String field, Function<T, String> get, BiConsumer<T, String> set) {
        c.setEditable(true);
        Widgets.tooltipWhenCut(c.getEditor(), c); // a long 役割 in a narrow column: the combo box shows it
        c.setValue(get.apply(entity));
        c.getEditor().setText(Text.nullToEmpty(get.apply(entity)));
        c.getEditor().textProperty().addListener((o, a, b) -> apply(field, Parsed.ok(Text.trimToNull(b)), get, set));
        c.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(c.getEditor().getText())) {
                c.getEditor().setText(b);
            }
        });
        flushOnFocusLoss(c);
    }

    /** A whole number typed as 12345, 12,345 or １２，３４５; shown (and rewritten on leaving the field) as 12,345. */
    public void integer(TextInputControl c, String field, Function<T, Integer> get, BiConsumer<T, Integer> set) {
        c.setText(Formats.numberInput(get.apply(entity)));
        c.textProperty().addListener((o, a, b) -> {
            if (!rewriting) {
                apply(field, parseInteger(b), get, set);
            }
        });
        flushOnFocusLoss(c);
        rewriteOnFocusLoss(c, () -> parseInteger(c.getText()), get, Formats::numberInput);
    }

    public void decimal(TextInputControl c, String field, Function<T, BigDecimal> get, BiConsumer<T, BigDecimal> set) {
        c.setText(Formats.decimal(get.apply(entity)));
        c.textProperty().addListener((o, a, b) -> {
            if (!rewriting) {
                apply(field, parseDecimal(b), get, set);
            }
        });
        flushOnFocusLoss(c);
        rewriteOnFocusLoss(c, () -> parseDecimal(c.getText()), get, Formats::decimal);
    }

    /**
     * A date typed in any form {@link JapaneseDates#read} knows; shown, and rewritten once the cursor leaves the field, as
     * 2026年9月30日（水）. {@code example} (a day in the case's 年度) is what the prompt and the messages show: the page's
     * model gives it from the app's clock, so the binder never reads the time itself.
     */
    public void date(TextInputControl c, String field, Function<T, LocalDate> get, BiConsumer<T, LocalDate> set, LocalDate example) {
        c.setText(Formats.date(get.apply(entity)));
        c.setPromptText(Formats.datePrompt(example));
        takenWhenComplete(c, field, () -> parseDate(c.getText(), example), get, set, Formats::date);
    }

    /**
     * A month typed as 2026/4, R8.4 or 令和8年4月; shown (and rewritten on leaving the field) as 2026年4月. {@code example}
     * (a month of the case's 年度) is what the prompt and the messages show.
     */
    public void month(TextInputControl c, String field, Function<T, YearMonth> get, BiConsumer<T, YearMonth> set, YearMonth example) {
        c.setText(Formats.month(get.apply(entity)));
        c.setPromptText(Formats.monthPrompt(example));
        takenWhenComplete(c, field, () -> parseMonth(c.getText(), example), get, set, Formats::month);
    }

    /**
     * Dates and months are taken when complete (Enter, leaving the field, or any save), not at every key: typed key by
     * key, 1990/2/3 is a real date on the way to 1990/2/30 (and 2026/1 a month on the way to 2026/13), and must not be
     * stored while the message says the finished text is no date. Once taken, the text is rewritten in the app's style.
     */
    private <V> void takenWhenComplete(TextInputControl c, String field, java.util.function.Supplier<Parsed<V>> parse,
                                       Function<T, V> get, BiConsumer<T, V> set, Function<V, String> style) {
        Runnable commit = () -> {
            if (uncommitted.remove(c) != null) {
                apply(field, parse.get(), get, set);
            }
        };
        c.textProperty().addListener((o, a, b) -> {
            if (!rewriting) {
                uncommitted.put(c, commit);
            }
        });
        c.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                commit.run();
                flush();
            }
        });
        c.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit.run();
            }
        });
        flushOnFocusLoss(c);
        rewriteOnFocusLoss(c, parse, get, style);
    }

    public void time(TextInputControl c, String field, Function<T, LocalTime> get, BiConsumer<T, LocalTime> set) {
        LocalTime v = get.apply(entity);
        c.setText(v == null ? "" : Formats.time(v));
        c.setPromptText("時:分");
        c.textProperty().addListener((o, a, b) -> apply(field, parseTime(b), get, set));
        flushOnFocusLoss(c);
    }

    public <V> void choice(ComboBox<V> c, String field, Function<T, V> get, BiConsumer<T, V> set) {
        c.setValue(get.apply(entity));
        c.valueProperty().addListener((o, a, b) -> {
            apply(field, Parsed.ok(b), get, set);
            flush();
        });
    }

    public void check(CheckBox c, String field, Function<T, Boolean> get, BiConsumer<T, Boolean> set) {
        c.setSelected(Boolean.TRUE.equals(get.apply(entity)));
        c.selectedProperty().addListener((o, a, b) -> {
            apply(field, Parsed.ok(b), get, set);
            flush();
        });
    }

    /** For values set by code (a click on a stage, say): validated and saved at once. */
    public <V> void set(String field, V value, Function<T, V> get, BiConsumer<T, V> set) {
        apply(field, Parsed.ok(value), get, set);
        flush();
    }

    // --- parsing what people type (full-width digits, commas, 和暦) ---

    private static Parsed<Integer> parseInteger(String s) {
        if (Text.isBlank(s)) {
            return Parsed.ok(null);
        }
        String n = Text.toHalfWidthDigits(s.strip()).replace(",", "").replace("、", "");
        try {
            return Parsed.ok(Integer.valueOf(n));
        } catch (NumberFormatException e) {
            return Parsed.fail(Msg.t("error.integer"));
        }
    }

    private static Parsed<BigDecimal> parseDecimal(String s) {
        if (Text.isBlank(s)) {
            return Parsed.ok(null);
        }
        String n = Text.toHalfWidthDigits(s.strip()).replace(",", "").replace("%", "");
        try {
            BigDecimal d = new BigDecimal(n);
            if (d.scale() > 2) {
                return Parsed.fail(Msg.t("error.decimals"));
            }
            if (d.abs().compareTo(new BigDecimal("99999999")) > 0) {
                return Parsed.fail(Msg.t("error.tooLarge"));
            }
            return Parsed.ok(d);
        } catch (NumberFormatException e) {
            return Parsed.fail(Msg.t("error.decimal"));
        }
    }

    private static Parsed<LocalDate> parseDate(String s, LocalDate example) {
        if (Text.isBlank(s)) {
            return Parsed.ok(null);
        }
        JapaneseDates.Reading<LocalDate> r = JapaneseDates.read(s);
        if (r.ok()) {
            return Parsed.ok(r.value());
        }
        return Parsed.fail(Formats.dateError(r, example));
    }

    private static Parsed<YearMonth> parseMonth(String s, YearMonth example) {
        if (Text.isBlank(s)) {
            return Parsed.ok(null);
        }
        JapaneseDates.Reading<YearMonth> r = JapaneseDates.readMonth(s);
        if (r.ok()) {
            return Parsed.ok(r.value());
        }
        return Parsed.fail(Formats.monthError(r, example));
    }

    private static Parsed<LocalTime> parseTime(String s) {
        if (Text.isBlank(s)) {
            return Parsed.ok(null);
        }
        return Formats.parseTime(s).map(Parsed::ok).orElseGet(() -> Parsed.fail(Msg.t("error.time")));
    }
}
