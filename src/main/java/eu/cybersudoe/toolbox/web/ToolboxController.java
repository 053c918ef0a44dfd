package eu.cybersudoe.toolbox.web;

import eu.cybersudoe.companies.CompanyUsers;
import eu.cybersudoe.network.Network;
import eu.cybersudoe.network.Theme;
import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.files.FileStore;
import eu.cybersudoe.shared.security.Access;
import eu.cybersudoe.shared.security.CurrentUser;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.markdown.MarkdownHtml;
import eu.cybersudoe.shared.web.DownloadNames;
import eu.cybersudoe.toolbox.ItemKind;
import eu.cybersudoe.toolbox.internal.Item;
import eu.cybersudoe.toolbox.internal.ItemSearch;
import eu.cybersudoe.toolbox.internal.ItemStore;
import eu.cybersudoe.toolbox.internal.ItemText;
import eu.cybersudoe.toolbox.internal.ToolSources;
import eu.cybersudoe.toolbox.internal.ToolboxService;
import eu.cybersudoe.toolbox.internal.ToolboxUploads;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The public toolbox: the list with its filters (theme, kind, target, language), the theme pages,
 * a page per item, and its files: documents, videos served with range requests (seeking works),
 * captions as WebVTT and the poster, with their types and caching headers. Only published texts
 * and their files are shown.
 */
@Controller
@Access(Access.Audience.PUBLIC)
class ToolboxController {

    static final int PAGE_SIZE = 12;
    private static final CacheControl FILE_CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    private final ItemSearch search;
    private final ItemStore store;
    private final ItemCards cards;
    private final ToolSources tools;
    private final Network network;
    private final FileStore files;
    private final ToolboxService service;
    private final CompanyUsers companyUsers;
    private final MessageSource messages;

    ToolboxController(ItemSearch search, ItemStore store, ItemCards cards, ToolSources tools, Network network, FileStore files,
                      ToolboxService service, CompanyUsers companyUsers, MessageSource messages) {
        this.search = search;
        this.store = store;
        this.cards = cards;
        this.tools = tools;
        this.network = network;
        this.files = files;
        this.service = service;
        this.companyUsers = companyUsers;
        this.messages = messages;
    }

    @GetMapping("/{lang}/toolbox")
    String list(@PathVariable String lang, @ModelAttribute("filter") ListFilter filter, @RequestParam(defaultValue = "1") int page,
                Model model) {
        return list(lang, filter, filter.criteria(network), page, null, model);
    }

    @GetMapping("/{lang}/toolbox/themes/{theme}")
    String theme(@PathVariable String lang, @PathVariable String theme, @RequestParam(defaultValue = "1") int page, Model model) {
        Theme shown = network.theme(theme).filter(Theme::active).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ListFilter filter = new ListFilter(shown.code(), null, null, null);
        return list(lang, filter, filter.criteria(network), page, shown, model);
    }

    private String list(String lang, ListFilter filter, ItemSearch.Filter criteria, int page, Theme theme, Model model) {
        Language language = ToolboxScope.language(lang);
        ItemSearch.Page result = search.published(criteria, page, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("theme", theme);
        model.addAttribute("result", result);
        model.addAttribute("cards", cards.of(result.items(), language));
        model.addAttribute("themes", network.themes(false));
        model.addAttribute("sectors", network.themes(false).stream().filter(t -> t.kind() == Theme.Kind.SECTORAL).toList());
        model.addAttribute("sizes", Item.SIZES);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("tools", criteria.kind() == null || criteria.kind() == ItemKind.TOOL ? tools.tools(criteria.theme()) : List.of());
        return "toolbox/list";
    }

    @GetMapping("/{lang}/toolbox/items/{itemId}")
    String item(@PathVariable String lang, @PathVariable long itemId, @RequestParam(defaultValue = "false") boolean external,
                Model model) {
        Language language = ToolboxScope.language(lang);
        Item item = visible(itemId);
        ItemCard card = cards.of(item, language);
        model.addAttribute("card", card);
        model.addAttribute("body", MarkdownHtml.html(card.shown().body()));
        model.addAttribute("file", item.fileFor(language).orElse(null));
        model.addAttribute("captions", Arrays.stream(Language.values())
                .filter(l -> item.text(l).filter(t -> t.state().visible() && t.captionsKey() != null).isPresent()).toList());
        model.addAttribute("external", external);
        return "toolbox/item";
    }

    /** An item's document or video in a language (the source's when that language has none), with range requests. */
    @GetMapping("/{lang}/toolbox/items/{itemId}/files/{language}")
    ResponseEntity<Resource> file(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language,
                                  @RequestHeader(value = HttpHeaders.RANGE, required = false) String range) {
        Item item = visible(itemId);
        ItemText text = item.fileFor(ToolboxScope.textLanguage(language))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ItemText.StoredRef file = text.file();
        boolean video = item.kind() == ItemKind.VIDEO;
        String name = DownloadNames.of(messages, ToolboxScope.language(lang), "files.toolboxItem",
                DownloadNames.slug(text.title()), ToolboxUploads.extension(file.kind()));
        if (!video && range == null) {
            recordGuideDownload(item);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ToolboxUploads.mediaType(file.kind())))
                .cacheControl(FILE_CACHE).eTag(file.sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadNames.disposition(!video, name))
                .header("X-Content-Type-Options", "nosniff")
                .body(new StoredFileResource(files, file.key(), file.size(), name));
    }

    @GetMapping("/{lang}/toolbox/items/{itemId}/captions/{language}")
    ResponseEntity<Resource> captions(@PathVariable String lang, @PathVariable long itemId, @PathVariable String language) {
        ItemText text = visible(itemId).text(ToolboxScope.textLanguage(language))
                .filter(t -> t.state().visible() && t.captionsKey() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return stored(text.captionsKey(), "WEBVTT");
    }

    @GetMapping("/{lang}/toolbox/items/{itemId}/poster")
    ResponseEntity<Resource> poster(@PathVariable String lang, @PathVariable long itemId) {
        Item item = visible(itemId);
        if (item.posterKey() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        var stored = files.find(item.posterKey()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return stored(item.posterKey(), stored.contentType().equals("image/png") ? "PNG" : "JPEG");
    }

    private ResponseEntity<Resource> stored(String key, String kind) {
        var stored = files.find(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ToolboxUploads.mediaType(kind)))
                .cacheControl(FILE_CACHE).eTag(stored.sha256()).header("X-Content-Type-Options", "nosniff")
                .body(new StoredFileResource(files, key, stored.size(), stored.fileName()));
    }

    private void recordGuideDownload(Item item) {
        CurrentUser.get().filter(user -> user.role() == Role.COMPANY_USER)
                .flatMap(user -> companyUsers.companyOf(user.accountId()))
                .ifPresent(company -> service.guideDownloaded(item, company));
    }

    private Item visible(long id) {
        return store.find(id).filter(Item::visible).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
