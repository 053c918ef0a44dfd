package eu.cybersudoe.network.web;

import eu.cybersudoe.network.MemberStructure;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Partner;
import eu.cybersudoe.network.internal.MemberStructureRegister;
import eu.cybersudoe.network.internal.MemberStructureRegister.Result;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.web.FieldErrors;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A partner's member structures and their contacts, kept by network admins and the partner's
 * own managers. Every address names the partner, and a structure is only found within it.
 */
@Controller
@Access(roles = {Role.NETWORK_ADMIN, Role.PARTNER_MANAGER}, ownPartner = true)
class MemberStructuresController {

    private final MemberStructureRegister register;
    private final Network network;

    MemberStructuresController(MemberStructureRegister register, Network network) {
        this.register = register;
        this.network = network;
    }

    @GetMapping("/{lang}/office/partners/{partnerId}/structures")
    String list(@PathVariable String lang, @PathVariable String partnerId, Model model) {
        return listPage(partner(partnerId), StructureForm.empty(), FieldErrors.NONE, model);
    }

    @PostMapping("/{lang}/office/partners/{partnerId}/structures")
    String add(@PathVariable String lang, @PathVariable String partnerId, @Valid @ModelAttribute("structure") StructureForm form,
               BindingResult binding, Model model, RedirectAttributes redirect) {
        Partner partner = partner(partnerId);
        if (!binding.hasErrors() && register.add(partner.id(), details(form)) == Result.DUPLICATE_NAME) {
            binding.rejectValue("name", "structures.error.duplicate");
        }
        if (binding.hasErrors()) {
            return listPage(partner, form, FieldErrors.of(binding), model);
        }
        redirect.addFlashAttribute("notice", "structures.added");
        return "redirect:" + base(lang, partnerId);
    }

    @GetMapping("/{lang}/office/partners/{partnerId}/structures/{structureId}")
    String structure(@PathVariable String lang, @PathVariable String partnerId, @PathVariable long structureId, Model model) {
        Partner partner = partner(partnerId);
        MemberStructure structure = structure(partner, structureId);
        return structurePage(partner, structure, new StructureForm(structure.name(), structure.city(), structure.website()),
                FieldErrors.NONE, StructureContactForm.empty(), FieldErrors.NONE, model);
    }

    @PostMapping("/{lang}/office/partners/{partnerId}/structures/{structureId}")
    String update(@PathVariable String lang, @PathVariable String partnerId, @PathVariable long structureId,
                  @Valid @ModelAttribute("structure") StructureForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        Partner partner = partner(partnerId);
        MemberStructure structure = structure(partner, structureId);
        if (!binding.hasErrors() && register.update(partner.id(), structureId, details(form)) == Result.DUPLICATE_NAME) {
            binding.rejectValue("name", "structures.error.duplicate");
        }
        if (binding.hasErrors()) {
            return structurePage(partner, structure, form, FieldErrors.of(binding), StructureContactForm.empty(), FieldErrors.NONE, model);
        }
        redirect.addFlashAttribute("notice", "structures.saved");
        return "redirect:" + base(lang, partnerId) + "/" + structureId;
    }

    @PostMapping("/{lang}/office/partners/{partnerId}/structures/{structureId}/remove")
    String remove(@PathVariable String lang, @PathVariable String partnerId, @PathVariable long structureId,
                  RedirectAttributes redirect) {
        Partner partner = partner(partnerId);
        redirect.addFlashAttribute("notice", register.remove(partner.id(), structureId) == Result.DONE
                ? "structures.removed" : "structures.notFound");
        return "redirect:" + base(lang, partnerId);
    }

    @PostMapping("/{lang}/office/partners/{partnerId}/structures/{structureId}/contacts")
    String addContact(@PathVariable String lang, @PathVariable String partnerId, @PathVariable long structureId,
                      @Valid @ModelAttribute("contact") StructureContactForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        Partner partner = partner(partnerId);
        MemberStructure structure = structure(partner, structureId);
        if (binding.hasErrors()) {
            return structurePage(partner, structure, new StructureForm(structure.name(), structure.city(), structure.website()),
                    FieldErrors.NONE, form, FieldErrors.of(binding), model);
        }
        register.addContact(partner.id(), structureId, new MemberStructureRegister.Contact(0, form.contactName(), form.jobTitle(),
                form.email(), form.phone()));
        redirect.addFlashAttribute("notice", "structures.contact.added");
        return "redirect:" + base(lang, partnerId) + "/" + structureId;
    }

    @PostMapping("/{lang}/office/partners/{partnerId}/structures/{structureId}/contacts/{contactId}/remove")
    String removeContact(@PathVariable String lang, @PathVariable String partnerId, @PathVariable long structureId,
                         @PathVariable long contactId, RedirectAttributes redirect) {
        Partner partner = partner(partnerId);
        redirect.addFlashAttribute("notice", register.removeContact(partner.id(), structureId, contactId) == Result.DONE
                ? "structures.contact.removed" : "structures.notFound");
        return "redirect:" + base(lang, partnerId) + "/" + structureId;
    }

    private String listPage(Partner partner, StructureForm form, FieldErrors errors, Model model) {
        model.addAttribute("view", new StructuresView(partner, register.of(partner.id()), null, java.util.List.of(), form, errors,
                StructureContactForm.empty(), FieldErrors.NONE));
        return "network/structures";
    }

    private String structurePage(Partner partner, MemberStructure structure, StructureForm form, FieldErrors errors,
                                 StructureContactForm contactForm, FieldErrors contactErrors, Model model) {
        model.addAttribute("view", new StructuresView(partner, java.util.List.of(), structure,
                register.contacts(partner.id(), structure.id()), form, errors, contactForm, contactErrors));
        return "network/structure";
    }

    private static MemberStructureRegister.Details details(StructureForm form) {
        return new MemberStructureRegister.Details(form.name(), form.city(), form.website());
    }

    private MemberStructure structure(Partner partner, long structureId) {
        return register.find(partner.id(), structureId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Partner partner(String partnerId) {
        return network.partnerTyped(partnerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String base(String lang, String partnerId) {
        return "/" + lang + "/office/partners/" + partnerId + "/structures";
    }
}
