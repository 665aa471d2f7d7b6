package jp.banso.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.BufferedReader;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.banso.domain.Entity;
import jp.banso.store.EntityJson;

/**
 * Reading and writing the bundle's JSON. Writing: pretty (two spaces, "\n" on every OS), UTF-8, entity fields in
 * column order. Reading is strict and bounded: a size cap checked before parsing, limits on string length, nesting
 * and numbers while parsing, unknown fields and wrong types refused (no guessing "12" into 12), and every failure
 * explained in Japanese with where it happened.
 */
public final class BundleJson {
    private static final Logger LOG = Logger.getLogger(BundleJson.class.getName());
    private static final ObjectMapper MAPPER = mapper();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)))
            .forType(BundleFile.class);

    private BundleJson() {
    }

    private static ObjectMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(BundleFormat.MAX_STRING_CHARS)
                        .maxNestingDepth(32)
                        .maxNumberLength(40)
                        .maxNameLength(200)
                        .maxDocumentLength(BundleFormat.MAX_FILE_BYTES)
                        .build())
                .build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        Map<Class<?>, List<String>> order = new HashMap<>();
        for (BundleKind k : BundleKind.values()) {
            order.put(k.table().type(), k.table().properties());
        }
        SimpleModule columns = new SimpleModule("bundle-columns");
        columns.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> props) {
                List<String> names = order.get(bean.getBeanClass());
                if (names == null) {
                    return props;
                }
                // exactly the table's columns, in their order: nothing more (no derived getters), nothing less
                List<BeanPropertyWriter> out = new ArrayList<>();
                for (String n : names) {
                    props.stream().filter(p -> p.getName().equals(n)).findFirst().ifPresent(out::add);
                }
                return out;
            }
        });
        // an entity's constructor gives it a fresh id; in a file, a missing id must stay missing (and be refused)
        columns.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean, BeanDeserializerBuilder builder) {
                if (Entity.class.isAssignableFrom(bean.getBeanClass())) {
                    builder.setValueInstantiator(new ValueInstantiator.Delegating(builder.getValueInstantiator()) {
                        @Override
                        public Object createUsingDefault(DeserializationContext ctxt) throws IOException {
                            Object o = super.createUsingDefault(ctxt);
                            ((Entity) o).setId(null);
                            return o;
                        }
                    });
                }
                return builder;
            }
        });
        // the entity mapping is the store's; a case file adds its column order and stricter reading (unknown fields refused)
        JsonMapper m = EntityJson.configure(JsonMapper.builder(factory))
                .addModule(columns)
                .addModule(strictValues())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        for (LogicalType t : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return m;
    }

    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String NIL_UUID = "00000000-0000-0000-0000-000000000000";

    /**
     * Ids, times and dates only as Banso writes them. Ids: the canonical 8-4-4-4-12 hex form, never all zeros (Java would
     * read 1-1-1-1-1 and Jackson a base64 string as ids). Times and dates: ISO strings (2026-04-01T09:00:00Z, 2026-04-01,
     * 13:30), never numbers (an epoch 1700000000, in a number or a string, is no time Banso writes).
     */
    private static SimpleModule strictValues() {
        SimpleModule m = new SimpleModule("bundle-strict-values");
        m.addDeserializer(UUID.class, isoString(UUID.class, s -> {
            if (!CANONICAL_UUID.matcher(s).matches() || NIL_UUID.equals(s)) {
                throw new IllegalArgumentException("not a canonical UUID");
            }
            return UUID.fromString(s);
        }));
        m.addDeserializer(Instant.class, isoString(Instant.class, Instant::parse));
        m.addDeserializer(LocalDate.class, isoString(LocalDate.class, LocalDate::parse));
        m.addDeserializer(LocalTime.class, isoString(LocalTime.class, LocalTime::parse));
        return m;
    }

    /** A value read only from a JSON string, by {@code parse}; anything else is refused with the type it should be. */
    private static <T> JsonDeserializer<T> isoString(Class<T> type, Function<String, T> parse) {
        return new StdScalarDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (!p.hasToken(JsonToken.VALUE_STRING)) {
                    @SuppressWarnings("unchecked")
                    T refused = (T) ctxt.handleUnexpectedToken(type, p);
                    return refused;
                }
                String s = p.getText();
                try {
                    return parse.apply(s);
                } catch (RuntimeException e) {
                    throw InvalidFormatException.from(p, "not a " + type.getSimpleName() + " as Banso writes it", s, type);
                }
            }
        };
    }

    // --- writing ---

    /** Writes the bundle to a stream (UTF-8). */
    public static void write(BundleFile file, OutputStream out) throws IOException {
        WRITER.writeValue(out, file);
    }

    /** An entity as the file has it (its table's columns in order), for comparing and showing. */
    static ObjectNode tree(Entity e) {
        return MAPPER.valueToTree(e);
    }

    // --- reading ---

    /** What the first, cheap pass finds: the header, wherever in the top-level object it is. */
    record Header(String format, Integer formatVersion, String appVersion, String exportedAt) {
    }

    /**
     * Reads a bundle: size cap, then a streaming pass over the whole file (broken or truncated JSON, marker, version),
     * then the typed reading. Throws {@link BundleException} with a Japanese message; reads nothing into the store.
     */
    public static BundleFile read(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BundleException("ファイルが見つかりません。\nファイル: " + file);
        } catch (IOException e) {
            throw new BundleException("ファイルを読めません: " + file + "（" + e.getMessage() + "）", e);
        }
        if (size > BundleFormat.MAX_FILE_BYTES) {
            throw new BundleException(String.format("ファイルが大きすぎます（%,.1f MB）。取り込めるのは %,d MB までです。%nファイル: %s",
                    size / (1024.0 * 1024), BundleFormat.MAX_FILE_BYTES / (1024 * 1024), file));
        }
        if (size == 0) {
            throw new BundleException("ファイルが空です。\nファイル: " + file);
        }
        Header header = header(file);
        try (Reader in = strictReader(file)) {
            BundleFile b = MAPPER.readValue(in, BundleFile.class);
            if (b == null) {
                throw new BundleException("Bansoのケースファイルではありません（中身が空です）。\nファイル: " + file);
            }
            return b;
        } catch (IOException e) {
            LOG.log(Level.INFO, "case file refused: " + file, e); // the library's own words, for whoever reads the log
            if (isNotUtf8(e)) {
                throw new BundleException(NOT_UTF8 + "\nファイル: " + file, e);
            } else if (e instanceof JsonMappingException m) {
                throw new BundleException(everyWrongValue(file, m, header) + EDITED + "\nファイル: " + file, e);
            } else if (e instanceof JsonProcessingException j) {
                throw new BundleException(explain(j, header) + EDITED + "\nファイル: " + file, e);
            }
            throw new BundleException(ioMessage(e, file), e);
        }
    }

    static final String NOT_UTF8 = "文字コードが UTF-8 として正しくありません（UTF-8 にない書き方のバイト列があります）。ファイルが壊れているか、"
            + "別のソフトで保存し直されています。Bansoで書き出したままのファイルを使ってください。";

    /**
     * The file decoded as UTF-8, strictly: a malformed or overlong sequence ({@code C0 AF} for '/'), a surrogate written
     * as UTF-8 or a stray byte is refused rather than guessed at (Jackson's own reading lets some through). A BOM is skipped.
     */
    static Reader strictReader(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), utf8), 1 << 16);
        r.mark(1);
        if (r.read() != '\uFEFF') {
            r.reset();
        }
        return r;
    }

    private static boolean isNotUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException || t instanceof CharConversionException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every wrong value and unknown field at once, like the other checks (Jackson stops at the first one): the first as
     * read, with its line, then the file's tree is read again with each place found taken out, until it reads or
     * {@link BundleCheck#MAX_LISTED} are found. Only on refusal, so a good file is read once.
     */
    private static String everyWrongValue(Path file, JsonMappingException first, Header header) {
        List<String> found = new ArrayList<>(List.of(explain(first, header)));
        boolean more = false;
        try (Reader in = strictReader(file)) {
            JsonNode root = MAPPER.readTree(in);
            JsonMappingException e = first;
            while (takeOut(root, e.getPath())) {
                try {
                    MAPPER.treeToValue(root, BundleFile.class);
                    break;
                } catch (JsonMappingException next) {
                    if (next.getPath().isEmpty() || where(next.getPath()).equals(where(e.getPath()))) {
                        break;
                    }
                    if (found.size() == BundleCheck.MAX_LISTED) {
                        more = true;
                        break;
                    }
                    found.add(explain(next, null));
                    e = next;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // the first problem is reported in any case
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        return BundleCheck.listed(found, more ? "\n・ほかにもあるかもしれません（最初の " + found.size() + " 件を表示しています）" : "");
    }

    /** Removes the value at a path from the tree (a field, or a list element set to null); false if it is not there. */
    private static boolean takeOut(JsonNode root, List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return false;
        }
        JsonNode parent = root;
        for (JsonMappingException.Reference r : path.subList(0, path.size() - 1)) {
            parent = r.getFieldName() != null ? parent.get(r.getFieldName()) : parent.get(r.getIndex());
            if (parent == null) {
                return false;
            }
        }
        JsonMappingException.Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null && parent instanceof ObjectNode o && o.has(last.getFieldName())) {
            o.remove(last.getFieldName());
            return true;
        }
        if (last.getFieldName() == null && parent instanceof com.fasterxml.jackson.databind.node.ArrayNode a
                && last.getIndex() >= 0 && last.getIndex() < a.size() && !a.get(last.getIndex()).isNull()) {
            a.set(last.getIndex(), com.fasterxml.jackson.databind.node.NullNode.getInstance());
            return true;
        }
        return false;
    }

    /** First pass: the JSON is whole, it is a case bundle, and a version this app knows. Skips everything else. */
    static Header header(Path file) {
        String format = null;
        Integer version = null;
        String app = null;
        String exported = null;
        BundleCounts counts = new BundleCounts(); // the limits (jp.banso.domain.Limits), counted in this same pass
        try (Reader in = strictReader(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BundleException("Bansoのケースファイルではありません（JSON のオブジェクトではありません）。\nファイル: " + file);
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "format" -> {
                        format = value == JsonToken.VALUE_STRING ? p.getText() : "?";
                        if (!BundleFormat.FORMAT.equals(format)) {
                            throw new BundleException("Bansoのケースファイルではありません（format が \"" + BundleFormat.FORMAT + "\" ではありません）。\nファイル: " + file);
                        }
                    }
                    case "formatVersion" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw new BundleException("ファイルの形式の版（formatVersion）が整数ではありません。\nファイル: " + file);
                        }
                        version = p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : Integer.MAX_VALUE;
                    }
                    case "appVersion" -> app = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "exportedAt" -> exported = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "cases" -> counts.cases(p);
                    case "municipalities", "profileSnapshots" -> counts.topLevel(p);
                    default -> p.skipChildren();
                }
            }
            if (version != null) {
                checkVersion(version, app, file); // a newer layout is said as such, whatever else the file holds
            }
            if (p.currentToken() != JsonToken.END_OBJECT) {
                throw new BundleException("JSON として読めません。\nファイル: " + file);
            }
            if (p.nextToken() != null) {
                throw new BundleException("JSON の後ろに余計なデータがあります（ファイルが壊れています）。\nファイル: " + file);
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "case file refused: " + file, e);
            if (version != null && version > BundleFormat.VERSION) {
                checkVersion(version, app, file);
            }
            if (isNotUtf8(e)) {
                throw new BundleException(NOT_UTF8 + "\nファイル: " + file, e);
            } else if (e instanceof JsonProcessingException j) {
                throw new BundleException(explain(j, null) + EDITED + "\nファイル: " + file, e);
            }
            throw new BundleException(ioMessage(e, file), e);
        }
        if (format == null) {
            throw new BundleException("Bansoのケースファイルではありません（format がありません）。\nファイル: " + file);
        }
        if (version == null) {
            throw new BundleException("ファイルの形式の版（formatVersion）がありません。\nファイル: " + file);
        }
        counts.refuseIfOver(file);
        return new Header(format, version, app, exported);
    }

    private static void checkVersion(int version, String app, Path file) {
        if (version > BundleFormat.VERSION) {
            throw new BundleException("新しいバージョンのBansoで作成されたファイルです（ファイルの形式 " + version
                    + (app == null ? "" : "、Banso " + app) + "。このBanso " + BundleFormat.appVersion() + " が読めるのは形式 "
                    + BundleFormat.VERSION + " までです）。\nBansoを新しいバージョンに更新してから取り込んでください。\nファイル: " + file);
        }
        if (version < 1) {
            throw new BundleException("ファイルの形式の版（formatVersion " + version + "）が正しくありません: " + file);
        }
    }

    private static String ioMessage(IOException e, Path file) {
        if (isNotUtf8(e)) {
            return NOT_UTF8 + "\nファイル: " + file;
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "ファイルを読む権限がありません。ファイルを自分のフォルダにコピーしてから取り込んでください。\nファイル: " + file;
        }
        LOG.log(Level.WARNING, "case file unreadable: " + file, e);
        return "ファイルを読めません（読み込みの途中で失敗しました。ファイルを自分のフォルダにコピーしてからもう一度試してください）。\nファイル: " + file;
    }

    /** A Japanese sentence for a JSON failure: what is wrong, where (ケース 1件目 › 付箋 4件目 › text), and the line. */
    static String explain(JsonProcessingException e, Header header) {
        String where = e instanceof JsonMappingException m ? where(m.getPath()) : "";
        String at = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : "（" + e.getLocation().getLineNr() + "行目 " + e.getLocation().getColumnNr() + "文字目付近）";
        String place = where.isEmpty() ? at : "場所: " + where + " " + at;
        if (e instanceof StreamConstraintsException || e.getCause() instanceof StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("String value length")) {
                return String.format("長すぎる文字列があります（%,d 文字まで）。ファイルが壊れているか、Bansoのケースファイルではありません。%s",
                        BundleFormat.MAX_STRING_CHARS, place);
            }
            if (m.contains("nesting depth")) {
                return "入れ子が深すぎます。Bansoのケースファイルではありません。" + place;
            }
            if (m.contains("Number value length")) {
                return "桁数の多すぎる数値があります。" + place;
            }
            if (m.contains("Document length")) {
                return "ファイルが大きすぎます。";
            }
            return "ファイルの中身が Banso の読める大きさを超えています。Bansoのケースファイルではないか、壊れています。" + place;
        }
        if (String.valueOf(e.getOriginalMessage()).contains("Invalid UTF-8")) {
            return "文字コードが UTF-8 ではありません（ファイルが壊れているか、別のソフトで保存し直されています）。" + at;
        }
        if (e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return "ファイルが途中で切れています（書き出しの途中で止まったか、コピーが最後まで済んでいません）。" + at;
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "知らない項目「" + u.getPropertyName() + "」があります。" + place
                    + "\n新しいバージョンのBansoで作られたか、手で書き換えられたファイルです。";
        }
        if (e instanceof InvalidFormatException f) {
            if (f.getTargetType() == UUID.class && NIL_UUID.equals(f.getValue())) {
                return "すべて 0 の UUID（" + NIL_UUID + "）は id に使えません。" + place;
            }
            return "値" + shortValue(f.getValue()) + "を" + typeName(f.getTargetType()) + "として読めません。" + place;
        }
        if (e instanceof InputCoercionException || e.getCause() instanceof InputCoercionException
                || String.valueOf(e.getOriginalMessage()).contains("out of range")) {
            Class<?> target = e instanceof InputCoercionException c ? c.getTargetType()
                    : e.getCause() instanceof InputCoercionException c ? c.getTargetType()
                    : e instanceof MismatchedInputException mi ? mi.getTargetType() : null;
            return "数値が大きすぎます（" + (target == null ? "数値" : typeName(target)) + "の範囲を超えています）。" + place;
        }
        if (e instanceof MismatchedInputException mi) {
            Class<?> t = mi.getTargetType();
            boolean time = t == Instant.class || t == LocalDate.class || t == LocalTime.class || t == UUID.class;
            return "値の種類が違います（" + typeName(t) + (time ? "を文字列 \"…\" で" : "") + "書いてください）。" + place;
        }
        if (e instanceof JsonMappingException) {
            return "値が正しくありません。" + place;
        }
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("Duplicate field")) {
            int q = m.indexOf('\'');
            String name = q >= 0 && m.indexOf('\'', q + 1) > q ? m.substring(q + 1, m.indexOf('\'', q + 1)) : "";
            return "同じ項目" + (name.isEmpty() ? "" : "「" + name + "」") + "が二度書かれています。" + at;
        }
        return syntax(m) + at;
    }

    /** What to do, after any problem in a file's content. */
    private static final String EDITED = "\n手で書き換えたファイルならその箇所を直し、そうでなければ元のBansoで書き出し直したファイルを使ってください。";

    /** A JSON syntax error in Japanese (the parser's English goes to the log). */
    private static String syntax(String m) {
        if (m.contains("NaN") || m.contains("Infinity") || m.contains("NON_NUMERIC")) {
            return "数値の代わりに NaN や Infinity が書かれています（JSON の数値は 123 や 1.5 の形だけです）。";
        }
        if (m.contains("Leading zeroes") || m.contains("Invalid numeric value") || m.contains("Unexpected character ('.'")
                || m.contains("Decimal point") || m.contains("Exponent")) {
            return "数値の書き方が正しくありません（先頭の 0、途中で切れた小数など）。";
        }
        if (m.contains("Illegal unquoted character") || m.contains("Unrecognized character escape")) {
            return "文字列の中に JSON では書けない文字があります（改行やタブは \\n \\t のように、\\ は \\\\ と書きます）。";
        }
        if (m.contains("Unrecognized token")) {
            return "JSON として読めない語があります（文字列は \"…\" で囲みます）。";
        }
        if (m.contains("Unexpected close marker") || m.contains("Unexpected character")) {
            return "JSON の書き方に誤りがあります（カンマ、括弧 { } [ ]、引用符 \" の抜けや余分）。";
        }
        return "JSON の書き方に誤りがあります。";
    }

    /** cases[0] › notes[3] › text, said as ケース 1件目 › 付箋 4件目 › 本文（text）. */
    static String where(List<JsonMappingException.Reference> path) {
        List<String> parts = new ArrayList<>();
        String container = null; // the list or object the next name is in: null for the file itself
        BundleKind within = null; // … when that is one of a kind's entities
        for (int i = 0; i < path.size(); i++) {
            JsonMappingException.Reference r = path.get(i);
            String name = r.getFieldName();
            if (name == null) {
                continue;
            }
            BundleKind kind = within == null ? BundleKind.listedAs(name) : null;
            String label;
            if (within != null) {
                label = FieldLabels.withName(within, name);
            } else if (kind != null) {
                label = kind.label();
            } else if (name.equals("cases")) {
                label = "ケース";
            } else if (name.equals("noteAuthors")) {
                label = "発言者";
            } else if (name.equals("deletions")) {
                label = BundleCheck.DELETION;
            } else if ("deletions".equals(container)) {
                label = FieldLabels.ofDeletion(name);
            } else if ("cases".equals(container)) {
                label = FieldLabels.withName(BundleKind.CASE, name); // a case's 年度
            } else if ("noteAuthors".equals(container)) {
                label = FieldLabels.withName(null, name); // a speaker's name or colour
            } else {
                label = name; // the file's own (format, exportedAt…)
            }
            if (i + 1 < path.size() && path.get(i + 1).getFieldName() == null && path.get(i + 1).getIndex() >= 0) {
                parts.add(label + " " + (path.get(i + 1).getIndex() + 1) + "件目");
                i++;
            } else {
                parts.add(label);
            }
            container = name;
            within = kind;
        }
        return String.join(" › ", parts);
    }

    private static String shortValue(Object v) {
        String s = String.valueOf(v);
        return "「" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "」";
    }

    static String typeName(Class<?> t) {
        if (t == null) {
            return "別の種類の値";
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return "整数";
        }
        if (t == double.class || t == Double.class || t == BigDecimal.class) {
            return "数値";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true か false";
        }
        if (t == String.class) {
            return "文字列";
        }
        if (t == UUID.class) {
            return "UUID（例 123e4567-e89b-12d3-a456-426614174000）";
        }
        if (t == LocalDate.class) {
            return "日付（例 2026-04-01）";
        }
        if (t == LocalTime.class) {
            return "時刻（例 13:30）";
        }
        if (t == Instant.class) {
            return "日時（例 2026-04-01T09:00:00Z）";
        }
        if (t.isEnum()) {
            return "次のどれか（" + Arrays.stream(t.getEnumConstants()).map(String::valueOf).collect(Collectors.joining("、")) + "）";
        }
        if (List.class.isAssignableFrom(t)) {
            return "配列 [ … ]";
        }
        return "オブジェクト { … }";
    }
}
