package eu.cybersudoe.community;

/**
 * Declared as a bean by the module that listens to {@link ExchangeReferred} (assistance
 * missions). The "turn into a mission request" button of an exchange is shown only when such a
 * bean exists, so that no request is made that nobody would receive.
 */
public interface ExchangeDesk {
}
