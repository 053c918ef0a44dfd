package eu.cybersudoe.network.internal;

import eu.cybersudoe.network.Budget;
import eu.cybersudoe.network.MemberStructure;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.PartnerId;
import eu.cybersudoe.network.ProjectCalendar;
import eu.cybersudoe.network.Region;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.network.WorkPackage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;

import java.util.List;
import java.util.Optional;

/**
 * The {@link Network} other modules use. It answers from the latest in-memory snapshot; it is
 * created after the reference data has been loaded, so no reader ever sees the network empty.
 * With {@code cybersudoe.calendar.around-today} (on in demo mode) the project calendar is moved
 * by whole years so that it runs until today, and a demonstration shows a live project.
 */
@Service
class NetworkDirectory implements Network {

    private final NetworkReferenceLoader loader;
    private final boolean calendarAroundToday;
    private final Clock clock;

    NetworkDirectory(NetworkReferenceLoader loader, @Value("${cybersudoe.calendar.around-today:false}") boolean calendarAroundToday,
                     Clock clock) {
        this.loader = loader;
        this.calendarAroundToday = calendarAroundToday;
        this.clock = clock;
    }

    private NetworkSnapshot snapshot() {
        return loader.current();
    }

    @Override
    public List<Partner> partners() {
        return snapshot().partners();
    }

    @Override
    public Optional<Partner> partner(PartnerId id) {
        return snapshot().partner(id);
    }

    @Override
    public Partner leadPartner() {
        return snapshot().leadPartner();
    }

    @Override
    public List<MemberStructure> memberStructures(PartnerId partner) {
        return snapshot().memberStructures(partner);
    }

    @Override
    public List<Region> regions() {
        return snapshot().regions();
    }

    @Override
    public Optional<Region> region(String code) {
        return snapshot().region(code);
    }

    @Override
    public PartnerId partnerFor(String nutsRegion) {
        return snapshot().partnerFor(nutsRegion);
    }

    @Override
    public List<WorkPackage> workPackages() {
        return snapshot().workPackages();
    }

    @Override
    public Optional<WorkPackage> workPackage(String code) {
        return snapshot().workPackage(code);
    }

    @Override
    public Budget budget() {
        return snapshot().budget();
    }

    @Override
    public List<Theme> themes(boolean includeRetired) {
        return snapshot().themes(includeRetired);
    }

    @Override
    public Optional<Theme> theme(String code) {
        return snapshot().theme(code);
    }

    @Override
    public ProjectCalendar calendar() {
        ProjectCalendar stored = snapshot().calendar();
        return calendarAroundToday ? stored.endingAfter(LocalDate.now(clock)) : stored;
    }
}
