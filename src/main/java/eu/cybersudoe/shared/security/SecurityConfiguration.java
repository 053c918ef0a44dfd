package eu.cybersudoe.shared.security;

import eu.cybersudoe.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;


/**
 * The web security of the platform: form sign-in at {@code /{lang}/login} with throttling,
 * CSRF on every form, strict security headers, and {@link Access} checked on every handler.
 * URL-level rules are not used: each handler declares who may call it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<SessionValidity> sessions;

    SecurityConfiguration(ObjectProvider<SessionValidity> sessions) {
        this.sessions = sessions;
    }

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** Where mail clients post a one-click unsubscribe (RFC 8058), the only POSTs without a CSRF token. */
    private static final String ONE_CLICK_UNSUBSCRIBE = "/{lang}/newsletter/one-click";
    private static final String ONE_CLICK_STOP_THREAD = "/{lang}/community/stop/{token}";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain webSecurity(HttpSecurity http, ObjectProvider<UserDetailsService> users,
                                    ObjectProvider<LoginThrottle> throttle, ObjectProvider<SecondFactorGate> secondFactor,
                                    PasswordEncoder passwords) throws Exception {
        SignInHandlers handlers = new SignInHandlers(secondFactor);
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .authenticationManager(authenticationManager(users, throttle, passwords))
                .formLogin(form -> form
                        .loginPage("/" + Language.DEFAULT.code() + "/login")
                        .loginProcessingUrl("/{lang}/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .authenticationDetailsSource(SignInDetails.SOURCE)
                        .successHandler(handlers)
                        .failureHandler(handlers))
                .logout(logout -> logout
                        .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/{lang}/logout"))
                        .logoutSuccessHandler(handlers))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(handlers).accessDeniedHandler(new ExpiredFormHandler()))
                // RFC 8058: mail clients post a newsletter's one-click unsubscribe without cookies or a form;
                // the signed token in the address is what authorises it.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ONE_CLICK_UNSUBSCRIBE),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ONE_CLICK_STOP_THREAD)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(self), geolocation=(), microphone=()")));
        return http.build();
    }

    private static AuthenticationManager authenticationManager(ObjectProvider<UserDetailsService> users,
                                                               ObjectProvider<LoginThrottle> throttle,
                                                               PasswordEncoder passwords) {
        UserDetailsService accounts = users.getIfAvailable(() -> username -> {
            throw new UsernameNotFoundException("No accounts in this application");
        });
        LoginThrottle limits = throttle.getIfAvailable(() -> LoginThrottle.NONE);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(PasswordCheck.provider(accounts, passwords), limits));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessInterceptor(sessions));
    }

    /** The language of a request, from its path or from the language field of a form. */
    static Language languageOf(HttpServletRequest request) {
        String field = request.getParameter("lang");
        return Language.fromCode(field).orElseGet(() -> eu.cybersudoe.shared.web.LanguagePathLocaleResolver.languageOf(request));
    }
}
