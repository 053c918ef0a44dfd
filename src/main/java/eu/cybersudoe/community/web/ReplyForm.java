package eu.cybersudoe.community.web;

import org.springframework.validation.BindingResult;

/** A reply, an edit or a comment: the text, its language, the post it quotes, and for the opening post's edit the title. */
public class ReplyForm {

    private String body = "";
    private String language;
    private Long quote;
    private String title;

    static void checkBody(String body, BindingResult binding) {
        if (body == null || body.isBlank()) {
            binding.rejectValue("body", "community.form.body.required");
        } else if (body.length() > DiscussionForm.BODY_MAX) {
            binding.rejectValue("body", "community.form.body.tooLong", new Object[]{DiscussionForm.BODY_MAX}, null);
        }
    }

    void check(BindingResult binding) {
        checkBody(body, binding);
        if (title != null) {
            DiscussionForm.checkTitle(title, binding);
        }
    }

    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getQuote() { return quote; }
    public void setQuote(Long quote) { this.quote = quote; }
}
