package ru.rostok;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A feature uses another only through its service, never its tables: no native SQL of a feature names a table that
 * another feature owns. A table belongs to the feature whose entity maps it.
 */
class TableOwnershipTest {
    static final Path SOURCES = Path.of("src/main/java/ru/rostok");
    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** Tables no entity maps, kept by native SQL only: the feature the migration creating them is named after. */
    static final Map<String, String> UNMAPPED = Map.of("analysis_school", "analysis");

    /** The registry of territories and schools: every feature joins these to filter by the caller's scope and show names. */
    static final Set<String> REGISTRY = Set.of("region", "municipality", "school");

    /** The seeding feature writes every feature's tables. */
    static final Set<String> EXEMPT_FEATURES = Set.of("demo");

    /**
     * Reads of other features' tables left as they are, each for its reason. The analysis reads a whole campaign's
     * values in one pass (binary COPY, tens of thousands of schools) and stamps the data it read; the values import
     * writes one audit row per touched submission in the same statement that upserts the values.
     */
    static final Set<String> KNOWN = Set.of(
            "analysis -> campaign_indicator", "analysis -> campaign_school", "analysis -> indicator", "analysis -> indicator_value",
            "analysis -> submission", "monitoring -> audit_event");

    static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    static final Pattern TABLE_AFTER = Pattern.compile("(?i:\\b(?:from|join|into|update))\\s+([a-z_][a-z0-9_]*)\\b");
    static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    static Map<String, String> owners;

    @BeforeAll
    static void ownersFromEntities() {
        owners = new TreeMap<>(UNMAPPED);
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("ru.rostok")) {
            if (!c.getPackageName().startsWith("ru.rostok.")) {
                continue;
            }
            String feature = featureOf(c.getPackageName());
            c.tryGetAnnotationOfType(Table.class).ifPresent(t -> owners.put(t.name(), feature));
            for (JavaField f : c.getFields()) {
                f.tryGetAnnotationOfType(CollectionTable.class).ifPresent(t -> owners.put(t.name(), feature));
                f.tryGetAnnotationOfType(JoinTable.class).ifPresent(t -> owners.put(t.name(), feature));
            }
        }
    }

    static String featureOf(String packageName) {
        String rest = packageName.substring("ru.rostok.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void everyTableHasAnOwningFeature() throws IOException {
        Set<String> unowned = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path sql : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE_TABLE.matcher(Files.readString(sql));
                while (m.find()) {
                    if (!owners.containsKey(m.group(1))) {
                        unowned.add(m.group(1) + " (" + sql.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(unowned).as("tables no entity maps: map them, or name their feature in UNMAPPED").isEmpty();
    }

    @Test
    void noFeatureNamesAnotherFeaturesTableInSql() throws IOException {
        List<String> foreign = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(source);
                if (relative.getNameCount() < 2 || EXEMPT_FEATURES.contains(relative.getName(0).toString())) {
                    continue;
                }
                String feature = relative.getName(0).toString();
                for (String literal : literals(Files.readString(source))) {
                    Matcher m = TABLE_AFTER.matcher(literal);
                    while (m.find()) {
                        String table = m.group(1);
                        String owner = owners.get(table);
                        if (owner == null || owner.equals(feature) || REGISTRY.contains(table)) {
                            continue;
                        }
                        String edge = feature + " -> " + table;
                        seen.add(edge);
                        if (!KNOWN.contains(edge)) {
                            foreign.add(relative + ": " + table + " (owned by " + owner + ")");
                        }
                    }
                }
            }
        }
        assertThat(foreign).as("native SQL on another feature's tables: call that feature's service instead").isEmpty();
        assertThat(KNOWN).as("known exceptions that no longer occur: remove them").isSubsetOf(seen);
    }

    /** The string literals of a Java source, text blocks included. */
    static List<String> literals(String java) {
        List<String> found = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(java);
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(java).replaceAll(""));
        while (strings.find()) {
            found.add(strings.group(1));
        }
        return found;
    }
}
