package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.MemberStructure;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference file seeds a member structure once; what the pages change afterwards (its name,
 * city, removal) is never overwritten or brought back by a later start.
 */
@DatabaseTest
class MemberStructureSeedsTest {

    static final PartnerId CYBERMASSIF = new PartnerId("cybermassif");
    static final String SEEDS = "classpath:member-structure-seeds/";

    @Autowired
    MemberStructureSeeds seeds;
    @Autowired
    MemberStructureRegister register;
    @Autowired
    Network network;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    NetworkReferenceLoader loader;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The database may be kept between runs (PostgreSQL): the test's own seed starts unseen. */
    @org.junit.jupiter.api.BeforeEach
    void forgetTheTestSeed() {
        jdbc.sql("delete from member_structure_seed where reference_key = 'test-seed-aurillac'").update();
        jdbc.sql("delete from member_structure where partner_id = 'cybermassif' and name like '%Aurillac%'").update();
    }

    @Test
    void theFileSeedsOnceAndPageEditsSurviveLaterStarts() {
        assertThat(start()).containsExactly("test-seed-aurillac");
        MemberStructure seeded = register.of(CYBERMASSIF).stream().filter(s -> s.name().endsWith("(seed)")).findFirst().orElseThrow();
        assertThat(seeded.website()).isEqualTo("https://aurillac.example.org");
        assertThat(network.memberStructures(CYBERMASSIF)).extracting(MemberStructure::name).contains(seeded.name());

        transactions.executeWithoutResult(s -> register.update(CYBERMASSIF, seeded.id(),
                new MemberStructureRegister.Details("Centre numérique d'Aurillac", "Aurillac-Ville", "")));
        assertThat(start()).isEmpty();
        MemberStructure edited = register.find(CYBERMASSIF, seeded.id()).orElseThrow();
        assertThat(edited.name()).isEqualTo("Centre numérique d'Aurillac");
        assertThat(edited.city()).isEqualTo("Aurillac-Ville");
        assertThat(edited.website()).isNull();
        assertThat(register.of(CYBERMASSIF)).noneMatch(s -> s.name().endsWith("(seed)"));
        assertThat(network.memberStructures(CYBERMASSIF)).extracting(MemberStructure::name).contains("Centre numérique d'Aurillac");

        transactions.executeWithoutResult(s -> register.remove(CYBERMASSIF, seeded.id()));
        assertThat(start()).isEmpty();
        assertThat(register.of(CYBERMASSIF)).noneMatch(s -> s.name().contains("Aurillac"));
    }

    /** What a start does with the file: seeds what it never seeded, in the loader's transaction, then reads the tables. */
    private java.util.List<String> start() {
        java.util.List<String> seeded = transactions.execute(s -> seeds.seed(SEEDS));
        loader.refresh();
        return seeded;
    }
}
