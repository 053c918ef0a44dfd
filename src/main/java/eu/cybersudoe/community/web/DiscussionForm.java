package eu.cybersudoe.community.web;

import eu.cybersudoe.community.internal.Discussion;
import org.springframework.validation.BindingResult;

/** A new discussion or exchange: title, text, its language, and for an exchange whether it is a problem or experience. */
public class DiscussionForm {

    static final int TITLE_MAX = eu.cybersudoe.community.internal.Community.TITLE_MAX;
    static final int BODY_MAX = 20_000;

    private String title = "";
    private String body = "";
    private String language;
    private String exchangeKind = "";

    Discussion.ExchangeKind exchangeKind(BindingResult binding) {
        if (exchangeKind == null || exchangeKind.isBlank()) {
            return null;
        }
        try {
            return Discussion.ExchangeKind.valueOf(exchangeKind);
        } catch (IllegalArgumentException unknown) {
            binding.rejectValue("exchangeKind", "community.form.exchangeKind.invalid");
            return null;
        }
    }

    void check(BindingResult binding) {
        checkTitle(title, binding);
        ReplyForm.checkBody(body, binding);
    }

    static void checkTitle(String title, BindingResult binding) {
        if (title == null || title.isBlank()) {
            binding.rejectValue("title", "community.form.title.required");
        } else if (title.length() > TITLE_MAX) {
            binding.rejectValue("title", "community.form.title.tooLong", new Object[]{TITLE_MAX}, null);
        }
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getExchangeKind() { return exchangeKind; }
    public void setExchangeKind(String exchangeKind) { this.exchangeKind = exchangeKind; }
}
