package eu.cybersudoe.companies;

import eu.cybersudoe.network.Country;
import eu.cybersudoe.shared.SqlDialect;
import eu.cybersudoe.testing.DatabaseTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The partner of a provenance row or a consent event stays a partner: on PostgreSQL, where those
 * rows have no foreign key to partners (imports write hundreds of thousands of them), a partner
 * can be neither deleted nor given another id; on H2 the foreign keys refuse it.
 */
@DatabaseTest
class PartnerReferencesTest {

    @Autowired
    CompanyRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    SqlDialect dialect;
    @PersistenceContext
    EntityManager entities;

    @Test
    void aPartnerThatBroughtACompanyCanBeNeitherDeletedNorRenamed() {
        assertThatThrownBy(() -> inRolledBackTransaction(() -> {
            partnerWithACompany("kept-partner-1");
            jdbc.sql("delete from partner where id = 'kept-partner-1'").update();
        })).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> inRolledBackTransaction(() -> {
            partnerWithACompany("kept-partner-2");
            jdbc.sql("update partner set id = 'kept-partner-3' where id = 'kept-partner-2'").update();
        })).isInstanceOf(DataAccessException.class);
        if (dialect.postgres()) {
            assertThatThrownBy(() -> inRolledBackTransaction(() -> {
                newPartner("kept-partner-4");
                jdbc.sql("delete from partner where id = 'kept-partner-4'").update();
            })).isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");
        }
        assertThat(jdbc.sql("select count(*) from partner where id like 'kept-partner-%'").query(Long.class).single()).isZero();
    }

    @Test
    void renamingOrDescribingAPartnerIsStillAllowed() {
        inRolledBackTransaction(() -> {
            partnerWithACompany("kept-partner-5");
            assertThat(jdbc.sql("update partner set name = 'Renamed' where id = 'kept-partner-5'").update()).isOne();
        });
    }

    private void partnerWithACompany(String partner) {
        newPartner(partner);
        assertThat(registry.register(CompanyRegistryTest.company("Atelier " + partner, Country.FR,
                CompanyRegistryTestSupport.uniqueSiren(), "63000", null, 3), partner)).isInstanceOf(Registration.Registered.class);
        entities.flush();
    }

    private void newPartner(String id) {
        jdbc.sql("insert into partner (id, name, short_name, country, city, description) values (?, ?, ?, 'FR', 'Lyon', '')")
                .params(id, "Partner " + id, id).update();
    }

    private void inRolledBackTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            work.run();
        });
    }
}
