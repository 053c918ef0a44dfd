package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.imports.ReviewDecision;
import eu.cybersudoe.companies.internal.CompanyFile;
import eu.cybersudoe.companies.internal.CompanyOffice;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import eu.cybersudoe.companies.imports.ImportJob;
import eu.cybersudoe.companies.imports.ImportRefused;
import eu.cybersudoe.companies.imports.LeftRows;
import eu.cybersudoe.companies.imports.RowOutcome;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The rows of an import that probably name a company already in the registry: a person compares
 * each with the company it probably is, side by side, and merges it into that company, keeps it
 * apart as a new one, or keeps it apart linked to that company.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
class ImportReviewController {

    private static final int PAGE_SIZE = 20;

    private final LeftRows leftRows;
    private final CompanyOffice office;
    private final ImportScope scope;

    ImportReviewController(LeftRows leftRows, CompanyOffice office, ImportScope scope) {
        this.leftRows = leftRows;
        this.office = office;
        this.scope = scope;
    }

    @GetMapping("/{lang}/office/imports/{importId}/review")
    String review(@PathVariable String lang, @PathVariable long importId, @RequestParam(defaultValue = "1") int page,
                  HttpServletRequest request, Model model) {
        ImportJob job = scope.require(importId, request);
        int current = Math.max(1, page);
        List<ReviewCandidate> rows = leftRows.of(job, RowOutcome.REVIEW, current, PAGE_SIZE).stream()
                .map(row -> ReviewCandidate.of(row, job.mapping(), candidate(row.candidateId(), job.partnerId())))
                .toList();
        model.addAttribute("job", job);
        model.addAttribute("rows", rows);
        model.addAttribute("pageNumber", current);
        model.addAttribute("lastPage", Math.max(1, (leftRows.count(job, RowOutcome.REVIEW) + PAGE_SIZE - 1) / PAGE_SIZE));
        return "companies/imports/review";
    }

    /**
     * The company a row is compared with: with its contacts when the importing partner already
     * knows it, its registry record only otherwise (another partner's contacts stay private).
     */
    private CompanyFile candidate(Long candidateId, String partnerId) {
        if (candidateId == null) {
            return null;
        }
        CompanyId id = new CompanyId(candidateId);
        return office.file(id, null).map(file -> office.knownBy(id, partnerId) ? file
                : new CompanyFile(file.company(), List.of(), List.of(), List.of(), List.of())).orElse(null);
    }

    @PostMapping("/{lang}/office/imports/{importId}/review/{rowId}")
    String decide(@PathVariable String lang, @PathVariable long importId, @PathVariable long rowId, @RequestParam(defaultValue = "") String decision,
                  HttpServletRequest request, RedirectAttributes redirect) {
        ImportJob job = scope.require(importId, request);
        ReviewDecision chosen = ReviewDecision.of(decision).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        try {
            leftRows.resolve(job, rowId, chosen, CurrentUser.get().map(SignedInUser::accountId).orElse(null));
            redirect.addFlashAttribute("notice", "companies.import.review.done." + chosen.resolution());
        } catch (ImportRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/imports/" + importId + "/review";
    }
}
