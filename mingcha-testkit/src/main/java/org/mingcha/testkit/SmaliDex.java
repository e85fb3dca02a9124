package org.mingcha.testkit;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.antlr.runtime.CommonTokenStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.antlr.runtime.TokenStream;
import org.antlr.runtime.tree.CommonTree;
import org.antlr.runtime.tree.CommonTreeNodeStream;
import org.antlr.runtime.tree.TreeNodeStream;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.writer.builder.DexBuilder;
import org.jf.dexlib2.writer.io.MemoryDataStore;
import org.jf.smali.InvalidToken;
import org.jf.smali.smaliFlexLexer;
import org.jf.smali.smaliParser;
import org.jf.smali.smaliTreeWalker;
import org.mingcha.core.scan.CorruptInputException;

/**
 * Assembles smali source texts into one DEX file in memory with smali's own lexer, parser and tree
 * walker, so no temporary files are written. A syntax or semantic error throws
 * {@link CorruptInputException} whose file is the source's name and whose message starts with the line.
 */
public final class SmaliDex {

    /** The API level the fixtures target unless told otherwise; DEX version 035. */
    public static final int DEFAULT_API_LEVEL = 21;

    private SmaliDex() {
    }

    /** One smali text with the name errors report (a file name or a label such as {@code <smali 1>}). */
    public record Source(String name, String text) {
        public Source {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a smali source needs a name");
            }
            if (text == null) {
                throw new IllegalArgumentException("smali source " + name + " has no text");
            }
        }
    }

    /** Assembles texts, each holding one class, named {@code <smali 1>}, {@code <smali 2>}… in errors. */
    public static byte[] assemble(String... smaliSources) {
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < smaliSources.length; i++) {
            sources.add(new Source("<smali " + (i + 1) + ">", smaliSources[i]));
        }
        return assembleSources(sources, DEFAULT_API_LEVEL);
    }

    public static byte[] assembleFiles(List<Path> smaliFiles) {
        List<Source> sources = new ArrayList<>();
        for (Path file : smaliFiles) {
            try {
                sources.add(new Source(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read smali file " + file, e);
            }
        }
        return assembleSources(sources, DEFAULT_API_LEVEL);
    }

    /** Assembles every {@code *.smali} under {@code dir}, in path order so the output is reproducible. */
    public static byte[] assembleDirectory(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(p -> p.getFileName().toString().endsWith(".smali"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new CorruptInputException(dir.toString(), "no .smali files in this directory");
            }
            return assembleFiles(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list smali directory " + dir, e);
        }
    }

    public static byte[] assembleSources(List<Source> sources, int apiLevel) {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no smali sources to assemble");
        }
        DexBuilder dexBuilder = new DexBuilder(Opcodes.forApi(apiLevel));
        for (Source source : sources) {
            assembleInto(dexBuilder, source, apiLevel);
        }
        MemoryDataStore store = new MemoryDataStore();
        try {
            dexBuilder.writeTo(store);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write DEX in memory", e);
        } catch (RuntimeException e) {
            throw new CorruptInputException(sources.get(0).name(),
                    "smali sources do not form a valid DEX file: " + oneLine(e));
        }
        return store.getData();
    }

    private static void assembleInto(DexBuilder dexBuilder, Source source, int apiLevel) {
        List<String> errors = new ArrayList<>();
        smaliFlexLexer lexer = new smaliFlexLexer(new StringReader(source.text()), apiLevel);
        lexer.setSuppressErrors(true);
        CommonTokenStream tokens = new CommonTokenStream(new RecordingTokenSource(lexer, errors));
        CollectingParser parser = new CollectingParser(tokens, errors);
        parser.setVerboseErrors(false);
        parser.setAllowOdex(false);
        parser.setApiLevel(apiLevel);
        smaliParser.smali_file_return result;
        try {
            result = parser.smali_file();
        } catch (RecognitionException e) {
            throw error(source, List.of(position(e) + parser.getErrorMessage(e, parser.getTokenNames())));
        }
        if (!errors.isEmpty()) {
            throw error(source, errors);
        }
        CommonTree tree = result.getTree();
        CommonTreeNodeStream nodes = new CommonTreeNodeStream(tree);
        nodes.setTokenStream(tokens);
        CollectingTreeWalker walker = new CollectingTreeWalker(nodes, errors);
        walker.setApiLevel(apiLevel);
        walker.setVerboseErrors(false);
        walker.setDexBuilder(dexBuilder);
        try {
            walker.smali_file();
        } catch (RecognitionException e) {
            errors.add(position(e) + walker.getErrorMessage(e, walker.getTokenNames()));
        } catch (RuntimeException e) {
            // dexlib2 rejects some semantic problems (register ranges, literal sizes) by throwing
            errors.add(oneLine(e));
        }
        if (!errors.isEmpty()) {
            throw error(source, errors);
        }
    }

    private static CorruptInputException error(Source source, List<String> errors) {
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
        return new CorruptInputException(source.name(), "invalid smali: " + errors.get(0) + more);
    }

    private static String position(RecognitionException e) {
        return "line " + e.line + ":" + (e.charPositionInLine + 1) + ": ";
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }

    /** Lexer errors travel as {@link InvalidToken}s; smali would print them, we record them instead. */
    private static final class RecordingTokenSource implements TokenSource {
        private final smaliFlexLexer lexer;
        private final List<String> errors;

        RecordingTokenSource(smaliFlexLexer lexer, List<String> errors) {
            this.lexer = lexer;
            this.errors = errors;
        }

        @Override
        public Token nextToken() {
            Token token = lexer.nextToken();
            if (token instanceof InvalidToken invalid) {
                errors.add("line " + invalid.getLine() + ":" + (invalid.getCharPositionInLine() + 1)
                        + ": " + invalid.getMessage() + " at '" + invalid.getText() + "'");
            }
            return token;
        }

        @Override
        public String getSourceName() {
            return lexer.getSourceName();
        }
    }

    private static final class CollectingParser extends smaliParser {
        private final List<String> errors;

        CollectingParser(TokenStream input, List<String> errors) {
            super(input);
            this.errors = errors;
        }

        @Override
        public void displayRecognitionError(String[] tokenNames, RecognitionException e) {
            errors.add(position(e) + getErrorMessage(e, tokenNames));
        }
    }

    private static final class CollectingTreeWalker extends smaliTreeWalker {
        private final List<String> errors;

        CollectingTreeWalker(TreeNodeStream input, List<String> errors) {
            super(input);
            this.errors = errors;
        }

        @Override
        public void displayRecognitionError(String[] tokenNames, RecognitionException e) {
            errors.add(position(e) + getErrorMessage(e, tokenNames));
        }
    }
}
