package org.vademecum.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vademecum.diag.Diagnostics;
import org.vademecum.model.SiteConfig;

/** {@code offline: budget:} in site.yaml (issue 10): decimal sizes as a phone counts data; mistakes with a position. */
class OfflineBudgetTest {
    private static final String SITE = "title: T\nlanguage: fr\nbase_url: https://guide.fr/\ncontent_version: \"1\"\n"
            + "review_date: 2026-11-29\n";

    private static SiteConfig read(String yaml, Diagnostics d) {
        YamlNode node = YamlParser.parse(yaml, "content/site.yaml", 0, d).orElseThrow();
        MappingReader r = MappingReader.of(node, MappingKind.SITE, d).orElseThrow();
        SiteConfig config = new SiteConfigReader(d).read(r);
        r.finish();
        return config;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5 MB|5000000", "500 KB|500000", "2.5 Mo|2500000", "0 MB|0", "750 ko|750000",
            "12000 B|12000", "1MB|1000000"})
    void readsASizeAndItsUnit(String budget, long bytes) {
        Diagnostics d = new Diagnostics();
        assertEquals(bytes, read(SITE + "offline:\n  budget: " + budget + "\n", d).offlineBudget());
        assertFalse(d.hasErrors(), d.list().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "offline:\n  budget:\n"})
    void fiveMegabytesByDefault(String offline) {
        Diagnostics d = new Diagnostics();
        assertEquals(5_000_000, read(SITE + offline, d).offlineBudget());
        assertFalse(d.hasErrors(), d.list().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5", "-1 MB", "5 GB", "cinq Mo", "5,5 MB", "1e3 KB"})
    void anythingElseIsAnErrorAtTheValue(String budget) {
        Diagnostics d = new Diagnostics();
        assertEquals(SiteConfig.DEFAULT_OFFLINE_BUDGET, read(SITE + "offline:\n  budget: " + budget + "\n", d).offlineBudget());
        assertEquals(List.of("content/site.yaml:7:11: error: offline budget '" + budget + "' is not a size"),
                d.list().stream().map(x -> x.position() + ": error: " + x.message()).toList());
        assertEquals("write a number and a unit, KB or MB, e.g. budget: 5 MB (0 MB saves only the shell)", d.list().get(0).hint());
    }
}
