package eu.cybersudoe.diagnostics.internal;

import eu.cybersudoe.companies.CompanyRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Figures about assessments for partner staff: counts, anonymised aggregates, and the assessments of their companies. */
@Service
public class DiagnosticsOffice {

    /** The fewest companies an aggregate must hold to be shown. */
    public static final int THRESHOLD = PeerComparison.MINIMUM;

    /** Assessments per page of the list. */
    public static final int PAGE_SIZE = 25;

    private final AssessmentTable table;
    private final CompanyRegistry registry;

    DiagnosticsOffice(AssessmentTable table, CompanyRegistry registry) {
        this.table = table;
        this.registry = registry;
    }

    /**
     * Completed assessments per questionnaire code.
     *
     * @param partnerId the partner answering for the companies' regions, or null for the whole network
     */
    @Transactional(readOnly = true)
    public Map<String, Long> completedByQuestionnaire(String partnerId) {
        return table.completedByQuestionnaire(partnerId);
    }

    /** What the aggregates are broken down by. */
    public enum Breakdown {
        REGION, SECTOR, SIZE, ALL;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Breakdown of(String code) {
            return java.util.Arrays.stream(values()).filter(b -> b.code().equals(code)).findFirst().orElse(REGION);
        }
    }

    /**
     * A group of companies and their mean latest score; a part it is not broken down by is null,
     * as is one the companies did not give.
     */
    public record Cell(String region, String sector, String size, int companies, int meanScore) {
    }

    /** The groups shown, and how many were left out for holding fewer than {@value #THRESHOLD} companies. */
    public record Aggregates(List<Cell> shown, int suppressed) {
    }

    /**
     * The latest score of each company with a questionnaire, grouped; every group of fewer than
     * {@value #THRESHOLD} companies is suppressed (neither its count nor its mean is given), and no
     * total is given from which a suppressed group could be worked out.
     */
    @Transactional(readOnly = true)
    public Aggregates aggregates(String questionnaire, Breakdown by) {
        Map<List<String>, long[]> groups = new LinkedHashMap<>();
        for (AssessmentTable.Aggregate cell : table.aggregates(questionnaire)) {
            List<String> key = java.util.Arrays.asList(
                    by == Breakdown.REGION || by == Breakdown.ALL ? cell.region() : null,
                    by == Breakdown.SECTOR || by == Breakdown.ALL ? cell.sector() : null,
                    by == Breakdown.SIZE || by == Breakdown.ALL ? cell.size() : null);
            long[] sums = groups.computeIfAbsent(key, k -> new long[2]);
            sums[0] += cell.companies();
            sums[1] += cell.totalScore();
        }
        List<Cell> shown = new ArrayList<>();
        int suppressed = 0;
        for (Map.Entry<List<String>, long[]> group : groups.entrySet()) {
            long companies = group.getValue()[0];
            if (companies < THRESHOLD) {
                suppressed++;
                continue;
            }
            List<String> key = group.getKey();
            shown.add(new Cell(key.get(0), key.get(1), key.get(2), (int) companies,
                    (int) Math.round(group.getValue()[1] / (double) companies)));
        }
        shown.sort(Comparator.comparing((Cell c) -> Objects.toString(c.region(), "~"))
                .thenComparing(c -> Objects.toString(c.sector(), "~")).thenComparing(c -> Objects.toString(c.size(), "~")));
        return new Aggregates(List.copyOf(shown), suppressed);
    }

    /** An assessment of the list, with its company's name. */
    public record Listed(Assessment assessment, String companyName) {
    }

    /** A page of the list. */
    public record AssessmentPage(List<Listed> rows, long total, int page) {

        public int pageCount() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasNext() {
            return page < pageCount();
        }

        public boolean hasPrevious() {
            return page > 1;
        }
    }

    /**
     * The assessments of companies a partner brought or served, newest first.
     *
     * @param partnerId the partner, or null for every company (network admins acting for none)
     * @param page      from 1; a page past the end is the last
     */
    @Transactional(readOnly = true)
    public AssessmentPage assessmentsKnownBy(String partnerId, int page) {
        long total = table.countOfCompaniesKnownBy(partnerId);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<Listed> rows = table.ofCompaniesKnownBy(partnerId, (shown - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(a -> new Listed(a, registry.find(a.company()).map(CompanyRegistry.OrganisationSummary::legalName)
                        .orElse("")))
                .toList();
        return new AssessmentPage(rows, total, shown);
    }
}
