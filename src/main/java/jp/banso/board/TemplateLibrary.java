package jp.banso.board;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Text;
import jp.banso.store.EntityJson;

/**
 * The board templates on offer: the built-in ones shipped in the jar, plus a user folder where a prefecture drops
 * its own JSON files. A user file with a built-in's id replaces it in place, so a prefecture can reword or restyle
 * あるべき姿 / 現状 / 課題 without the advisor choosing a different template.
 *
 * <p>A broken user file never stops the app: it is left out and described in {@link #problems()} (Japanese, naming
 * the file) for the settings screen to show. A broken built-in file is a packaging bug and fails loudly.
 */
public final class TemplateLibrary {

    public static final String DEFAULT_ID = "vision-current-issue";

    /** Built-ins live beside this class; the index lists them because a folder inside a jar cannot be listed. */
    private static final String BUILT_IN_FOLDER = "templates/";
    private static final String INDEX = "index.json";

    /** A template is a few hundred bytes; anything this big is not one, and reading it whole would waste memory. */
    static final long MAX_FILE_BYTES = 1_000_000;

    /** "VISION, CURRENT, …" for the message that tells the user what a role may be. */
    private static final String ROLE_NAMES =
            Arrays.stream(LaneRole.values()).map(Enum::name).collect(Collectors.joining(", "));

    private static final Logger LOG = Logger.getLogger(TemplateLibrary.class.getName());

    /** Lenient where people editing by hand stumble (comments, a trailing comma, extra fields), strict elsewhere. */
    private static final ObjectMapper JSON = EntityJson.MAPPER.rebuild()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private final List<BoardTemplate> all;
    private final Map<String, BoardTemplate> byId;
    private final List<String> problems;

