package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.ConsentPurpose;
import eu.cybersudoe.companies.ConsentRecord;
import eu.cybersudoe.companies.LawfulBasis;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One consent given or withdrawn: never changed once written, except by erasure of the person. */
@Entity
@Table(name = "consent_event")
class ConsentEvent {

    /** What the source of an erased person's consent becomes. */
    static final String ERASED = "erased";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;
    private boolean granted;
    @Enumerated(EnumType.STRING)
    private LawfulBasis lawfulBasis;
    private String sourcePartnerId;
    private String source;
    private Instant recordedAt;
    private Long recordedBy;

    protected ConsentEvent() {
    }

    ConsentEvent(ConsentPurpose purpose, boolean granted, LawfulBasis lawfulBasis, String sourcePartnerId, String source,
                 Long recordedBy, Instant recordedAt) {
        this.purpose = purpose;
        this.granted = granted;
        this.lawfulBasis = lawfulBasis;
        this.sourcePartnerId = sourcePartnerId;
        this.source = source;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void erase() {
        source = ERASED;
        recordedBy = null;
    }

    ConsentRecord toRecord() {
        return new ConsentRecord(purpose, granted, lawfulBasis, sourcePartnerId, source, recordedAt);
    }
}
