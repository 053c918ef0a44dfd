package eu.cybersudoe.shared.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.io.Serial;

/** What the sign-in form's request tells about where it comes from: its address and browser. */
public class SignInDetails extends WebAuthenticationDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String userAgent;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.userAgent = request.getHeader(HttpHeaders.USER_AGENT);
    }

    public String userAgent() {
        return userAgent;
    }

    static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> SOURCE = SignInDetails::new;
}
