package eu.cybersudoe.shared.web;

import eu.cybersudoe.shared.security.Access;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** Error pages in the visitor's language, with the status and nothing of the failure's insides. */
@Controller
@Access(Access.Audience.PUBLIC)
class ErrorPageController implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Without a status this is not an error being shown but someone asking for /error: no such page.
        int status = code instanceof Integer value ? value : 404;
        HttpStatus known = HttpStatus.resolve(status);
        response.setStatus(status);
        model.addAttribute("status", status);
        var expired = ExpiredForm.of(request);
        if (expired.isPresent()) {
            model.addAttribute("form", expired.get());
            return "layout/expired";
        }
        model.addAttribute("messageKey", switch (status) {
            case 404 -> "error.notFound";
            case 403 -> "error.forbidden";
            case 429 -> "error.tooMany";
            default -> known != null && known.is4xxClientError() ? "error.badRequest" : "error.generic";
        });
        return "layout/error";
    }
}
