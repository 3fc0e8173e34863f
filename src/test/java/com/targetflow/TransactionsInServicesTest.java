package com.targetflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Transactions live in services: a controller turns a request into a call and the answer into a
 * response, and a page's reads happen in the feature's page service (UnitPages, PeoplePages …): no
 * controller opens a transaction, by annotation or by template.
 */
class TransactionsInServicesTest {

    private static final Path ROOT = Path.of("src", "main", "java", "com", "targetflow");

    @Test
    void controllersLeaveTransactionsToServices() throws IOException {
        Set<String> holding = new TreeSet<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith("Controller.java")).toList()) {
                String source = Files.readString(file);
                if (source.contains("@Transactional") || source.contains("TransactionTemplate")) {
                    holding.add(ROOT.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        assertThat(holding)
                .as("controllers opening transactions: move them into a service")
                .isEmpty();
    }
}
