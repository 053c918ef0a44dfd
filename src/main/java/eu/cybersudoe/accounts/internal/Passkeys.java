package eu.cybersudoe.accounts.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passkeys (WebAuthn) as a second factor, through Spring Security's relying party and its JDBC
 * repositories ({@code user_entities}, {@code user_credentials}). A passkey's user entity is named
 * with the account's e-mail address. The browser's origin must be the platform's address
 * ({@code cybersudoe.base-url}); with {@code cybersudoe.passkeys.any-local-port} (tests only) any
 * port of the same host is accepted as well.
 */
@Component
public class Passkeys {

    private static final TypeReference<PublicKeyCredential<AuthenticatorAssertionResponse>> ASSERTION = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcUserCredentialRepository credentials;
    private final JdbcPublicKeyCredentialUserEntityRepository users;
    private final SignInRecords records;
    private final PublicKeyCredentialRpEntity party;
    private final String baseOrigin;
    private final boolean anyLocalPort;
    private final Map<String, Webauthn4JRelyingPartyOperations> byOrigin = new ConcurrentHashMap<>();
    private final JsonMapper json = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    Passkeys(JdbcClient jdbc, JdbcTemplate template, SignInRecords records, @Value("${cybersudoe.base-url}") String baseUrl,
             @Value("${cybersudoe.passkeys.any-local-port:false}") boolean anyLocalPort) {
        this.jdbc = jdbc;
        this.credentials = new JdbcUserCredentialRepository(template);
        this.users = new JdbcPublicKeyCredentialUserEntityRepository(template);
        this.records = records;
        URI base = URI.create(baseUrl);
        this.party = PublicKeyCredentialRpEntity.builder().id(base.getHost()).name("CyberSudoe").build();
        this.baseOrigin = originOf(base);
        this.anyLocalPort = anyLocalPort;
    }

    /** One passkey of an account, as its owner sees it. */
    public record Line(String id, String label, Instant created, Instant lastUsed) {
    }

    /** What the browser needs to create a passkey for the account, as JSON, and the challenge to keep. */
    public record Creation(String json, Bytes challenge) {
    }

    /** What the browser needs to sign in with a passkey of the account, as JSON, and the options to keep. */
    public record Request(String json, PublicKeyCredentialRequestOptions options) {
    }

