package eu.cybersudoe.testing;

import eu.cybersudoe.shared.Language;
import eu.cybersudoe.shared.security.Role;
import eu.cybersudoe.shared.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Runs a test as a signed-in person of the given role (and partner, for staff). */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = WithSignedInUser.Factory.class)
public @interface WithSignedInUser {

    Role role() default Role.NETWORK_ADMIN;

    String partner() default "cybermassif";

    class Factory implements WithSecurityContextFactory<WithSignedInUser> {
        @Override
        public SecurityContext createSecurityContext(WithSignedInUser annotation) {
            SignedInUser user = TestUsers.user(annotation.role(), annotation.partner());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            return context;
        }
    }
}
