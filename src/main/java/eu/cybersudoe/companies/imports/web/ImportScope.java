package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.companies.imports.ImportJob;
import eu.cybersudoe.companies.imports.Imports;
import eu.cybersudoe.shared.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose imports a person may see: those of the partner they act for (a network admin chooses
 * one first). Another partner's import and one that does not exist get the same refusal.
 */
@Component
class ImportScope {

    private final Imports imports;

    ImportScope(Imports imports) {
        this.imports = imports;
    }

    String partner(HttpServletRequest request) {
        return CurrentUser.actingPartner(request).orElseThrow(() -> new AccessDeniedException("No partner to act for"));
    }

    ImportJob require(long id, HttpServletRequest request) {
        String partner = partner(request);
        return imports.find(id).filter(job -> job.partnerId().equals(partner))
                .orElseThrow(() -> new AccessDeniedException("Import " + id + " is not one of " + partner));
    }
}
