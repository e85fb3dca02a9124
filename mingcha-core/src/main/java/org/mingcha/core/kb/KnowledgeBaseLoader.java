package org.mingcha.core.kb;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.mingcha.core.resource.YamlResources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * Loads the knowledge base YAML resources into records, validating each file against its JSON Schema
 * ({@code org/mingcha/kb/schema/<kind>.schema.json}) and then checking what a schema cannot: ids are unique
 * and every guide clause, PI category, sensitive API and permission a file refers to exists. Every problem is
 * a {@link KnowledgeBaseException} naming the file, the entry and the key.
 */
final class KnowledgeBaseLoader {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBaseLoader.class);

    static final String BUNDLED_ROOT = "org/mingcha/kb/";
    static final String INDEX = "kb.yaml";
    private static final String SCHEMA_ROOT = BUNDLED_ROOT + "schema/";

    /** The file kinds kb.yaml lists; the name is the top-level key of the file and the schema's base name. */
    enum FileKind {
        GUIDE_CLAUSES("guide_clauses", "id"),
        VIOLATION_CATEGORIES("violation_categories", "id"),
        PI_CATEGORIES("pi_categories", "key"),
        PERMISSIONS("permissions", "name"),
        SENSITIVE_APIS("sensitive_apis", "id"),
        SDKS("sdks", "id"),
        PI_TYPES("pi_types", "id"),
        SERVICE_TYPES("service_types", "id");

        final String key;
        final String idKey;

        FileKind(String key, String idKey) {
            this.key = key;
            this.idKey = idKey;
        }

        static Optional<FileKind> of(String key) {
            for (FileKind kind : values()) {
                if (kind.key.equals(key)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** Where the files are: the classpath for the bundled knowledge base, a directory for tests and overrides. */
    interface Source {
        /** Opens a knowledge base file by its name relative to the root; {@link NoSuchFileException} if absent. */
        InputStream open(String name) throws IOException;

        /** The file name as error messages show it. */
        String describe(String name);

        /** The syntax of what {@link #open} returns. */
        default JsonFactory syntax() {
            return YamlResources.yamlFactory();
        }
    }

    /**
     * Streaming parser only: building trees without an ObjectMapper keeps databind's start-up cost out of every
     * CLI start (measured: about 150 ms of CPU on a cold JVM).
     */
    private static final JsonFactory JSON = new JsonFactory();

    /** Where {@link KnowledgeBaseCompiler} writes the bundled files as JSON, relative to {@link #BUNDLED_ROOT}. */
    static final String COMPILED_DIR = "compiled/";

    /** Forces schema validation of the bundled knowledge base, which tests otherwise guarantee at build time. */
    static final String VALIDATE_PROPERTY = "mingcha.kb.validate";

    private KnowledgeBaseLoader() {
    }

    /**
     * The bundled files are immutable build output whose schema validity {@code KnowledgeBaseLoaderTest} proves
     * on every build, so a CLI start skips the JSON Schema pass (about 200 ms of CPU on a cold JVM) unless
     * {@value #VALIDATE_PROPERTY} is set; ids and references are still checked.
     */
    static KnowledgeBase loadBundled() {
        long start = System.nanoTime();
        boolean validate = Boolean.getBoolean(VALIDATE_PROPERTY);
        // The JSON the build compiled from the YAML parses in a third of the time on a cold JVM (measured: 55 vs
        // 175 ms of CPU for the whole knowledge base); a build without that step still reads the YAML.
        Source source = !validate && CompiledSource.present() ? new CompiledSource(BUNDLED_ROOT)
                : new ClasspathSource(BUNDLED_ROOT);
        KnowledgeBase kb = load(source, validate);
        LOG.debug("knowledge base {} loaded in {} ms", kb.version(), (System.nanoTime() - start) / 1_000_000);
        return kb;
    }

    static KnowledgeBase load(Path directory) {
        return load(new DirectorySource(directory), true);
    }

    /** The index and every file it lists, by file name, as parsed trees: what {@link KnowledgeBaseCompiler} writes. */
    static Map<String, JsonNode> trees(Path directory) {
        Source source = new DirectorySource(directory);
        Map<String, JsonNode> trees = new LinkedHashMap<>();
        JsonNode index = read(source, INDEX, new Lines());
        trees.put(INDEX, index);
        for (JsonNode file : index.path("files")) {
            String path = file.path("path").asText();
            trees.put(path, read(source, path, new Lines()));
        }
        return trees;
    }

    static KnowledgeBase loadBundledValidated() {
        return load(new ClasspathSource(BUNDLED_ROOT), true);
    }

    static KnowledgeBase load(Source source, boolean validateSchemas) {
        Lines lines = new Lines();
        JsonNode index = read(source, INDEX, lines);
        if (validateSchemas) {
            validate(source.describe(INDEX), index, lines, Schemas.INSTANCE.index(), "files", "kind");
        }
        String version = index.path("version").asText();
        Map<FileKind, String> paths = new EnumMap<>(FileKind.class);
        for (JsonNode file : index.path("files")) {
            FileKind kind = FileKind.of(file.path("kind").asText())
                    .orElseThrow(() -> new KnowledgeBaseException(source.describe(INDEX),
                            "key 'files': unknown kind '" + file.path("kind").asText() + "'"));
            if (paths.put(kind, file.path("path").asText()) != null) {
                throw new KnowledgeBaseException(source.describe(INDEX),
                        "entry '" + kind.key + "': key 'kind': listed twice");
            }
        }
        for (FileKind kind : FileKind.values()) {
            if (!paths.containsKey(kind)) {
                throw new KnowledgeBaseException(source.describe(INDEX),
                        "key 'files': no file of kind '" + kind.key + "'");
            }
        }

        // The guide clauses are the largest file (long Chinese texts): on a cold JVM parsing them beside the
        // other files uses the second core instead of adding to every CLI start.
        Lines clauseLines = new Lines();
        FutureTask<JsonNode> clauseFile = new FutureTask<>(
                () -> read(source, paths.get(FileKind.GUIDE_CLAUSES), clauseLines));
        Thread background = new Thread(clauseFile, "mingcha-kb-loader");
        background.setDaemon(true);
        background.start();
        Map<FileKind, JsonNode> entries = new EnumMap<>(FileKind.class);
        List<FileKind> order = new ArrayList<>(List.of(FileKind.values()));
        order.remove(FileKind.GUIDE_CLAUSES);
        order.add(FileKind.GUIDE_CLAUSES);
        for (FileKind kind : order) {
            String path = paths.get(kind);
            JsonNode root = kind == FileKind.GUIDE_CLAUSES ? join(clauseFile) : read(source, path, lines);
            if (validateSchemas) {
                validate(source.describe(path), root, kind == FileKind.GUIDE_CLAUSES ? clauseLines : lines,
                        Schemas.INSTANCE.of(kind), kind.key, kind.idKey);
            }
            entries.put(kind, root.path(kind.key));
        }

        List<GuideClause> clauses = map(entries.get(FileKind.GUIDE_CLAUSES), KnowledgeBaseLoader::clause);
        List<ViolationCategory> categories = map(entries.get(FileKind.VIOLATION_CATEGORIES),
                KnowledgeBaseLoader::category);
        List<PiCategory> piCategories = map(entries.get(FileKind.PI_CATEGORIES), KnowledgeBaseLoader::piCategory);
        List<PermissionInfo> permissions = map(entries.get(FileKind.PERMISSIONS), KnowledgeBaseLoader::permission);
        List<SensitiveApi> apis = map(entries.get(FileKind.SENSITIVE_APIS), KnowledgeBaseLoader::sensitiveApi);
        List<SdkSignature> sdks = map(entries.get(FileKind.SDKS), KnowledgeBaseLoader::sdk);
        List<PiType> piTypes = map(entries.get(FileKind.PI_TYPES), KnowledgeBaseLoader::piType);
        List<ServiceType> serviceTypes = map(entries.get(FileKind.SERVICE_TYPES), KnowledgeBaseLoader::serviceType);

        lines.addAll(clauseLines);
        References refs = new References(source, paths, entries, lines);
        Set<String> clauseIds = refs.unique(FileKind.GUIDE_CLAUSES, clauses, GuideClause::id);
        refs.unique(FileKind.VIOLATION_CATEGORIES, categories, ViolationCategory::id);
        Set<String> piKeys = refs.unique(FileKind.PI_CATEGORIES, piCategories, PiCategory::key);
        Set<String> permissionNames = refs.unique(FileKind.PERMISSIONS, permissions, PermissionInfo::name);
        Set<String> apiIds = refs.unique(FileKind.SENSITIVE_APIS, apis, SensitiveApi::id);
        refs.unique(FileKind.SDKS, sdks, SdkSignature::id);

        for (ViolationCategory c : categories) {
            refs.resolve(FileKind.VIOLATION_CATEGORIES, c.id(), "guide_refs", c.guideRefs(), clauseIds,
                    "guide clause");
        }
        for (PermissionInfo p : permissions) {
            refs.resolve(FileKind.PERMISSIONS, p.name(), "guide_refs", p.guideRefs(), clauseIds, "guide clause");
            refs.resolve(FileKind.PERMISSIONS, p.name(), "pi_categories", p.piCategories(), piKeys, "PI category");
            refs.resolve(FileKind.PERMISSIONS, p.name(), "sensitive_api_ids", p.sensitiveApiIds(), apiIds,
                    "sensitive API");
        }
        for (SensitiveApi a : apis) {
            refs.resolve(FileKind.SENSITIVE_APIS, a.id(), "guide_refs", a.guideRefs(), clauseIds, "guide clause");
            if (!a.piCategory().isEmpty()) {
                refs.resolve(FileKind.SENSITIVE_APIS, a.id(), "pi_category", List.of(a.piCategory()), piKeys,
                        "PI category");
            }
            if (!a.permission().isEmpty()) {
                refs.resolve(FileKind.SENSITIVE_APIS, a.id(), "permission", List.of(a.permission()), permissionNames,
                        "permission");
            }
        }
        refs.uniquePrefixes(sdks);
        refs.unique(FileKind.PI_TYPES, piTypes, PiType::id);
        refs.unique(FileKind.SERVICE_TYPES, serviceTypes, ServiceType::id);
        Map<String, String> typeOfApi = new HashMap<>();
        for (PiType t : piTypes) {
            refs.resolve(FileKind.PI_TYPES, t.id(), "category", List.of(t.category()), piKeys, "PI category");
            refs.resolve(FileKind.PI_TYPES, t.id(), "sensitive_api_ids", t.sensitiveApiIds(), apiIds, "sensitive API");
            refs.resolve(FileKind.PI_TYPES, t.id(), "permissions", t.permissions(), permissionNames, "permission");
            for (String api : t.sensitiveApiIds()) {
                String previous = typeOfApi.putIfAbsent(api, t.id());
                if (previous != null) {
                    throw new KnowledgeBaseException(refs.file(FileKind.PI_TYPES), "entry '" + t.id() + "'"
                            + refs.line(FileKind.PI_TYPES, t.id()) + ": key 'sensitive_api_ids': API '" + api
                            + "' already belongs to PI type '" + previous + "'");
                }
            }
        }
        return new KnowledgeBase(version, clauses, categories, piCategories, permissions, apis, sdks, piTypes,
                serviceTypes);
    }

    // ---- reading and schema validation ----

    private static JsonNode join(FutureTask<JsonNode> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the knowledge base", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The line each parsed object starts on, for error messages. */
    private static final class Lines {
        private final Map<JsonNode, Integer> byNode = new IdentityHashMap<>();

        void put(JsonNode node, int line) {
            byNode.put(node, line);
        }

        void addAll(Lines other) {
            byNode.putAll(other.byNode);
        }

        String of(JsonNode node) {
            Integer line = byNode.get(node);
            return line == null || line < 1 ? "" : " (line " + line + ")";
        }
    }

    private static JsonNode read(Source source, String name, Lines lines) {
        String file = source.describe(name);
        try (InputStream in = source.open(name); JsonParser parser = source.syntax().createParser(in)) {
            if (parser.nextToken() == null) {
                throw new KnowledgeBaseException(file, "file is empty");
            }
            return tree(parser, lines);
        } catch (NoSuchFileException e) {
            throw new KnowledgeBaseException(file, "file not found");
        } catch (JacksonException e) {
            throw new KnowledgeBaseException(file, "not valid YAML: " + firstLine(e.getOriginalMessage())
                    + locationOf(e), e);
        } catch (IOException e) {
            throw new KnowledgeBaseException(file, "cannot be read: " + firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    private static JsonNode tree(JsonParser p, Lines lines) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                lines.put(object, p.currentTokenLocation().getLineNr());
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    object.set(key, tree(p, lines));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(p, lines));
                }
                yield array;
            }
            case VALUE_NUMBER_INT -> nodes.numberNode(p.getLongValue());
            case VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> BooleanNode.TRUE;
            case VALUE_FALSE -> BooleanNode.FALSE;
            case VALUE_NULL -> NullNode.getInstance();
            default -> TextNode.valueOf(p.getText());
        };
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                : " (line " + e.getLocation().getLineNr() + ")";
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /**
     * Validates against the schema and reports the first problem in document order, naming the entry by its id
     * when the problem lies inside an entry of the list under {@code listKey}.
     */
    private static void validate(String file, JsonNode root, Lines lines, JsonSchema schema, String listKey,
                                 String idKey) {
        Set<ValidationMessage> messages = schema.validate(root);
        if (messages.isEmpty()) {
            return;
        }
        ValidationMessage first = messages.stream()
                .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation())
                        .thenComparing(ValidationMessage::getType))
                .orElseThrow();
        throw new KnowledgeBaseException(file, describe(first, root, lines, listKey, idKey));
    }

    private static String describe(ValidationMessage m, JsonNode root, Lines lines, String listKey, String idKey) {
        var path = m.getInstanceLocation();
        StringBuilder where = new StringBuilder();
        int keyStart = 0;
        if (path.getNameCount() >= 2 && listKey.equals(path.getName(0)) && path.getElement(1) instanceof Integer i) {
            JsonNode entry = root.path(listKey).path(i);
            JsonNode id = entry.path(idKey);
            where.append("entry ").append(id.isValueNode() ? "'" + id.asText() + "'" : "#" + (i + 1))
                    .append(lines.of(entry)).append(": ");
            keyStart = 2;
        }
        String key;
        String type = m.getType();
        if (("additionalProperties".equals(type) || "required".equals(type)) && m.getProperty() != null) {
            StringBuilder k = new StringBuilder();
            for (int n = keyStart; n < path.getNameCount(); n++) {
                k.append(path.getName(n)).append('.');
            }
            key = k.append(m.getProperty()).toString();
        } else {
            StringBuilder k = new StringBuilder();
            for (int n = keyStart; n < path.getNameCount(); n++) {
                Object element = path.getElement(n);
                if (element instanceof Integer idx) {
                    k.append('[').append(idx).append(']');
                } else {
                    k.append(k.isEmpty() ? "" : ".").append(element);
                }
            }
            key = k.toString();
        }
        String problem = switch (type) {
            case "additionalProperties" -> "unknown key";
            case "required" -> "missing";
            default -> firstLine(m.getError() == null ? m.getMessage() : m.getError());
        };
        return where + (key.isEmpty() ? "" : "key '" + key + "': ") + problem;
    }

    /** Parsed once, on first validating load. */
    private static final class Schemas {
        static final Schemas INSTANCE = new Schemas();
        private static final ObjectMapper JSON = new ObjectMapper();
        private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .locale(Locale.ROOT)
                .pathType(com.networknt.schema.PathType.JSON_POINTER)
                .build();

        JsonSchema index() {
            return load("kb");
        }

        JsonSchema of(FileKind kind) {
            return load(kind.key);
        }

        private JsonSchema load(String name) {
            String resource = SCHEMA_ROOT + name + ".schema.json";
            try (InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new KnowledgeBaseException(resource, "schema missing from the build");
                }
                return factory.getSchema(JSON.readTree(in), config);
            } catch (IOException e) {
                throw new KnowledgeBaseException(resource, "schema cannot be read", e);
            }
        }
    }

    // ---- mapping to records ----

    private static <T> List<T> map(JsonNode list, Function<JsonNode, T> mapping) {
        List<T> out = new ArrayList<>(list.size());
        for (JsonNode entry : list) {
            out.add(mapping.apply(entry));
        }
        return out;
    }

    private static GuideClause clause(JsonNode n) {
        return new GuideClause(text(n, "id"), text(n, "section"), text(n, "section_title"), text(n, "text_zh"),
                text(n, "gloss_en"), text(n, "level"), text(n, "how_checkable"));
    }

    private static ViolationCategory category(JsonNode n) {
        return new ViolationCategory(text(n, "id"), text(n, "source"), text(n, "title_zh"), text(n, "gloss_en"),
                strings(n, "guide_refs"));
    }

    private static PiCategory piCategory(JsonNode n) {
        return new PiCategory(text(n, "key"), text(n, "name_zh"), text(n, "name_en"), text(n, "examples_zh"),
                n.path("sensitive").asBoolean());
    }

    private static PermissionInfo permission(JsonNode n) {
        return new PermissionInfo(text(n, "name"), text(n, "group"), text(n, "protection_level"),
                n.path("added_api").asInt(0), n.path("runtime_prompt").asBoolean(), strings(n, "pi_categories"),
                strings(n, "sensitive_api_ids"), strings(n, "guide_refs"), text(n, "grants_en"), text(n, "notes"));
    }

    private static SensitiveApi sensitiveApi(JsonNode n) {
        return new SensitiveApi(text(n, "id"), text(n, "class_name"), text(n, "member"),
                SensitiveApi.Kind.valueOf(text(n, "kind")), strings(n, "descriptors"), text(n, "value"),
                text(n, "pi_category"), text(n, "pi_item"), n.path("sensitive_pi").asBoolean(),
                text(n, "permission"), strings(n, "guide_refs"), text(n, "source"));
    }

    private static SdkSignature sdk(JsonNode n) {
        return new SdkSignature(text(n, "id"), text(n, "name_zh"), text(n, "name_en"), text(n, "vendor"),
                text(n, "category"), text(n, "region"), strings(n, "package_prefixes"),
                strings(n, "native_libraries"), strings(n, "manifest_components"), strings(n, "network_hosts"),
                text(n, "privacy_policy_url"), strings(n, "typical_pi"), strings(n, "maven_coordinates"),
                strings(n, "aliases_zh"), strings(n, "aliases_en"));
    }

    private static PiType piType(JsonNode n) {
        return new PiType(text(n, "id"), text(n, "category"), text(n, "name_zh"), text(n, "name_en"),
                n.path("sensitive").asBoolean(),
                strings(n, "sensitive_api_ids"), strings(n, "permissions"), strings(n, "declared_by"),
                strings(n, "vaguely_declared_by"));
    }

    private static ServiceType serviceType(JsonNode n) {
        List<ServiceType.NecessaryPi> necessary = new ArrayList<>();
        for (JsonNode item : n.path("necessary_pi")) {
            necessary.add(new ServiceType.NecessaryPi(text(item, "text_zh"), strings(item, "tags"),
                    strings(item, "items")));
        }
        return new ServiceType(text(n, "id"), n.path("number").asInt(), text(n, "number_zh"), text(n, "name_zh"),
                text(n, "name_en"), text(n, "basic_function_zh"), text(n, "text_zh"),
                n.path("no_pi_needed").asBoolean(), necessary, strings(n, "keywords_zh"), strings(n, "keywords_en"));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? "" : v.asText();
    }

    private static List<String> strings(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || !v.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(v.size());
        v.forEach(e -> out.add(e.asText()));
        return out;
    }

    // ---- cross-file checks ----

    private record References(Source source, Map<FileKind, String> paths, Map<FileKind, JsonNode> entries,
                              Lines lines) {

        <T> Set<String> unique(FileKind kind, List<T> items, Function<T, String> id) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                String key = id.apply(items.get(i));
                if (!seen.add(key)) {
                    throw new KnowledgeBaseException(file(kind), "entry '" + key + "'"
                            + lines.of(entries.get(kind).get(i)) + ": key '" + kind.idKey + "': duplicate id");
                }
            }
            return seen;
        }

        void resolve(FileKind kind, String entry, String key, Collection<String> refs, Set<String> known,
                     String what) {
            for (String ref : refs) {
                if (!known.contains(ref)) {
                    throw new KnowledgeBaseException(file(kind), "entry '" + entry + "'" + line(kind, entry)
                            + ": key '" + key + "': unknown " + what + " '" + ref + "'");
                }
            }
        }

        /** Longest-prefix matching needs each prefix to name one SDK. */
        void uniquePrefixes(List<SdkSignature> sdks) {
            Map<String, String> owner = new LinkedHashMap<>();
            for (SdkSignature sdk : sdks) {
                for (String prefix : sdk.packagePrefixes()) {
                    String previous = owner.putIfAbsent(prefix, sdk.id());
                    if (previous != null && !previous.equals(sdk.id())) {
                        throw new KnowledgeBaseException(file(FileKind.SDKS), "entry '" + sdk.id() + "'"
                                + line(FileKind.SDKS, sdk.id()) + ": key 'package_prefixes': prefix '" + prefix
                                + "' already belongs to SDK '" + previous + "'");
                    }
                }
            }
        }

        String line(FileKind kind, String id) {
            for (JsonNode entry : entries.get(kind)) {
                if (id.equals(entry.path(kind.idKey).asText())) {
                    return lines.of(entry);
                }
            }
            return "";
        }

        String file(FileKind kind) {
            return source.describe(paths.get(kind));
        }
    }

    // ---- sources ----

    private record ClasspathSource(String root) implements Source {
        @Override
        public InputStream open(String name) throws IOException {
            InputStream in = KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(root + name);
            if (in == null) {
                throw new NoSuchFileException(root + name);
            }
            return in;
        }

        @Override
        public String describe(String name) {
            return root + name;
        }
    }

    /** The bundled files as JSON; messages name the YAML file each was compiled from. */
    private record CompiledSource(String root) implements Source {
        static boolean present() {
            return KnowledgeBaseLoader.class.getClassLoader().getResource(BUNDLED_ROOT + COMPILED_DIR + INDEX + ".json")
                    != null;
        }

        @Override
        public InputStream open(String name) throws IOException {
            return new ClasspathSource(root + COMPILED_DIR).open(name + ".json");
        }

        @Override
        public String describe(String name) {
            return root + name;
        }

        @Override
        public JsonFactory syntax() {
            return JSON;
        }
    }

    private record DirectorySource(Path directory) implements Source {
        @Override
        public InputStream open(String name) throws IOException {
            return Files.newInputStream(directory.resolve(name));
        }

        @Override
        public String describe(String name) {
            return directory.resolve(name).toString();
        }
    }
}