    private TemplateLibrary(List<BoardTemplate> all, List<String> problems) {
        this.all = List.copyOf(all);
        this.byId = this.all.stream().collect(Collectors.toUnmodifiableMap(BoardTemplate::id, t -> t));
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads the built-in templates, then every {@code *.json} in {@code userTemplatesDir}.
     *
     * @param userTemplatesDir the prefecture's templates; null or missing means built-ins only
     */
    public static TemplateLibrary load(Path userTemplatesDir) {
        List<BoardTemplate> builtIns = loadBuiltIns();
        List<String> problems = new ArrayList<>();
        List<BoardTemplate> userTemplates = loadUserTemplates(userTemplatesDir, problems);
        for (String problem : problems) {
            LOG.warning(problem);
        }

        // Overrides keep the built-in's place, so the familiar order of the picker does not change.
        Map<String, BoardTemplate> ordered = new LinkedHashMap<>();
        builtIns.forEach(t -> ordered.put(t.id(), t));
        List<BoardTemplate> added = new ArrayList<>();
        for (BoardTemplate t : userTemplates) {
            if (ordered.containsKey(t.id())) {
                ordered.put(t.id(), t);
            } else {
                added.add(t);
            }
        }
        Collator japanese = Collator.getInstance(Locale.JAPANESE);
        added.sort(Comparator.comparing(BoardTemplate::name, japanese).thenComparing(BoardTemplate::id));

        List<BoardTemplate> all = new ArrayList<>(ordered.values());
        all.addAll(added);
        return new TemplateLibrary(all, problems);
    }

    /** Built-in templates in their shipped order, then the user's new ones by name. */
    public List<BoardTemplate> all() {
        return all;
    }

    public Optional<BoardTemplate> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** あるべき姿 / 現状 / 課題 (or the prefecture's version of it): the frame every visit starts from. */
    public BoardTemplate defaultTemplate() {
        return byId.get(DEFAULT_ID); // built in, and an override keeps the id, so it is always there
    }

    /** What was wrong with the user files that were left out, one Japanese sentence per file. */
    public List<String> problems() {
        return problems;
    }

    // --- built-in -----------------------------------------------------------------------------------------------

    private static List<BoardTemplate> loadBuiltIns() {
        List<String> files;
        try (InputStream in = resource(INDEX)) {
            files = JSON.readValue(in, new TypeReference<List<String>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("built-in template index unreadable: " + INDEX, e);
        }
        List<BoardTemplate> templates = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (String file : files) {
            BoardTemplate t;
            try (InputStream in = resource(file)) {
                t = parse(in.readAllBytes());
            } catch (Unreadable | IOException e) {
                throw new IllegalStateException("built-in template " + file + ": " + e.getMessage(), e);
            }
            String other = fileById.putIfAbsent(t.id(), file);
            if (other != null) {
                throw new IllegalStateException("built-in templates " + other + " and " + file + " share id " + t.id());
            }
            templates.add(t);
        }
        return templates;
    }

    private static InputStream resource(String file) throws IOException {
        InputStream in = TemplateLibrary.class.getResourceAsStream(BUILT_IN_FOLDER + file);
        if (in == null) {
            throw new IOException("missing from the classpath: " + BUILT_IN_FOLDER + file);
        }
        return in;
    }

    // --- user folder --------------------------------------------------------------------------------------------

    private static List<BoardTemplate> loadUserTemplates(Path dir, List<String> problems) {
        if (dir == null || Files.notExists(dir)) {
            return List.of();
        }
        if (!Files.isDirectory(dir)) {
            problems.add("テンプレートフォルダ「" + dir + "」はフォルダではありません");
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            // Sorted so that which of two files with one id wins does not depend on the file system.
            files = listing.filter(TemplateLibrary::isTemplateFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            java.util.logging.Logger.getLogger(TemplateLibrary.class.getName()).warning("template folder unreadable: " + e);
            problems.add("テンプレートフォルダ「" + dir + "」を読めません。フォルダを読み取る権限があるか確かめてください。");
            return List.of();
        }

        List<BoardTemplate> templates = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            try {
                BoardTemplate t = parse(read(file));
                String other = fileById.putIfAbsent(t.id(), fileName);
                if (other != null) {
                    throw new Unreadable("ID「" + t.id() + "」は「" + other + "」と同じです");
                }
                templates.add(t);
            } catch (Unreadable e) {
                problems.add("テンプレート「" + fileName + "」を読み込めません：" + e.getMessage());
            }
        }
        return templates;
    }

    private static boolean isTemplateFile(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(".json")
                // "._x.json" and the like are macOS metadata copied along on USB sticks, not templates.
                && !name.startsWith(".")
                // A copy of the built-in folder brings its index along; it lists files, it is not a template.
                && !name.equalsIgnoreCase(INDEX)
                && Files.isRegularFile(p);
    }

    private static byte[] read(Path file) throws Unreadable {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new Unreadable("ファイルが大きすぎます（" + MAX_FILE_BYTES / 1_000_000 + "MB まで）");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(TemplateLibrary.class.getName()).warning("template unreadable: " + e);
            throw new Unreadable("ファイルを読めません（読み取る権限があるか、ほかのアプリで開いたままでないか確かめてください）");
        }
    }

    // --- one file -----------------------------------------------------------------------------------------------

    /** The file as written, the role as text, so that each mistake gets its own Japanese message, not Jackson's. */
    private record RawTemplate(String id, String name, String description, List<RawLane> lanes) {
    }

    private record RawLane(String title, String role, @JsonAlias("color") String colour) {
    }

    /** Why a template file was left out, in Japanese, without the file name (the caller adds it). */
    private static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private static BoardTemplate parse(byte[] bytes) throws Unreadable {
        String text = decode(bytes);
        if (text.isBlank()) {
            throw new Unreadable("ファイルが空です");
        }
        RawTemplate raw;
        try {
            raw = JSON.readValue(text, RawTemplate.class);
        } catch (JsonParseException e) {
            throw syntaxError(e);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException p) {
                throw syntaxError(p); // a syntax error met while filling a field arrives wrapped
            }
            String where = describe(e.getPath());
            throw new Unreadable(where.isEmpty()
                    ? "テンプレートの形式ではありません（{ } で囲んだ id・name・lanes が必要です）"
                    : where + "の形式が正しくありません");
        } catch (JsonProcessingException e) {
            throw new Unreadable("JSON として読めません（" + e.getOriginalMessage() + "）");
        }
        if (raw == null) {
            throw new Unreadable("テンプレートの形式ではありません（{ } で囲んだ id・name・lanes が必要です）");
        }

        List<RawLane> rawLanes = raw.lanes() == null ? List.of() : raw.lanes();
        if (rawLanes.size() > BoardTemplate.MAX_LANES) {
            // Said before any lane's own mistake: no point fixing lane 31 of a template that cannot have it.
            throw new Unreadable("レーンが多すぎます（" + BoardTemplate.MAX_LANES + "まで、現在 " + rawLanes.size() + "）");
        }
        List<LaneSpec> lanes = new ArrayList<>();
        for (int i = 0; i < rawLanes.size(); i++) {
            String which = (i + 1) + "番目のレーン";
            RawLane lane = rawLanes.get(i);
            if (lane == null) {
                throw new Unreadable(which + "が空です");
            }
            // A lane without a role is just a lane (OTHER); a misspelt role is a mistake worth reporting.
            LaneRole role = lane.role() == null || lane.role().isBlank()
                    ? LaneRole.OTHER
                    : parseRole(lane.role()).orElseThrow(() -> new Unreadable(which + "の役割「" + lane.role()
                            + "」は使えません（" + ROLE_NAMES + " のいずれか）"));
            String titleRefused = Text.refusal(lane.title(), false); // the rule of every one-line text of the app
            if (titleRefused != null) {
                throw new Unreadable(which + "のタイトル：" + titleRefused);
            }
            try {
                lanes.add(new LaneSpec(strip(lane.title()), role, strip(lane.colour())));
            } catch (IllegalArgumentException e) {
                throw new Unreadable(which + "の" + e.getMessage());
            }
        }
        try {
            return new BoardTemplate(strip(raw.id()), strip(raw.name()), strip(raw.description()), lanes);
        } catch (IllegalArgumentException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    /** Case and surrounding spaces are forgiven: people write these files by hand. */
    private static Optional<LaneRole> parseRole(String name) {
        String wanted = name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(LaneRole.values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    /**
     * Strict UTF-8, BOM dropped (Windows Notepad writes one). Decoded here rather than by Jackson so that a file
     * saved as Shift_JIS, common in Japanese offices, gets a message that says so instead of a confusing one.
     */
    private static String decode(byte[] bytes) throws Unreadable {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Unreadable("文字コードが UTF-8 ではありません（Shift_JIS などで保存されていませんか）");
        }
    }

    private static Unreadable syntaxError(JsonParseException e) {
        return new Unreadable("JSON の書き方に誤りがあります（" + e.getLocation().getLineNr() + "行目、"
                + e.getLocation().getColumnNr() + "文字目付近）");
    }

    /** 「lanes」の2番目の「title」 for Jackson's path to the value it could not map. */
    private static String describe(List<JsonMappingException.Reference> path) {
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                s.append(s.isEmpty() ? "" : "の").append("「").append(ref.getFieldName()).append("」");
            } else if (ref.getIndex() >= 0) {
                s.append(s.isEmpty() ? "" : "の").append(ref.getIndex() + 1).append("番目");
            }
        }
        return s.toString();
    }

    /** Trimmed as every one-line text of the app (zero width spaces and bidi controls too): a blank title is no title. */
    private static String strip(String s) {
        return Text.line(s);
    }
}
