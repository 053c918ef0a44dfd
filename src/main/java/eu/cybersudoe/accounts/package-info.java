/**
 * User accounts: sign-in, roles, self-registration of company users with e-mail confirmation,
 * password reset, the account page with personal-data export and erasure, the first network
 * admin and the demo accounts. Roles and the {@code @Access} rule live in
 * {@code eu.cybersudoe.shared.security} so that every module can declare who may use its pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package eu.cybersudoe.accounts;
