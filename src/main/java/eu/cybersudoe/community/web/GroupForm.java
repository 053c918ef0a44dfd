package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Group;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.LocalizedText;
import org.springframework.validation.BindingResult;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * A group a network admin creates or renames: its name and description in any of the four
 * languages (at least one), each language with both or neither; readers of another language
 * see the text of the page's language when given, otherwise the source language's, marked.
 */
public class GroupForm {

    static final int NAME_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;

    private final Map<String, String> name = new HashMap<>();
    private final Map<String, String> description = new HashMap<>();
    private boolean openToAll = true;

    /** The form filled with a group's texts, for renaming it. */
    static GroupForm of(Group group) {
        GroupForm form = new GroupForm();
        for (Language language : Language.values()) {
            if (group.name().has(language)) {
                form.name.put(language.code(), group.name().in(language).text());
            }
            if (group.description().has(language)) {
                form.description.put(language.code(), group.description().in(language).text());
            }
        }
        form.openToAll = group.openToAll();
        return form;
    }

    void check(BindingResult binding) {
        boolean any = false;
        for (Language language : Language.values()) {
            String code = language.code();
            boolean named = filled(name.get(code));
            boolean described = filled(description.get(code));
            if (named && name.get(code).length() > NAME_MAX) {
                binding.rejectValue("name[" + code + "]", "community.form.name.tooLong", new Object[]{NAME_MAX}, null);
            }
            if (described && description.get(code).length() > DESCRIPTION_MAX) {
                binding.rejectValue("description[" + code + "]", "community.form.description.tooLong",
                        new Object[]{DESCRIPTION_MAX}, null);
            }
            if (named && !described) {
                binding.rejectValue("description[" + code + "]", "community.form.description.required");
            } else if (described && !named) {
                binding.rejectValue("name[" + code + "]", "community.form.name.required");
            }
            any |= named && described;
        }
        if (!any) {
            binding.rejectValue("name[" + Language.DEFAULT.code() + "]", "community.form.name.oneLanguage");
        }
    }

    /** The names given, written first in the page's language when it has one. */
    LocalizedText names(Language page) {
        return texts(name, page);
    }

    LocalizedText descriptions(Language page) {
        return texts(description, page);
    }

    private static LocalizedText texts(Map<String, String> byCode, Language page) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        byCode.forEach((code, text) -> Language.fromCode(code).filter(l -> filled(text)).ifPresent(l -> texts.put(l, text.strip())));
        Language source = texts.containsKey(page) ? page
                : texts.keySet().stream().findFirst().orElse(page);
        return new LocalizedText(texts, source);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    public Map<String, String> getName() { return name; }
    public Map<String, String> getDescription() { return description; }
    public boolean isOpenToAll() { return openToAll; }
    public void setOpenToAll(boolean openToAll) { this.openToAll = openToAll; }
}
