package com.newsdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.newsdesk.domain.article.Article;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domain is plain Java: no Spring, JPA, Jackson, Bean Validation or Lombok may reach its compiled classes. Reads
 * every class file's constant pool, where the JVM keeps every class, field type, method signature and annotation a
 * class refers to, including those used only inside method bodies, which reflection would not show.
 */
class DomainStaysPlainJavaTest {

    /** Internal (slash-separated) name prefixes of the frameworks the domain must not know. */
    private static final List<String> FORBIDDEN = List.of(
            "org/springframework/",
            "jakarta/",
            "javax/persistence/",
            "javax/validation/",
            "javax/inject/",
            "com/fasterxml/",
            "tools/jackson/",
            "org/hibernate/",
            "lombok/");

    @Test
    void noMainClassRefersToAFramework() throws IOException {
        Path classes = directoryOf(Article.class);
        Map<String, Set<String>> offences = new TreeMap<>();
        List<Path> files = classFiles(classes);

        for (Path file : files) {
            Set<String> found = references(file, FORBIDDEN);
            if (!found.isEmpty()) {
                offences.put(classes.relativize(file).toString(), found);
            }
        }

        assertThat(files)
                .as("the main classes of article-domain, from %s", classes)
                .hasSizeGreaterThan(60)
                .contains(classes.resolve("com/newsdesk/domain/article/Article.class"));
        assertThat(offences).as("framework types in the domain's classes").isEmpty();
    }

    @Test
    void theScanSeesTypesThatOnlyMethodBodiesUse() throws IOException {
        // This test class refers to JUnit and AssertJ; the scan must see it, or the rule above proves nothing.
        Path self = directoryOf(DomainStaysPlainJavaTest.class)
                .resolve(DomainStaysPlainJavaTest.class.getName().replace('.', '/') + ".class");

        assertThat(references(self, List.of("org/junit/", "org/assertj/")))
                .anyMatch(s -> s.contains("org/junit/jupiter/api/Test"))
                .anyMatch(s -> s.contains("org/assertj/core/api/Assertions"));
        Path article = directoryOf(Article.class).resolve("com/newsdesk/domain/article/Article.class");
        assertThat(references(article, List.of("java/time/", "com/newsdesk/domain/calendar/")))
                .contains("java/time/Instant", "com/newsdesk/domain/calendar/DateSpan");
    }

    private static Path directoryOf(Class<?> type) {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> classFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    /** The constant-pool strings of {@code classFile} that mention any of {@code prefixes}. */
    private static Set<String> references(Path classFile, List<String> prefixes) {
        Set<String> found = new TreeSet<>();
        for (String constant : utf8Constants(classFile)) {
            for (String prefix : prefixes) {
                if (constant.startsWith(prefix) || constant.contains("L" + prefix) || constant.contains("[" + prefix)) {
                    found.add(constant);
                }
            }
        }
        return found;
    }

    /**
     * Every CONSTANT_Utf8 of a class file (JVMS §4.4): class names, descriptors and signatures all live there. The
     * other entries are skipped by their fixed sizes; longs and doubles take two slots.
     */
    private static List<String> utf8Constants(Path classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalStateException(classFile + " is not a class file");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            List<String> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: // Utf8, in the JVM's modified UTF-8, which readUTF reads
                        strings.add(in.readUTF());
                        break;
                    case 7: // Class
                    case 8: // String
                    case 16: // MethodType
                    case 19: // Module
                    case 20: // Package
                        in.skipBytes(2);
                        break;
                    case 15: // MethodHandle
                        in.skipBytes(3);
                        break;
                    case 3: // Integer
                    case 4: // Float
                    case 9: // Fieldref
                    case 10: // Methodref
                    case 11: // InterfaceMethodref
                    case 12: // NameAndType
                    case 17: // Dynamic
                    case 18: // InvokeDynamic
                        in.skipBytes(4);
                        break;
                    case 5: // Long
                    case 6: // Double
                        in.skipBytes(8);
                        i++;
                        break;
                    default:
                        throw new IllegalStateException("unknown constant tag " + tag + " in " + classFile);
                }
            }
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
