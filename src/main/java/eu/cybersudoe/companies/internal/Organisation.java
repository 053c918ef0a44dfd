package eu.cybersudoe.companies.internal;

import eu.cybersudoe.companies.OrganisationKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * An organisation of the registry, with the partners that brought or served it. Its descriptive
 * fields are set through {@link OrganisationDetails}, which also derives the search key and the
 * priority-target flags, so they never disagree with what they are computed from.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** How a partner knows an organisation. */
    public enum Relation { BROUGHT, SERVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;
    private String legalName;
    private String tradeName;
    private String nameKey;
    private String country;
    private String identifierKind;
    private String identifier;
    private String vatNumber;
    private String address;
    private String postcode;
    private String city;
    private String nuts2;
    private String activityCode;
    private String naceClass;
    private String sectorTheme;
    private String sizeClass;
    private Integer employees;
    private Integer creationYear;
    private boolean womanLed;
    private boolean micro;
    private boolean prioritySector;
    private boolean youngWomanLed;
    private String website;
    private String tags;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "organisation_partner", joinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Provenance> provenance = new HashSet<>();

    protected Organisation() {
    }

    Organisation(OrganisationKind kind, OrganisationDetails details, Instant now) {
        this.kind = kind;
        this.createdAt = now;
        apply(details, now);
    }

    /** Replaces the descriptive fields; derived fields follow. */
    void apply(OrganisationDetails details, Instant now) {
        legalName = details.legalName();
        tradeName = details.tradeName();
        nameKey = NameKey.of(details.legalName());
        country = details.country();
        identifierKind = details.identifierKind();
        identifier = details.identifier();
        vatNumber = details.vatNumber();
        address = details.address();
        postcode = details.postcode();
        city = details.city();
        nuts2 = details.nuts2();
        activityCode = details.activityCode();
        naceClass = details.naceClass();
        sectorTheme = details.sectorTheme();
        sizeClass = details.sizeClass();
        employees = details.employees();
        creationYear = details.creationYear();
        womanLed = details.womanLed();
        micro = details.micro();
        prioritySector = details.prioritySector();
        youngWomanLed = details.youngWomanLed();
        website = details.website();
        tags = Tags.store(details.tags());
        updatedAt = now;
    }

    /** Records that a partner brought or served this organisation; true when that is new. */
    boolean knownBy(String partnerId, Relation relation, Instant now) {
        boolean known = provenance.stream().anyMatch(p -> p.partnerId.equals(partnerId) && p.relation == relation);
        if (!known) {
            provenance.add(new Provenance(partnerId, relation, now));
        }
        return !known;
    }

    public Long id() {
        return id;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String legalName() {
        return legalName;
    }

    public String country() {
        return country;
    }

    public String identifier() {
        return identifier;
    }

    public String sizeClass() {
        return sizeClass;
    }

    public String sectorTheme() {
        return sectorTheme;
    }

    public String nuts2() {
        return nuts2;
    }

    public Set<Provenance> provenance() {
        return Set.copyOf(provenance);
    }

    /** A partner that brought or served the organisation, and since when. */
    @Embeddable
    public static class Provenance {
        @Column(name = "partner_id")
        private String partnerId;
        @Enumerated(EnumType.STRING)
        private Relation relation;
        private Instant since;

        protected Provenance() {
        }

        Provenance(String partnerId, Relation relation, Instant since) {
            this.partnerId = partnerId;
            this.relation = relation;
            this.since = since;
        }

        public String partnerId() {
            return partnerId;
        }

        public Relation relation() {
            return relation;
        }

        public Instant since() {
            return since;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Provenance p && p.partnerId.equals(partnerId) && p.relation == relation;
        }

        @Override
        public int hashCode() {
            return partnerId.hashCode() * 31 + relation.hashCode();
        }
    }

    /** Changes what the organisation is to the network. */
    void changeKind(OrganisationKind newKind, Instant now) {
        if (newKind != null && newKind != kind) {
            kind = newKind;
            updatedAt = now;
        }
    }

    /** The version optimistic locking compares, as last read or written. */
    public long version() {
        return version;
    }
}
