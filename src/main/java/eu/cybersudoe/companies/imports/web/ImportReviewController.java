package eu.cybersudoe.companies.imports.web;

import eu.cybersudoe.companies.CompanyId;
import eu.cybersudoe.companies.CompanyRegistry;
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
 * each with the company it probably is, and merges it into that company or keeps it apart as a new one.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, partnerRows = true)
class ImportReviewController {

    private static final int PAGE_SIZE = 20;

    private final LeftRows leftRows;
    private final CompanyRegistry registry;
    private final ImportScope scope;

    ImportReviewController(LeftRows leftRows, CompanyRegistry registry, ImportScope scope) {
        this.leftRows = leftRows;
        this.registry = registry;
        this.scope = scope;
    }

    @GetMapping("/{lang}/office/imports/{importId}/review")
    String review(@PathVariable String lang, @PathVariable long importId, @RequestParam(defaultValue = "1") int page,
                  HttpServletRequest request, Model model) {
        ImportJob job = scope.require(importId, request);
        int current = Math.max(1, page);
        List<ReviewCandidate> rows = leftRows.of(job, RowOutcome.REVIEW, current, PAGE_SIZE).stream().map(row -> {
            var candidate = row.candidateId() == null ? null : registry.find(new CompanyId(row.candidateId())).orElse(null);
            return new ReviewCandidate(row, candidate == null ? null : candidate.legalName(), candidate == null ? null : candidate.country());
        }).toList();
        model.addAttribute("job", job);
        model.addAttribute("rows", rows);
        model.addAttribute("pageNumber", current);
        model.addAttribute("lastPage", Math.max(1, (leftRows.count(job, RowOutcome.REVIEW) + PAGE_SIZE - 1) / PAGE_SIZE));
        return "companies/imports/review";
    }

    @PostMapping("/{lang}/office/imports/{importId}/review/{rowId}")
    String decide(@PathVariable String lang, @PathVariable long importId, @PathVariable long rowId, @RequestParam(defaultValue = "") String decision,
                  HttpServletRequest request, RedirectAttributes redirect) {
        ImportJob job = scope.require(importId, request);
        try {
            RowOutcome outcome = leftRows.resolve(job, rowId, ReviewCandidate.MERGE.equals(decision),
                    CurrentUser.get().map(SignedInUser::accountId).orElse(null));
            redirect.addFlashAttribute("notice", "companies.import.review.done." + outcome.name());
        } catch (ImportRefused refused) {
            redirect.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/" + lang + "/office/imports/" + importId + "/review";
    }
}
