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
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
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
import java.util.stream.Collectors;
import jp.banso.domain.Entity;

/**
 * Reading and writing the bundle's JSON. Writing: pretty (two spaces, "\n" on every OS), UTF-8, entity fields in
 * column order. Reading is strict and bounded: a size cap checked before parsing, limits on string length, nesting
 * and numbers while parsing, unknown fields and wrong types refused (no guessing "12" into 12), and every failure
 * explained in Japanese with where it happened.
 */
public final class BundleJson {
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
        JsonMapper m = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(columns)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
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
        try (InputStream in = Files.newInputStream(file)) {
            BundleFile b = MAPPER.readValue(in, BundleFile.class);
            if (b == null) {
                throw new BundleException("Bansoのケースファイルではありません（中身が空です）。\nファイル: " + file);
            }
            return b;
        } catch (JsonMappingException e) {
            throw new BundleException(everyWrongValue(file, e, header) + "\nファイル: " + file, e);
        } catch (JsonProcessingException e) {
            throw new BundleException(explain(e, header) + "\nファイル: " + file, e);
        } catch (IOException e) {
            throw new BundleException(ioMessage(e, file), e);
        }
    }

    /**
     * Every wrong value and unknown field at once, like the other checks (Jackson stops at the first one): the first as
     * read, with its line, then the file's tree is read again with each place found taken out, until it reads or
     * {@link BundleCheck#MAX_LISTED} are found. Only on refusal, so a good file is read once.
     */
    private static String everyWrongValue(Path file, JsonMappingException first, Header header) {
        List<String> found = new ArrayList<>(List.of(explain(first, header)));
        boolean more = false;
        try (InputStream in = Files.newInputStream(file)) {
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
        try (InputStream in = Files.newInputStream(file); JsonParser p = MAPPER.getFactory().createParser(in)) {
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
        } catch (JsonProcessingException e) {
            if (version != null && version > BundleFormat.VERSION) {
                checkVersion(version, app, file);
            }
            throw new BundleException(explain(e, null) + "\nファイル: " + file, e);
        } catch (IOException e) {
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
        if (e instanceof CharConversionException) {
            return "文字コードが UTF-8 ではありません（ファイルが壊れているか、別のソフトで保存し直されています）。\nファイル: " + file;
        }
        return "ファイルを読めません: " + file + "（" + e.getMessage() + "）";
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
            return "ファイルの中身が制限を超えています（" + m + "）。" + place;
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
            return "値" + shortValue(f.getValue()) + "を" + typeName(f.getTargetType()) + "として読めません。" + place;
        }
        if (e instanceof InputCoercionException c) {
            return "数値が大きすぎるか、整数ではありません（" + c.getTargetType().getSimpleName() + "）。" + at;
        }
        if (e instanceof MismatchedInputException mi) {
            return "値の種類が違います（" + typeName(mi.getTargetType()) + "が必要です）。" + place;
        }
        if (e instanceof JsonMappingException m) {
            Throwable cause = m.getCause();
            return "値が正しくありません" + (cause != null && cause.getMessage() != null ? "（" + shortValue(cause.getMessage()) + "）" : "")
                    + "。" + place;
        }
        if (String.valueOf(e.getOriginalMessage()).contains("Duplicate field")) {
            return "同じ項目が二度書かれています（" + e.getOriginalMessage().replace("Duplicate field", "").strip() + "）。" + at;
        }
        return "JSON として読めません（" + e.getOriginalMessage() + "）。" + at;
    }

    /** cases[0] › notes[3] › text, said as ケース 1件目 › 付箋 4件目 › text. */
    static String where(List<JsonMappingException.Reference> path) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < path.size(); i++) {
            JsonMappingException.Reference r = path.get(i);
            String name = r.getFieldName();
            if (name == null) {
                continue;
            }
            String label = label(name);
            if (i + 1 < path.size() && path.get(i + 1).getFieldName() == null && path.get(i + 1).getIndex() >= 0) {
                parts.add(label + " " + (path.get(i + 1).getIndex() + 1) + "件目");
                i++;
            } else {
                parts.add(label);
            }
        }
        return String.join(" › ", parts);
    }

    private static String label(String field) {
        if (field.equals("cases")) {
            return "ケース";
        }
        if (field.equals("noteAuthors")) {
            return "発言者";
        }
        for (BundleKind k : BundleKind.values()) {
            if (k.field().equals(field)) {
                return k.label();
            }
        }
        return field;
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
