package eu.cybersudoe.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may use a controller or one of its handlers. Every handler must declare it (on the
 * method or its class): a handler without it is refused to everyone, and the access-matrix
 * test fails. The method's declaration wins over the class's.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Access {

    /** Who may call it. */
    Audience value() default Audience.ROLES;

    /** With {@link Audience#ROLES}: the roles allowed. */
    Role[] roles() default {};

    /**
     * When true, a {@code partnerId} path variable must be the signed-in person's own partner;
     * network admins may act for any partner.
     */
    boolean ownPartner() default false;

    /**
     * When true, the record the path names (an organisation, a contact…) belongs to partners, and
     * the module refuses (403) partner staff whose partner it does not belong to. The check is
     * the module's own, since only it knows its rows; declaring it here lets the access-matrix
     * test check that a partner's staff are refused another partner's record.
     */
    boolean partnerRows() default false;

    /** The kinds of audience. */
    enum Audience {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Only people not signed in (login, registration). Signed-in people are sent on. */
        ANONYMOUS,
        /** Any signed-in person. */
        SIGNED_IN,
        /** Signed-in people with one of {@link Access#roles()}. */
        ROLES
    }
}
