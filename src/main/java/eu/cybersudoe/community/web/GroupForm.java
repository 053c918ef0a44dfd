package eu.cybersudoe.community.web;

import org.springframework.validation.BindingResult;

/** A group a network admin creates. */
public class GroupForm {

    private String name = "";
    private String description = "";
    private boolean openToAll = true;

    void check(BindingResult binding) {
        if (name == null || name.isBlank() || name.length() > 200) {
            binding.rejectValue("name", "community.form.name.required");
        }
        if (description == null || description.isBlank() || description.length() > 2000) {
            binding.rejectValue("description", "community.form.description.required");
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isOpenToAll() { return openToAll; }
    public void setOpenToAll(boolean openToAll) { this.openToAll = openToAll; }
}
