package eu.cybersudoe.accounts.internal;

/** What a sign-in record says happened; shown through {@code signin.outcome.<name>}. */
public enum SignInOutcome {
    SIGNED_IN,
    PASSWORD_RIGHT_CODE_ASKED,
    WRONG_PASSWORD,
    UNKNOWN_ACCOUNT,
    UNCONFIRMED,
    DEACTIVATED,
    THROTTLED,
    WRONG_CODE,
    RECOVERY_CODE_USED,
    SECOND_FACTOR_SET_UP,
    SECOND_FACTOR_RESET,
    THROTTLE_LIFTED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    PASSKEY_ADDED,
    PASSKEY_REMOVED,
    PASSKEY_REFUSED;

    /** The bundle key of its label. */
    public String labelKey() {
        return "signin.outcome." + name();
    }

    /** Whether it is a refusal, shown as such. */
    public boolean refused() {
        return switch (this) {
            case WRONG_PASSWORD, UNKNOWN_ACCOUNT, UNCONFIRMED, DEACTIVATED, THROTTLED, WRONG_CODE, PASSKEY_REFUSED -> true;
            default -> false;
        };
    }
}