    /**
     * Options for a new passkey of the account, the ones it already has excluded (Spring names the
     * user entity, and its display name, after the e-mail address).
     */
    @Transactional
    public Creation creationOptions(String email, String origin) {
        PublicKeyCredentialCreationOptions options = operations(origin).createPublicKeyCredentialCreationOptions(
                new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication(email)));
        return new Creation(json.writeValueAsString(options), options.getChallenge());
    }

    /**
     * Keeps the passkey the browser created for the challenge given before, under the name its
     * owner chose, and records it; empty when the browser's answer does not hold.
     */
    @Transactional
    public Optional<String> register(long accountId, String email, Bytes challenge, String credentialJson, String label,
                                     String origin, SignInRecords.Origin from) {
        Webauthn4JRelyingPartyOperations operations = operations(origin);
        try {
            PublicKeyCredentialCreationOptions fresh = operations.createPublicKeyCredentialCreationOptions(
                    new ImmutablePublicKeyCredentialCreationOptionsRequest(authentication(email)));
            PublicKeyCredentialCreationOptions asked = PublicKeyCredentialCreationOptions.builder()
                    .rp(fresh.getRp()).user(fresh.getUser()).challenge(challenge).pubKeyCredParams(fresh.getPubKeyCredParams())
                    .timeout(fresh.getTimeout()).excludeCredentials(fresh.getExcludeCredentials())
                    .authenticatorSelection(fresh.getAuthenticatorSelection()).attestation(fresh.getAttestation())
                    .extensions(fresh.getExtensions()).build();
            RelyingPartyPublicKey key = new RelyingPartyPublicKey(json.readValue(credentialJson, RelyingPartyPublicKey.class).getCredential(),
                    label.isBlank() ? "Passkey" : label.strip());
            CredentialRecord record = operations.registerCredential(new ImmutableRelyingPartyRegistrationRequest(asked, key));
            records.record(accountId, from, SignInOutcome.PASSKEY_ADDED, null);
            return Optional.of(record.getCredentialId().toBase64UrlString());
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
    }

    /** Options for signing in with one of the account's passkeys. */
    @Transactional(readOnly = true)
    public Request requestOptions(String email, String origin) {
        PublicKeyCredentialRequestOptions options = operations(origin).createCredentialRequestOptions(
                new ImmutablePublicKeyCredentialRequestOptionsRequest(authentication(email)));
        return new Request(json.writeValueAsString(options), options);
    }

    /**
     * Whether the browser's answer proves one of this account's passkeys for the options given
     * before; recorded either way.
     */
    @Transactional
    public boolean check(long accountId, String email, PublicKeyCredentialRequestOptions options, String credentialJson,
                         String origin, SignInRecords.Origin from) {
        boolean proven = proves(email, options, credentialJson, origin);
        records.record(accountId, from, proven ? SignInOutcome.SIGNED_IN : SignInOutcome.PASSKEY_REFUSED, null);
        return proven;
    }

    private boolean proves(String email, PublicKeyCredentialRequestOptions options, String credentialJson, String origin) {
        try {
            PublicKeyCredentialUserEntity user = operations(origin).authenticate(
                    new RelyingPartyAuthenticationRequest(options, json.readValue(credentialJson, ASSERTION)));
            return user != null && email.equals(user.getName());
        } catch (RuntimeException refused) {
            return false;
        }
    }

    /** Whether the account has at least one passkey. */
    @Transactional(readOnly = true)
    public boolean any(String email) {
        return !of(email).isEmpty();
    }

    /** The account's passkeys, oldest first. */
    @Transactional(readOnly = true)
    public List<Line> of(String email) {
        PublicKeyCredentialUserEntity user = users.findByUsername(email);
        if (user == null) {
            return List.of();
        }
        return credentials.findByUserId(user.getId()).stream()
                .map(c -> new Line(c.getCredentialId().toBase64UrlString(), c.getLabel(), c.getCreated(), c.getLastUsed()))
                .sorted(java.util.Comparator.comparing(Line::created, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
                .toList();
    }

    /** Removes one of the account's passkeys, recorded; false when the account has no such passkey. */
    @Transactional
    public boolean remove(long accountId, String email, String credentialId, Long byAccountId, SignInRecords.Origin from) {
        if (of(email).stream().noneMatch(line -> line.id().equals(credentialId))) {
            return false;
        }
        credentials.delete(Bytes.fromBase64(credentialId));
        records.record(accountId, from, SignInOutcome.PASSKEY_REMOVED, byAccountId);
        return true;
    }

    /** Removes every passkey of the account (a network admin's reset of a lost factor). */
    @Transactional
    public void removeAll(String email) {
        jdbc.sql("delete from user_entities where name = ?").param(email).update();
    }

    private Webauthn4JRelyingPartyOperations operations(String origin) {
        String allowed = anyLocalPort && sameHost(origin) ? origin : baseOrigin;
        return byOrigin.computeIfAbsent(allowed, key -> new Webauthn4JRelyingPartyOperations(users, credentials, party, Set.of(key)));
    }

    private boolean sameHost(String origin) {
        try {
            return origin != null && party.getId().equals(URI.create(origin).getHost());
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static String originOf(URI address) {
        return address.getScheme() + "://" + address.getHost() + (address.getPort() < 0 ? "" : ":" + address.getPort());
    }

    private static Authentication authentication(String email) {
        return UsernamePasswordAuthenticationToken.authenticated(email, null, List.of());
    }
}
